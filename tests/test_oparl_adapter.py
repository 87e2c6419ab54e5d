"""The OParl 1.1 adapter against a live local OParl server, through the real fetcher.

Odd decisions carry their resolution as ``resolutionText``, even ones only as a
``resolutionFile`` whose text (plain, or a Word file) is behind its ``accessUrl``: all must
reach the archive.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import ExitStack

import pytest

from desktop_app.search.service import SearchService
from desktop_app.sources.config import SourceConfig
from desktop_app.sources.contract import (
    Checkpoint,
    Event,
    HttpFetcher,
    PullRequest,
    RemoteDecision,
)
from desktop_app.sources.errors import SyncInvalidResponse, SyncUnauthorized
from desktop_app.sources.manage import Sources
from desktop_app.sources.oparl import OParlAdapter
from desktop_app.sources.secret_store import MemorySecrets
from desktop_app.tasks import TaskState
from desktop_app.workspace import Workspace
from tests.api_server import ApiServer, Credentials, Reply
from tests.oparl_server import oparl_server
from tests.source_documents import Document, DocumentSet, default_documents
from tests.source_fetch import decisions, fetcher, listing, words
from tests.source_sync import found, sync

KEY = "kuusiniemi-oparl"
TOKEN = "kuusi-token-2b7f9c"
SAMPLE = 30  # decisions most tests serve; the mapping test serves them all


@pytest.fixture
def documents() -> DocumentSet:
    return DocumentSet(default_documents()[:SAMPLE])


@pytest.fixture
def server(documents: DocumentSet) -> Iterator[ApiServer]:
    with oparl_server(documents, Credentials(token=TOKEN)) as running:
        yield running


def system(server: ApiServer) -> str:
    return server.url + "/oparl/v1/system"


def item_id(server: ApiServer, key: int) -> str:
    return f"{server.url}/oparl/v1/agendaitem/{key}"


def pull(
    server: ApiServer,
    http: HttpFetcher | None = None,
    *,
    location: str = "",
    cursor: str = "",
    resume: str = "",
    **options: str,
) -> list[Event]:
    request = PullRequest(KEY, location or system(server), options, cursor=cursor, resume=resume)
    http = http or fetcher(KEY, "bearer", secret=TOKEN)
    return list(OParlAdapter().pull(request, http, TaskState()))


def assert_mapped(decision: RemoteDecision, document: Document, server: ApiServer) -> None:
    record = decision.record
    assert decision.remote_id == item_id(server, document.key)
    assert record.source_id == f"{KEY}:{item_id(server, document.key)}"
    assert record.title == document.title
    assert words(record.text) == words(document.text)
    assert record.date == document.day
    assert record.body_org == document.body_org
    assert record.case_id == document.case_id
    assert record.section == document.section
    assert decision.link == f"{server.url}/paatokset/{document.key}"
    assert decision.version == document.modified.isoformat().replace("+00:00", "Z")


def test_first_pull_brings_every_agenda_item_mapped() -> None:
    documents = DocumentSet(default_documents())
    current, _removed, _generation = documents.snapshot()

    with oparl_server(documents, Credentials(token=TOKEN)) as server:
        events = pull(server, limit="20")
        text_files = [p for p in server.log.paths if p.endswith("/text")]
        word_files = [p for p in server.log.paths if p.endswith("/docx")]

    found = decisions(events)
    assert set(found) == {item_id(server, d.key) for d in current}
    for document in current:
        assert_mapped(found[item_id(server, document.key)], document, server)
    assert len(text_files) == sum(1 for d in current if d.key % 4 == 2)
    assert len(word_files) == sum(1 for d in current if d.key % 4 == 0) > 0
    end = listing(events)
    assert end.complete and end.seen == frozenset(found) and end.cursor


def test_second_pull_brings_only_what_changed(server: ApiServer, documents: DocumentSet) -> None:
    first = fetcher(KEY, "bearer", secret=TOKEN)
    cursor = listing(pull(server, first)).cursor

    changed = documents.change(4, text="Päätös muutettiin oikaisuvaatimuksen johdosta.")
    added = documents.add("Uimahallin aukioloajat", "Uimahalli on avoinna joulupäivänä.", like=3)
    documents.remove(5)  # listed as deleted in the filtered meeting list
    second = fetcher(KEY, "bearer", secret=TOKEN)
    events = pull(server, second, cursor=cursor)

    found = decisions(events)
    assert set(found) == {item_id(server, changed.key), item_id(server, added.key)}
    assert_mapped(found[item_id(server, changed.key)], changed, server)
    assert_mapped(found[item_id(server, added.key)], added, server)
    assert not listing(events).complete
    assert second.requests_made * 5 < first.requests_made
    quiet = fetcher(KEY, "bearer", secret=TOKEN)
    again = pull(server, quiet, cursor=listing(events).cursor)
    assert decisions(again) == {}
    assert listing(again).cursor == listing(events).cursor
    assert quiet.requests_made == 3  # system, body list, one empty meeting page


def test_full_pull_after_a_removal_lists_what_is_left(
    server: ApiServer, documents: DocumentSet
) -> None:
    before = listing(pull(server)).seen
    documents.remove(5)
    after = listing(pull(server))
    assert after.complete
    assert after.seen == before - {item_id(server, 5)}


def test_meeting_list_pages_follow_links_next(server: ApiServer, documents: DocumentSet) -> None:
    current, _removed, _generation = documents.snapshot()
    meetings = len({(d.body_org, d.day) for d in current})

    events = pull(server, limit="3")

    pages = [p for p in server.log.paths if p.startswith("/oparl/v1/body/1/meetings")]
    assert len(pages) == math.ceil(meetings / 3) > 2
    assert sum(isinstance(e, Checkpoint) for e in events) == len(pages) - 1
    assert len(decisions(events)) == len(current)


def test_a_body_address_works_as_well_as_the_system(server: ApiServer) -> None:
    events = pull(server, location=server.url + "/oparl/v1/body/1")
    assert len(decisions(events)) == SAMPLE
    assert not any(p.endswith("/system") for p in server.log.paths)


def test_an_interrupted_pull_resumes_at_its_last_checkpoint(server: ApiServer) -> None:
    whole = pull(server, limit="3")
    request = PullRequest(KEY, system(server), {"limit": "3"})
    taken: list[RemoteDecision] = []
    checkpoints = 0
    stream = OParlAdapter().pull(request, fetcher(KEY, "bearer", secret=TOKEN), TaskState())
    last: Checkpoint | None = None
    for event in stream:  # the process dies after the second page was committed
        if isinstance(event, RemoteDecision):
            taken.append(event)
        if isinstance(event, Checkpoint):
            last, checkpoints = event, checkpoints + 1
            if checkpoints == 2:
                break
    assert last is not None

    resumed = pull(server, resume=last.cursor)

    rest = decisions(resumed)
    assert set(rest) | {d.remote_id for d in taken} == set(decisions(whole))
    assert not set(rest) & {d.remote_id for d in taken}
    assert not listing(resumed).complete
    assert listing(resumed).cursor == listing(whole).cursor


def test_bearer_token_is_sent_and_required(server: ApiServer) -> None:
    assert decisions(pull(server))
    assert set(server.log.authorizations) == {f"Bearer {TOKEN}"}

    for http in (fetcher(KEY), fetcher(KEY, "bearer", secret="vanhentunut")):
        stream = OParlAdapter().pull(PullRequest(KEY, system(server), {}), http, TaskState())
        with pytest.raises(SyncUnauthorized) as refused:
            next(stream)
        assert refused.value.params["status"] == 401
        assert TOKEN not in str(refused.value.params)


def test_an_answer_that_is_not_oparl_stops_the_pull() -> None:
    not_oparl = ApiServer(lambda request, base: Reply(200, {"type": "Jotain muuta"}))
    with not_oparl as running, pytest.raises(SyncInvalidResponse):
        pull(running, fetcher(KEY), location=running.url + "/oparl/v1/system")


def test_sync_into_a_workspace_is_searchable_and_then_incremental(
    workspace: Workspace, documents: DocumentSet
) -> None:
    marked = documents.change(2, text=documents.get(2).text + "\n\nLumikenkäreitti merkitään.")
    with ExitStack() as stack:
        server = stack.enter_context(oparl_server(documents, Credentials(token=TOKEN)))
        service = stack.enter_context(SearchService(workspace.index_dir, workspace.database_path))
        service.ensure_index()
        sources = Sources(workspace.database_path, secrets=MemorySecrets())
        config = SourceConfig(KEY, "oparl", system(server), {"limit": "5"}, "bearer")
        sources.add(config, TOKEN)

        first = sync(service, sources, KEY)
        assert len(first.new) == SAMPLE and not first.changed
        assert found(service, "lumikenkäreitti") == [
            (f"{KEY}:{item_id(server, marked.key)}", KEY, f"{server.url}/paatokset/{marked.key}")
        ]

        documents.change(3, text="Kirjastoautoreitti muutetaan kulkemaan Lahdenperän kautta.")
        added = documents.add("Uimahallin vuorot", "Vesijumppavuorot lisätään.", like=4)
        documents.remove(5)
        second = sync(service, sources, KEY)
        assert second.new == [f"{KEY}:{item_id(server, added.key)}"]
        assert second.changed == [f"{KEY}:{item_id(server, 3)}"]
        assert second.requests * 5 < first.requests
        assert second.pending_removals == []
        assert [h[0] for h in found(service, "kirjastoautoreitti")] == [
            f"{KEY}:{item_id(server, 3)}"
        ]
        assert [h[0] for h in found(service, "vesijumppavuorot")] == [
            f"{KEY}:{item_id(server, added.key)}"
        ]

        full = sync(service, sources, KEY, full=True)
        assert full.pending_removals == [f"{KEY}:{item_id(server, 5)}"]
        assert workspace.decisions.get(f"{KEY}:{item_id(server, 5)}") is not None
