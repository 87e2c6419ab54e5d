"""Starting a draft from a template, and judging how complete it is against that template."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from desktop_app.domain.completeness import Gap, find_gaps
from desktop_app.domain.model import AgendaItem, Organization, Person
from desktop_app.domain.richtext import clean_html, html_to_text
from desktop_app.templating.catalog import Template
from desktop_app.templating.engine import render


def template_values(
    template: Template, organization: Organization, municipality: str, language: str
) -> dict[str, object]:
    body = organization.name_sv if language == "sv" and organization.name_sv else organization.name
    return {
        "body": body,
        "body_sv": organization.name_sv,
        "municipality": municipality,
        "year": date.today().year,
        "presenter": "",
        "preparer": "",
        "title": "",
        "dno": "",
    }


def starter_texts(
    template: Template, organization: Organization, municipality: str, language: str
) -> dict[str, str]:
    """The template's section texts rendered for this body: the draft starts from these."""
    values = template_values(template, organization, municipality, language)
    rendered = {}
    for section in template.sections:
        text = template.text(section.value, language)
        if text:
            rendered[section.value] = clean_html(render(text, values).text)
    return rendered


def written_text(
    texts: Mapping[str, str],
    template: Template | None,
    organization: Organization | None,
    municipality: str,
    language: str,
) -> str:
    """The secretary's own words in ``texts`` (plain text by section value).

    Lines that only repeat the template's starter text are left out: what is similar to a
    draft should follow what the draft says, not the template's "Esittelijä: … päättää"
    that every new draft starts with.
    """
    starter_lines: set[str] = set()
    if template is not None and organization is not None:
        for markup in starter_texts(template, organization, municipality, language).values():
            starter_lines.update(
                " ".join(line.split()) for line in html_to_text(markup).splitlines()
            )
    own = [
        line
        for text in texts.values()
        for line in text.splitlines()
        if (cleaned := " ".join(line.split())) and cleaned not in starter_lines
    ]
    return "\n".join(own)


def new_item(
    template: Template,
    organization: Organization,
    municipality: str,
    language: str = "fi",
    preparer: Person | None = None,
) -> AgendaItem:
    """``preparer``: the user who starts the draft, so that field need not be typed each time."""
    values = template_values(template, organization, municipality, language)
    item = AgendaItem(
        id=None,
        organization_id=organization.id,
        template_id=template.id,
        language=language,
        preparer=preparer or Person(""),
        appeal_type=template.default_appeal,
        for_information=render(template.text("for_information", language), values).text,
    )
    starters = starter_texts(template, organization, municipality, language)
    for section in template.sections:
        if starters.get(section.value):
            item.sections[section] = starters[section.value]
    return item


def gaps(
    item: AgendaItem,
    template: Template | None,
    organization: Organization | None,
    municipality: str,
) -> list[Gap]:
    if template is None or organization is None:
        return find_gaps(item)
    return find_gaps(
        item,
        required=template.required,
        body_kind=organization.kind,
        starter_texts=starter_texts(template, organization, municipality, item.language),
    )
