import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.errors import WorkspaceNotWritable
from desktop_app.messages import describe
from desktop_app.paths import default_workspace, resolve_workspace
from desktop_app.workspace import Workspace


@pytest.fixture
def read_only_dir(tmp_path: Path) -> Iterator[Path]:
    """A folder that really refuses new files, for root (CI) as for a normal user."""
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "olemassa.txt").write_text("ennallaan", encoding="utf-8")
    folder.chmod(0o500)
    probe = folder / ".probe"
    try:
        probe.write_text("x")
    except PermissionError:
        yield folder
        folder.chmod(0o700)
        return
    probe.unlink()
    folder.chmod(0o700)
    # root ignores permission bits: use a read-only tmpfs mount instead
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot make a read-only folder here: {done.stderr.decode()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def test_read_only_workspace_gets_a_finnish_message(read_only_dir: Path) -> None:
    with pytest.raises(WorkspaceNotWritable) as caught:
        Workspace.open(read_only_dir)
    text = describe(caught.value, "fi")
    assert "ei voi kirjoittaa" in text and str(read_only_dir) in text
    assert "Mitään ei muutettu" in text


def test_cli_reports_read_only_workspace_without_traceback(read_only_dir: Path) -> None:
    # a real process: an uncaught error would print its traceback to the process's stderr
    done = subprocess.run(
        [sys.executable, "-m", "ui.launcher", "info", "--workspace", str(read_only_dir)],
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert done.returncode == 2
    assert "ei voi kirjoittaa" in done.stderr and "Traceback" not in done.stderr


def test_workspace_location_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_workspace(None) == default_workspace()
    assert "Paatospaja" in str(default_workspace())
    monkeypatch.setenv("PAATOSPAJA_HOME", str(tmp_path / "env"))
    assert resolve_workspace(None) == tmp_path / "env"
    assert resolve_workspace(str(tmp_path / "arg")) == tmp_path / "arg"


def test_index_folder_is_private(workspace_dir: Path) -> None:
    workspace = Workspace.open(workspace_dir)
    workspace.close()
    if os.name != "nt":
        assert (workspace_dir / "index").stat().st_mode & 0o077 == 0
        # the decisions and drafts hold personal data
        assert workspace_dir.stat().st_mode & 0o077 == 0
        assert (workspace_dir / "paatospaja.sqlite3").stat().st_mode & 0o077 == 0


def test_a_file_where_the_index_folder_belongs_is_moved_aside(workspace_dir: Path) -> None:
    Workspace.open(workspace_dir).close()
    index = workspace_dir / "index"
    shutil.rmtree(index)
    index.write_text("not a folder", encoding="utf-8")
    workspace = Workspace.open(workspace_dir)
    workspace.close()
    assert index.is_dir()
    (kept,) = workspace_dir.glob("index.not-a-folder-*")
    assert kept.read_text(encoding="utf-8") == "not a folder"


def test_reopening_does_not_seed_twice(workspace_dir: Path) -> None:
    first = Workspace.open(workspace_dir)
    count = first.decisions.count()
    first.close()
    second = Workspace.open(workspace_dir)
    assert second.decisions.count() == count
    second.close()


def test_console_script_runs_info(workspace_dir: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ui.launcher", "info", "--json", "--workspace", str(workspace_dir)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert '"municipality": "Esimerkkilän kunta"' in done.stdout


def test_unc_workspace_path_is_kept_as_given() -> None:
    """A Windows share (\\\\server\\share) must reach pathlib untouched, not be re-rooted."""
    from pathlib import PureWindowsPath

    unc = r"\\kunta-fs01\paatokset\Kunnanhallitus"
    resolved = resolve_workspace(unc)
    assert str(resolved) == unc
    windows = PureWindowsPath(unc)
    assert windows.drive == r"\\kunta-fs01\paatokset"
    assert windows / "paatospaja.sqlite3" == PureWindowsPath(unc + r"\paatospaja.sqlite3")
