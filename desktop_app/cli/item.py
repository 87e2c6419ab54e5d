"""``paatospaja item new|show``: drafting an item from a script.

A new item starts exactly as in the window (``drafting.new_item``: the template's starter
texts for the body), and only then do ``--title``, ``--field`` and ``--section`` replace what
the script names. The settable fields are read from the item's own dataclass, so a field
added to the model is settable here without a change to this module.
"""

from __future__ import annotations

import argparse
import dataclasses
import enum
import types
import typing
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

from desktop_app import drafting
from desktop_app.cli.common import open_workspace, print_result, say
from desktop_app.domain import model
from desktop_app.domain.model import AgendaItem, Person, Section
from desktop_app.domain.richtext import clean_html
from desktop_app.errors import (
    InvalidFieldValue,
    SectionFileUnreadable,
    UnknownBody,
    UnknownItemField,
    UnknownSection,
)
from desktop_app.messages import LANGUAGES, message
from desktop_app.reuse import text_to_html
from desktop_app.workspace import Workspace

# Set by the program, by other options, or structured: not "--field name=value".
_NOT_FIELDS = {
    "id",
    "organization_id",
    "template_id",
    "title",
    "sections",
    "attachments",
    "disqualifications",
    "decision_date",  # the meeting's date, set when the decision is recorded
    "created",
    "modified",
    "revision",
}
# Fields stored as text whose values come from an enum of the model: checked against it.
_VALUE_ENUMS = {"appeal_basis": "AppealBasis"}
_TRUE = {"1", "true", "on"}
_FALSE = {"0", "false", "off"}


@cache
def _answers(word: str) -> frozenset[str]:
    """Yes (``cli.yes``) or no in every language, with and without diacritics and initials."""
    found: set[str] = set()
    for language in LANGUAGES:
        answer = message(word, language).casefold()
        bare = unicodedata.normalize("NFKD", answer).encode("ascii", "ignore").decode()
        found |= {answer, bare, answer[0]}
    return frozenset(found)


def register(subparsers: Any) -> None:
    from desktop_app.cli.common import add_json_argument, add_workspace_argument

    parser = subparsers.add_parser("item", help=say("cli.help.item"))
    commands = parser.add_subparsers(
        dest="item_command", metavar=say("cli.metavar.action"), required=True
    )
    field, section = say("cli.metavar.field"), say("cli.metavar.section")
    item = say("cli.metavar.item")

    new = commands.add_parser("new", help=say("cli.help.item_new"))
    new.add_argument("--template", required=True, metavar="ID", help=say("cli.help.template"))
    new.add_argument("--body", required=True, metavar="ID", help=say("cli.help.body"))
    new.add_argument("--title", default=None, help=say("cli.help.item_title"))
    new.add_argument(
        "--field", action="append", default=[], metavar=field, help=say("cli.help.field")
    )
    new.add_argument(
        "--section", action="append", default=[], metavar=section, help=say("cli.help.section")
    )
    new.set_defaults(handler=_new)

    change = commands.add_parser("set", help=say("cli.help.item_set"))
    change.add_argument("item_id", type=int, metavar=item)
    change.add_argument("--title", default=None, help=say("cli.help.item_title"))
    change.add_argument("--field", action="append", default=[], metavar=field)
    change.add_argument("--section", action="append", default=[], metavar=section)
    change.add_argument(
        "--revision", type=int, default=None, metavar="N", help=say("cli.help.item_revision")
    )
    change.set_defaults(handler=_set)

    show = commands.add_parser("show", help=say("cli.help.item_show"))
    show.add_argument("item_id", type=int, metavar=item)
    show.set_defaults(handler=_show)

    for sub in (new, change, show):
        add_workspace_argument(sub)
        add_json_argument(sub)


@cache
def settable_fields() -> dict[str, Any]:
    """Field name → its type: plain fields, and the parts of the people as ``preparer.name``."""
    hints = typing.get_type_hints(AgendaItem)
    found: dict[str, Any] = {}
    for field in dataclasses.fields(AgendaItem):
        if field.name in _NOT_FIELDS:
            continue
        kind = _settable(hints[field.name])
        if field.name in _VALUE_ENUMS:
            kind = getattr(model, _VALUE_ENUMS[field.name], kind)
        if kind is Person:
            for part in dataclasses.fields(Person):
                found[f"{field.name}.{part.name}"] = str
        elif kind is not None:
            found[field.name] = kind
    return found


