"""The leak check of the web DOCX, run over every string of the open-data records.

The searched strings, the allowed contacts and the occurrences dismissed at one place are the
very ones the DOCX is checked with (``publishing.export``). A ``hypertext`` is searched as
the document prints it, its paragraphs one a line, and its markup once more for the marked
texts, so that nothing hides between two tags.
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Mapping
from dataclasses import replace
from typing import Any

from desktop_app.domain.richtext import html_to_text
from desktop_app.publishing.export import allowed_fingerprints, allowed_occurrences, leak_needles
from desktop_app.publishing.leak import Leak, scan_text
from desktop_app.publishing.review import MeetingReview


def _strings(value: Any, path: str) -> Iterator[tuple[str, str, str]]:
    """Every string in ``value`` with its path and the key it stands under."""
    if isinstance(value, str):
        yield path, path.rsplit(".", 1)[-1], value
    elif isinstance(value, Mapping):
        for key, inner in value.items():
            yield from _strings(key, f"{path}.<{key}>")
            yield from _strings(inner, f"{path}.{key}")
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _strings(inner, f"{path}[{index}]")


def find_leaks(
    documents: Mapping[str, Mapping[str, Any]], review: MeetingReview, *, after_appeal: bool
) -> list[Leak]:
    """Each place where a marked text or a detector hit stands; empty when nothing leaks."""
    needles = leak_needles(review.packet, review, after_appeal=after_appeal)
    allowed = allowed_fingerprints(review)
    occurrences = allowed_occurrences(review, after_appeal=after_appeal)
    leaks: list[Leak] = []
    seen: set[tuple[str, str, str]] = set()
    for resource, document in documents.items():
        for index, record in enumerate(document.get("objects", [])):
            where = str(record.get("origin_id", "")) if isinstance(record, Mapping) else ""
            for path, key, text in _strings(record, f"{resource}.json[{index}]"):
                found = scan_text(
                    path,
                    html_to_text(text) if key == "hypertext" else text,
                    needles,
                    settings=review.settings,
                    allowed=allowed,
                    allowed_occurrences=occurrences,
                )
                if key == "hypertext":
                    found += scan_text(path, html.unescape(text), needles, detectors=False)
                for leak in found:
                    if (leak.part, leak.what, leak.excerpt) not in seen:
                        seen.add((leak.part, leak.what, leak.excerpt))
                        leaks.append(replace(leak, where=where))
        for path, _, text in _strings(document.get("meta", {}), f"{resource}.json.meta"):
            leaks += scan_text(path, text, needles, settings=review.settings, allowed=allowed)
    return leaks
