"""One result shape for every pre-publish check, so the CLI and the GUI list them alike."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

from desktop_app.messages import message

_LABELLED = ("kind", "certainty", "field")  # codes shown to the user by their label


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
        return message(self.code, language, target=self.target, **self.params, **labels)

    def line(self, language: str | None = None) -> str:
        """One line for the command line: severity, place, sentence."""
        state = "overridden" if self.overridden else self.severity.value
        tag = message(f"publish.severity.{state}", language)
        where = f"{self.target}: " if self.target else ""
        suffix = f" ({self.overridden})" if self.overridden else ""
        return f"{tag}\t{where}{self.text(language)}{suffix}"
