"""The Open Decision API adapter against a live local päätösrajapinta, through the real fetcher.

The server holds the first decisions of the real corpus when it is beside the repository and
thirty fictional ones otherwise; a test edits them between two pulls as a city's system would.
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
from desktop_app.sources.modified import ModifiedMark
from desktop_app.sources.open_decision import OpenDecisionAdapter
from desktop_app.sources.secret_store import MemorySecrets
from desktop_app.tasks import TaskState
from desktop_app.workspace import Workspace
from tests.api_server import ApiServer, Credentials, Reply, Request
from tests.open_decision_server import open_decision_server
from tests.source_documents import Document, DocumentSet, default_documents
from tests.source_fetch import decisions, fetcher, listing, words
from tests.source_sync import found, sync

KEY = "kuusiniemi"
USER, PASSWORD = "arkisto", "Kuusi-salasana-77"


SAMPLE = 30  # decisions most tests serve; the mapping test serves them all


@pytest.fixture
def documents() -> DocumentSet:
    return DocumentSet(default_documents()[:SAMPLE])


@pytest.fixture
def server(documents: DocumentSet) -> Iterator[ApiServer]:
    with open_decision_server(documents, Credentials(user=USER, password=PASSWORD)) as running:
        yield running


def pull(
    server: ApiServer,
    http: HttpFetcher | None = None,
    *,
    cursor: str = "",
    resume: str = "",
    **options: str,
) -> list[Event]:
    request = PullRequest(KEY, server.url + "/v1/", options, cursor=cursor, resume=resume)
    http = http or fetcher(KEY, "basic", USER, PASSWORD)
    return list(OpenDecisionAdapter().pull(request, http, TaskState()))


def assert_mapped(decision: RemoteDecision, document: Document, server: ApiServer) -> None:
    record = decision.record
    assert record.source_id == f"{KEY}:{document.key}"
    assert record.title == document.title
    assert words(document.text) in words(record.text)
    assert record.date == document.day
    assert record.body_org == document.body_org
    assert record.case_id == document.case_id
    assert record.section == document.section
    assert words(record.classification) == words(document.classification)
    assert decision.link == f"{server.url}/v1/action/{document.key}/"
    assert decision.version == document.modified.isoformat().replace("+00:00", "Z")


def test_first_pull_brings_every_action_mapped() -> None:
    documents = DocumentSet(default_documents())
    current, _removed, _generation = documents.snapshot()

    with open_decision_server(documents, Credentials(user=USER, password=PASSWORD)) as server:
        events = pull(server, limit="50")

    found = decisions(events)
    assert sorted(found, key=int) == [str(d.key) for d in current]
    for document in current:
        assert_mapped(found[str(document.key)], document, server)
    end = listing(events)
    assert end.complete
    assert end.seen == frozenset(found)
    assert end.cursor


def test_second_pull_brings_only_what_changed(server: ApiServer, documents: DocumentSet) -> None:
    first = fetcher(KEY, "basic", USER, PASSWORD)
    cursor = listing(pull(server, first, limit="50")).cursor

    changed = documents.change(3, text="Päätös muutettiin oikaisuvaatimuksen johdosta.")
    added = documents.add("Uimahallin aukioloajat", "Uimahalli on avoinna joulupäivänä.", like=4)
    documents.remove(5)
    second = fetcher(KEY, "basic", USER, PASSWORD)
    events = pull(server, second, cursor=cursor, limit="50")

    found = decisions(events)
    assert set(found) == {str(changed.key), str(added.key)}
    assert_mapped(found[str(changed.key)], changed, server)
    assert_mapped(found[str(added.key)], added, server)
    assert not listing(events).complete  # an incremental pull cannot tell what was removed
    assert second.requests_made * 5 < first.requests_made
    quiet = fetcher(KEY, "basic", USER, PASSWORD)
    again = pull(server, quiet, cursor=listing(events).cursor, limit="50")
    assert decisions(again) == {}
    assert quiet.requests_made == 1
    assert listing(again).cursor == listing(events).cursor


def test_full_pull_after_a_removal_lists_what_is_left(
    server: ApiServer, documents: DocumentSet
) -> None:
    before = listing(pull(server)).seen
    documents.remove(5)
    after = listing(pull(server))
    assert after.complete
    assert after.seen == before - {"5"}


def test_a_server_that_ignores_the_filter_still_gives_only_changes(
    server: ApiServer, documents: DocumentSet
) -> None:
    cursor = listing(pull(server)).cursor
    changed = documents.change(2, title="Hallintosäännön muuttaminen (korjattu)")
    events = pull(server, cursor=cursor, modified_filter="muokattu_jalkeen")
    assert set(decisions(events)) == {str(changed.key)}


@pytest.mark.parametrize("paging", ["results", "meta"])
def test_pages_in_both_shapes_of_the_specification(documents: DocumentSet, paging: str) -> None:
    current, _removed, _generation = documents.snapshot()
    with open_decision_server(documents, paging=paging) as running:
        events = pull(running, fetcher(KEY), limit="7")
        pages = [path for path in running.log.paths if path.startswith("/v1/action/?")]
    assert len(decisions(events)) == len(current)
    assert len(pages) == math.ceil(len(current) / 7)
    assert sum(isinstance(e, Checkpoint) for e in events) == len(pages) - 1
    assert listing(events).complete


def test_an_interrupted_pull_resumes_at_its_last_checkpoint(
    server: ApiServer, documents: DocumentSet
) -> None:
    current, _removed, _generation = documents.snapshot()
    whole = pull(server, limit="7")
    request = PullRequest(KEY, server.url + "/v1/", {"limit": "7"})
    taken: list[RemoteDecision] = []
    checkpoint: Checkpoint | None = None
    stream = OpenDecisionAdapter().pull(request, fetcher(KEY, "basic", USER, PASSWORD), TaskState())
    for event in stream:  # the process dies after the second page was committed
        if isinstance(event, RemoteDecision):
            taken.append(event)
        if isinstance(event, Checkpoint):
            checkpoint = event
            if len(taken) == 14:
                break
    assert checkpoint is not None

    resumed = pull(server, resume=checkpoint.cursor)

    rest = decisions(resumed)
    assert set(rest) == {str(d.key) for d in current[14:]}
    assert not set(rest) & {d.remote_id for d in taken}
    assert not listing(resumed).complete
    assert listing(resumed).cursor == listing(whole).cursor


def test_versions_already_held_are_not_fetched_again(server: ApiServer) -> None:
    first = fetcher(KEY, "basic", USER, PASSWORD)
    held = {d.remote_id: d.version for d in decisions(pull(server, first)).values()}
    again = fetcher(KEY, "basic", USER, PASSWORD)
    request = PullRequest(KEY, server.url + "/v1/", {}, known=held)
    events = list(OpenDecisionAdapter().pull(request, again, TaskState()))
    assert decisions(events) == {}
    assert listing(events).complete and listing(events).seen == frozenset(held)
    assert again.requests_made < first.requests_made / 3


def test_basic_credentials_are_sent_and_required(server: ApiServer) -> None:
    assert decisions(pull(server, limit="100"))
    assert all(header.startswith("Basic ") for header in server.log.authorizations)

    for http in (fetcher(KEY), fetcher(KEY, "basic", USER, "väärä")):
        stream = OpenDecisionAdapter().pull(
            PullRequest(KEY, server.url + "/v1/", {}), http, TaskState()
        )
        with pytest.raises(SyncUnauthorized) as refused:
            next(stream)
        assert refused.value.params["status"] == 401
        assert PASSWORD not in str(refused.value.params)


def test_a_page_that_is_not_the_api_shape_stops_the_pull() -> None:
    not_the_api = ApiServer(lambda request, base: Reply(200, {"tulokset": []}))
    with not_the_api as running, pytest.raises(SyncInvalidResponse):
        pull(running, fetcher(KEY))


def test_sync_into_a_workspace_is_searchable_and_then_incremental(
    workspace: Workspace, documents: DocumentSet
) -> None:
    marked = documents.change(1, text=documents.get(1).text + "\n\nLumikenkäreitti merkitään.")
    with ExitStack() as stack:
        server = stack.enter_context(
            open_decision_server(documents, Credentials(user=USER, password=PASSWORD))
        )
        service = stack.enter_context(SearchService(workspace.index_dir, workspace.database_path))
        service.ensure_index()
        sources = Sources(workspace.database_path, secrets=MemorySecrets())
        config = SourceConfig(
            KEY, "open_decision", server.url + "/v1/", {"limit": "20"}, "basic", USER
        )
        sources.add(config, PASSWORD)
        link = f"{server.url}/v1/action/{{}}/"

        first = sync(service, sources, KEY)
        assert len(first.new) == SAMPLE and not first.changed
        assert found(service, "lumikenkäreitti") == [
            (f"{KEY}:{marked.key}", KEY, link.format(marked.key))
        ]

        documents.change(3, text="Kirjastoautoreitti muutetaan kulkemaan Lahdenperän kautta.")
        added = documents.add("Uimahallin vuorot", "Vesijumppavuorot lisätään.", like=4)
        documents.remove(5)
        second = sync(service, sources, KEY)
        assert second.new == [f"{KEY}:{added.key}"]
        assert second.changed == [f"{KEY}:3"]
        assert second.requests * 5 < first.requests
        assert second.pending_removals == []  # an incremental pull proposes no removals
        assert [hit[0] for hit in found(service, "kirjastoautoreitti")] == [f"{KEY}:3"]
        assert [hit[0] for hit in found(service, "vesijumppavuorot")] == [f"{KEY}:{added.key}"]

        full = sync(service, sources, KEY, full=True)
        assert full.pending_removals == [f"{KEY}:5"]  # shown for confirmation, not applied
        assert not full.new and not full.changed
        assert workspace.decisions.get(f"{KEY}:5") is not None


def test_a_next_link_that_leads_back_stops_the_pull() -> None:
    def looping(request: Request, base: str) -> Reply:
        return Reply(200, {"count": 9, "next": f"{base}/v1/action/?offset=0", "results": []})

    with ApiServer(looping) as running, pytest.raises(SyncInvalidResponse):
        pull(running, fetcher(KEY))
    assert running.requests == 2


def test_the_cursor_keeps_a_newcomer_stamped_with_the_same_instant() -> None:
    mark = ModifiedMark()
    mark.advance("2024-03-01T10:00:00.5Z", "7")
    again = ModifiedMark.decode(mark.encode())
    assert not again.is_new("2024-03-01T12:00:00.500+02:00", "7")  # the same instant
    assert again.is_new("2024-03-01T10:00:00.5Z", "8")  # written just after the last pull
    assert not again.is_new("2024-03-01T09:59:59Z", "9")
    assert again.is_new("2024-03-01T10:00:01Z", "7")
    assert ModifiedMark.decode("ei kursori").is_new("2020-01-01T00:00:00Z", "7")
