"""One result shape for every pre-publish check, so the CLI and the GUI list them alike."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

from desktop_app.messages import has_message, message

_LABELLED = ("kind", "certainty", "field")  # codes shown to the user by their label
#: An item without a § number yet is placed by its id: "#12", shown as "asia 12".
ITEM_PLACE = "#"
PLACE_SEPARATOR = " › "  # between the parts of a place: a file, then where in it


class Severity(enum.StrEnum):
    BLOCKING = "blocking"
    WARNING = "warning"


@dataclass
class Finding:
    """``code`` is a message key in ``resources/messages``; ``target`` names the § or part."""

    code: str
    severity: Severity
    target: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    overridden: str = ""  # the reason the secretary gave, when she overrode a blocking finding

    @property
    def key(self) -> tuple[str, str]:
        """What an override is stored against: the same problem in the same place."""
        detail = self.params.get("fingerprint", "")
        return self.code, f"{self.target}|{detail}" if detail else self.target

    @property
    def blocks(self) -> bool:
        return self.severity == Severity.BLOCKING and not self.overridden

    def text(self, language: str | None = None) -> str:
        labels = {}
        for key in _LABELLED:
            if key in self.params:
                code = f"privacy.{key}.{self.params[key]}"
                label = message(code, language)
                labels[f"{key}_label"] = self.params[key] if label == code else label
        place = self.place(language)
        return message(self.code, language, **(self.params | labels | {"target": place}))

    def place(self, language: str | None = None) -> str:
        """The target in the reader's words; it is stored language-neutral (overrides key on it).

        A target is one or more parts joined by ": " (a file name before the place in it);
        a part that is a catalog code or an item's ``#id`` is put into words. The parts are
        shown as a path ("julkaisu.docx › § 5"), so that the one colon of a line is the one
        before what was found.
        """
        parts = (_place_part(part, language) for part in self.target.split(": ") if part)
        return PLACE_SEPARATOR.join(parts)

    def line(self, language: str | None = None) -> str:
        """One line for the command line: severity, place, sentence."""
        state = "overridden" if self.overridden else self.severity.value
        tag = message(f"publish.severity.{state}", language)
        where = f"{self.place(language)}: " if self.target else ""
        suffix = f" ({self.overridden})" if self.overridden else ""
        return f"{tag}\t{where}{self.text(language)}{suffix}"


def _place_part(part: str, language: str | None) -> str:
    if part.startswith(ITEM_PLACE) and part[len(ITEM_PLACE) :].isdigit():
        return message("publish.place.item", language, item=part[len(ITEM_PLACE) :])
    return message(part, language) if has_message(part) else part
