"""`export item` of a decided § writes a pöytäkirjanote; an undecided item exports as before.

The excerpt is what a party is sent: who decided and when, the § with its decision and
handling, the appeal instructions of that § only, and "Otteen oikeaksi todistaa".
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn

from desktop_app.domain.model import ItemState
from desktop_app.export.documents import ExportOptions, build_excerpt_document
from desktop_app.export.task import ExportKind, ExportRequest, run
from desktop_app.meetings.demo import create_demo_meeting
from desktop_app.meetings.model import AttendanceChange, DecisionKind, EntryDecision
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.tasks import TaskState
from desktop_app.workspace import Workspace


@dataclass
class Decided:
    folder: Path
    meeting_id: int
    item_id: int  # § 6, decided with a handling note
    standing_id: int  # § 3, the checkers
    undecided_id: int  # § 7, on the agenda but not decided yet
    title: str


@pytest.fixture
def decided(workspace_dir: Path) -> Iterator[Decided]:
    workspace = Workspace.open(workspace_dir)
    try:
        meeting_id = create_demo_meeting(workspace, 4)
        repository = MeetingRepository(workspace.db)
        entries = repository.entries(meeting_id)
        for index, entry in enumerate(entries):
            assert entry.id is not None
            if index == 6:
                continue
            record = EntryDecision(DecisionKind.AS_PROPOSED)
            if index == 5:
                record = EntryDecision(
                    DecisionKind.MODIFIED,
                    text="<p>Kunnanhallitus hyväksyi hankesuunnitelman muutettuna.</p>",
                    handling="<p>Pekka Malli teki muutosehdotuksen, jota kannatettiin.</p>",
                    attendance=[AttendanceChange("Liisa Kokeilu", False, "klo 19.40")],
                )
            repository.record_decision(entry.id, record)
        item = workspace.items.get(entries[5].item_id)
        assert item.state is ItemState.DECIDED
    finally:
        workspace.close()
    yield Decided(
        workspace_dir,
        meeting_id,
        entries[5].item_id,
        entries[2].item_id,
        entries[6].item_id,
        item.title,
    )


def _export(folder: Path, item_id: int, name: str) -> Document:
    target = run(ExportRequest(folder, ExportKind.ITEM, item_id, folder / name), TaskState())
    return docx.Document(str(target))


def _texts(document: Document) -> list[str]:
    return [p.text for p in document.paragraphs]


def test_a_decided_item_is_exported_as_a_certified_excerpt(decided: Decided) -> None:
    document = _export(decided.folder, decided.item_id, "ote.docx")
    texts = _texts(document)
    assert texts[:3] == ["Esimerkkilän kunta", "Kunnanhallitus", "Pöytäkirjanote § 6"]
    assert "Kokous\t1/2026, 02.03.2026 klo 18.00–20.15" in texts
    assert "Pykälä\t§ 6" in texts
    heading = texts.index(f"§ 6 {decided.title}")
    handling = texts.index("Käsittely", heading)
    assert texts[handling + 1] == "Pekka Malli teki muutosehdotuksen, jota kannatettiin."
    assert "Liisa Kokeilu poistui kokouksesta klo 19.40." in texts
    decision = texts.index("Päätös", heading)
    assert texts[decision + 1] == "Kunnanhallitus hyväksyi hankesuunnitelman muutettuna."
    # the certification: place and date of issue, the secretary's signature, name and title
    certify = texts.index("Otteen oikeaksi todistaa")
    assert texts[certify + 1] == f"Esimerkkilä {date.today().strftime('%d.%m.%Y')}"
    signature = document.paragraphs[certify + 2]
    assert signature.text == "Olli Sihteeri\nhallintojohtaja"
    border = signature._p.find(f"{qn('w:pPr')}/{qn('w:pBdr')}/{qn('w:top')}")
    style = document.styles[signature.style.name].element
    styled = style.find(f"{qn('w:pPr')}/{qn('w:pBdr')}/{qn('w:top')}")
    assert border is not None or styled is not None
    # the appeal instructions of this § only
    appeal = texts.index("Muutoksenhakuohjeet")
    assert decision < certify < appeal
    closing = texts[appeal:]
    assert "Pykälät: § 6" in closing
    assert not any(t.startswith("Pykälät:") and t != "Pykälät: § 6" for t in closing)
    header = document.sections[0].header._element.xml
    assert "Pöytäkirjanote § 6" in header and "02.03.2026" in header
    properties = document.core_properties
    assert properties.category == "Pöytäkirjanote"
    blank = [
        p.text
        for p in document.paragraphs
        if not p.text.strip()
        and p._p.find(f".//{qn('w:drawing')}") is None
        and p._p.find(f".//{qn('w:fldChar')}") is None
    ]
    assert blank == []  # spacing comes from the styles
    assert properties.identifier == "KH 101/10.03.01/2026"


def test_the_excerpt_of_section_3_names_the_checkers_and_has_no_appeal(decided: Decided) -> None:
    texts = _texts(_export(decided.folder, decided.standing_id, "ote3.docx"))
    assert "Pöytäkirjanote § 3" in texts
    assert "Pöytäkirjantarkastajiksi valittiin Pekka Malli ja Matti Testinen." in texts
    closing = texts[texts.index("Muutoksenhakuohjeet") :]
    assert "Pykälät: § 3" in closing
    assert any("136 §" in t for t in closing)


def test_an_undecided_item_exports_as_the_item_itself(decided: Decided) -> None:
    document = _export(decided.folder, decided.undecided_id, "asia.docx")
    texts = _texts(document)
    assert texts[0].startswith("§ 7 ")
    assert "Otteen oikeaksi todistaa" not in texts
    assert "Muutoksenhakuohjeet" not in texts
    assert "Asia § 7" in document.sections[0].header._element.xml


def test_a_secret_excerpt_carries_the_marking_in_its_header(decided: Decided) -> None:
    workspace = Workspace.open(decided.folder)
    try:
        repository = MeetingRepository(workspace.db)
        packet = repository.packet(decided.meeting_id)
        appeals = workspace.appeals
    finally:
        workspace.close()
    entry, item = packet.entries[5]
    item.public = False
    item.secrecy_ground = "JulkL 24 § 1 mom 32 k"
    document = build_excerpt_document(
        packet, entry, item, ExportOptions(appeals=appeals), issued=date(2026, 3, 9)
    )
    header = document.sections[0].header._element.xml
    assert "SALASSA PIDETTÄVÄ, JulkL 24 § 1 mom 32 k" in header
    assert "Esimerkkilä 09.03.2026" in _texts(document)


def test_the_command_line_writes_the_excerpt(decided: Decided) -> None:
    """A real process, as a secretary's script would run it."""
    target = decided.folder / "ote-cli.docx"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "ui.launcher",
            "export",
            "item",
            str(decided.item_id),
            "--out",
            str(target),
            "--workspace",
            str(decided.folder),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    texts = _texts(docx.Document(str(target)))
    assert "Pöytäkirjanote § 6" in texts and "Otteen oikeaksi todistaa" in texts
