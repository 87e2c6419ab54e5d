"""The installer's sources point at files that exist, and say what IT departments rely on.

The PyInstaller and Inno Setup builds themselves take minutes and run in installer/build.sh;
these checks catch the mistakes that would only show there (a renamed icon, a lost define).
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from tests.processes import REPO

INSTALLER = REPO / "installer"
SPEC = INSTALLER / "paatospaja.spec"
ISS = INSTALLER / "paatospaja.iss"
ICONS = REPO / "resources" / "icons"
WORKFLOW = REPO / ".github" / "workflows" / "windows.yml"


def iss_text() -> str:
    return ISS.read_bytes().decode("utf-8-sig")


def iss_settings() -> dict[str, str]:
    """The ``Key=Value`` lines of the [Setup] section."""
    section = iss_text().split("[Setup]", 1)[1].split("\n[", 1)[0]
    settings = {}
    for line in section.splitlines():
        if "=" in line and not line.lstrip().startswith(";"):
            key, _, value = line.partition("=")
            settings[key.strip()] = value.strip()
    return settings


def iss_defines() -> dict[str, str]:
    return dict(re.findall(r'#define\s+(\w+)\s+"([^"]*)"', iss_text()))


def test_the_spec_refers_only_to_files_that_exist() -> None:
    chains = re.findall(r'root((?:\s*/\s*"[^"]+")+)', SPEC.read_text(encoding="utf-8"))
    assert chains, "the spec names no files under the repository root"
    for chain in chains:
        path = REPO.joinpath(*re.findall(r'"([^"]+)"', chain))
        assert path.exists(), f"{SPEC.name} refers to {path}, which does not exist"
    text = SPEC.read_text(encoding="utf-8")
    assert '"paatospaja.ico"' in text
    # the bundle keeps the resources where desktop_app/resources.py looks first
    assert '"desktop_app", "resources"' in text


def test_the_spec_bundles_every_command_module() -> None:
    # the commands are imported by name, which PyInstaller's analysis cannot follow
    text = SPEC.read_text(encoding="utf-8")
    assert 'collect_submodules("desktop_app")' in text
    assert 'collect_submodules("whoosh")' in text
    assert 'collect_data_files("docx")' in text


def test_the_installer_installs_per_user_without_admin_rights() -> None:
    settings = iss_settings()
    assert settings["PrivilegesRequired"] == "lowest"
    assert settings["DefaultDirName"].startswith("{autopf}")  # %LOCALAPPDATA%\Programs
    assert re.fullmatch(r"\{\{[0-9A-F-]{36}\}", settings["AppId"]), "a fixed AppId for upgrades"


def test_the_installer_script_refers_only_to_files_that_exist() -> None:
    settings = iss_settings()
    for key in ("SetupIconFile", "LicenseFile", "InfoBeforeFile", "InfoAfterFile"):
        if key in settings:
            path = INSTALLER / settings[key].replace("\\", "/")
            assert path.is_file(), f"{key}={settings[key]} does not exist"
    assert settings["SetupIconFile"].endswith("paatospaja.ico")
    sources = re.findall(r'Source:\s*"([^"]+)"', iss_text())
    assert sources == ["{#SourceDir}\\*"], sources  # the whole bundle, nothing else
    assert iss_defines()["SourceDir"] == "..\\dist\\paatospaja"  # what build.sh produces
    assert "#ifndef SourceDir" in iss_text()  # build.sh gives the Linux bundle's folder


def test_the_installer_script_is_utf8_with_a_byte_order_mark() -> None:
    # without the mark ISCC reads the script in the ANSI code page: "PÃ¤Ã¤tÃ¶spaja"
    data = ISS.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert "Päätöspaja" in data.decode("utf-8-sig")


def test_the_installer_speaks_finnish_swedish_and_english() -> None:
    languages = re.findall(r'MessagesFile:\s*"([^"]+)"', iss_text())
    assert languages[0] == "compiler:Languages\\Finnish.isl"  # the first is the default
    assert "compiler:Languages\\Swedish.isl" in languages
    assert "compiler:Default.isl" in languages


def ico_sizes(path: Path) -> list[int]:
    data = path.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1), "not an icon file"
    sizes = []
    for index in range(count):
        width, height, _, _, _, _, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert width == height
        assert offset + length <= len(data), "an image runs past the end of the file"
        sizes.append(width or 256)
    return sizes


def test_the_icon_has_every_size_windows_asks_for() -> None:
    assert ico_sizes(ICONS / "paatospaja.ico") == [16, 24, 32, 48, 64, 256]


def test_the_png_icon_is_256_pixels_and_the_svg_source_is_kept() -> None:
    data = (ICONS / "paatospaja.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (256, 256)
    for source in ("paatospaja.svg", "paatospaja-small.svg"):
        assert "<svg" in (ICONS / source).read_text(encoding="utf-8")


def test_the_build_script_is_valid_bash_and_runs_the_self_test() -> None:
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("bash is not installed")
    script = INSTALLER / "build.sh"
    checked = subprocess.run([bash, "-n", str(script)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    text = script.read_text(encoding="utf-8")
    assert "--self-test" in text
    assert "paatospaja.spec" in text
    assert "paatospaja.iss" in text
    assert "Successful compile" in text


def test_the_windows_workflow_builds_tests_and_uploads_the_installer() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "runs-on: windows-" in text
    assert "installer/paatospaja.spec" in text
    assert "paatospaja-cli.exe --self-test" in text
    assert "paatospaja.iss" in text
    assert "actions/upload-artifact" in text
