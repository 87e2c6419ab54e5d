"""DOCX exports reopened with python-docx: structure, styles, fields, metadata, bad input."""

from __future__ import annotations

import errno
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from desktop_app.domain.model import AgendaItem, Attachment, ItemState, Section
from desktop_app.domain.serialize import item_to_dict
from desktop_app.errors import AttachmentCorrupt, DiskFull
from desktop_app.export.errors import ExportTargetLocked, HouseStyleInvalid, LogoInvalid
from desktop_app.export.house_style import default_house_style, default_logo
from desktop_app.export.task import ExportKind, ExportRequest, run
from desktop_app.meetings.demo import create_demo_meeting
from desktop_app.meetings.model import DecisionKind, EntryDecision
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.messages import describe
from desktop_app.tasks import Cancelled, TaskState
from desktop_app.workspace import Workspace

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture
def meeting(workspace_dir: Path) -> Iterator[tuple[Path, int]]:
    """A demo meeting with 4 items, one DOCX attachment, all decided (minutes-ready)."""
    workspace = Workspace.open(workspace_dir)
    try:
        meeting_id = create_demo_meeting(workspace, 4)
        attachment = workspace_dir / "liitteet" / "sopimus.docx"
        attachment.parent.mkdir(parents=True)
        source = docx.Document()
        source.add_heading("Sopimusluonnos", 1)
        source.add_paragraph("Liitteen oma sisältö on tässä.")
        source.add_picture(str(default_logo()))
        source.save(str(attachment))
        repository = MeetingRepository(workspace.db)
        entries = repository.entries(meeting_id)
        item = workspace.items.get(entries[4].item_id)
        item.attachments.append(Attachment("Sopimusluonnos", "liitteet/sopimus.docx"))
        workspace.items.save(item)
        for entry in entries:
            assert entry.id is not None
            repository.record_decision(entry.id, EntryDecision(DecisionKind.AS_PROPOSED))
    finally:
        workspace.close()
    yield workspace_dir, meeting_id


def _export(folder: Path, kind: ExportKind, object_id: int, name: str, **extra: object) -> Path:
    request = ExportRequest(folder, kind, object_id, folder / name, **extra)  # type: ignore[arg-type]
    return run(request, TaskState())


def _headings(document: docx.document.Document, level: int) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


def _footer_xml(document: docx.document.Document) -> str:
    return document.sections[0].footer._element.xml


def test_agenda_packet_has_cover_contents_numbered_items_and_page_fields(
    meeting: tuple[Path, int],
) -> None:
    folder, meeting_id = meeting
    document = docx.Document(str(_export(folder, ExportKind.AGENDA, meeting_id, "a.docx")))
    items = [h for h in _headings(document, 1) if h.startswith("§")]
    assert [h.split()[1] for h in items] == [str(n) for n in range(1, 10)]
    assert items[4].startswith("§ 5 Talousarvion toteutuminen")
    body_xml = document.element.body.xml
    assert 'TOC \\h \\z \\t "Heading 1,1"' in body_xml
    texts = [p.text for p in document.paragraphs]
    contents = texts.index("Sisällysluettelo")
    assert texts[contents + 1 : contents + 3] == [
        "§ 1\tKokouksen avaus",
        "§ 2\tKokouksen laillisuus ja päätösvaltaisuus",
    ]
    footer = _footer_xml(document)
    assert " PAGE " in footer and " NUMPAGES " in footer and "sivu " in footer
    header = document.sections[0].header._element.xml
    assert "Esimerkkilän kunta" in header and "Kunnanhallitus" in header and "a:blip" in header
    assert "Esityslista 1/2026" in header and "02.03.2026" in header
    assert "{{" not in header + footer
    assert 'descr="Esimerkkilän kunta – logo"' in header
    styles = {p.style.name for p in document.paragraphs}
    assert {"Title", "Heading 1", "Heading 2", "Heading 3", "List Bullet", "List Number"} <= styles
    assert any(t.style is not None and t.style.name == "Table Grid" for t in document.tables)
    assert body_xml.count("<w:tblHeader/>") >= 4
    number_ids = {
        p._p.pPr.numPr.numId.val
        for p in document.paragraphs
        if p.style.name == "List Number" and p._p.pPr.numPr is not None
    }
    assert len(number_ids) == 4, "every numbered list restarts from 1"
    properties = document.core_properties
    assert properties.title == "Kunnanhallitus: esityslista 1/2026"
    assert properties.language == "fi-FI" and properties.author == "Kunnanhallitus"
    assert "1/2026" in properties.keywords and properties.identifier == "KH 1/2026"
    assert "KH 100/00.01.02/2026" in properties.comments
    lang = document.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    assert lang is not None and lang.get(qn("w:val")) == "fi-FI"


