"""DOCX attachments pass the import guards, and no export writes a part that does not parse."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from lxml import etree

from desktop_app.domain.model import Attachment
from desktop_app.errors import (
    AttachmentCorrupt,
    AttachmentMissing,
    AttachmentRefused,
    AttachmentTooLarge,
    AttachmentUnsafeXml,
    AttachmentZipBomb,
    ExportInvalid,
)
from desktop_app.export.task import ExportKind, ExportRequest, run
from desktop_app.export.writer import check_parts, save_document
from desktop_app.meetings.demo import create_demo_meeting
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.messages import describe
from desktop_app.tasks import TaskState
from desktop_app.workspace import Workspace
from desktop_app.zipguard import MAX_FILE_BYTES

ATTACHMENT = "Sopimusluonnos"
RELATIVE = "liitteet/sopimus.docx"
BOMB_BYTES = 300 * 1024 * 1024


def _attachment_bytes() -> bytes:
    document = docx.Document()
    document.add_heading("Sopimusluonnos", 1)
    document.add_paragraph("Liitteen oma sisältö on tässä.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _rewrite(data: bytes, changes: dict[str, bytes], target: Path) -> None:
    """``data`` (a DOCX) written to ``target`` with the parts in ``changes`` replaced."""
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out,
    ):
        for member in source.infolist():
            out.writestr(member.filename, changes.get(member.filename, source.read(member)))


def _write_entity_docx(target: Path) -> None:
    """A real DOCX whose document.xml declares an entity in a DTD and uses it in a run."""
    data = _attachment_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("word/document.xml")
    declaration_end = xml.index(b"?>") + 2
    xml = (
        xml[:declaration_end]
        + b'\n<!DOCTYPE w:document [<!ENTITY x "boom">]>'
        + xml[declaration_end:]
    )
    xml = xml.replace(b"Liitteen oma sis", b"&x; Liitteen oma sis", 1)
    assert b"&x;" in xml
    _rewrite(data, {"word/document.xml": xml}, target)


def _write_zip_bomb_docx(target: Path) -> None:
    """A valid DOCX plus a member of zeros that inflates to 300 MB from a few hundred KB.

    The zeros are streamed in 1 MB chunks, so building the bomb takes no more memory than
    opening it safely should.
    """
    _rewrite(_attachment_bytes(), {}, target)
    chunk = bytes(1024 * 1024)
    with (
        zipfile.ZipFile(target, "a", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        archive.open("word/media/padding.bin", "w", force_zip64=True) as member,
    ):
        for _ in range(BOMB_BYTES // len(chunk)):
            member.write(chunk)
    assert target.stat().st_size < 1024 * 1024


@pytest.fixture
def packet(tmp_path: Path) -> Iterator[tuple[Path, int, str]]:
    """A workspace with a meeting whose last item has a good DOCX attachment.

    Yields the workspace folder, the meeting id and the title of the item.
    """
    folder = tmp_path / "ws"
    workspace = Workspace.open(folder)
    try:
        meeting_id = create_demo_meeting(workspace, 2)
        attachment = folder / RELATIVE
        attachment.parent.mkdir(parents=True)
        attachment.write_bytes(_attachment_bytes())
        entries = MeetingRepository(workspace.db).entries(meeting_id)
        item = workspace.items.get(entries[-1].item_id)
        item.attachments.append(Attachment(ATTACHMENT, RELATIVE))
        item.attachments.append(Attachment("Karttaote (paperilla)"))
        workspace.items.save(item)
        title = item.title
    finally:
        workspace.close()
    yield folder, meeting_id, title


def _export(folder: Path, meeting_id: int, target: Path) -> Path:
    return run(ExportRequest(folder, ExportKind.AGENDA, meeting_id, target), TaskState())


def _earlier_export(folder: Path, meeting_id: int) -> tuple[Path, bytes]:
    """A good packet at the target, as the secretary's previous export would have left it."""
    target = folder / "esityslista.docx"
    _export(folder, meeting_id, target)
    return target, target.read_bytes()


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def _assert_every_part_parses(path: Path) -> None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    with zipfile.ZipFile(path) as archive:
        names = [n for n in archive.namelist() if n.endswith((".xml", ".rels"))]
        assert "word/document.xml" in names
        for name in names:
            root = etree.fromstring(archive.read(name), parser)
            assert root.getroottree().docinfo.internalDTD is None, name


def _assert_refused(
    refused: AttachmentRefused, title: str, folder: Path, target: Path, before: bytes
) -> None:
    assert refused.params["name"] == ATTACHMENT and refused.params["item"] == title
    for language in ("fi", "sv", "en"):
        sentence = describe(refused, language)
        assert ATTACHMENT in sentence and title in sentence, sentence
        assert "{" not in sentence, sentence
    assert target.read_bytes() == before
    assert not _leftovers(folder)


@pytest.mark.timeout(60)
def test_an_attachment_with_a_dtd_entity_stops_the_export(
    packet: tuple[Path, int, str],
) -> None:
    folder, meeting_id, title = packet
    target, before = _earlier_export(folder, meeting_id)
    _write_entity_docx(folder / RELATIVE)
    with pytest.raises(AttachmentUnsafeXml) as refused:
        _export(folder, meeting_id, target)
    assert refused.value.params["part"] == "word/document.xml"
    assert refused.value.params["reason"] == "unsafe_xml"
    assert "entiteettiviittaus" in describe(refused.value, "fi")
    _assert_refused(refused.value, title, folder, target, before)


