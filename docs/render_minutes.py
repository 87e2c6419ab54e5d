"""Render the demo minutes to the README pictures: the cover, an item page, the appeal page.

Run from the repository root: ``uv run python docs/render_minutes.py``. Needs LibreOffice
(``soffice``) and poppler's ``pdftoppm``/``pdftotext``. The meeting is the demonstration
meeting of :mod:`desktop_app.meetings.demo`, checked and published, every § decided, one
departure recorded in a § and one amended decision, so the pictures show what a finished
set of minutes looks like.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
from datetime import date
from pathlib import Path

from desktop_app.export.task import ExportKind, ExportRequest, run
from desktop_app.meetings.demo import create_demo_meeting
from desktop_app.meetings.model import AttendanceChange, DecisionKind, EntryDecision
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.tasks import TaskState
from desktop_app.workspace import Workspace

HERE = Path(__file__).resolve().parent
AMENDED = (
    "<p>Kunnanhallitus päätti hyväksyä hankesuunnitelman muutettuna siten, että"
    " peruskorjauksen toinen vaihe aloitetaan vuonna 2027.</p>"
)
HANDLING = (
    "<p>Pekka Malli ehdotti, että peruskorjauksen toinen vaihe siirretään vuoteen 2027."
    " Ehdotusta kannatettiin, ja puheenjohtaja totesi sen tulleen yksimielisesti"
    " hyväksytyksi.</p>"
)


def build_minutes(folder: Path) -> Path:
    """The demo minutes as DOCX in ``folder``; the path."""
    workspace = Workspace.open(folder / "tyotila")
    try:
        meeting_id = create_demo_meeting(workspace, 4)
        repository = MeetingRepository(workspace.db)
        meeting = repository.get(meeting_id)
        meeting.checked_on = date(2026, 3, 4)
        meeting.public_view_on = date(2026, 3, 5)
        repository.update(meeting)
        for index, entry in enumerate(repository.entries(meeting_id)):
            assert entry.id is not None
            record = EntryDecision(DecisionKind.AS_PROPOSED)
            if index == 5:
                record = EntryDecision(DecisionKind.MODIFIED, text=AMENDED, handling=HANDLING)
            if index == 6:
                record.attendance = [AttendanceChange("Matti Testinen", False, "19.05")]
            repository.record_decision(entry.id, record)
    finally:
        workspace.close()
    target = folder / "poytakirja.docx"
    run(ExportRequest(folder / "tyotila", ExportKind.MINUTES, meeting_id, target), TaskState())
    return target


def _page_texts(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")


def render(out: Path, resolution: int) -> list[Path]:
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        source = build_minutes(folder)
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(source)],
            capture_output=True,
            check=True,
            timeout=300,
        )
        pdf = source.with_suffix(".pdf")
        pages = _page_texts(pdf)
        item = next(i for i, t in enumerate(pages) if "§ 6 Koulukeskuksen" in t) + 1
        appeal = next(i for i, t in enumerate(pages) if "\nMuutoksenhakuohjeet" in t) + 1
        out.mkdir(parents=True, exist_ok=True)
        written = []
        wanted = ((1, "minutes-cover"), (item, "minutes-item"), (appeal, "minutes-appeal"))
        for page, name in wanted:
            stem = folder / name
            subprocess.run(
                ["pdftoppm", "-png", "-r", str(resolution), "-f", str(page), "-l", str(page),
                 "-singlefile", str(pdf), str(stem)],
                check=True,
            )  # fmt: skip
            target = out / f"{name}.png"
            shutil.copyfile(stem.with_suffix(".png"), target)
            written.append(target)
        return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE / "images")
    parser.add_argument("--resolution", type=int, default=60)
    arguments = parser.parse_args()
    for path in render(arguments.out, arguments.resolution):
        print(path)


if __name__ == "__main__":
    main()
