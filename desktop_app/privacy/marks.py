"""The secretary's personal-data and secrecy marks, and the findings she dismissed.

A mark points into the *plain text* of one field of an item (``richtext.html_to_text`` of a
section, or the text of a plain field such as ``parties``); it also keeps the marked text, so
that when the section is edited later the mark follows its text instead of silently covering
the wrong words (:func:`resolve`). A dismissal is remembered by the finding's fingerprint
(kind + normalised text), which survives edits that move the text around.

A dismissal covers every occurrence of the text in the item, or only the one the secretary
looked at: "asemakaava 07053-336" is a plan number in the Selostus, but the same digits in
the Perustelut may be someone's phone number. An occurrence is remembered by field, offset,
its text and up to :data:`NEIGHBOURHOOD` characters on each side. When the text has moved,
the dismissal follows it only to an occurrence with the same neighbours: when the dismissed
occurrence is edited away, another copy of the digits elsewhere in the field is not the plan
number the secretary looked at, and the dismissal goes stale (the finding is open again).
:meth:`MarkRepository.dismissed` resolves that against the stored item, so the occurrence
dismissals travel with the item-wide ones as keys (:func:`occurrence_key`) at their current
offsets, and everything that passes dismissals along passes both.
"""

from __future__ import annotations

import enum
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop_app.domain.model import AgendaItem, Section
from desktop_app.domain.richtext import html_to_text
from desktop_app.errors import ItemNotFound
from desktop_app.privacy.detect import Detection, DetectorSettings, detect, vocabulary
from desktop_app.privacy.detect import fingerprint as fingerprint_of
from desktop_app.privacy.normalize import compact
from desktop_app.storage.database import now_iso, transaction
from desktop_app.storage.items import ItemRepository
from desktop_app.storage.meta import get_meta, set_meta


class MarkKind(enum.StrEnum):
    PERSONAL = "henkilötieto"
    SECRET = "salassa_pidettava"


PLAIN_FIELDS = ("title", "dno", "task_class", "parties", "earlier_handling", "for_information")
"""Item fields that hold plain text (not HTML); marks may point into these too."""

ATTACHMENTS_FIELD = "attachments"
"""The attachments' names, one a line: they are printed in the document's list."""


def field_names() -> list[str]:
    return [*PLAIN_FIELDS, ATTACHMENTS_FIELD, *(section.value for section in Section)]


