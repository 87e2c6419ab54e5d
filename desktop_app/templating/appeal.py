"""Appeal instructions (muutoksenhakuohjeet), kept as editable data, never as code.

The periods and authorities change with law and with the municipality's address, so they
live in ``resources/appeal/*.toml`` (and may be overridden in the workspace's
``appeal`` folder), never in code.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain.model import AppealType
from desktop_app.errors import TemplateSyntaxError
from desktop_app.resources import resource_path
from desktop_app.templating.engine import render


@dataclass(frozen=True)
class AppealInstruction:
    type: AppealType
    period_days: int
    title: dict[str, str]
    text: dict[str, str]
    authority: dict[str, str]

    def render(self, language: str, values: dict[str, object]) -> tuple[str, str]:
        """The title and the instruction text in ``language`` with the placeholders filled."""
        merged = {
            "period_days": self.period_days,
            "appeal_authority": self.authority.get(language, ""),
        } | values
        title = self.title.get(language) or self.title["fi"]
        text = self.text.get(language) or self.text["fi"]
        return render(title, merged).text, render(text, merged).text


def load_appeal_instructions(user_dir: Path | None = None) -> dict[AppealType, AppealInstruction]:
    found: dict[AppealType, AppealInstruction] = {}
    folders = [resource_path("appeal")] + ([user_dir] if user_dir and user_dir.is_dir() else [])
    for folder in folders:
        for path in sorted(folder.glob("*.toml")):
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
                instruction = AppealInstruction(
                    type=AppealType(data["type"]),
                    period_days=int(data.get("period_days", 0)),
                    title={str(k): str(v) for k, v in data["title"].items()},
                    text={str(k): str(v) for k, v in data["text"].items()},
                    authority={str(k): str(v) for k, v in data.get("authority", {}).items()},
                )
            except (
                OSError,
                UnicodeDecodeError,
                tomllib.TOMLDecodeError,
                KeyError,
                ValueError,
                AttributeError,
            ) as error:
                if folder == resource_path("appeal"):
                    raise TemplateSyntaxError(str(error), path=str(path)) from error
                continue
            found[instruction.type] = instruction
    return found
