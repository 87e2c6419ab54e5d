"""``paatospaja --self-test`` as IT runs it: a real process, a clean home, a real damage."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.selftest import CHECK_NAMES
from tests.processes import REPO

pytestmark = pytest.mark.slow

FINNISH_NAMES = {
    "resources": "Ohjelman tiedostot",
    "workspace": "Väliaikainen työtila",
    "samples": "Esimerkkipäätökset",
    "index": "Hakemisto",
    "search": "Haku",
    "export": "Word-vienti",
    "workers": "Taustaprosessit",
    "keyring": "Salasanasäilö",
    "opendata": "Avoimen datan skeemat",
    "qt": "Käyttöliittymä (Qt)",
}


def clean_environment(tmp_path: Path, **extra: str) -> dict[str, str]:
    """A user with nothing: an empty home and data folders, no workspace variable."""
    home = tmp_path / "user"
    home.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k != "PAATOSPAJA_HOME"}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        QT_QPA_PLATFORM="offscreen",
        PAATOSPAJA_LANG="fi",
    )
    env.update(extra)
    return env


def self_test(
    *args: str, env: dict[str, str], cwd: Path = REPO
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui.launcher", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=240,
    )


def lines_by_check(stdout: str) -> dict[str, str]:
    """The report line of each check, found by the check's Finnish name."""
    found = {}
    for name, label in FINNISH_NAMES.items():
        matching = [line for line in stdout.splitlines() if f" {label}: " in line]
        assert len(matching) == 1, f"no single line for {label!r} in:\n{stdout}"
        found[name] = matching[0]
    return found


def installed_copy(tmp_path: Path) -> Path:
    """The program laid out as a wheel or the bundle has it: resources inside the package."""
    app = tmp_path / "app"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(REPO / "desktop_app", app / "desktop_app", ignore=ignore)
    shutil.copytree(REPO / "ui", app / "ui", ignore=ignore)
    shutil.copytree(REPO / "resources", app / "desktop_app" / "resources", ignore=ignore)
    return app


def test_every_check_passes_for_a_new_user_and_nothing_of_theirs_is_touched(
    tmp_path: Path,
) -> None:
    done = self_test("--self-test", env=clean_environment(tmp_path))
    home = tmp_path / "user"
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    lines = lines_by_check(done.stdout)
    assert set(lines) == {*CHECK_NAMES, "qt"}
    for name, line in lines.items():
        expected = ("OK", "VAROITUS") if name == "keyring" else ("OK",)
        assert line.split()[0] in expected, line
    assert "keyring.backends." in lines["keyring"]  # the backend is named
    assert "alusta offscreen latautui" in lines["qt"]
    assert done.stdout.splitlines()[-1].startswith("Itsetesti onnistui.")
    # the temporary workspace is gone, and the user's home holds no workspace
    workspace = re.search(r"luotiin kansioon (\S+)", lines["workspace"])
    assert workspace is not None
    assert not Path(workspace.group(1)).exists()
    assert not (home / "data" / "Paatospaja").exists()
    assert not (home / "AppData").exists()


def test_a_keyring_that_cannot_store_is_a_warning_not_a_failure(tmp_path: Path) -> None:
    # keyring's own setting: what a Windows machine without a usable backend ends up with
    env = clean_environment(tmp_path, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    done = self_test("--self-test", env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    line = lines_by_check(done.stdout)["keyring"]
    assert line.startswith("VAROITUS"), line
    assert "keyring.backends.fail.Keyring" in line
    assert "ohjelma toimii ilman sitä" in line


def test_the_report_follows_lang(tmp_path: Path) -> None:
    done = self_test("--lang", "sv", "--self-test", env=clean_environment(tmp_path))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Sökindex:" in done.stdout
    assert "Word-export:" in done.stdout
    assert done.stdout.splitlines()[-1].startswith("Självtestet lyckades.")


def test_a_missing_bundled_file_fails_and_names_the_check_and_the_file(tmp_path: Path) -> None:
    app = installed_copy(tmp_path)
    (app / "desktop_app" / "resources" / "house_style" / "default.docx").unlink()
    done = self_test("--self-test", env=clean_environment(tmp_path), cwd=app)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    lines = lines_by_check(done.stdout)
    assert lines["resources"].startswith("VIRHE"), lines["resources"]
    assert "house_style/default.docx" in lines["resources"]
    assert str(app / "desktop_app" / "resources") in lines["resources"]  # the copy was used
    assert lines["samples"].startswith("OHITETTU"), lines["samples"]
    summary = done.stdout.splitlines()[-1]
    assert summary.startswith("Itsetesti epäonnistui: Ohjelman tiedostot."), summary


def test_damaged_sample_data_fails_that_check_and_skips_what_needs_it(tmp_path: Path) -> None:
    app = installed_copy(tmp_path)
    samples = app / "desktop_app" / "resources" / "samples" / "decisions.jsonl"
    with samples.open("a", encoding="utf-8") as handle:
        handle.write('{"id": "katkennut", "title": "Tiedosto katkesi kesk\n')
    done = self_test("--self-test", env=clean_environment(tmp_path), cwd=app)
    assert done.returncode == 1, done.stdout + done.stderr
    lines = lines_by_check(done.stdout)
    assert lines["resources"].startswith("OK"), lines["resources"]
    assert lines["samples"].startswith("VIRHE"), lines["samples"]
    assert "JSONDecodeError" in lines["samples"]
    for later in ("index", "search", "export"):
        assert lines[later].startswith("OHITETTU"), lines[later]
        assert lines[later].endswith("koska Esimerkkipäätökset epäonnistui"), lines[later]
    for independent in ("workers", "qt"):
        assert lines[independent].startswith("OK"), lines[independent]
    summary = done.stdout.splitlines()[-1]
    assert summary.startswith("Itsetesti epäonnistui: Esimerkkipäätökset."), summary
