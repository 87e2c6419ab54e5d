"""The secretary's personal-data and secrecy marks, and the findings she dismissed.

A mark points into the *plain text* of one field of an item (``richtext.html_to_text`` of a
section, or the text of a plain field such as ``parties``); it also keeps the marked text, so
that when the section is edited later the mark follows its text instead of silently covering
the wrong words (:func:`resolve`). A dismissal is remembered by the finding's fingerprint
(kind + normalised text), which survives edits that move the text around.
"""

from __future__ import annotations

import enum
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from desktop_app.domain.model import AgendaItem, Section
from desktop_app.domain.richtext import html_to_text
from desktop_app.privacy.detect import Detection, DetectorSettings
from desktop_app.storage.database import now_iso, transaction
from desktop_app.storage.meta import get_meta, set_meta


class MarkKind(enum.StrEnum):
    PERSONAL = "henkilötieto"
    SECRET = "salassa_pidettava"


PLAIN_FIELDS = ("title", "parties", "earlier_handling", "for_information")
"""Item fields that hold plain text (not HTML); marks may point into these too."""


def field_names() -> list[str]:
    return [*PLAIN_FIELDS, *(section.value for section in Section)]


def field_text(item: AgendaItem, name: str) -> str:
    """The plain text that mark offsets of ``name`` index."""
    if name in PLAIN_FIELDS:
        return str(getattr(item, name))
    return html_to_text(item.section(Section(name)))


def item_texts(item: AgendaItem) -> dict[str, str]:
    return {name: field_text(item, name) for name in field_names()}


@dataclass(frozen=True)
class Mark:
    section: str
    start: int
    end: int
    text: str
    kind: MarkKind = MarkKind.PERSONAL
    secrecy_ground: str = ""
    source: str = "manual"  # "manual" or "detected" (a confirmed finding)
    id: int | None = None


def resolve(mark: Mark, text: str) -> tuple[int, int] | None:
    """Where the mark's text stands now; the nearest occurrence when the text has moved."""
    if text[mark.start : mark.end] == mark.text:
        return mark.start, mark.end
    if not mark.text:
        return None
    positions = []
    index = text.find(mark.text)
    while index >= 0:
        positions.append(index)
        index = text.find(mark.text, index + 1)
    if not positions:
        return None
    best = min(positions, key=lambda p: abs(p - mark.start))
    return best, best + len(mark.text)


class MarkRepository:
    """Marks and dismissals of items; each change is its own transaction."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    def add(self, item_id: int, mark: Mark) -> Mark:
        if mark.section not in field_names():
            raise ValueError(f"unknown field {mark.section!r}")
        if not 0 <= mark.start < mark.end:
            raise ValueError("a mark needs a non-empty span")
        with transaction(self._db):
            cursor = self._db.execute(
                "INSERT INTO privacy_marks (item_id, section, start, end, text, kind,"
                " secrecy_ground, source, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    item_id,
                    mark.section,
                    mark.start,
                    mark.end,
                    mark.text,
                    mark.kind.value,
                    mark.secrecy_ground,
                    mark.source,
                    now_iso(),
                ),
            )
        return Mark(
            mark.section,
            mark.start,
            mark.end,
            mark.text,
            mark.kind,
            mark.secrecy_ground,
            mark.source,
            int(cursor.lastrowid or 0),
        )

    def confirm(self, item_id: int, section: str, detection: Detection) -> Mark:
        """A finding the secretary accepted becomes a personal-data mark."""
        return self.add(
            item_id,
            Mark(section, detection.start, detection.end, detection.text, source="detected"),
        )

    def marks(self, item_id: int) -> list[Mark]:
        rows = self._db.execute(
            "SELECT id, section, start, end, text, kind, secrecy_ground, source"
            " FROM privacy_marks WHERE item_id = ? ORDER BY section, start, id",
            (item_id,),
        )
        return [
            Mark(row[1], int(row[2]), int(row[3]), row[4], MarkKind(row[5]), row[6], row[7], row[0])
            for row in rows
        ]

    def remove(self, mark_id: int) -> None:
        with transaction(self._db):
            self._db.execute("DELETE FROM privacy_marks WHERE id = ?", (mark_id,))

    def dismiss(self, item_id: int, fingerprint: str, reason: str = "") -> None:
        with transaction(self._db):
            self._db.execute(
                "INSERT INTO privacy_dismissals (item_id, fingerprint, reason, created)"
                " VALUES (?, ?, ?, ?) ON CONFLICT(item_id, fingerprint)"
                " DO UPDATE SET reason = excluded.reason",
                (item_id, fingerprint, reason, now_iso()),
            )

    def undismiss(self, item_id: int, fingerprint: str) -> None:
        with transaction(self._db):
            self._db.execute(
                "DELETE FROM privacy_dismissals WHERE item_id = ? AND fingerprint = ?",
                (item_id, fingerprint),
            )

    def dismissed(self, item_id: int) -> dict[str, str]:
        """Fingerprint → the reason the secretary gave."""
        rows = self._db.execute(
            "SELECT fingerprint, reason FROM privacy_dismissals WHERE item_id = ?", (item_id,)
        )
        return {row[0]: row[1] for row in rows}

    def known_names(self, item_ids: Iterable[int]) -> set[str]:
        """Texts marked as personal data in these items: found again wherever they recur."""
        names: set[str] = set()
        for item_id in item_ids:
            for mark in self.marks(item_id):
                if mark.kind == MarkKind.PERSONAL and _looks_like_name(mark.text):
                    names.add(" ".join(mark.text.split()))
        return names


_ORGANISATION_WORDS = {"oy", "oyj", "ab", "ky", "ry", "tmi", "ay", "rf", "kunta", "kaupunki"}


def party_names(parties: str) -> list[str]:
    """The persons' names in a parties field ("Testi Henkilö, Toinen Testi ja Yhtiö Oy")."""
    chunks = re.split(r"[,;\n]|\s+(?:ja|och|and|sekä)\s+", parties)
    names = []
    for chunk in chunks:
        chunk = " ".join(re.sub(r"\(.*?\)", "", chunk).split())
        words = {w.casefold() for w in chunk.split()}
        if _looks_like_name(chunk) and len(chunk.split()) >= 2 and not words & _ORGANISATION_WORDS:
            names.append(chunk)
    return names


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 4 and all(
        w[:1].isupper() and w.replace("-", "").isalpha() for w in words
    )


OWN_DOMAINS_META_KEY = "privacy.own_domains"


def detector_settings(connection: sqlite3.Connection) -> DetectorSettings:
    """The workspace's own e-mail domains (meta ``privacy.own_domains``, space or comma list)."""
    raw = get_meta(connection, OWN_DOMAINS_META_KEY)
    domains = frozenset(d.strip().lower().lstrip("@") for d in re.split(r"[\s,;]+", raw) if d)
    return DetectorSettings(own_domains=domains)


def set_own_domains(connection: sqlite3.Connection, domains: Iterable[str]) -> None:
    with transaction(connection):
        set_meta(connection, OWN_DOMAINS_META_KEY, " ".join(sorted(set(domains))))