def test_docx_attachment_is_appended_with_its_picture_and_others_are_listed(
    meeting: tuple[Path, int],
) -> None:
    folder, meeting_id = meeting
    document = docx.Document(str(_export(folder, ExportKind.AGENDA, meeting_id, "a.docx")))
    texts = [p.text for p in document.paragraphs]
    assert "Liite 2 (§ 5): Sopimusluonnos" in _headings(document, 1)
    assert "Liitteen oma sisältö on tässä." in texts
    assert any("Selvitys 1.pdf (liitetään erikseen)" in t for t in texts)
    blips = document.element.body.findall(".//{*}blip")
    assert blips
    for blip in blips:
        rid = blip.get(qn("r:embed"))
        assert document.part.related_parts[rid].content_type.startswith("image/")


def test_minutes_have_cover_decisions_and_the_appeal_page(meeting: tuple[Path, int]) -> None:
    folder, meeting_id = meeting
    document = docx.Document(str(_export(folder, ExportKind.MINUTES, meeting_id, "m.docx")))
    texts = [p.text for p in document.paragraphs]
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert "Pöytäkirja 1/2026" in texts
    assert "Aika\t02.03.2026 klo 18.00–20.15" in texts
    assert "Liisa Kokeilu" in cells and "saapui klo 18.20, § 5 aikana" in cells
    assert "Jari Poissa" in cells  # absent, listed under Poissa
    assert "Käsitellyt asiat\t§ 1–9" in texts
    assert "Aino Esimerkki\nPuheenjohtaja" in texts
    assert "Pekka Malli\nPöytäkirjantarkastaja" in texts
    assert texts.count("Ehdotus hyväksyttiin.") == 4  # the standing items say what was done
    assert "Pöytäkirjantarkastajiksi valittiin Pekka Malli ja Matti Testinen." in texts
    assert _headings(document, 1)[-1] == "Muutoksenhakuohjeet"
    appeal_index = texts.index("Muutoksenhakuohjeet")
    closing = texts[appeal_index:]
    assert "Pykälät: § 1–4, 9" in closing  # the standing items: no appeal
    assert "Pykälät: § 5–8" in closing  # the demo items: oikaisuvaatimus
    assert any("Kuntalaki (410/2015) 136 §" in t for t in closing)
    assert not any("{{" in t for t in closing)
    assert document.core_properties.category == "Pöytäkirja"


def test_single_item_export_carries_its_section_number_and_dno(
    meeting: tuple[Path, int],
) -> None:
    folder, meeting_id = meeting
    workspace = Workspace.open(folder)
    try:
        entry = MeetingRepository(workspace.db).entries(meeting_id)[5]
        item = workspace.items.get(entry.item_id)
    finally:
        workspace.close()
    document = docx.Document(str(_export(folder, ExportKind.ITEM, entry.item_id, "i.docx")))
    # decided: a pöytäkirjanote, the § followed by the appeal instructions of that § only
    assert _headings(document, 1) == [f"§ 6 {item.title}", "Muutoksenhakuohjeet"]
    assert {"Selostus", "Perustelut", "Päätösehdotus", "Päätös"} <= set(_headings(document, 2))
    assert document.core_properties.identifier == item.dno
    assert "Pöytäkirjanote § 6" in document.sections[0].header._element.xml


