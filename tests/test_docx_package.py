"""The DOCX package says what it is: app.xml, settings.xml, no template leftovers, language.

Exports go through the real pipeline (a real workspace, ``export.task.run``) and the files are
read back as ZIP packages and reopened with python-docx.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_SECTION_START
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from lxml import etree

from desktop_app import __version__
from desktop_app.domain.richtext import Paragraph, Run, Table
from desktop_app.export.blocks import AFTER_TABLE, BlockWriter
from desktop_app.export.house_style import default_house_style, open_house_style
from desktop_app.export.package import clean_package, count_statistics
from desktop_app.export.task import ExportKind, ExportRequest, run
from desktop_app.export.writer import document_bytes
from desktop_app.meetings.demo import create_demo_meeting
from desktop_app.meetings.model import DecisionKind, EntryDecision
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.publishing.accessibility import check_docx
from desktop_app.publishing.findings import Severity
from desktop_app.tasks import TaskState
from desktop_app.workspace import Workspace

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
EP = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
ITEMS = 4


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


def _meeting(folder: Path, language: str = "fi") -> int:
    workspace = Workspace.open(folder)
    try:
        meeting_id = create_demo_meeting(workspace, ITEMS)
        repository = MeetingRepository(workspace.db)
        if language != "fi":
            meeting = repository.get(meeting_id)
            meeting.language = language
            repository.update(meeting)
        for entry in repository.entries(meeting_id):
            assert entry.id is not None
            repository.record_decision(entry.id, EntryDecision(DecisionKind.AS_PROPOSED))
    finally:
        workspace.close()
    return meeting_id


@pytest.fixture
def exported(workspace_dir: Path) -> Iterator[dict[str, Path]]:
    meeting_id = _meeting(workspace_dir)
    paths = {}
    for kind in (ExportKind.AGENDA, ExportKind.MINUTES):
        target = workspace_dir / f"{kind.value}.docx"
        paths[kind.value] = run(ExportRequest(workspace_dir, kind, meeting_id, target), TaskState())
    yield paths


def _part(path: Path | bytes, name: str) -> etree._Element:
    source = io.BytesIO(path) if isinstance(path, bytes) else path
    with zipfile.ZipFile(source) as archive:
        return etree.fromstring(archive.read(name))


def _names(path: Path) -> set[str]:
    with zipfile.ZipFile(path) as archive:
        return set(archive.namelist())


@pytest.mark.parametrize("kind", ["agenda", "minutes"])
def test_app_properties_name_the_application_and_count_the_text(
    exported: dict[str, Path], kind: str
) -> None:
    app = _part(exported[kind], "docProps/app.xml")
    assert app.findtext(f"{EP}Application") == f"Päätöspaja/{__version__}"
    assert re.fullmatch(r"\d\d\.\d{4}", app.findtext(f"{EP}AppVersion") or "")
    assert app.find(f"{EP}Template") is None  # not made from Word's Normal.dotm
    words = int(app.findtext(f"{EP}Words") or 0)
    characters = int(app.findtext(f"{EP}Characters") or 0)
    with_spaces = int(app.findtext(f"{EP}CharactersWithSpaces") or 0)
    paragraphs = int(app.findtext(f"{EP}Paragraphs") or 0)
    pages = int(app.findtext(f"{EP}Pages") or 0)
    document = docx.Document(str(exported[kind]))
    text = "\n".join(p.text for p in document.paragraphs)
    assert words >= len(text.split())  # table cells count too
    assert words * 3 < characters < with_spaces
    assert paragraphs >= len([p for p in document.paragraphs if p.text.strip()])
    # between the §s that start a page and every page-starting element, via python-docx
    started = sum(
        1
        for index, p in enumerate(document.paragraphs)
        if index
        and (
            p.paragraph_format.page_break_before
            or (p.style is not None and p.style.paragraph_format.page_break_before)
            or any(r.contains_page_break for r in p.runs)
        )
    )
    new_page_sections = sum(
        1 for s in document.sections[1:] if s.start_type != WD_SECTION_START.CONTINUOUS
    )
    assert ITEMS + 1 <= pages <= 1 + started + new_page_sections
    title = app.findtext(f"{EP}TitlesOfParts//{{*}}lpstr")
    assert title == document.core_properties.title


@pytest.mark.parametrize("kind", ["agenda", "minutes"])
def test_settings_open_word_365_without_compatibility_mode(
    exported: dict[str, Path], kind: str
) -> None:
    settings = _part(exported[kind], "word/settings.xml")
    modes = [
        s.get(_w("val"))
        for s in settings.iter(_w("compatSetting"))
        if s.get(_w("name")) == "compatibilityMode"
    ]
    assert modes == ["15"]
    assert settings.find(_w("proofState")) is None
    assert settings.find("{http://schemas.microsoft.com/office/word/2010/wordml}docId") is None
    assert settings.find(_w("themeFontLang")).get(_w("val")) == "fi-FI"
    body = _part(exported[kind], "word/document.xml")
    has_toc = any((t.text or "").strip().startswith("TOC") for t in body.iter(_w("instrText")))
    update = settings.find(_w("updateFields"))
    assert (update is not None and update.get(_w("val")) == "true") == has_toc
    if kind == "agenda":
        assert has_toc  # the agenda has an index, so Word refreshes its page numbers


@pytest.mark.parametrize("kind", ["agenda", "minutes"])
def test_no_stale_template_parts_and_the_file_reopens(exported: dict[str, Path], kind: str) -> None:
    path = exported[kind]
    names = _names(path)
    assert "word/stylesWithEffects.xml" not in names
    assert "docProps/thumbnail.jpeg" not in names
    with zipfile.ZipFile(path) as archive:
        rels = archive.read("word/_rels/document.xml.rels").decode()
        types = archive.read("[Content_Types].xml").decode()
        root_rels = archive.read("_rels/.rels").decode()
    assert "stylesWithEffects" not in rels + types
    assert "thumbnail" not in root_rels
    document = docx.Document(str(path))
    assert document.core_properties.language == "fi-FI"
    assert document.core_properties.last_modified_by == "Päätöspaja"
    assert document.paragraphs


def test_swedish_minutes_have_swedish_theme_language(workspace_dir: Path) -> None:
    meeting_id = _meeting(workspace_dir, "sv")
    target = workspace_dir / "protokoll.docx"
    run(ExportRequest(workspace_dir, ExportKind.MINUTES, meeting_id, target), TaskState())
    settings = _part(target, "word/settings.xml")
    assert settings.find(_w("themeFontLang")).get(_w("val")) == "sv-FI"
    assert docx.Document(str(target)).core_properties.language == "sv-FI"


def test_page_estimate_counts_breaks_sections_and_page_starting_styles() -> None:
    document = docx.Document()
    document.add_paragraph("ensimmäinen sivu alkaa tästä")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("toinen sivu")
    document.add_paragraph("kolmas").paragraph_format.page_break_before = True
    document.styles["Heading 1"].paragraph_format.page_break_before = True
    document.add_paragraph("neljäs sivu otsikolla", style="Heading 1")
    document.add_section()  # a new page section: the fifth page
    document.add_paragraph("viides").paragraph_format.page_break_before = True  # no sixth
    document.add_section(WD_SECTION_START.CONTINUOUS)
    document.add_paragraph()
    statistics = count_statistics(document.element, document.styles.element)
    assert statistics.pages == 5
    assert statistics.words == 11
    assert statistics.paragraphs == 5
    text = "ensimmäinen sivu alkaa tästä toinen sivu kolmas neljäs sivu otsikolla viides"
    assert statistics.characters == len(text.replace(" ", ""))
    assert statistics.characters_with_spaces == len(text) - 4  # no space between paragraphs


def test_a_break_before_any_text_starts_no_page() -> None:
    document = docx.Document()
    document.add_paragraph("Otsikko").paragraph_format.page_break_before = True
    document.add_paragraph("teksti")
    assert count_statistics(document.element, document.styles.element).pages == 1


def test_cleaning_a_custom_house_style_keeps_its_company_and_reopens(tmp_path: Path) -> None:
    style = tmp_path / "oma.docx"
    source = docx.Document()
    source.add_paragraph("pohjan teksti")
    source.save(str(style))
    with zipfile.ZipFile(style) as archive:
        app = archive.read("docProps/app.xml").replace(
            b"<Company/>", b"<Company>Esimerkkil\xc3\xa4n kunta</Company>"
        )
        parts = {i.filename: archive.read(i) for i in archive.infolist()}
    parts["docProps/app.xml"] = app
    with zipfile.ZipFile(style, "w") as archive:
        for name, payload in parts.items():
            archive.writestr(name, payload)
    document = open_house_style(style)
    document.add_paragraph("Kokous", style="Title")
    document.core_properties.language = "fi-FI"
    data = document_bytes(document)
    assert _part(data, "docProps/app.xml").findtext(f"{EP}Company") == "Esimerkkilän kunta"
    reopened = docx.Document(io.BytesIO(data))
    title = reopened.styles["Title"].element.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
    assert title is not None and title.get(qn("w:val")) == "0"  # H1 in the PDF
    assert reopened.styles["Allekirjoitus"] is not None  # copied from the default
    assert clean_package(data) == clean_package(clean_package(data))  # stable


def test_default_house_style_spaces_by_styles_and_has_a_signature_style() -> None:
    document = docx.Document(str(default_house_style()))
    for name in ("Heading 1", "Heading 2", "Heading 3"):
        fmt = document.styles[name].paragraph_format
        assert fmt.keep_with_next and fmt.keep_together and fmt.space_before
    assert document.styles["Normal"].paragraph_format.space_after
    signature = document.styles["Allekirjoitus"]
    top = signature.element.find(f"{qn('w:pPr')}/{qn('w:pBdr')}/{qn('w:top')}")
    assert top is not None and top.get(qn("w:val")) == "single"
    assert signature.paragraph_format.space_before and signature.paragraph_format.right_indent
    title = document.styles["Title"].element.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
    assert title is not None and title.get(qn("w:val")) == "0"
    assert "word/stylesWithEffects.xml" not in _names(default_house_style())


def test_tables_need_no_spacer_paragraphs(tmp_path: Path) -> None:
    document = open_house_style()
    writer = BlockWriter(document)
    grid = Table(rows=[[Paragraph([Run("a")]), Paragraph([Run("b")])]], header_rows=1)
    writer.blocks([grid, Paragraph([Run("Teksti taulukon jälkeen")]), grid, grid])
    body = [child for child in document.element.body if child.tag != qn("w:sectPr")]
    kinds = [child.tag.rsplit("}", 1)[1] for child in body]
    assert kinds == ["tbl", "p", "tbl", "p", "tbl"]  # one paragraph only between two tables
    after = document.paragraphs[0]
    assert after.text == "Teksti taulukon jälkeen"
    assert after.paragraph_format.space_before == AFTER_TABLE
    path = tmp_path / "taulukot.docx"
    path.write_bytes(document_bytes(document))
    assert "a11y.empty_paragraphs" not in {f.code for f in check_docx(path)}


def test_a_document_that_starts_below_level_one_is_reported(tmp_path: Path) -> None:
    document = open_house_style()
    writer = BlockWriter(document)
    writer.paragraph("Läsnä", "Heading 2")
    writer.paragraph("Teksti")
    document.core_properties.title = "Otsikko"
    document.core_properties.language = "fi-FI"
    path = tmp_path / "alku.docx"
    path.write_bytes(document_bytes(document))
    findings = [f for f in check_docx(path) if f.code == "a11y.heading_skip"]
    assert [f.params for f in findings] == [{"level": 2, "previous": 0}]


def test_lines_typed_as_underscores_are_a_warning(tmp_path: Path) -> None:
    document = open_house_style()
    writer = BlockWriter(document)
    writer.paragraph("Otsikko", "Title")
    writer.paragraph("Tarkastettu ____.____.________")
    cell = Paragraph([Run("\n" + "_" * 32 + "\nPuheenjohtaja")])
    writer.blocks([Table(rows=[[Paragraph([Run("Allekirjoitus")])], [cell]], header_rows=1)])
    document.core_properties.title = "Otsikko"
    document.core_properties.language = "fi-FI"
    path = tmp_path / "viivat.docx"
    path.write_bytes(document_bytes(document))
    typed = [f for f in check_docx(path) if f.code == "a11y.typed_line"]
    assert [f.severity for f in typed] == [Severity.WARNING, Severity.WARNING]
    assert all("____" not in f.params["excerpt"] for f in typed)
    assert "Puheenjohtaja" in typed[1].params["excerpt"]


@pytest.mark.parametrize("kind", ["agenda", "minutes"])
def test_exports_draw_their_lines(exported: dict[str, Path], kind: str) -> None:
    assert "a11y.typed_line" not in {f.code for f in check_docx(exported[kind])}