def field_text(item: AgendaItem, name: str) -> str:
    """The plain text that mark offsets of ``name`` index."""
    if name in PLAIN_FIELDS:
        return str(getattr(item, name))
    if name == ATTACHMENTS_FIELD:
        return "\n".join(attachment.name for attachment in item.attachments)
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

    def dismiss(
        self,
        item_id: int,
        fingerprint: str,
        reason: str = "",
        *,
        field: str | None = None,
        start: int | None = None,
        text: str | None = None,
    ) -> None:
        """Not personal data: every occurrence in the item, in one field, or just one.

        ``field`` and ``start`` None: every occurrence of the item; ``field`` alone: every
        occurrence in that field; both: the occurrence at ``start`` of that field. ``text``
        is the field's text the secretary looked at (default: as stored): the occurrence's
        neighbours are kept from it, so the dismissal never drifts onto another copy.
        """
        if field is None:
            if start is not None:
                raise ValueError("an occurrence needs its field")
            with transaction(self._db):
                self._db.execute(
                    "INSERT INTO privacy_dismissals (item_id, fingerprint, reason, created)"
                    " VALUES (?, ?, ?, ?) ON CONFLICT(item_id, fingerprint)"
                    " DO UPDATE SET reason = excluded.reason",
                    (item_id, fingerprint, reason, now_iso()),
                )
            return
        if field not in field_names():
            raise ValueError(f"unknown field {field!r}")
        if start is not None and start < 0:
            raise ValueError("an occurrence starts at 0 or later")
        place = _Neighbourhood("", "", "")
        if start is not None:
            if text is None:
                text = self._field_text(item_id, field) or ""
            place = _Neighbourhood.at(text, fingerprint, start, detector_settings(self._db))
        with transaction(self._db):
            self._db.execute(
                "INSERT INTO privacy_occurrence_dismissals (item_id, fingerprint, field, start,"
                " reason, created, text, before_text, after_text)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(item_id, fingerprint, field, start)"
                " DO UPDATE SET reason = excluded.reason, text = excluded.text,"
                " before_text = excluded.before_text, after_text = excluded.after_text",
                (item_id, fingerprint, field, _WHOLE_FIELD if start is None else start, reason,
                 now_iso(), place.text, place.before, place.after),
            )  # fmt: skip

    def _field_text(self, item_id: int, field: str) -> str | None:
        """The field as stored now; None when the item is gone."""
        try:
            item = ItemRepository(self._db).get(item_id)
        except ItemNotFound:
            return None
        return field_text(item, field)

    def undismiss(
        self,
        item_id: int,
        fingerprint: str,
        *,
        field: str | None = None,
        start: int | None = None,
    ) -> None:
        """Take a dismissal back: all of the finding's (None), a field's, or one occurrence's.

        ``start`` is where the occurrence stands now, as :meth:`dismissed` reports it.
        """
        with transaction(self._db):
            if field is None:
                self._db.execute(
                    "DELETE FROM privacy_dismissals WHERE item_id = ? AND fingerprint = ?",
                    (item_id, fingerprint),
                )
                self._db.execute(
                    "DELETE FROM privacy_occurrence_dismissals"
                    " WHERE item_id = ? AND fingerprint = ?",
                    (item_id, fingerprint),
                )
            elif start is None:
                self._db.execute(
                    "DELETE FROM privacy_occurrence_dismissals"
                    " WHERE item_id = ? AND fingerprint = ? AND field = ?",
                    (item_id, fingerprint, field),
                )
            else:
                for stored in self._stored_at(item_id, fingerprint, field, start):
                    self._db.execute(
                        "DELETE FROM privacy_occurrence_dismissals WHERE item_id = ?"
                        " AND fingerprint = ? AND field = ? AND start = ?",
                        (item_id, fingerprint, field, stored),
                    )

    def _stored_at(self, item_id: int, fingerprint: str, field: str, start: int) -> list[int]:
        """The stored offsets of the occurrence dismissals that stand at ``start`` now."""
        rows = self._db.execute(
            "SELECT start, text, before_text, after_text FROM privacy_occurrence_dismissals"
            " WHERE item_id = ? AND fingerprint = ? AND field = ? AND start >= 0",
            (item_id, fingerprint, field),
        ).fetchall()
        current = self._field_text(item_id, field) if any(row[1] for row in rows) else None
        found = []
        for stored, text, before, after in rows:
            now = int(stored)
            if text and current is not None:
                moved = _Neighbourhood(text, before, after).find(current, int(stored))
                now = -1 if moved is None else moved
            if start in (int(stored), now):
                found.append(int(stored))
        return found

    def dismissed(self, item_id: int) -> dict[str, str]:
        """Dismissal key → the reason the secretary gave.

        A key is a fingerprint (every occurrence) or an :func:`occurrence_key`.
        """
        rows = self._db.execute(
            "SELECT fingerprint, reason FROM privacy_dismissals WHERE item_id = ?", (item_id,)
        )
        found = {row[0]: row[1] for row in rows}
        occurrences = self._db.execute(
            "SELECT fingerprint, field, start, reason, text, before_text, after_text"
            " FROM privacy_occurrence_dismissals WHERE item_id = ? ORDER BY field, start",
            (item_id,),
        ).fetchall()
        texts: dict[str, str | None] = {}
        for fingerprint, field, start, reason, text, before, after in occurrences:
            at: int | None = None if int(start) == _WHOLE_FIELD else int(start)
            if at is not None and text:
                if field not in texts:
                    texts[field] = self._field_text(item_id, field)
                current = texts[field]
                if current is None:
                    continue
                at = _Neighbourhood(text, before, after).find(current, at)
                if at is None:
                    continue  # stale: the dismissed occurrence is no longer in the text
            found[occurrence_key(fingerprint, field, at)] = reason
        return found

    def known_names(self, item_ids: Iterable[int]) -> set[str]:
        """Texts marked as personal data in these items: found again wherever they recur."""
        names: set[str] = set()
        for item_id in item_ids:
            for mark in self.marks(item_id):
                if mark.kind == MarkKind.PERSONAL and _looks_like_name(mark.text):
                    names.add(" ".join(mark.text.split()))
        return names


