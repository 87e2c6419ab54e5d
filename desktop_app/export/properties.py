"""Document metadata: core properties (JHS 143 / SÄHKE2 fields) and the document language.

Accessibility checkers read the language from the styles (``w:lang``), archives and search
engines from the core properties, so both are always set.
"""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from desktop_app.domain.richtext import strip_control_characters as clean


def set_language(document: Document, tag: str) -> None:
    """Set ``tag`` (e.g. fi-FI) as the language of the defaults and of the Normal style."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    targets = [rpr]
    with contextlib.suppress(KeyError):  # a house style may lack Normal; defaults still apply
        targets.append(document.styles["Normal"].element.get_or_add_rPr())
    for element in targets:
        lang = element.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            element.append(lang)
        lang.set(qn("w:val"), tag)
        lang.set(qn("w:bidi"), "ar-SA")
        lang.set(qn("w:eastAsia"), tag)


_LIMIT = 255  # python-docx (and some archive systems) refuse longer core properties


def _fit(value: str) -> str:
    text = clean(value)
    return text if len(text) <= _LIMIT else text[: _LIMIT - 1] + "…"


def set_properties(
    document: Document,
    *,
    title: str,
    author: str,
    subject: str,
    language: str,
    keywords: list[str],
    identifier: str,
    category: str,
    comments: str = "",
) -> None:
    properties = document.core_properties
    now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    properties.title = _fit(title)
    properties.author = _fit(author)
    properties.subject = _fit(subject)
    properties.language = language
    properties.keywords = _fit("; ".join(k for k in keywords if k))
    properties.identifier = _fit(identifier)
    properties.category = _fit(category)
    properties.comments = _fit(comments)
    properties.last_modified_by = "Päätöspaja"
    properties.created = now
    properties.modified = now
    properties.revision = 1
    properties.content_status = ""
