"""The appeal page of the minutes: the §s grouped by appeal route, each with its instructions.

Kept apart from the document builders because what a route says (authority, court, periods)
is the appeal rules' business, while the builders only decide where the page goes.
"""

from __future__ import annotations

import re

from desktop_app.appeal.laws import law_name
from desktop_app.domain.model import AgendaItem, AppealType
from desktop_app.domain.richtext import Block, ListBlock, Paragraph, Run, parse_html
from desktop_app.domain.richtext import strip_control_characters as clean
from desktop_app.export.builder import Builder
from desktop_app.export.errors import AppealInstructionMissing
from desktop_app.meetings.model import AgendaEntry, MeetingPacket


def used_appeal_types(packet: MeetingPacket) -> list[AppealType]:
    return [t for t in AppealType if any(item.appeal_type is t for _, item in packet.entries)]


def require_instructions(builder: Builder, packet: MeetingPacket) -> list[AppealType]:
    """The appeal types the packet uses; refuses before any work when one has no instruction."""
    used = used_appeal_types(packet)
    for appeal_type in used:
        if appeal_type not in builder.options.appeals:
            raise AppealInstructionMissing(appeal_type=appeal_type.value)
    return used


def section_ranges(numbers: list[int]) -> str:
    """Cite runs of §s the way minutes do: "1–4, 7" for [1, 2, 3, 4, 7]."""
    runs: list[list[int]] = []
    for number in sorted(set(numbers)):
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return ", ".join(f"{r[0]}" if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs)


def appeal_groups(
    packet: MeetingPacket, used: list[AppealType]
) -> list[tuple[AppealType, str, list[tuple[AgendaEntry, AgendaItem]]]]:
    """The §s by route, and hallintovalitus §s also by their special law, in route order."""
    groups: list[tuple[AppealType, str, list[tuple[AgendaEntry, AgendaItem]]]] = []
    for appeal_type in used:
        laws: dict[str, list[tuple[AgendaEntry, AgendaItem]]] = {}
        for entry, item in packet.entries:
            if item.appeal_type is appeal_type:
                law = item.appeal_law if appeal_type is AppealType.ADMINISTRATIVE_APPEAL else ""
                laws.setdefault(law, []).append((entry, item))
        groups += [(appeal_type, law, members) for law, members in laws.items()]
    return groups


def route_values(
    packet: MeetingPacket, appeal_type: AppealType, law: str, language: str
) -> dict[str, object]:
    """The named authority, court and law of one route, for the instruction's placeholders.

    A procurement goes to the Market Court; every other court route to the municipality's
    administrative court. Whatever is not known is left out, so the instruction's own
    wording stands in for it rather than an empty name.
    """
    values: dict[str, object] = {}
    court = packet.market_court if appeal_type is AppealType.PROCUREMENT else packet.court
    if court is not None:
        values["court"] = court.display_name(language)
        values["court_address"] = court.address(language)
    if appeal_type in (AppealType.CORRECTION, AppealType.PROCUREMENT):
        if packet.correction_authority:
            values["appeal_authority"] = packet.correction_authority
    elif appeal_type is not AppealType.NONE and court is not None:
        values["appeal_authority"] = court.display_name(language)
    if law:
        values["law"] = law_name(law, language)
    return values


def write_appeal_page(
    builder: Builder, packet: MeetingPacket, used: list[AppealType], body: str
) -> None:
    if not used:
        return
    builder.heading(builder.labels["appeal_page"], 1, new_page=True)
    meeting = packet.meeting
    values: dict[str, object] = {
        "body": body,
        "municipality": packet.municipality,
        "year": meeting.year,
        "meeting_date": builder.date_text(meeting.start),
        "address": packet.address,
    }
    for appeal_type, law, members in appeal_groups(packet, used):
        instruction = builder.options.appeals[appeal_type]
        named = values | route_values(packet, appeal_type, law, builder.language)
        title, text = instruction.render(builder.language, named)
        heading = title or builder.labels[f"appeal_{appeal_type.value}"]
        if law:
            heading = f"{heading} – {named['law']}"
        builder.heading(heading, 2)
        numbers = [entry.number for entry, _ in members if entry.number]
        builder.labelled(builder.labels["appeal_sections"], "§ " + section_ranges(numbers))
        for entry, item in members:  # the ground of each "no appeal" or overridden route
            if item.appeal_reason.strip() and entry.number:
                builder.labelled(f"§ {entry.number}", clean(item.appeal_reason).strip())
        blocks = parse_html(text) if text.lstrip().startswith("<") else instruction_blocks(text)
        builder.writer.blocks(blocks)


def instruction_blocks(text: str) -> list[Block]:
    """Structure plain-text instructions so the appeal page reads like the law's forms.

    "- " lines become bullets and a lone short line without a full stop a subheading.
    """
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", clean(text).replace("\r\n", "\n")):
        lines = [line.strip() for line in chunk.strip().split("\n") if line.strip()]
        if (
            len(lines) == 1
            and len(lines[0]) < 60
            and ": " not in lines[0]
            and not lines[0].endswith((".", ":", ")"))
        ):
            blocks.append(Paragraph([Run(lines[0])], heading=1))
            continue
        prose: list[str] = []
        bullets: ListBlock | None = None
        for line in lines:
            if line.startswith(("- ", "• ")):
                if prose:
                    blocks.append(Paragraph([Run(" ".join(prose))]))
                    prose = []
                if bullets is None:
                    bullets = ListBlock(False)
                    blocks.append(bullets)
                bullets.items.append(Paragraph([Run(line[2:])]))
            else:
                prose.append(line)
                bullets = None
        if prose:
            blocks.append(Paragraph([Run(" ".join(prose))]))
    return blocks