def party_names(parties: str) -> list[str]:
    """The persons' names in a parties field ("Testi Henkilö, Toinen Testi ja Yhtiö Oy")."""
    names = []
    for party in split_parties(parties):
        chunk = " ".join(w for w in re.sub(r"\(.*?\)", "", party.text).split() if _names(w))
        if party.person and _looks_like_name(chunk) and len(chunk.split()) >= 2:
            names.append(chunk)
    return names


def _names(word: str) -> bool:
    """Whether a word of a person's party is part of the name, not "Tmi" or "perikunta"."""
    folded = word.strip(".,:;").casefold()
    return folded not in _SOLE_TRADER_WORDS and not folded.startswith(_PERSON_WORDS)


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 4 and all(
        w[:1].isupper() and w.replace("-", "").isalpha() for w in words
    )


# --- dismissals of single occurrences ------------------------------------------------------

_WHOLE_FIELD = -1
_KEY_SEPARATOR = "\t"  # never inside a fingerprint: they are whitespace-normalised


def occurrence_key(fingerprint: str, field: str, start: int | None) -> str:
    """The dismissal key of one occurrence (``start``) or of every one in ``field`` (None)."""
    return _KEY_SEPARATOR.join((fingerprint, field, "*" if start is None else str(start)))


@dataclass(frozen=True)
class Dismissals:
    """The dismissal keys of an item, read back: item-wide and per occurrence."""

    everywhere: frozenset[str]
    occurrences: tuple[tuple[str, str, int | None], ...]  # (fingerprint, field, start)

    @classmethod
    def of(cls, keys: Iterable[str]) -> Dismissals:
        everywhere: set[str] = set()
        occurrences: list[tuple[str, str, int | None]] = []
        for key in keys:
            parts = key.split(_KEY_SEPARATOR)
            if len(parts) == 3 and (parts[2] == "*" or parts[2].isdigit()):
                start = None if parts[2] == "*" else int(parts[2])
                occurrences.append((parts[0], parts[1], start))
            else:
                everywhere.add(key)
        return cls(frozenset(everywhere), tuple(occurrences))

    def dismissed_in(self, field: str, hits: Sequence[Detection]) -> set[int]:
        """Indexes of ``hits`` (the findings of one field) that the secretary dismissed.

        An occurrence dismissal covers the hit of its finding at its offset and nothing else:
        :meth:`MarkRepository.dismissed` has already moved it to where its neighbours are now
        (or dropped it as stale), so a copy of the text at another offset stays open.
        """
        chosen = {i for i, hit in enumerate(hits) if hit.fingerprint in self.everywhere}
        for fingerprint, where, start in self.occurrences:
            if where != field:
                continue
            same = [i for i, hit in enumerate(hits) if hit.fingerprint == fingerprint]
            if start is None:
                chosen.update(same)
            else:
                chosen.update(i for i in same if hits[i].start == start)
        return chosen


NEIGHBOURHOOD = 20
"""Characters kept on each side of a dismissed occurrence to recognise it after edits."""


