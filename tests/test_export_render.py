"""The exports as LibreOffice renders them: page counts, page numbers and text in the PDF.

Needs ``soffice`` (LibreOffice) and ``pdftotext`` (poppler-utils); CI installs both. All
documents are converted in one LibreOffice run with a private profile, so the check costs
one start-up and never touches the developer's own LibreOffice settings.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.export.task import ExportKind, ExportRequest, run
from desktop_app.meetings.demo import create_demo_meeting
from desktop_app.meetings.model import DecisionKind, EntryDecision
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.tasks import TaskState
from desktop_app.workspace import Workspace

SOFFICE = shutil.which("soffice")
PDFTOTEXT = shutil.which("pdftotext")
pytestmark = pytest.mark.skipif(
    SOFFICE is None or PDFTOTEXT is None,
    reason="LibreOffice (soffice) or pdftotext is not installed; CI installs both (.ci/run)",
)
ITEMS = 6
ENTRIES = ITEMS + 5  # four opening standing items and one closing


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("render")
    workspace = Workspace.open(folder / "ws")
    try:
        meeting_id = create_demo_meeting(workspace, ITEMS)
        repository = MeetingRepository(workspace.db)
        entries = repository.entries(meeting_id)
        for entry in entries:
            assert entry.id is not None
            repository.record_decision(entry.id, EntryDecision(DecisionKind.AS_PROPOSED))
        item_id = entries[4].item_id
    finally:
        workspace.close()
    outputs = {
        "agenda": (ExportKind.AGENDA, meeting_id),
        "minutes": (ExportKind.MINUTES, meeting_id),
        "item": (ExportKind.ITEM, item_id),
    }
    for name, (kind, object_id) in outputs.items():
        run(ExportRequest(folder / "ws", kind, object_id, folder / f"{name}.docx"), TaskState())
    profile = (folder / "lo-profile").as_uri()
    subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            *(str(folder / f"{name}.docx") for name in outputs),
        ],
        check=True,
        timeout=240,
        capture_output=True,
    )
    return {name: folder / f"{name}.pdf" for name in outputs}


def _pages(pdf: Path) -> list[str]:
    count = len(PdfReader(pdf).pages)
    texts = []
    for page in range(1, count + 1):
        result = subprocess.run(
            [str(PDFTOTEXT), "-f", str(page), "-l", str(page), "-layout", str(pdf), "-"],
            check=True,
            capture_output=True,
            text=True,
            timeout=60,
        )
        texts.append(result.stdout)
    return texts


def test_agenda_renders_cover_contents_and_one_page_per_item(pdfs: dict[str, Path]) -> None:
    pages = _pages(pdfs["agenda"])
    # cover + contents + the standing items flowing together + every real § on a new page
    assert 2 + 1 + ITEMS <= len(pages) <= 2 + 2 + 2 * ITEMS
    starts = [
        next(i for i, text in enumerate(pages) if i > 1 and f"§ {number} " in text)
        for number in range(1, ENTRIES + 1)
    ]
    assert starts == sorted(starts) and starts[0] == 2
    assert len(set(starts[:4])) == 1  # opening standing items share their page
    real = starts[4 : 4 + ITEMS]
    assert real == sorted(set(real)) and real[0] > starts[3]  # each real § starts a page
    for number, text in enumerate(pages, start=1):
        assert f"sivu {number} / {len(pages)}" in text, "PAGE/NUMPAGES not rendered"
        assert "Esimerkkilän kunta" in text and "Esityslista 1/2026" in text
    assert "Kunnanhallitus" in pages[0] and "Kunnantalo, valtuustosali" in pages[0]
    assert "Sisällysluettelo" in pages[1]
    assert "Talousarvion toteutuminen tammi–maaliskuussa" in pages[1]
    fifth = pages[starts[4]]
    assert "§ 5 Talousarvion toteutuminen" in fifth and "Kustannukset" in fifth


def test_minutes_render_with_the_appeal_page_last(pdfs: dict[str, Path]) -> None:
    pages = _pages(pdfs["minutes"])
    assert len(pages) >= 1 + ITEMS + 1
    assert f"sivu {len(pages)} / {len(pages)}" in pages[-1]
    cover = pages[0]
    for expected in ("Pöytäkirja 1/2026", "Läsnä", "Liisa Kokeilu", "Poissa", "§ 1–11"):
        assert expected in cover
    body = "\n".join(pages)
    # the real items as proposed; the standing items say what was done (checkers named …)
    assert body.count("Ehdotus hyväksyttiin.") == ITEMS
    closing = body[body.index("Muutoksenhakuohjeet") :]
    assert "§ 1–4, 11" in closing and "§ 5–10" in closing


def test_a_decided_item_renders_as_a_certified_excerpt(pdfs: dict[str, Path]) -> None:
    pages = _pages(pdfs["item"])
    assert len(pages) >= 2  # the § with its decision, then the appeal instructions
    for number, text in enumerate(pages, start=1):
        assert f"sivu {number} / {len(pages)}" in text
        assert "Pöytäkirjanote § 5" in text
    assert "§ 5 Talousarvion toteutuminen" in pages[0]
    body = "\n".join(pages)
    assert "Oikaisuvaatimusohje" in body and "Otteen oikeaksi todistaa" in body
    assert body.index("Ehdotus hyväksyttiin.") < body.index("Oikaisuvaatimusohje")
