"""Appeal instructions (muutoksenhakuohjeet), kept as editable data, never as code.

The periods and authorities change with law and with the municipality's address, so they
live in ``resources/appeal/*.toml`` (and may be overridden in the workspace's
``appeal`` folder), never in code.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from desktop_app.appeal.courts import unknown_court_address
from desktop_app.appeal.data import DATA_FILES
from desktop_app.domain.model import AppealType
from desktop_app.errors import TemplateSyntaxError
from desktop_app.resources import resource_path
from desktop_app.templating.engine import render

#: Placeholders only appeal instructions know: the named court and the special law. They are
#: filled here, before the general engine, which leaves names it does not know as written.
APPEAL_PLACEHOLDERS = ("court", "court_address", "law")
_APPEAL_TAG = re.compile(r"\{\{\s*(" + "|".join(APPEAL_PLACEHOLDERS) + r")\s*\}\}")


def fill_appeal_placeholders(text: str, values: Mapping[str, object]) -> str:
    return _APPEAL_TAG.sub(lambda match: str(values.get(match.group(1), "")), text)


@dataclass(frozen=True)
class AppealInstruction:
    type: AppealType
    period_days: int
    title: dict[str, str]
    text: dict[str, str]
    authority: dict[str, str]

    def render(self, language: str, values: dict[str, object]) -> tuple[str, str]:
        """The title and the instruction text in ``language`` with the placeholders filled.

        Without a named authority or court in ``values`` the instruction's own
        ``[authority]`` wording stands in, so an instruction never prints an empty authority.
        """
        authority = self.authority.get(language) or self.authority.get("fi", "")
        merged = {
            "period_days": self.period_days,
            "appeal_authority": authority,
            "court": authority,
            "court_address": unknown_court_address(language),
            "law": "–",
        } | values
        title = self.title.get(language) or self.title["fi"]
        text = self.text.get(language) or self.text["fi"]
        title = fill_appeal_placeholders(title, merged)
        text = fill_appeal_placeholders(text, merged)
        return render(title, merged).text, render(text, merged).text


def load_appeal_instructions(user_dir: Path | None = None) -> dict[AppealType, AppealInstruction]:
    found: dict[AppealType, AppealInstruction] = {}
    folders = [resource_path("appeal")] + ([user_dir] if user_dir and user_dir.is_dir() else [])
    for folder in folders:
        for path in sorted(folder.glob("*.toml")):
            if path.name in DATA_FILES:
                continue
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