@dataclass(frozen=True)
class _Neighbourhood:
    """A dismissed occurrence's text and its neighbours, as the secretary saw them."""

    text: str
    before: str
    after: str

    @classmethod
    def at(
        cls, field: str, fingerprint: str, start: int, settings: DetectorSettings
    ) -> _Neighbourhood:
        """The finding ``fingerprint`` at ``start`` of ``field``; empty when none stands there."""
        end = next(
            (h.end for h in detect(field, settings) if h.start == start
             and h.fingerprint == fingerprint),
            None,
        )  # fmt: skip
        if end is None:  # a name found only through another §'s marks: match the span itself
            kind = fingerprint.split(":", 1)[0]
            end = next(
                (e for e in range(min(len(field), start + 200), start, -1)
                 if _same_finding(kind, field[start:e], fingerprint)),
                None,
            )  # fmt: skip
        if end is None:
            return cls("", "", "")
        before = field[max(0, start - NEIGHBOURHOOD) : start]
        return cls(field[start:end], before, field[end : end + NEIGHBOURHOOD])

    def matches(self, field: str, start: int) -> bool:
        end = start + len(self.text)
        return (
            field[start:end] == self.text
            and compact(field[:start]).endswith(compact(self.before))
            and compact(field[end:]).startswith(compact(self.after))
        )

    def find(self, field: str, start: int) -> int | None:
        """Where the occurrence stands now: its old offset, or the nearest with its neighbours."""
        if self.matches(field, start):
            return start
        places = []
        index = field.find(self.text)
        while index >= 0:
            if self.matches(field, index):
                places.append(index)
            index = field.find(self.text, index + 1)
        return min(places, key=lambda p: abs(p - start)) if places else None


def _same_finding(kind: str, span: str, fingerprint: str) -> bool:
    try:
        return fingerprint_of(kind, span) == fingerprint
    except ValueError:
        return False


# --- parties: persons and organisations ----------------------------------------------------

_PARTY_WORDS: dict[str, list[str]] = vocabulary()["parties"]
_ORGANISATION_WORDS = frozenset(_PARTY_WORDS["organisation_words"])
_ORGANISATION_ENDINGS = tuple(_PARTY_WORDS["organisation_endings"])


@dataclass(frozen=True)
class Party:
    """One party named in the parties field; ``start``/``end`` index the field's text."""

    start: int
    end: int
    text: str
    person: bool


_PERSON_WORDS = tuple(_PARTY_WORDS["estate_word_starts"])
"""A deceased person's estate in its inflected forms: the person's data, not a body's."""

_SOLE_TRADER_WORDS = frozenset(_PARTY_WORDS["sole_trader_words"])
"""A toiminimi is a natural person's business: the name in it is the person's."""


def is_organisation(text: str) -> bool:
    """A company, an association, a foundation or a public body: not a natural person.

    A deceased person's estate (kuolinpesä, perikunta, dödsbo) is the person's data, and a
    toiminimi ("Tmi Matti Meikäläinen") is the person trading in their own name: both count
    as persons, although "-kunta" and "Tmi" look like a body's and a company's words.
    """
    words = [w.strip(".,:;()").casefold() for w in text.split()]
    if not words or any(w.startswith(_PERSON_WORDS) for w in words):
        return False
    if any(w in _SOLE_TRADER_WORDS for w in words):
        return False
    if any(w in _ORGANISATION_WORDS for w in words):
        return True
    return any(w.endswith(_ORGANISATION_ENDINGS) for w in words)


_PARTY_SEPARATOR = re.compile(rf"[,;\n]|\s+(?:{'|'.join(_PARTY_WORDS['conjunctions'])})\s+")


def split_parties(parties: str) -> list[Party]:
    """The parties field as persons and organisations, with their place in the text."""
    found = []
    position = 0
    for separator in [*_PARTY_SEPARATOR.finditer(parties), None]:
        end = separator.start() if separator else len(parties)
        chunk = parties[position:end]
        stripped = chunk.strip()
        if stripped:
            start = position + chunk.index(stripped)
            person = not is_organisation(stripped)
            found.append(Party(start, start + len(stripped), stripped, person))
        position = separator.end() if separator else len(parties)
    return found


OWN_DOMAINS_META_KEY = "privacy.own_domains"


def detector_settings(connection: sqlite3.Connection) -> DetectorSettings:
    """The workspace's own e-mail domains (meta ``privacy.own_domains``, space or comma list)."""
    raw = get_meta(connection, OWN_DOMAINS_META_KEY)
    domains = frozenset(d.strip().lower().lstrip("@") for d in re.split(r"[\s,;]+", raw) if d)
    return DetectorSettings(own_domains=domains)


def set_own_domains(connection: sqlite3.Connection, domains: Iterable[str]) -> None:
    with transaction(connection):
        set_meta(connection, OWN_DOMAINS_META_KEY, " ".join(sorted(set(domains))))