def test_swedish_meeting_gets_swedish_wording_and_language(workspace_dir: Path) -> None:
    workspace = Workspace.open(workspace_dir)
    try:
        meeting_id = create_demo_meeting(workspace, 1)
        repository = MeetingRepository(workspace.db)
        meeting = repository.get(meeting_id)
        meeting.language = "sv"
        repository.update(meeting)
    finally:
        workspace.close()
    document = docx.Document(str(_export(workspace_dir, ExportKind.AGENDA, meeting_id, "s.docx")))
    assert "Föredragningslista 1/2026" in [p.text for p in document.paragraphs]
    assert "Kommunstyrelsen" in [p.text for p in document.paragraphs]
    assert document.core_properties.language == "sv-FI"
    assert "sida " in _footer_xml(document)


def _dotx_house_style(folder: Path) -> Path:
    """The default style turned into a .dotx with another font and a plain footer."""
    style = docx.Document(str(default_house_style()))
    style.styles["Normal"].font.name = "Georgia"
    style.sections[0].footer.paragraphs[0].text = "Kunnan oma alatunniste"
    buffer = io.BytesIO()
    style.save(buffer)
    target = folder / "kunta.dotx"
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(target, "w") as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            out.writestr(info, data)
    return target


def test_dotx_house_style_is_used_and_its_footer_gets_page_numbers(
    meeting: tuple[Path, int],
) -> None:
    folder, meeting_id = meeting
    style = _dotx_house_style(folder)
    out = _export(folder, ExportKind.AGENDA, meeting_id, "h.docx", house_style=style)
    with zipfile.ZipFile(out) as archive:
        assert b"template.main+xml" not in archive.read("[Content_Types].xml")
    document = docx.Document(str(out))
    assert document.styles["Normal"].font.name == "Georgia"
    footer = _footer_xml(document)
    assert "Kunnan oma alatunniste" in footer and " NUMPAGES " in footer


def test_house_style_without_list_styles_gets_them_from_the_default(
    meeting: tuple[Path, int],
) -> None:
    folder, meeting_id = meeting
    style = docx.Document(str(default_house_style()))
    for name in ("List Bullet", "List Number", "Table Grid"):
        element = style.styles[name].element
        element.getparent().remove(element)
    style.save(str(folder / "niukka.docx"))
    out = _export(
        folder, ExportKind.AGENDA, meeting_id, "n.docx", house_style=folder / "niukka.docx"
    )
    document = docx.Document(str(out))
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    assert numbered and all(p._p.pPr.numPr is not None for p in numbered)
    assert any(p.style.name == "List Bullet" for p in document.paragraphs)


# --- bad input -----------------------------------------------------------


def _item_id(folder: Path, item: AgendaItem) -> int:
    workspace = Workspace.open(folder)
    try:
        saved = workspace.items.save(item)
    finally:
        workspace.close()
    assert saved.id is not None
    return saved.id


def _stored(folder: Path, item_id: int) -> dict[str, object]:
    workspace = Workspace.open(folder)
    try:
        return item_to_dict(workspace.items.get(item_id))
    finally:
        workspace.close()


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_control_characters_are_dropped_and_the_item_is_untouched(workspace_dir: Path) -> None:
    item_id = _item_id(
        workspace_dir,
        AgendaItem(
            None,
            "kh",
            "kunnanhallitus",
            title="Ohjaus\x01merkit\x0b otsikossa",
            dno="KH 1/\x1f2026",
            sections={Section.DESCRIPTION: "<p>Teksti\x02 jossa\x7f roskaa</p>"},
            preparer=__import__("desktop_app.domain.model").domain.model.Person("Nimi\x00"),
        ),
    )
    before = _stored(workspace_dir, item_id)
    document = docx.Document(str(_export(workspace_dir, ExportKind.ITEM, item_id, "c.docx")))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "Ohjausmerkit otsikossa"
    assert "Teksti jossa roskaa" in texts
    assert document.core_properties.identifier == "KH 1/2026"
    assert _stored(workspace_dir, item_id) == before