@pytest.mark.timeout(60)
def test_a_doctype_in_any_part_is_refused_too(packet: tuple[Path, int, str]) -> None:
    folder, meeting_id, title = packet
    target, before = _earlier_export(folder, meeting_id)
    data = _attachment_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        styles = archive.read("word/styles.xml")
    end = styles.index(b"?>") + 2
    styles = styles[:end] + b"<!DOCTYPE w:styles>" + styles[end:]
    _rewrite(data, {"word/styles.xml": styles}, folder / RELATIVE)
    with pytest.raises(AttachmentUnsafeXml) as refused:
        _export(folder, meeting_id, target)
    assert refused.value.params["part"] == "word/styles.xml"
    _assert_refused(refused.value, title, folder, target, before)


@pytest.mark.timeout(60)
def test_a_zip_bomb_attachment_stops_the_export_quickly(packet: tuple[Path, int, str]) -> None:
    folder, meeting_id, title = packet
    target, before = _earlier_export(folder, meeting_id)
    _write_zip_bomb_docx(folder / RELATIVE)
    with pytest.raises(AttachmentZipBomb) as refused:
        _export(folder, meeting_id, target)
    assert refused.value.params["size_mb"] >= 300
    assert "purkautuisi liian suureksi" in describe(refused.value, "fi")
    _assert_refused(refused.value, title, folder, target, before)


@pytest.mark.timeout(60)
def test_the_command_line_names_the_zip_bomb_attachment(packet: tuple[Path, int, str]) -> None:
    folder, meeting_id, title = packet
    target, before = _earlier_export(folder, meeting_id)
    _write_zip_bomb_docx(folder / RELATIVE)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "ui.launcher",
            "export",
            "agenda",
            str(meeting_id),
            "--out",
            str(target),
            "--workspace",
            str(folder),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(f"Liite {ATTACHMENT} (asia ”{title}”)"), done.stderr
    assert target.read_bytes() == before
    assert not _leftovers(folder)


@pytest.mark.timeout(60)
def test_missing_foreign_and_oversized_attachments_are_errors_not_silent_skips(
    packet: tuple[Path, int, str],
) -> None:
    folder, meeting_id, title = packet
    target, before = _earlier_export(folder, meeting_id)
    attachment = folder / RELATIVE

    attachment.write_text("tämä ei ole Word-tiedosto", encoding="utf-8")
    with pytest.raises(AttachmentCorrupt) as corrupt:
        _export(folder, meeting_id, target)
    _assert_refused(corrupt.value, title, folder, target, before)

    with attachment.open("wb") as handle:  # sparse: the size is what counts
        handle.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(AttachmentTooLarge) as large:
        _export(folder, meeting_id, target)
    assert large.value.params["limit_mb"] == MAX_FILE_BYTES // 1048576
    _assert_refused(large.value, title, folder, target, before)

    attachment.unlink()
    with pytest.raises(AttachmentMissing) as missing:
        _export(folder, meeting_id, target)
    assert str(attachment) in describe(missing.value, "fi")
    _assert_refused(missing.value, title, folder, target, before)


@pytest.mark.timeout(60)
def test_a_single_item_export_guards_its_attachment_too(packet: tuple[Path, int, str]) -> None:
    folder, meeting_id, title = packet
    workspace = Workspace.open(folder)
    try:
        item_id = MeetingRepository(workspace.db).entries(meeting_id)[-1].item_id
    finally:
        workspace.close()
    _write_entity_docx(folder / RELATIVE)
    target = folder / "asia.docx"
    with pytest.raises(AttachmentUnsafeXml) as refused:
        run(ExportRequest(folder, ExportKind.ITEM, item_id, target), TaskState())
    assert refused.value.params["item"] == title
    assert not target.exists() and not _leftovers(folder)


@pytest.mark.timeout(60)
def test_a_good_attachment_is_appended_and_every_part_parses(
    packet: tuple[Path, int, str],
) -> None:
    folder, meeting_id, _ = packet
    target = _export(folder, meeting_id, folder / "esityslista.docx")
    _assert_every_part_parses(target)
    document = docx.Document(str(target))
    texts = [p.text for p in document.paragraphs]
    assert any(t.startswith("Liite 1 (§") and t.endswith(f": {ATTACHMENT}") for t in texts)
    assert "Liitteen oma sisältö on tässä." in texts
    assert any("Karttaote (paperilla) (liitetään erikseen)" in t for t in texts)


def test_a_part_that_does_not_parse_is_named_and_nothing_is_written(tmp_path: Path) -> None:
    document = docx.Document()
    run_element = document.add_paragraph("Ennen").add_run("x")._r
    run_element.append(etree.Entity("x"))  # what an attachment's entity used to leave behind
    target = tmp_path / "asia.docx"
    target.write_bytes(b"earlier export")
    with pytest.raises(ExportInvalid) as invalid:
        save_document(document, target)
    assert invalid.value.params["part"] == "word/document.xml"
    assert "word/document.xml" in describe(invalid.value, "fi")
    assert target.read_bytes() == b"earlier export"
    assert not _leftovers(tmp_path)


def test_check_parts_refuses_broken_xml_a_dtd_and_a_non_zip() -> None:
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    good = buffer.getvalue()
    check_parts(good)
    for part, payload in (
        ("word/_rels/document.xml.rels", b"<Relationships><Relationship"),
        ("word/styles.xml", b'<!DOCTYPE s [<!ENTITY a "b">]><s>&a;</s>'),
    ):
        out = io.BytesIO()
        with (
            zipfile.ZipFile(io.BytesIO(good)) as source,
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as broken,
        ):
            for member in source.infolist():
                data = payload if member.filename == part else source.read(member)
                broken.writestr(member.filename, data)
        with pytest.raises(ExportInvalid) as invalid:
            check_parts(out.getvalue())
        assert invalid.value.params["part"] == part
    with pytest.raises(ExportInvalid):
        check_parts(b"not a zip")
