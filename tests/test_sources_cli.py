"""``paatospaja sources …`` and ``paatospaja sync``: wording from the catalogs, secrets masked."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.sources import secret_store
from desktop_app.sources.secret_store import MemorySecrets
from tests.http_server import (
    ScriptedServer,
    http_server_fixture,  # noqa: F401
)
from tests.sync_support import decision, jsonl

SECRET = "Kantoraketti-7731-åäö"
PATH = "/paatokset.jsonl"


@pytest.fixture
def secrets(monkeypatch: pytest.MonkeyPatch) -> MemorySecrets:
    """The command line's secret store for the test: memory, never the developer's keyring."""
    store = MemorySecrets()
    monkeypatch.setattr(secret_store, "default_store", lambda: store)
    return store


def _run(
    capsys: pytest.CaptureFixture[str], workspace: Path, *arguments: str
) -> tuple[int, str, str]:
    status = main([*arguments, "--workspace", str(workspace)])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_add_list_test_sync_and_remove_a_source(
    tmp_path: Path,
    http_server: ScriptedServer,
    secrets: MemorySecrets,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PAATOSPAJA_LANG", "fi")
    workspace = tmp_path / "tyotila"
    http_server.serve(PATH, jsonl(decision(n) for n in range(4)), auth=f"Bearer {SECRET}")
    url = http_server.url(PATH)
    outputs: list[str] = []

    monkeypatch.setattr("sys.stdin", io.StringIO(SECRET + "\n"))
    status, out, err = _run(
        capsys, workspace, "sources", "add", "kunta", "jsonl_url", url, "--auth", "bearer",
        "--secret-stdin",
    )  # fmt: skip
    outputs += [out, err]
    assert status == 0 and "Lähde kunta lisättiin." in out
    assert secrets.get_secret("kunta") == SECRET

    status, out, err = _run(capsys, workspace, "sources", "list")
    outputs += [out, err]
    assert status == 0
    assert "********" in out and "Ei vielä synkronoitu." in out

    status, out, err = _run(capsys, workspace, "sources", "test", "kunta")
    outputs += [out, err]
    assert status == 0 and "Lähde kunta vastasi" in out

    status, out, err = _run(capsys, workspace, "sync", "--json")
    outputs += [out, err]
    assert status == 0
    [result] = json.loads(out)["sources"]
    assert result["source"] == "kunta" and result["new"] == 4 and result["error_code"] == ""

    status, out, err = _run(capsys, workspace, "search", "katuvalaistuksen", "--json")
    outputs += [out, err]
    found = [json.loads(line) for line in out.splitlines()]
    assert found and all(hit["source"] == "kunta" for hit in found)
    assert {hit["link"] for hit in found} >= {"https://paatokset.example.fi/d1"}

    status, out, err = _run(capsys, workspace, "sources", "list", "--json")
    outputs += [out, err]
    [listed] = json.loads(out)
    assert listed["secret"] == "********" and listed["counts"]["new"] == 4
    assert listed["last_success"]

    http_server.serve(PATH, jsonl(decision(n) for n in range(3)), auth=f"Bearer {SECRET}")
    status, out, err = _run(capsys, workspace, "sync", "kunta")
    outputs += [out, err]
    assert "poistoehdotuksia 1" in out and "--confirm-removals" in out
    status, out, err = _run(capsys, workspace, "sync", "kunta", "--confirm-removals")
    outputs += [out, err]
    assert "poistettiin 1 päätöstä" in out

    status, out, err = _run(capsys, workspace, "--lang", "sv", "sources", "list")
    outputs += [out, err]
    assert "Senaste synkronisering" in out
    monkeypatch.setenv("PAATOSPAJA_LANG", "fi")  # --lang stays for the rest of a process

    # A changed token: the old one stops working, the new one is stored in its place.
    new_secret = SECRET + "-uusi"
    http_server.serve(PATH, jsonl(decision(n) for n in range(3)), auth=f"Bearer {new_secret}")
    status, out, err = _run(capsys, workspace, "sources", "test", "kunta")
    outputs += [out, err]
    assert status == 1
    monkeypatch.setattr("sys.stdin", io.StringIO(new_secret + "\n"))
    status, out, err = _run(capsys, workspace, "sources", "secret", "kunta", "--secret-stdin")
    outputs += [out, err]
    assert status == 0 and "salasana vaihdettiin" in out
    assert secrets.get_secret("kunta") == new_secret
    status, out, err = _run(capsys, workspace, "sources", "test", "kunta")
    outputs += [out, err]
    assert status == 0
    status, out, err = _run(capsys, workspace, "sources", "secret", "kunta", "--remove")
    outputs += [out, err]
    assert status == 0 and secrets.get_secret("kunta") is None
    status, out, err = _run(capsys, workspace, "sources", "list")
    outputs += [out, err]
    assert "salasana puuttuu" in out

    status, out, err = _run(capsys, workspace, "sources", "remove", "kunta")
    outputs += [out, err]
    assert status == 0 and "Sen päätökset jäivät arkistoon" in out
    assert secrets.get_secret("kunta") is None

    assert all(SECRET not in text and new_secret not in text for text in outputs)
    for path in workspace.rglob("*"):  # nor anywhere in the workspace
        if path.is_file():
            assert SECRET.encode("utf-8") not in path.read_bytes(), path


def test_wrong_input_is_told_in_the_users_language(
    tmp_path: Path, secrets: MemorySecrets, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = tmp_path / "tyotila"
    status, _, err = _run(capsys, workspace, "sources", "add", "Iso Kunta", "folder", "/x")
    assert status == 2 and "tunnus Iso Kunta ei kelpaa" in err
    status, _, err = _run(capsys, workspace, "sources", "add", "k", "jsonl_url", "ftp://x/a")
    assert status == 2 and "https://" in err
    status, _, err = _run(capsys, workspace, "sync", "ei-ole")
    assert status == 2 and "Lähdettä ei-ole ei ole" in err
    status, out, _ = _run(capsys, workspace, "sync")
    assert status == 0 and "Synkronoitavia lähteitä ei ole" in out
