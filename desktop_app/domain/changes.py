"""What differs between two states of an item, field by field.

The version history, the conflict view and the merge of two writers all speak of the same
units: a field of the item (title, Dno, …) or one of its sections. Names here are stable
codes; the UI turns them into labels.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from desktop_app.domain.model import AgendaItem, Section
from desktop_app.domain.serialize import item_to_dict

#: Bookkeeping that every write changes; never a difference a person made.
_BOOKKEEPING = frozenset({"id", "created", "modified", "revision", "sections"})


def _units(item: AgendaItem) -> dict[str, Any]:
    data = item_to_dict(item)
    units = {key: value for key, value in data.items() if key not in _BOOKKEEPING}
    for section, html in item.sections.items():
        if html:  # an empty section and a missing one read the same in every document
            units[f"section:{section.value}"] = html
    return units


def changed_fields(before: AgendaItem | None, after: AgendaItem) -> list[str]:
    """The units (``title``, ``section:esitys`` …) whose value differs, in a stable order."""
    if before is None:
        return []
    old, new = _units(before), _units(after)
    return [key for key in _ordered(old, new) if old.get(key) != new.get(key)]


def _ordered(*maps: dict[str, Any]) -> Iterator[str]:
    seen: set[str] = set()
    for mapping in maps:
        for key in mapping:
            if key not in seen:
                seen.add(key)
                yield key


@dataclass
class Merge:
    """The result of combining two writers' changes made from one common base."""

    item: AgendaItem
    theirs_applied: list[str] = field(default_factory=list)  # units taken from the other writer
    conflicts: list[str] = field(default_factory=list)  # units both changed differently

    @property
    def clean(self) -> bool:
        return not self.conflicts


def merge_items(base: AgendaItem, mine: AgendaItem, theirs: AgendaItem) -> Merge:
    """Three-way merge by unit: what only one side changed is kept, the rest is a conflict.

    A unit both sides changed to the same value is no conflict. The result carries the other
    writer's revision, so saving it is again a compare-and-swap against what is stored now.
    """
    base_units, my_units, their_units = _units(base), _units(mine), _units(theirs)
    merged = copy.deepcopy(mine)
    merged.revision = theirs.revision
    result = Merge(merged)
    for key in _ordered(base_units, my_units, their_units):
        old, ours, other = base_units.get(key), my_units.get(key), their_units.get(key)
        if other in (old, ours):
            continue
        if ours != old:
            result.conflicts.append(key)
            continue
        take_unit(merged, theirs, key)
        result.theirs_applied.append(key)
    return result


def take_unit(target: AgendaItem, source: AgendaItem, key: str) -> None:
    """Copy one unit (a field or ``section:…``) from ``source`` into ``target``."""
    if key.startswith("section:"):
        section = Section(key.removeprefix("section:"))
        if section in source.sections:
            target.sections[section] = source.sections[section]
        else:
            target.sections.pop(section, None)
        return
    setattr(target, key, copy.deepcopy(getattr(source, key)))
