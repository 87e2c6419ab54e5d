"""Redacted copies of items for the web (Kuntalaki 140 §).

Redaction works on the rich-text blocks, not on HTML strings: the plain-text offsets of marks
and findings are mapped onto the runs of ``richtext.parse_html`` and replaced there, so bold,
lists and tables survive and no tag can be cut in half.

What the two web versions hold, and why:

* **Publishing version** (during the appeal period): every mark, every finding that is not
  an official's contact and not dismissed is replaced by a neutral mark. The parties' names
  stay unless marked: the public's right to know who a decision concerns lasts as long as
  the decision can be appealed.
* Names marked once (anywhere in the meeting) are removed wherever they recur, in both.
* **Post-appeal version**: additionally the parties field is replaced, and the parties'
  names found in it are removed wherever they recur in the texts (the caller adds them to
  ``known_names``, see :func:`privacy.marks.party_names`). Findings the secretary
  dismissed stay dismissed in both versions: she judged them not to be personal data.
* In both, the preparer, the contact person, the presenter and the members of the body
  stay: they act as officials or trustees, and HL 44 § requires the contact's name and
  details in the decision; officials' work contact details are not private data.
* A secret item (``public`` False or a secrecy ground) is reduced to its describing title and
  the secrecy ground; secret attachments are left out; nothing internal is carried over.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass, field

from desktop_app.domain.model import AgendaItem, Attachment, Section
from desktop_app.domain.richtext import (
    Block,
    ListBlock,
    Paragraph,
    Run,
    Table,
    parse_html,
    to_html,
)
from desktop_app.privacy.detect import Detection, DetectorSettings, detect
from desktop_app.privacy.marks import PLAIN_FIELDS, Mark, MarkKind, field_text, resolve

PERSONAL_MARK = {
    "fi": "[henkilötieto poistettu]",
    "sv": "[personuppgift borttagen]",
    "en": "[personal data removed]",
}
SECRET_MARK = {
    "fi": "[salassa pidettävä tieto poistettu]",
    "sv": "[sekretessbelagd uppgift borttagen]",
    "en": "[confidential information removed]",
}
SECRET_ITEM_TEXT = {
    "fi": "Asia on salassa pidettävä ({ground}). Verkossa julkaistaan vain maininta asian "
    "käsittelystä (kuntalaki 140 §).",
    "sv": "Ärendet är sekretessbelagt ({ground}). På webben publiceras endast ett omnämnande "
    "av att ärendet behandlats (kommunallagen 140 §).",
    "en": "The matter is confidential ({ground}). Only a mention of its handling is published "
    "(Local Government Act 140 §).",
}


@dataclass(frozen=True)
class Replacement:
    start: int
    end: int
    text: str


def _language(language: str) -> str:
    return language if language in PERSONAL_MARK else "fi"


def merge(replacements: Iterable[Replacement]) -> list[Replacement]:
    """Overlapping spans become one; a secret mark wins over a personal-data mark."""
    ordered = sorted(replacements, key=lambda r: (r.start, -r.end))
    merged: list[Replacement] = []
    for rep in ordered:
        if merged and rep.start < merged[-1].end:
            last = merged[-1]
            text = last.text if last.text in SECRET_MARK.values() else rep.text
            merged[-1] = Replacement(last.start, max(last.end, rep.end), text)
        else:
            merged.append(rep)
    return merged


def redact_text(text: str, replacements: Iterable[Replacement]) -> str:
    out = text
    for rep in reversed(merge(replacements)):
        out = out[: rep.start] + rep.text + out[rep.end :]
    return out


# --- mapping plain-text offsets onto runs -------------------------------------------------------


def _run_positions(blocks: list[Block]) -> list[tuple[int, Run]]:
    """(offset in ``to_plain_text(blocks)``, run) for every run, mirroring that function."""
    positions: list[tuple[int, Run]] = []
    offset = 0

    def paragraph(par: Paragraph, at: int) -> int:
        for run in par.runs:
            positions.append((at, run))
            at += len(run.text)
        return at

    lines = 0
    for block in blocks:
        if isinstance(block, Paragraph):
            offset += 1 if lines else 0
            offset = paragraph(block, offset)
            lines += 1
        elif isinstance(block, ListBlock):
            for number, item in enumerate(block.items, start=1):
                offset += 1 if lines else 0
                bullet = f"{number}." if block.ordered else "–"
                offset = paragraph(item, offset + len(bullet) + 1)
                lines += 1
        elif isinstance(block, Table):
            for row in block.rows:
                offset += 1 if lines else 0
                for index, cell in enumerate(row):
                    offset = paragraph(cell, offset + (1 if index else 0))
                lines += 1
    return positions


def redact_blocks(blocks: list[Block], replacements: Iterable[Replacement]) -> list[Block]:
    """A copy of ``blocks`` with the plain-text spans replaced inside the runs."""
    result = copy.deepcopy(blocks)
    positions = _run_positions(result)
    for rep in reversed(merge(replacements)):
        first = True
        for run_start, run in positions:
            run_end = run_start + len(run.text)
            if run_end <= rep.start or run_start >= rep.end:
                continue
            local_start = max(rep.start, run_start) - run_start
            local_end = min(rep.end, run_end) - run_start
            inserted = rep.text if first else ""
            run.text = run.text[:local_start] + inserted + run.text[local_end:]
            first = False
    return result


def redact_html(markup: str, replacements: Iterable[Replacement]) -> str:
    return to_html(redact_blocks(parse_html(markup), replacements))


# --- items -------------------------------------------------------------------------------------


@dataclass
class RedactionPolicy:
    """What to take out; built by the publishing step from the secretary's decisions."""

    language: str = "fi"
    after_appeal: bool = False
    settings: DetectorSettings = field(default_factory=DetectorSettings)
    known_names: frozenset[str] = frozenset()
    dismissed: frozenset[str] = frozenset()


