"""Sources kept in the workspace: validated, changed, removed; the secret never with them."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from desktop_app.sources.config import SourceConfig
from desktop_app.sources.errors import (
    SourceBadAuth,
    SourceBadKey,
    SourceBadKind,
    SourceBadLocation,
    SourceExists,
    SourceNeedsUser,
    SourceNotFound,
)
from desktop_app.sources.manage import Sources
from desktop_app.sources.secret_store import MemorySecrets
from desktop_app.sources.store import SourceRepository
from desktop_app.storage.database import connect
from desktop_app.workspace import Workspace
from tests.sync_support import add_source, from_source, sync

SECRET = "Pitkä-salainen-avain-0042"


@pytest.mark.parametrize(
    ("config", "error"),
    [
        (SourceConfig("Iso kunta", "folder", "/x"), SourceBadKey),
        (SourceConfig("k", "ftp", "/x"), SourceBadKind),
        (SourceConfig("k", "jsonl_url", "palvelin/x.jsonl"), SourceBadLocation),
        (SourceConfig("k", "folder", "  "), SourceBadLocation),
        (SourceConfig("k", "folder", "/x", auth_kind="basic", user_name="u"), SourceBadAuth),
        (SourceConfig("k", "oparl", "https://x/", auth_kind="digest"), SourceBadAuth),
        (SourceConfig("k", "oparl", "https://x/", auth_kind="basic"), SourceNeedsUser),
    ],
)
def test_a_source_that_cannot_work_is_refused(
    workspace: Workspace, config: SourceConfig, error: type[Exception]
) -> None:
    with pytest.raises(error):
        Sources(workspace.database_path, MemorySecrets()).add(config)
    assert Sources(workspace.database_path, MemorySecrets()).all() == []


def test_unc_paths_and_urls_are_kept_as_given(workspace: Workspace) -> None:
    sources = Sources(workspace.database_path, MemorySecrets())
    sources.add(SourceConfig("levy", "folder", r"\\palvelin\paatokset\2024"))
    sources.add(
        SourceConfig(
            "api",
            "open_decision",
            "https://paatokset.example.fi/v1/",
            options={"api_key_header": "X-Kunta-Avain"},
            auth_kind="api_key",
        ),
        SECRET,
    )
    with pytest.raises(SourceExists):
        sources.add(SourceConfig("levy", "folder", "/muu"))

    views = {view.config.key: view for view in sources.all()}
    assert views["levy"].config.location == r"\\palvelin\paatokset\2024"
    assert views["api"].config.options["api_key_header"] == "X-Kunta-Avain"
    assert views["api"].secret_stored and not views["levy"].secret_stored
    assert views["api"].status.last_success is None


def test_the_secret_is_never_in_the_workspace(workspace: Workspace) -> None:
    secrets = MemorySecrets()
    sources = Sources(workspace.database_path, secrets)
    config = SourceConfig(
        "api", "oparl", "https://oparl.example.fi/", auth_kind="basic", user_name="sihteeri"
    )
    sources.add(config, SECRET)
    sources.update(dataclasses.replace(config, location="https://oparl2.example.fi/"))
    workspace.db.execute("PRAGMA wal_checkpoint(FULL)")

    assert secrets.get_secret("api") == SECRET  # kept where it belongs
    for path in workspace.root.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path
    assert SECRET not in repr(sources.all()) and SECRET not in repr(secrets)


def test_a_secret_that_cannot_be_stored_leaves_no_source(workspace: Workspace) -> None:
    class Refusing(MemorySecrets):
        def set_secret(self, source_key: str, value: str) -> object:
            raise SourceNotFound("keyring refused", source=source_key)

    sources = Sources(workspace.database_path, Refusing())
    with pytest.raises(SourceNotFound):
        sources.add(SourceConfig("api", "oparl", "https://x.fi/", auth_kind="bearer"), SECRET)
    assert sources.all() == []


def test_a_new_location_starts_over_and_removing_keeps_the_decisions(
    workspace: Workspace, tmp_path: Path
) -> None:
    folder = tmp_path / "kansio"
    folder.mkdir()
    (folder / "a.txt").write_text("Kunnanhallitus 1.2.2024\nPäätös A.", encoding="utf-8")
    db = workspace.database_path
    secrets = MemorySecrets({"kansio": "ei käytössä"})
    sources = add_source(db, "kansio", "folder", str(folder), secrets)
    sync(db)
    connection = connect(db)
    try:
        SourceRepository(connection).save_resume("kansio", "sivu-7")
    finally:
        connection.close()

    sources.update(dataclasses.replace(sources.get("kansio"), location=str(tmp_path)))
    assert sources.status("kansio").resume == ""

    sources.remove("kansio")
    assert "kansio:a.txt" in from_source(db, "kansio")  # the decision stays
    with pytest.raises(SourceNotFound):
        sources.status("kansio")
    assert sources.startup_keys() == []


def test_every_enabled_source_is_synced_at_start(workspace: Workspace) -> None:
    sources = Sources(workspace.database_path, MemorySecrets())
    sources.add(SourceConfig("levy", "folder", r"\\palvelin\paatokset"))
    sources.add(SourceConfig("naapuri", "jsonl_url", "https://example.fi/paatokset.jsonl"))
    sources.add(SourceConfig("vanha", "oparl", "https://example.fi/oparl/", enabled=False))
    assert sorted(sources.startup_keys()) == ["levy", "naapuri"]