def _settable(hint: Any) -> Any:
    """The type a ``name=value`` text can become, or None for lists, dates and the like."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        return _settable(options[0]) if len(options) == 1 else None
    if hint in (str, bool, Person):
        return hint
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint
    return None


def _split(text: str) -> tuple[str, str]:
    name, equals, value = text.partition("=")
    if not equals:
        raise InvalidFieldValue(name=text, value="", allowed=say("cli.metavar.field"))
    return name.strip(), value


def _convert(name: str, kind: Any, value: str) -> Any:
    if kind is bool:
        folded = value.strip().casefold()
        yes, no = _TRUE | _answers("cli.yes"), _FALSE | _answers("cli.no")
        if folded in yes | no:
            return folded in yes
        allowed = f"{say('cli.yes')}, {say('cli.no')}"
        raise InvalidFieldValue(name=name, value=value, allowed=allowed)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        try:
            member = kind(value.strip())
        except ValueError:
            allowed = ", ".join(repr(str(member.value)) for member in kind)
            raise InvalidFieldValue(name=name, value=value, allowed=allowed) from None
        return member.value if name in _VALUE_ENUMS else member  # stored as its text
    return value


def parse_fields(pairs: list[str]) -> dict[str, Any]:
    """``name=value`` texts as typed values; an unknown name is refused with the known ones."""
    known = settable_fields()
    values: dict[str, Any] = {}
    for pair in pairs:
        name, value = _split(pair)
        if name not in known:
            raise UnknownItemField(name=name, known=", ".join(sorted(known)))
        values[name] = _convert(name, known[name], value)
    return values


def parse_sections(pairs: list[str], base: Path | None = None) -> dict[Section, str]:
    """``section=<p>…</p>``, ``section=plain text`` or ``section=@file.html``, as clean HTML."""
    sections: dict[Section, str] = {}
    for pair in pairs:
        name, value = _split(pair)
        try:
            section = Section(name)
        except ValueError:
            known = ", ".join(s.value for s in Section)
            raise UnknownSection(name=name, known=known) from None
        if value.startswith("@"):
            path = (base or Path.cwd()) / value[1:]
            try:
                value = path.read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError) as error:
                detail = getattr(error, "strerror", None) or str(error)
                raise SectionFileUnreadable(path=str(path), detail=detail) from None
        markup = value if value.lstrip().startswith("<") else text_to_html(value)
        sections[section] = clean_html(markup)
    return sections


def apply_fields(item: AgendaItem, values: dict[str, Any]) -> None:
    for name, value in values.items():
        owner, _, part = name.partition(".")
        if part:
            setattr(getattr(item, owner), part, value)
        else:
            setattr(item, name, value)


def create_item(
    workspace: Workspace,
    template_id: str,
    body: str,
    *,
    title: str | None = None,
    fields: dict[str, Any] | None = None,
    sections: dict[Section, str] | None = None,
) -> AgendaItem:
    """A new item as the window makes it, then the given values on top; stored."""
    template = workspace.templates.get(template_id)
    organization = workspace.organizations.get(body)
    if organization is None:
        known = ", ".join(o.id for o in workspace.organizations.all())
        raise UnknownBody(body=body, known=known)
    values = dict(fields or {})
    language = str(values.get("language") or "fi")
    item = drafting.new_item(template, organization, workspace.municipality, language)
    if title is not None:
        item.title = title
    apply_fields(item, values)
    item.sections.update(sections or {})
    return workspace.items.save(item)


def item_facts(item: AgendaItem) -> dict[str, Any]:
    """Every field of the item; the sections as HTML in the order of the document."""
    facts: dict[str, Any] = {"item": item.id}
    for field in dataclasses.fields(AgendaItem):
        if field.name not in ("id", "sections"):
            facts[field.name] = getattr(item, field.name)
    facts["sections"] = {s.value: item.sections[s] for s in Section if s in item.sections}
    return facts


def _new(args: argparse.Namespace) -> int:
    fields = parse_fields(args.field)
    sections = parse_sections(args.section)
    workspace = open_workspace(args)
    try:
        item = create_item(
            workspace, args.template, args.body, title=args.title, fields=fields, sections=sections
        )
    finally:
        workspace.close()
    return _print_saved(item, args.json)


def _set(args: argparse.Namespace) -> int:
    """Change an item as the window does: one save under the revision it was read at."""
    fields = parse_fields(args.field)
    sections = parse_sections(args.section)
    workspace = open_workspace(args)
    try:
        item = workspace.items.get(args.item_id)
        if args.revision is not None:
            item.revision = args.revision  # a newer write by anyone else is refused
        if args.title is not None:
            item.title = args.title
        apply_fields(item, fields)
        item.sections.update(sections)
        workspace.items.save(item)
    finally:
        workspace.close()
    return _print_saved(item, args.json)


def _print_saved(item: AgendaItem, as_json: bool) -> int:
    """The saved item's id (and revision in JSON): what a script needs for its next step."""
    if as_json:
        print_result({"item": item.id, "revision": item.revision}, True)
    else:
        print(item.id)
    return 0


def _show(args: argparse.Namespace) -> int:
    workspace = open_workspace(args, write=False)
    try:
        item = workspace.items.get(args.item_id)
    finally:
        workspace.close()
    print_result(item_facts(item), args.json)
    return 0
