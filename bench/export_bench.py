"""Export a 40-item agenda packet (about 80 pages) and print the time and peak memory.

Run: ``uv run python bench/export_bench.py [--items 40] [--runs 3] [--pages]``.
``--pages`` also converts the packet with LibreOffice and prints the page count.
The target is under 3 s on a 2-core machine; the figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from desktop_app.export.task import ExportKind, ExportRequest, run
from desktop_app.meetings.demo import create_demo_meeting
from desktop_app.publishing.pdf import convert_to_pdf
from desktop_app.tasks import TaskState
from desktop_app.workspace import Workspace


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=40)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pages", action="store_true", help="count pages with LibreOffice")
    parser.add_argument(
        "--render",
        metavar="FOLDER",
        help="only render the demo agenda's first pages to FOLDER/agenda-page-N.png (README)",
    )
    args = parser.parse_args()
    if args.render:
        return render_sample(Path(args.render))
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        workspace = Workspace.open(folder / "ws")
        try:
            meeting_id = create_demo_meeting(workspace, args.items, standing=False)
        finally:
            workspace.close()
        target = folder / "esityslista.docx"
        request = ExportRequest(folder / "ws", ExportKind.AGENDA, meeting_id, target)
        run(request, TaskState())  # warm-up: imports, the house style cache
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            run(request, TaskState())
            times.append(time.perf_counter() - start)
        tracemalloc.start()
        run(request, TaskState())
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"agenda packet: {args.items} items, {target.stat().st_size / 1024:.0f} KiB")
        print(
            f"export time: median {statistics.median(times):.2f} s, best {min(times):.2f} s"
            f" over {args.runs} runs (target < 3 s on 2 cores)"
        )
        print(
            f"peak Python heap during one export: {peak / 1024 / 1024:.1f} MiB (tracemalloc;"
            " lxml's own C memory is not in it)"
        )
        try:
            import resource  # POSIX only; the benchmark may say less on Windows

            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"peak resident memory of the whole benchmark process: {rss:.0f} MiB")
        except ImportError:
            pass
        soffice = shutil.which("soffice")
        if args.pages and soffice:
            to_pdf(soffice, target)
            from pypdf import PdfReader

            print(f"pages (LibreOffice): {len(PdfReader(folder / 'esityslista.pdf').pages)}")
    return 0


def to_pdf(soffice: str, target: Path) -> Path:
    """Convert as publishing does (PDF/UA, index with page numbers); the PDF lands beside."""
    return convert_to_pdf(target, target.with_suffix(".pdf"), Path(soffice))


def render_sample(out: Path) -> int:
    """The README picture: the demo meeting's agenda, via LibreOffice and pdftoppm."""
    soffice, pdftoppm = shutil.which("soffice"), shutil.which("pdftoppm")
    if not soffice or not pdftoppm:
        print("soffice and pdftoppm are needed for --render", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        workspace = Workspace.open(folder / "ws")
        try:
            meeting_id = create_demo_meeting(workspace, 8)
        finally:
            workspace.close()
        target = folder / "agenda.docx"
        run(ExportRequest(folder / "ws", ExportKind.AGENDA, meeting_id, target), TaskState())
        to_pdf(soffice, target)
        out.mkdir(parents=True, exist_ok=True)
        pdf = str(folder / "agenda.pdf")
        for first, name in ((1, "agenda-page-1"), (2, "agenda-page-2"), (7, "agenda-page-item")):
            subprocess.run(
                [
                    pdftoppm,
                    "-png",
                    "-r",
                    "60",
                    "-f",
                    str(first),
                    "-l",
                    str(first),
                    "-singlefile",
                    pdf,
                    str(out / name),
                ],
                check=True,
                timeout=60,
            )
            print(out / f"{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