@pytest.mark.slow
def test_a_five_megabyte_pasted_table_exports_whole(workspace_dir: Path) -> None:
    row = (
        "<tr><td>Kiinteistö 123-456-7-8</td><td>Kylätie 12</td><td>1 250,00 €</td>"
        "<td>lainhuuto</td><td>huomautus {n}</td></tr>"
    )
    rows = "".join(row.format(n=n) for n in range(41_000))
    markup = (
        f"<table><tr><th>Tunnus</th><th>Osoite</th><th>Hinta</th><th>Laji</th>"
        f"<th>Huom</th></tr>{rows}</table>"
    )
    assert len(markup.encode()) > 5_000_000
    item_id = _item_id(
        workspace_dir,
        AgendaItem(
            None,
            "kh",
            "kunnanhallitus",
            title="Iso taulukko",
            sections={Section.DESCRIPTION: markup},
        ),
    )
    before = _stored(workspace_dir, item_id)
    document = docx.Document(str(_export(workspace_dir, ExportKind.ITEM, item_id, "t.docx")))
    table = document.tables[0]
    assert len(table.rows) == 41_001
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert table.rows[-1].cells[4].text == "huomautus 40999"
    assert _stored(workspace_dir, item_id) == before


def test_a_logo_that_is_not_an_image_is_refused(meeting: tuple[Path, int]) -> None:
    folder, meeting_id = meeting
    fake = folder / "logo.png"
    fake.write_text("tämä ei ole kuva", encoding="utf-8")
    with pytest.raises(LogoInvalid) as refused:
        _export(folder, ExportKind.AGENDA, meeting_id, "l.docx", logo=fake)
    assert "ei ole kuva" in describe(refused.value, "fi")
    assert not (folder / "l.docx").exists() and not _leftovers(folder)


@pytest.mark.parametrize("content", [b"plain text, not a document", b"PK\x03\x04broken"])
def test_a_house_style_that_is_not_a_docx_is_refused(
    meeting: tuple[Path, int], content: bytes
) -> None:
    folder, meeting_id = meeting
    style = folder / "tyyli.docx"
    style.write_bytes(content)
    with pytest.raises(HouseStyleInvalid) as refused:
        _export(folder, ExportKind.AGENDA, meeting_id, "x.docx", house_style=style)
    assert describe(refused.value, "fi").startswith(f"Tyylipohja {style} ei ole Word-asiakirja")
    assert not (folder / "x.docx").exists()


