"""Import of the real corpus on the command line and in the window: the window may take 1.5×.

    uv run python bench/import_bench.py                       # ../shared/corpus/decisions-fi.jsonl
    uv run python bench/import_bench.py --corpus other.jsonl --keep

Both paths start from an empty workspace of their own and stop when the decisions are in
SQLite *and* searchable:

* command line: ``paatospaja --workspace W import FILE`` in a fresh subprocess, wall time
  (interpreter start included, as the secretary's script would see it);
* window: a real ``MainWindow`` on the offscreen platform, its start-up index check done,
  then ``MainWindow.start_import`` timed until its dialog reports the import finished (the
  index is updated inside that task) and a search finds the imported decisions.

The window figure excludes the window's own start-up, which the secretary has behind them
before choosing "Tuo päätöksiä…". Wall time is what the ratio is taken of; the CPU seconds
(this process and its child processes, where the platform can tell) show whether a wall time
was stretched by other load on the machine.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "decisions-fi.jsonl"
TARGET_RATIO = 1.5
TIMEOUT_S = 600.0


def cpu_seconds() -> float | None:
    """CPU time of this process and its finished children; None where it cannot be read."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def time_cli(corpus: Path, workspace: Path) -> float:
    command = [
        sys.executable,
        "-c",
        "import sys; from ui.launcher import main; sys.exit(main())",
        "--workspace",
        str(workspace),
        "import",
        str(corpus),
    ]
    started = time.perf_counter()
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"command line import failed ({done.returncode}):\n{done.stderr}")
    return elapsed


def time_window(corpus: Path, workspace: Path) -> tuple[float, int]:
    """Seconds from start_import to a searchable index, and the decisions a search finds."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop_app.workspace import Workspace
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])  # noqa: F841 (keeps it alive)
    opened = Workspace.open(workspace)
    window = MainWindow(opened)
    window.show()
    try:
        _wait(lambda: window.search_service.ready, "the start-up index check")
        started = time.perf_counter()
        dialog = window.start_import([corpus])
        _wait(lambda: dialog.report is not None, "the import")
        elapsed = time.perf_counter() - started
        found = window.search_service.search("kunnanhallitus", limit=1).total
        dialog.close()
    finally:
        window.close()
        opened.close()
    return elapsed, found


def _wait(condition: Callable[[], bool], what: str) -> None:
    """Run the Qt event loop (as the window's own would) until ``condition`` holds."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    deadline = time.monotonic() + TIMEOUT_S

    def check() -> None:
        if condition() or time.monotonic() > deadline:
            loop.quit()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(20)
    if not condition():
        loop.exec()
    timer.stop()
    if not condition():
        raise SystemExit(f"timed out waiting for {what}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--keep", action="store_true", help="keep the two workspaces")
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}")
        return 2
    root = Path(tempfile.mkdtemp(prefix="import-bench-"))
    try:
        cpu_start = cpu_seconds()
        cli_s = time_cli(args.corpus, root / "cli")
        cpu_cli = cpu_seconds()
        window_s, found = time_window(args.corpus, root / "window")
        cpu_window = cpu_seconds()
    finally:
        if args.keep:
            print(f"workspaces kept in {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    ratio = window_s / cli_s
    print(f"corpus          {args.corpus}")
    print(f"command line    {cli_s:6.1f} s{_cpu(cpu_start, cpu_cli)}")
    print(f"window          {window_s:6.1f} s{_cpu(cpu_cli, cpu_window)}")
    print(f"search finds    {found} decisions in the window's index")
    print(f"ratio           {ratio:6.2f}  (target ≤ {TARGET_RATIO})")
    return 0 if ratio <= TARGET_RATIO and found else 1


def _cpu(start: float | None, end: float | None) -> str:
    """The window's share includes its start-up; the command line's, the interpreter's."""
    if start is None or end is None:
        return ""
    return f"  (CPU {end - start:.1f} s)"


if __name__ == "__main__":
    raise SystemExit(main())