def is_secret(item: AgendaItem) -> bool:
    return (not item.public) or bool(item.secrecy_ground.strip())


def _detections_to_remove(text: str, policy: RedactionPolicy) -> list[Detection]:
    return [
        d
        for d in detect(text, policy.settings, policy.known_names)
        if d.needs_confirmation and d.fingerprint not in policy.dismissed
    ]


def field_replacements(
    name: str, text: str, marks: Iterable[Mark], policy: RedactionPolicy
) -> list[Replacement]:
    lang = _language(policy.language)
    reps: list[Replacement] = []
    for mark in marks:
        if mark.section != name:
            continue
        span = resolve(mark, text)
        if span is None:
            continue
        mark_text = SECRET_MARK[lang] if mark.kind == MarkKind.SECRET else PERSONAL_MARK[lang]
        reps.append(Replacement(span[0], span[1], mark_text))
    for found in _detections_to_remove(text, policy):
        reps.append(Replacement(found.start, found.end, PERSONAL_MARK[lang]))
    return reps


def redact_plain_field(text: str, name: str, marks: Iterable[Mark], policy: RedactionPolicy) -> str:
    return redact_text(text, field_replacements(name, text, marks, policy))


def secret_summary(item: AgendaItem) -> AgendaItem:
    """The mention a wholly secret item leaves on the web: title, ground, who to ask."""
    lang = _language(item.language)
    ground = item.secrecy_ground.strip() or "JulkL 621/1999"
    text = SECRET_ITEM_TEXT[lang].format(ground=ground)
    return AgendaItem(
        id=item.id,
        organization_id=item.organization_id,
        template_id=item.template_id,
        title=item.title,
        dno=item.dno,
        task_class=item.task_class,
        language=item.language,
        state=item.state,
        preparer=copy.deepcopy(item.preparer),
        contact=copy.deepcopy(item.contact),
        presenter=item.presenter,
        decision_date=item.decision_date,
        sections={Section.DESCRIPTION: to_html([Paragraph([Run(text)])])},
        appeal_type=item.appeal_type,
        secrecy_ground=ground,
        public=False,
        created=item.created,
        modified=item.modified,
    )


def redact_item(item: AgendaItem, marks: Iterable[Mark], policy: RedactionPolicy) -> AgendaItem:
    """The copy of ``item`` that may go on the web; ``item`` itself is not changed."""
    if is_secret(item):
        return secret_summary(item)
    marks = list(marks)
    lang = _language(policy.language)
    result = copy.deepcopy(item)
    for name in PLAIN_FIELDS:
        text = field_text(item, name)
        if name == "parties" and policy.after_appeal and text.strip():
            result.parties = PERSONAL_MARK[lang]
            continue
        setattr(result, name, redact_plain_field(text, name, marks, policy))
    for section, markup in item.sections.items():
        text = field_text(item, section.value)
        reps = field_replacements(section.value, text, marks, policy)
        result.sections[section] = redact_html(markup, reps) if reps else markup
    result.attachments = [
        Attachment(redact_plain_field(a.name, "attachment", [], policy), "", True)
        for a in item.attachments
        if a.public
    ]
    return result