def test_a_zip_that_is_not_a_word_document_is_refused(meeting: tuple[Path, int]) -> None:
    folder, meeting_id = meeting
    style = folder / "tyyli.docx"
    with zipfile.ZipFile(style, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(HouseStyleInvalid):
        _export(folder, ExportKind.AGENDA, meeting_id, "x.docx", house_style=style)
    assert not (folder / "x.docx").exists()


def test_full_disk_leaves_the_old_file_and_no_partial_one(
    meeting: tuple[Path, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, meeting_id = meeting
    target = folder / "a.docx"
    target.write_bytes(b"old version")

    def full(self: object, stream: io.BufferedWriter) -> None:
        stream.write(b"PK partial")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(docx.document.Document, "save", full)
    with pytest.raises(DiskFull) as refused:
        _export(folder, ExportKind.AGENDA, meeting_id, "a.docx")
    assert "Levy on täynnä" in describe(refused.value, "fi")
    assert target.read_bytes() == b"old version"
    assert not _leftovers(folder)


def test_locked_target_suggests_another_name(
    meeting: tuple[Path, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, meeting_id = meeting
    target = folder / "esityslista.docx"
    target.write_bytes(b"open in Word")
    (folder / "esityslista (2).docx").write_bytes(b"taken too")
    real_replace = Path.replace

    def locked(self: Path, destination: str | Path) -> Path:
        if Path(destination) == target:
            raise PermissionError(errno.EACCES, "The process cannot access the file")
        return real_replace(self, destination)

    monkeypatch.setattr(Path, "replace", locked)
    with pytest.raises(ExportTargetLocked) as refused:
        _export(folder, ExportKind.AGENDA, meeting_id, "esityslista.docx")
    message = describe(refused.value, "fi")
    assert "on auki toisessa ohjelmassa" in message and "esityslista (3).docx" in message
    assert target.read_bytes() == b"open in Word"
    assert not _leftovers(folder)


def test_progress_is_reported_and_cancel_writes_nothing(meeting: tuple[Path, int]) -> None:
    folder, meeting_id = meeting
    seen: list[tuple[int, int]] = []
    state = TaskState(lambda done, total, _: seen.append((done, total)))
    run(ExportRequest(folder, ExportKind.AGENDA, meeting_id, folder / "p.docx"), state)
    assert seen[0] == (0, 9) and (9, 9) in seen

    cancelling = TaskState(lambda done, total, _: cancelling.cancel() if done == 3 else None)
    with pytest.raises(Cancelled):
        run(ExportRequest(folder, ExportKind.AGENDA, meeting_id, folder / "q.docx"), cancelling)
    assert not (folder / "q.docx").exists()


def test_item_state_and_content_survive_a_failed_export(meeting: tuple[Path, int]) -> None:
    folder, meeting_id = meeting
    workspace = Workspace.open(folder)
    try:
        item_id = MeetingRepository(workspace.db).entries(meeting_id)[4].item_id
    finally:
        workspace.close()
    before = _stored(folder, item_id)
    assert before["state"] == ItemState.DECIDED.value
    with pytest.raises(HouseStyleInvalid):
        _export(folder, ExportKind.ITEM, item_id, "z.docx", house_style=folder / "puuttuu.docx")
    assert _stored(folder, item_id) == before


def test_long_metadata_is_shortened_not_refused(workspace_dir: Path) -> None:
    title = "Hyvin pitkä otsikko " * 30
    item_id = _item_id(
        workspace_dir, AgendaItem(None, "kh", "kunnanhallitus", title=title, dno="KH 9/2026")
    )
    document = docx.Document(str(_export(workspace_dir, ExportKind.ITEM, item_id, "p.docx")))
    assert len(document.core_properties.title) == 255
    assert document.paragraphs[0].text == title.strip()


def test_the_builders_take_redacted_copies_without_the_database(
    meeting: tuple[Path, int],
) -> None:
    """The publishing version passes its own (redacted) items and gets the same shape."""
    from dataclasses import replace

    from desktop_app.export.documents import ExportOptions, build_agenda_document, section_ranges

    folder, meeting_id = meeting
    workspace = Workspace.open(folder)
    try:
        packet = MeetingRepository(workspace.db).packet(meeting_id)
    finally:
        workspace.close()
    packet.entries = [
        (
            entry,
            replace(
                item,
                sections={Section.PROPOSAL: "<p>[poistettu]</p>"},
                public=False,
                secrecy_ground="JulkL 24 § 1 mom 32 k",
            ),
        )
        for entry, item in packet.entries
    ]
    document = build_agenda_document(
        packet, ExportOptions(include_nonpublic_attachments=False, append_docx_attachments=False)
    )
    texts = [p.text for p in document.paragraphs]
    assert texts.count("[poistettu]") == 9
    assert "Salassa pidettävä, JulkL 24 § 1 mom 32 k" in texts
    assert section_ranges([7, 1, 2, 3, 9, 10]) == "1–3, 7, 9–10"


def test_minutes_without_an_appeal_instruction_are_refused(meeting: tuple[Path, int]) -> None:
    from desktop_app.export.documents import ExportOptions, build_minutes_document
    from desktop_app.export.errors import AppealInstructionMissing

    folder, meeting_id = meeting
    workspace = Workspace.open(folder)
    try:
        packet = MeetingRepository(workspace.db).packet(meeting_id)
        appeals = dict(workspace.appeals)
    finally:
        workspace.close()
    appeals.pop(next(iter(t for t in appeals if t.value == "oikaisuvaatimus")))
    with pytest.raises(AppealInstructionMissing) as refused:
        build_minutes_document(packet, ExportOptions(appeals=appeals))
    assert "oikaisuvaatimus puuttuu" in describe(refused.value, "fi")


def test_a_broken_docx_attachment_stops_the_export_and_names_it(
    meeting: tuple[Path, int],
) -> None:
    """A packet that silently lacks an attachment would go to the council as complete."""
    folder, meeting_id = meeting
    (folder / "liitteet" / "sopimus.docx").write_bytes(b"not a zip at all")
    with pytest.raises(AttachmentCorrupt) as refused:
        _export(folder, ExportKind.AGENDA, meeting_id, "b.docx")
    assert "Sopimusluonnos" in describe(refused.value)  # the name the secretary gave it
    assert not (folder / "b.docx").exists()
