"""Word-level differences of two texts, for showing a person what changed.

A character diff of Finnish prose is unreadable (``talo|ssa|mme``), a line diff hides a
one-word change in a long paragraph. Words, runs of whitespace and single punctuation
marks are the tokens: what a reader sees as one change is one span.

The units of an item (``changes.changed_fields``) are turned into plain text here, so the
history and the conflict view can show the difference of each unit on its own.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from desktop_app.domain.model import AgendaItem, Person
from desktop_app.domain.richtext import html_to_text

SpanKind = Literal["same", "added", "removed"]

# A word (letters incl. ä/ö/å, digits, underscore), a run of whitespace, or one other mark.
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)
_GLUED_TOKEN = re.compile(r"\s+|(?:\w+|[^\w\s])\s*", re.UNICODE)
#: Token pairs (old × new) a changed region may have for the fine second pass: about 100
#: words each way, a tenth of a second at worst; larger regions are rewrites anyway.
_FINE_PASS_LIMIT = 40_000


@dataclass(frozen=True)
class DiffSpan:
    kind: SpanKind
    text: str


def tokens(text: str) -> list[str]:
    """The tokens of ``text``; joined together they give ``text`` back unchanged."""
    return _TOKEN.findall(text)


def _glued_tokens(text: str) -> list[str]:
    """Words and marks each with the whitespace after it: the coarse tokens of a first pass.

    A run of whitespace on its own would be the most frequent token of any text, and
    SequenceMatcher's time grows with how often a token repeats: the second pass runs on
    the changed regions only.
    """
    return _GLUED_TOKEN.findall(text)


def word_diff(before: str, after: str) -> list[DiffSpan]:
    """The spans that turn ``before`` into ``after``.

    The "same" and "removed" spans joined give ``before``; "same" and "added" give
    ``after``. A replacement is shown as the removed text followed by the added text. A
    lone space between two changes is folded into them, so "kissa istuu" → "koira makaa"
    reads as one change rather than two with a kept space in between.

    Paragraphs (lines) are matched first and words only within the changed ones, pairing
    them one to one where as many were changed as there are now: a term replaced in every
    paragraph of a long section is then many small comparisons instead of one large one.
    """
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    regions: list[tuple[bool, list[str], list[str]]] = []  # (changed, old tokens, new tokens)
    for tag, i1, i2, j1, j2 in _opcodes(old, new, _without_trailing_space):
        if tag == "equal" or i2 - i1 == j2 - j1:
            for old_line, new_line in zip(old[i1:i2], new[j1:j2], strict=True):
                if old_line == new_line:
                    regions.append((False, [old_line], [new_line]))
                else:
                    regions.extend(_word_regions(old_line, new_line))
        else:
            regions.extend(_word_regions("".join(old[i1:i2]), "".join(new[j1:j2])))
    spans: list[DiffSpan] = []
    for changed, removed, added in _fold_lone_whitespace(regions):
        if not changed:
            _append(spans, "same", "".join(removed))
            continue
        _append(spans, "removed", "".join(removed))
        _append(spans, "added", "".join(added))
    return spans


def _word_regions(before: str, after: str) -> list[tuple[bool, list[str], list[str]]]:
    """Two passes keep a long paragraph fast.

    Words with their trailing space first (compared without that space, so the last word of
    a text still matches itself in the middle of another), then words and spaces apart
    within each changed region. A region too large for the second pass (a paragraph
    rewritten wholesale) is shown as removed and added as a whole.
    """
    old, new = _glued_tokens(before), _glued_tokens(after)
    regions: list[tuple[bool, list[str], list[str]]] = []
    for tag, i1, i2, j1, j2 in _opcodes(old, new, _without_trailing_space):
        if tag != "equal":
            regions.extend(_fine_regions("".join(old[i1:i2]), "".join(new[j1:j2])))
            continue
        for old_token, new_token in zip(old[i1:i2], new[j1:j2], strict=True):
            if old_token == new_token:
                regions.append((False, [old_token], [new_token]))
            else:  # the same word, other whitespace after it
                regions.extend(_fine_regions(old_token, new_token))
    return regions


def _without_trailing_space(token: str) -> str:
    return token.rstrip() or token


def _fine_regions(before: str, after: str) -> list[tuple[bool, list[str], list[str]]]:
    old, new = tokens(before), tokens(after)
    if not old or not new or len(old) * len(new) > _FINE_PASS_LIMIT:
        return [(True, old, new)]
    return [(tag != "equal", old[i1:i2], new[j1:j2]) for tag, i1, i2, j1, j2 in _opcodes(old, new)]


def _opcodes(
    old: list[str], new: list[str], key: Callable[[str], str] = str
) -> list[tuple[str, int, int, int, int]]:
    """SequenceMatcher's opcodes on the tokens' keys, the common start and end set aside.

    An edit in a long text usually leaves most of it alike at both ends; matching only the
    middle keeps repetitive text (the same phrase in every paragraph) fast. Only whole
    words are set aside: "talousarviossa." must not lose its full stop to the end of a text
    that now ends with another sentence.
    """
    old_keys, new_keys = [key(t) for t in old], [key(t) for t in new]
    limit = min(len(old), len(new))
    start = 0
    while start < limit and old_keys[start] == new_keys[start]:
        start += 1
    while start and not (_after_space(old, start) and _after_space(new, start)):
        start -= 1
    end = 0
    while end < limit - start and old_keys[-1 - end] == new_keys[-1 - end]:
        end += 1
    while end and not (_after_space(old, len(old) - end) and _after_space(new, len(new) - end)):
        end -= 1
    # autojunk would treat frequent tokens as junk in texts of 200+ tokens and produce
    # needlessly scattered differences.
    matcher = difflib.SequenceMatcher(
        None,
        old_keys[start : len(old) - end],
        new_keys[start : len(new) - end],
        autojunk=False,
    )
    codes: list[tuple[str, int, int, int, int]] = []
    if start:
        codes.append(("equal", 0, start, 0, start))
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        codes.append((tag, i1 + start, i2 + start, j1 + start, j2 + start))
    if end:
        codes.append(("equal", len(old) - end, len(old), len(new) - end, len(new)))
    return codes


def _after_space(sequence: list[str], index: int) -> bool:
    """Whether ``index`` is where a word begins: the start, or after a token ending in space."""
    return index == 0 or sequence[index - 1][-1:].isspace()


def _fold_lone_whitespace(
    regions: list[tuple[bool, list[str], list[str]]],
) -> list[tuple[bool, list[str], list[str]]]:
    folded: list[tuple[bool, list[str], list[str]]] = []
    for index, (changed, old, new) in enumerate(regions):
        between_changes = (
            0 < index < len(regions) - 1 and regions[index - 1][0] and regions[index + 1][0]
        )
        if not changed and between_changes and all(t.isspace() for t in old):
            changed = True
        if folded and folded[-1][0] == changed:
            folded[-1][1].extend(old)
            folded[-1][2].extend(new)
        else:
            folded.append((changed, list(old), list(new)))
    return folded


def _append(spans: list[DiffSpan], kind: SpanKind, text: str) -> None:
    if not text:
        return
    if spans and spans[-1].kind == kind:
        spans[-1] = DiffSpan(kind, spans[-1].text + text)
    else:
        spans.append(DiffSpan(kind, text))


def person_text(person: Person) -> str:
    """The person as "name, title, phone, email", leaving out the parts that are empty."""
    parts = (person.name, person.title, person.phone, person.email)
    return ", ".join(part for part in parts if part)


def item_text_units(item: AgendaItem) -> dict[str, str]:
    """Each unit of ``item`` (codes as in ``changes.changed_fields``) as plain text.

    Codes of enumerations (state, appeal type, language) are given as stored; the UI puts
    its labels on them. A section that the item does not have is absent (read it with
    ``.get(code, "")``).
    """
    units = {
        "organization_id": item.organization_id,
        "template_id": item.template_id,
        "title": item.title,
        "dno": item.dno,
        "task_class": item.task_class,
        "language": item.language,
        "state": item.state.value,
        "preparer": person_text(item.preparer),
        "contact": person_text(item.contact),
        "presenter": item.presenter,
        "parties": item.parties,
        "decision_date": (
            f"{item.decision_date.day}.{item.decision_date.month}.{item.decision_date.year}"
            if item.decision_date
            else ""
        ),
        "earlier_handling": item.earlier_handling,
        "attachments": "\n".join(attachment.name for attachment in item.attachments),
        "for_information": item.for_information,
        "appeal_type": item.appeal_type.value,
        "disqualifications": "\n".join(
            f"{entry.person}: {entry.ground}" for entry in item.disqualifications
        ),
        "secrecy_ground": item.secrecy_ground,
        "public": "true" if item.public else "false",
    }
    for section, markup in item.sections.items():
        units[f"section:{section.value}"] = html_to_text(markup)
    return units
