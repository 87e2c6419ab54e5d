"""Loading templates from the bundled folder and the municipality's own folder.

A template is a TOML file (data only: TOML cannot express code). A file in the user folder
with the same ``id`` as a bundled one replaces it, so a municipality can adapt wording
without touching the program. A broken file is reported and skipped; the rest still load.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.domain.model import AppealType, BodyKind, Section
from desktop_app.errors import (
    PaatospajaError,
    TemplateNotFound,
    TemplateSyntaxError,
    TemplateUnsafePlaceholder,
)
from desktop_app.resources import resource_path
from desktop_app.templating.engine import find_problems

#: Fields a template may declare as required, besides the section keys.
FIELD_NAMES = frozenset(
    {
        "title",
        "dno",
        "task_class",
        "preparer",
        "contact",
        "presenter",
        "parties",
        "decision_date",
        "for_information",
        "attachments",
    }
)
MAX_TEMPLATE_BYTES = 1_000_000


@dataclass
class Template:
    id: str
    name: dict[str, str]
    body_kind: BodyKind
    default_appeal: AppealType
    sections: list[Section]
    required: list[str]
    labels: dict[str, dict[str, str]]
    texts: dict[str, dict[str, str]]
    path: Path
    builtin: bool
    description: dict[str, str] = field(default_factory=dict)

    def display_name(self, language: str = "fi") -> str:
        return self.name.get(language) or self.name.get("fi") or self.id

    def display_description(self, language: str = "fi") -> str:
        """The description in ``language``; Finnish where the template has no such text."""
        return self.description.get(language) or self.description.get("fi", "")

    def label(self, key: str, language: str = "fi") -> str:
        return self.labels.get(language, {}).get(key) or self.labels.get("fi", {}).get(key, key)

    def text(self, key: str, language: str = "fi") -> str:
        return self.texts.get(language, {}).get(key) or self.texts.get("fi", {}).get(key, "")


@dataclass
class TemplateProblem:
    path: Path
    error: PaatospajaError


def _str_dict(value: Any, where: str) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise TemplateSyntaxError("template.reason.not_texts", where=where)
    return {str(k): v for k, v in value.items()}


def parse_template(path: Path, *, builtin: bool) -> tuple[Template, list[TemplateProblem]]:
    """Read one template file; raise TemplateSyntaxError with the reason if it is unusable."""
    try:
        if path.stat().st_size > MAX_TEMPLATE_BYTES:
            raise TemplateSyntaxError("template.reason.too_large", path=str(path))
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as error:
        raise TemplateSyntaxError("template.reason.not_utf8", path=str(path)) from error
    except tomllib.TOMLDecodeError as error:
        raise TemplateSyntaxError(str(error), path=str(path)) from error
    except OSError as error:
        raise TemplateSyntaxError(error.strerror or str(error), path=str(path)) from error
    try:
        template = Template(
            id=str(data["id"]),
            name=_str_dict(data.get("name"), "name"),
            body_kind=BodyKind(data["body_kind"]),
            default_appeal=AppealType(data["default_appeal"]),
            sections=[Section(s) for s in data["sections"]],
            required=[str(r) for r in data.get("required", [])],
            labels={
                lang: _str_dict(v, f"labels.{lang}") for lang, v in data.get("labels", {}).items()
            },
            texts={
                lang: _str_dict(v, f"texts.{lang}") for lang, v in data.get("texts", {}).items()
            },
            description=_str_dict(data.get("description"), "description"),
            path=path,
            builtin=builtin,
        )
    except KeyError as error:
        raise TemplateSyntaxError(
            "template.reason.missing_key", path=str(path), key=error.args[0]
        ) from error
    except TemplateSyntaxError as error:
        raise TemplateSyntaxError(error.detail, **(error.params | {"path": str(path)})) from error
    except (ValueError, TypeError) as error:
        raise TemplateSyntaxError(str(error), path=str(path)) from error
    allowed = FIELD_NAMES | {s.value for s in Section}
    unknown_required = [r for r in template.required if r not in allowed]
    if unknown_required:
        raise TemplateSyntaxError(
            "template.reason.unknown_required", path=str(path), fields=", ".join(unknown_required)
        )
    problems = []
    for texts in template.texts.values():
        for text in texts.values():
            unsafe, unknown = find_problems(text)
            for tag in unsafe + unknown:
                problems.append(
                    TemplateProblem(
                        path, TemplateUnsafePlaceholder(path=str(path), placeholder=tag)
                    )
                )
    return template, problems


class TemplateCatalog:
    """All templates a workspace can use, with the problems met while loading them."""

    def __init__(self, templates: dict[str, Template], problems: list[TemplateProblem]) -> None:
        self._templates = templates
        self.problems = problems

    @classmethod
    def load(cls, user_dir: Path | None = None, bundled_dir: Path | None = None) -> TemplateCatalog:
        templates: dict[str, Template] = {}
        problems: list[TemplateProblem] = []
        folders = [(bundled_dir or resource_path("templates"), True)]
        if user_dir is not None:
            folders.append((user_dir, False))
        for folder, builtin in folders:
            if not folder.is_dir():
                continue
            for path in sorted(folder.glob("*.toml")):
                try:
                    template, found = parse_template(path, builtin=builtin)
                except TemplateSyntaxError as error:
                    error.params.setdefault("path", str(path))
                    problems.append(TemplateProblem(path, error))
                    continue
                templates[template.id] = template
                problems.extend(found)
        return cls(templates, problems)

    def get(self, template_id: str) -> Template:
        try:
            return self._templates[template_id]
        except KeyError:
            raise TemplateNotFound(template_id=template_id) from None

    def all(self) -> list[Template]:
        order = list(BodyKind)
        return sorted(
            self._templates.values(), key=lambda t: (order.index(t.body_kind), t.display_name())
        )

    def __contains__(self, template_id: object) -> bool:
        return template_id in self._templates
