"""The real HTTP fetcher as the adapter tests use it: no pause between requests.

The fetcher's politeness interval protects a municipality's server, not a test's local one;
everything else (credentials, limits, typed errors, the request count) is the product's own.
"""

from __future__ import annotations

from desktop_app.sources.contract import Event, Listing, RemoteDecision
from desktop_app.sources.http import Credentials, HttpSettings, UrllibFetcher


def fetcher(source_key: str, kind: str = "none", user: str = "", secret: str = "") -> UrllibFetcher:
    """A fetcher for one source; ``kind`` is none, basic or bearer as a source is configured."""
    return UrllibFetcher(
        source_key=source_key,
        credentials=Credentials(kind=kind, user=user, secret=secret),
        settings=HttpSettings(min_interval=0.0, retries=0, timeout=10.0),
    )


def decisions(events: list[Event]) -> dict[str, RemoteDecision]:
    """The decisions of a pull by remote id; none may come twice."""
    found = [event for event in events if isinstance(event, RemoteDecision)]
    by_id = {decision.remote_id: decision for decision in found}
    assert len(by_id) == len(found), "a decision was yielded twice"
    return by_id


def listing(events: list[Event]) -> Listing:
    """The one Listing that ends every pull."""
    assert isinstance(events[-1], Listing)
    assert sum(isinstance(event, Listing) for event in events) == 1
    return events[-1]


def words(text: str) -> str:
    return " ".join(text.split())
