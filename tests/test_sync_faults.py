"""Faults of a source: each a clear sentence, the archive unchanged, the next sync recovers."""

from __future__ import annotations

import base64
import dataclasses
import logging
from collections.abc import Callable

import pytest

from desktop_app.sources.config import SourceConfig
from desktop_app.sources.manage import Sources
from desktop_app.sources.secret_store import MemorySecrets
from desktop_app.workspace import Workspace
from tests.http_server import (
    ScriptedServer,
    http_server_fixture,  # noqa: F401
)
from tests.sync_support import FAST, archive, decision, jsonl, sync

PATH = "/paatokset.jsonl"
SECRET = "s3cr3t-Salasana-äö"
BASIC = "Basic " + base64.b64encode(f"sihteeri:{SECRET}".encode()).decode()


def _break_timeout(server: ScriptedServer, sources: Sources) -> None:
    server.fault(PATH, "delay", seconds=2.0)


def _break_500(server: ScriptedServer, sources: Sources) -> None:
    server.fault(PATH, "status", status=500)


def _break_429(server: ScriptedServer, sources: Sources) -> None:
    server.fault(PATH, "status", status=429, headers={"Retry-After": "0"})


def _break_json(server: ScriptedServer, sources: Sources) -> None:
    server.fault(PATH, "garbage", body=b"<html><body>Huoltokatko</body></html>")


def _break_endless(server: ScriptedServer, sources: Sources) -> None:
    server.fault(PATH, "endless")


def _break_huge(server: ScriptedServer, sources: Sources) -> None:
    server.fault(PATH, "huge")


def _break_redirect(server: ScriptedServer, sources: Sources) -> None:
    server.fault(PATH, "redirect", target="/toinen")
    server.fault("/toinen", "redirect", target=PATH)


def _break_login(server: ScriptedServer, sources: Sources) -> None:
    sources.update(sources.get("kunta"), "väärä-salasana")


def _break_tls(server: ScriptedServer, sources: Sources) -> None:
    config = sources.get("kunta")
    https = config.location.replace("http://", "https://")
    sources.update(dataclasses.replace(config, location=https))


FAULTS: dict[str, tuple[Callable[[ScriptedServer, Sources], None], str, str]] = {
    # name: (how to break, the error code, words of the Finnish sentence)
    "timeout": (_break_timeout, "sync.timeout", "ei vastannut"),
    "500": (_break_500, "sync.http_status", "HTTP 500"),
    "429": (_break_429, "sync.busy", "ruuhkautunut"),
    "invalid json": (_break_json, "sync.invalid_json", "ei ole kelvollista JSON"),
    "endless body": (_break_endless, "sync.too_large", "suurempi kuin sallitut 1 Mt"),
    "2 GB body": (_break_huge, "sync.too_large", "suurempi kuin sallitut 1 Mt"),
    "redirect loop": (_break_redirect, "sync.redirect_loop", "ohjaa kehää"),
    "401": (_break_login, "sync.unauthorized", "ei hyväksynyt tunnuksia"),
    "tls": (_break_tls, "sync.tls", "Suojattua yhteyttä"),
}


@pytest.mark.parametrize("name", list(FAULTS))
def test_fault_leaves_the_archive_unchanged_and_the_next_sync_recovers(
    workspace: Workspace, http_server: ScriptedServer, name: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    breaks, code, words = FAULTS[name]
    db = workspace.database_path
    secrets = MemorySecrets()
    sources = Sources(db, secrets)
    location = http_server.url(PATH)
    sources.add(
        SourceConfig("kunta", "jsonl_url", location, auth_kind="basic", user_name="sihteeri"),
        SECRET,
    )
    http_server.serve(PATH, jsonl(decision(n) for n in range(5)), auth=BASIC)
    settings = dataclasses.replace(FAST, timeout=0.5, max_bytes=1024 * 1024)
    assert sync(db, secrets=secrets, http=settings).sources[0].ok
    good_time = sources.status("kunta").last_success
    before = archive(db)
    http_server.serve(PATH, jsonl(decision(n, title=f"Muutettu {n}") for n in range(6)), auth=BASIC)

    breaks(http_server, sources)
    report = sync(db, secrets=secrets, http=settings)

    entry = report.sources[0]
    assert entry.error_code == code, entry.error
    assert words in entry.error
    assert "Mikään arkistossa jo ollut ei kadonnut" in entry.error
    assert SECRET not in entry.error and SECRET not in caplog.text
    assert archive(db) == before
    status = sources.status("kunta")
    assert status.last_error == code and status.last_success == good_time

    http_server.clear_faults()
    if name in ("401", "tls"):
        sources.update(dataclasses.replace(sources.get("kunta"), location=location), SECRET)
    again = sync(db, secrets=secrets, http=settings).sources[0]
    assert again.ok, again.error
    assert len(again.changed) == 5 and len(again.new) == 1
    assert sources.status("kunta").last_error == ""


def test_a_429_with_retry_after_is_waited_for_and_retried(
    workspace: Workspace, http_server: ScriptedServer
) -> None:
    db = workspace.database_path
    Sources(db, MemorySecrets()).add(SourceConfig("kunta", "jsonl_url", http_server.url(PATH)))
    http_server.serve(PATH, jsonl(decision(n) for n in range(3)))
    http_server.fault(PATH, "status", status=429, times=1, headers={"Retry-After": "1"})

    entry = sync(db).sources[0]

    assert entry.ok and len(entry.new) == 3
    assert http_server.counts[PATH] == 2


def test_an_unreachable_source_is_reported_and_others_still_sync(
    workspace: Workspace, http_server: ScriptedServer
) -> None:
    db = workspace.database_path
    sources = Sources(db, MemorySecrets())
    sources.add(SourceConfig("poissa", "jsonl_url", "http://127.0.0.1:9/ei-ole.jsonl"))
    sources.add(SourceConfig("kunta", "jsonl_url", http_server.url(PATH)))
    http_server.serve(PATH, jsonl(decision(n) for n in range(3)))

    report = sync(db)

    by_key = {entry.source_key: entry for entry in report.sources}
    assert by_key["poissa"].error_code == "sync.unreachable"
    assert "ei saatu yhteyttä" in by_key["poissa"].error
    assert by_key["kunta"].ok and len(by_key["kunta"].new) == 3
