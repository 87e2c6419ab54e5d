"""The published PDF as a screen reader meets it: PDF/UA declared, H1 first, tables, index.

Real exports are converted by the real LibreOffice (``convert_to_pdf``) and the PDF's
structure tree is walked with pypdf; without LibreOffice the tests are skipped.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

from desktop_app.export.task import ExportKind, ExportRequest, run
from desktop_app.meetings.demo import create_demo_meeting
from desktop_app.meetings.model import DecisionKind, EntryDecision
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.publishing.pdf import PDF_FILTER, convert_to_pdf, find_soffice, macro_module
from desktop_app.tasks import TaskState
from desktop_app.workspace import Workspace

_needs_soffice = pytest.mark.skipif(
    find_soffice() is None, reason="needs LibreOffice (soffice) for PDFs"
)
EP = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
HEADINGS = {"H", "H1", "H2", "H3", "H4", "H5", "H6"}


@dataclass
class Element:
    kind: str  # the standard structure type, after the role map
    children: list[Element] = field(default_factory=list)
    alt: str = ""


def _resolve(kind: str, role_map: dict[str, str]) -> str:
    seen = set()
    while kind in role_map and kind not in seen:
        seen.add(kind)
        kind = role_map[kind]
    return kind


def _tree(node: Any, role_map: dict[str, str]) -> list[Element]:
    if isinstance(node, IndirectObject):
        node = node.get_object()
    if isinstance(node, list):
        return [e for child in node for e in _tree(child, role_map)]
    if not isinstance(node, DictionaryObject) or "/S" not in node:
        return []  # marked-content ids and object references hold no structure
    element = Element(
        _resolve(str(node["/S"])[1:], role_map),
        alt=str(node.get("/ActualText", "") or node.get("/Alt", "")),
    )
    if "/K" in node:
        element.children = _tree(node["/K"], role_map)
    return [element]


def _walk(elements: list[Element]) -> Iterator[Element]:
    for element in elements:
        yield element
        yield from _walk(element.children)


def _dict(value: Any) -> DictionaryObject:
    found = value.get_object() if isinstance(value, IndirectObject) else value
    assert isinstance(found, DictionaryObject)
    return found


def _catalog(reader: PdfReader) -> DictionaryObject:
    return _dict(reader.trailer["/Root"])


def _structure(reader: PdfReader) -> list[Element]:
    root = _dict(_catalog(reader)["/StructTreeRoot"])
    role_map = {
        str(k)[1:]: str(v)[1:] for k, v in (root.get("/RoleMap") or DictionaryObject()).items()
    }
    return _tree(root["/K"], role_map)


def _xmp(reader: PdfReader) -> str:
    metadata: Any = _catalog(reader)["/Metadata"].get_object()
    return bytes(metadata.get_data()).decode("utf-8", errors="replace")


def _declared(xmp: str, prefix: str, name: str) -> str:
    match = re.search(rf"<{prefix}:{name}>\s*([^<]*?)\s*</{prefix}:{name}>", xmp) or re.search(
        rf'{prefix}:{name}="([^"]*)"', xmp
    )
    return match.group(1) if match else ""


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path, int]]:
    """The demo meeting's agenda and minutes as DOCX and PDF, with the DOCX's page estimate."""
    folder = tmp_path_factory.mktemp("pdf-ua") / "workspace"
    workspace = Workspace.open(folder)
    try:
        meeting_id = create_demo_meeting(workspace, 4)
        repository = MeetingRepository(workspace.db)
        for entry in repository.entries(meeting_id):
            assert entry.id is not None
            repository.record_decision(entry.id, EntryDecision(DecisionKind.AS_PROPOSED))
    finally:
        workspace.close()
    made = {}
    for kind in (ExportKind.AGENDA, ExportKind.MINUTES):
        docx = run(
            ExportRequest(folder, kind, meeting_id, folder / f"{kind.value}.docx"), TaskState()
        )
        estimate = _pages_in_docx(docx)
        made[kind.value] = (docx, convert_to_pdf(docx, docx.with_suffix(".pdf")), estimate)
    return made


def _pages_in_docx(path: Path) -> int:
    with zipfile.ZipFile(path) as archive:
        app = etree.fromstring(archive.read("docProps/app.xml"))
    return int(app.findtext(f"{EP}Pages") or 0)


@pytest.mark.slow
@_needs_soffice
@pytest.mark.parametrize("kind", ["agenda", "minutes"])
def test_pdf_declares_pdf_ua_1_and_pdf_a_2b(
    pdfs: dict[str, tuple[Path, Path, int]], kind: str
) -> None:
    reader = PdfReader(pdfs[kind][1])
    xmp = _xmp(reader)
    assert _declared(xmp, "pdfuaid", "part") == "1"
    assert (_declared(xmp, "pdfaid", "part"), _declared(xmp, "pdfaid", "conformance")) == (
        "2",
        "B",
    )
    assert _dict(_catalog(reader)["/MarkInfo"])["/Marked"]
    assert str(_catalog(reader)["/Lang"]) == "fi-FI"


@pytest.mark.slow
@_needs_soffice
@pytest.mark.parametrize("kind", ["agenda", "minutes"])
def test_structure_starts_with_h1_and_reads_no_underscore_lines(
    pdfs: dict[str, tuple[Path, Path, int]], kind: str
) -> None:
    reader = PdfReader(pdfs[kind][1])
    headings = [e.kind for e in _walk(_structure(reader)) if e.kind in HEADINGS]
    assert headings[0] == "H1"  # the cover title, not a paragraph above H2s
    assert headings.count("H1") >= 5  # and every § after it
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert not re.search(r"_{4,}", text)  # signature lines are drawn, not read out
    alternates = [e.alt for e in _walk(_structure(reader)) if e.alt]
    assert not any(re.fullmatch(r"[_\s]+", alt) for alt in alternates)


@pytest.mark.slow
@_needs_soffice
@pytest.mark.parametrize("kind", ["agenda", "minutes"])
def test_every_table_is_a_data_table_with_a_header_row(
    pdfs: dict[str, tuple[Path, Path, int]], kind: str
) -> None:
    tables = [e for e in _walk(_structure(PdfReader(pdfs[kind][1]))) if e.kind == "Table"]
    assert tables  # the participants
    for table in tables:
        rows = [e for e in _walk(table.children) if e.kind == "TR"]
        assert rows and {c.kind for c in rows[0].children} == {"TH"}
        assert all(c.kind == "TD" for row in rows[1:] for c in row.children)


@pytest.mark.slow
@_needs_soffice
def test_index_entries_carry_page_numbers(pdfs: dict[str, tuple[Path, Path, int]]) -> None:
    reader = PdfReader(pdfs["agenda"][1])
    structure = list(_walk(_structure(reader)))
    entries = [e for e in structure if e.kind == "TOCI"]
    page = next(p.extract_text() for p in reader.pages if "Sisällysluettelo" in p.extract_text())
    lines = [line for line in page.splitlines() if line.startswith("§")]
    assert len(lines) == len(entries) >= 5  # the cover title is not listed
    numbers = [int(re.search(r"(\d+)\s*$", line).group(1)) for line in lines]  # type: ignore[union-attr]
    assert numbers == sorted(numbers) and numbers[0] > 1  # the §s come after the cover
    assert numbers[-1] <= len(reader.pages)


@pytest.mark.slow
@_needs_soffice
@pytest.mark.parametrize("kind", ["agenda", "minutes"])
def test_the_docx_gets_the_laid_out_page_count(
    pdfs: dict[str, tuple[Path, Path, int]], kind: str
) -> None:
    docx, pdf, estimate = pdfs[kind]
    pages = len(PdfReader(pdf).pages)
    assert estimate <= pages  # the estimate counts only the pages the document starts
    assert _pages_in_docx(docx) == pages


def test_the_macro_is_well_formed_basic_in_xml_for_any_folder_name(tmp_path: Path) -> None:
    folder = tmp_path / 'Päätökset "2026" & muut (luonnos)'
    module = macro_module(folder / "julkaisu.docx", folder / "julkaisu.pdf", folder / "virhe.txt")
    root = etree.fromstring(module.encode())
    code = root.text or ""
    urls = re.findall(r'"(file:[^"]*)"', code)
    assert [Path(u).name for u in urls] == ["julkaisu.docx", "julkaisu.pdf", "virhe.txt"]
    assert all(" " not in u and "&" not in u and "(" not in u for u in urls)
    assert '"PDFUACompliance" : fd(2).Value = True' in code
    assert '"SelectPdfVersion" : fd(0).Value = 2' in code
    assert '"PDFUACompliance":{"type":"boolean","value":"true"}' in PDF_FILTER
