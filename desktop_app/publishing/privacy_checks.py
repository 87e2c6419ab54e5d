"""The personal-data side of the pre-publish checks: what the secretary has yet to decide.

Separate from the other checks because the same review drives the privacy panel of the
window, the ``privacy`` commands of the command line and the publishing refusal.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop_app.domain.model import AgendaItem
from desktop_app.privacy.detect import Detection, DetectorSettings, detect
from desktop_app.privacy.marks import Dismissals, Mark, item_texts, resolve
from desktop_app.privacy.redact import is_secret
from desktop_app.publishing.findings import Finding, Severity
from desktop_app.publishing.leak import mask


@dataclass(frozen=True)
class ReviewEntry:
    """One line of the personal-data checklist the secretary works through."""

    field: str
    detection: Detection
    status: str  # "open", "confirmed", "dismissed", "official"


def review_item(
    item: AgendaItem,
    marks: Iterable[Mark],
    dismissed: Iterable[str],
    settings: DetectorSettings | None = None,
    known_names: Iterable[str] = (),
) -> list[ReviewEntry]:
    """Every finding of the item with what the secretary has decided about it so far.

    ``dismissed`` holds the keys of :meth:`MarkRepository.dismissed`: a fingerprint dismisses
    every occurrence, an occurrence key only the one at its field and offset.
    """
    marks = list(marks)
    dismissals = Dismissals.of(dismissed)
    names = list(known_names)
    entries = []
    for name, text in item_texts(item).items():
        spans = [s for m in marks if m.section == name and (s := resolve(m, text)) is not None]
        hits = detect(text, settings, names)
        dismissed_here = dismissals.dismissed_in(name, hits)
        for index, hit in enumerate(hits):
            if hit.official:
                status = "official"
            elif any(start < hit.end and hit.start < end for start, end in spans):
                status = "confirmed"
            elif index in dismissed_here:
                status = "dismissed"
            else:
                status = "open"
            entries.append(ReviewEntry(name, hit, status))
    return entries


def stale_marks(item: AgendaItem, marks: Iterable[Mark]) -> list[Mark]:
    """Marks whose text is no longer in the item: the secretary must look at them again."""
    texts = item_texts(item)
    return [m for m in marks if m.section in texts and resolve(m, texts[m.section]) is None]


def privacy_findings(
    item: AgendaItem,
    target: str,
    marks: list[Mark],
    dismissed: set[str],
    settings: DetectorSettings | None = None,
    known_names: Iterable[str] = (),
) -> list[Finding]:
    """Open findings block publishing; marks whose text has gone are worth a second look."""
    findings: list[Finding] = []
    if is_secret(item):
        return findings  # only the title and the ground are published; nothing to redact
    for entry in review_item(item, marks, dismissed, settings, known_names):
        if entry.status == "open":
            hit = entry.detection
            findings.append(
                Finding(
                    "privacy.unconfirmed",
                    Severity.BLOCKING,
                    target,
                    {
                        "kind": hit.kind.value,
                        "certainty": hit.certainty.value,
                        "excerpt": mask(hit.text),
                        "field": entry.field,
                        "fingerprint": hit.fingerprint,
                    },
                )
            )
    for mark in stale_marks(item, marks):
        findings.append(
            Finding(
                "privacy.stale_mark",
                Severity.WARNING,
                target,
                {"field": mark.section, "excerpt": mask(mark.text)},
            )
        )
    return findings
