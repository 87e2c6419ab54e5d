"""Appending a DOCX attachment's body to the packet, without docxcompose.

Only what can be carried over faithfully is copied: paragraphs and tables with their text
formatting, and pictures (their image parts are copied and re-linked). Anything that points
at a part we do not copy — links, footnote and comment marks, charts, embedded objects,
section breaks, bookmarks — is dropped rather than left dangling, because a dangling
relationship makes Word refuse to open the whole packet. List numbering is dropped too (the
attachment's numbering definitions are not copied), so its list items read as paragraphs.
"""

from __future__ import annotations

import io
from copy import deepcopy
from pathlib import Path

import docx
from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn

_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_DROP = (
    "w:footnoteReference",
    "w:endnoteReference",
    "w:commentReference",
    "w:commentRangeStart",
    "w:commentRangeEnd",
    "w:bookmarkStart",
    "w:bookmarkEnd",
    "w:sectPr",
    "w:numPr",
    "w:object",
)
_STYLE_REFS = ("w:pStyle", "w:rStyle", "w:tblStyle")


def read_attachment(path: Path) -> Document | None:
    """The attachment as a document, or None when it is not a readable DOCX."""
    try:
        return docx.Document(str(path))
    except Exception:  # a broken or foreign file is listed instead of appended
        return None


def append_body(target: Document, source: Document) -> None:
    """Copy ``source``'s paragraphs and tables to the end of ``target``'s body."""
    body = target.element.body
    images: dict[str, str] = {}
    known_styles = {style.style_id for style in target.styles}
    for child in source.element.body:
        if child.tag == qn("w:sectPr"):
            continue
        copy = deepcopy(child)
        for tag in _DROP:
            for element in list(copy.iter(qn(tag))):
                element.getparent().remove(element)
        for tag in _STYLE_REFS:  # a style the packet lacks would fall back unpredictably
            for element in list(copy.iter(qn(tag))):
                if element.get(qn("w:val")) not in known_styles:
                    element.getparent().remove(element)
        for link in list(copy.iter(qn("w:hyperlink"))):
            parent = link.getparent()
            index = parent.index(link)
            for grandchild in list(link):
                parent.insert(index, grandchild)
                index += 1
            parent.remove(link)
        _relink_images(copy, source, target, images)
        body.insert_element_before(copy, "w:sectPr")


def _relink_images(
    element: object, source: Document, target: Document, done: dict[str, str]
) -> None:
    for node in list(element.iter()):  # type: ignore[attr-defined]
        for attribute in list(node.attrib):
            if not attribute.startswith(_R):
                continue
            rid = node.get(attribute)
            relationship = source.part.rels.get(rid)
            if (
                node.tag.endswith("}blip")
                and relationship is not None
                and relationship.reltype == RT.IMAGE
                and not relationship.is_external
            ):
                if rid not in done:
                    blob = relationship.target_part.blob
                    done[rid], _ = target.part.get_or_add_image(io.BytesIO(blob))
                node.set(attribute, done[rid])
                continue
            _drop_owner(node)
            break


def _drop_owner(node: object) -> None:
    """Remove the drawing or run that holds a reference we cannot carry over."""
    current = node
    while current is not None:
        tag = current.tag  # type: ignore[attr-defined]
        if tag in (qn("w:drawing"), qn("w:pict"), qn("w:r")) or tag.endswith("}AlternateContent"):
            parent = current.getparent()  # type: ignore[attr-defined]
            if parent is not None:
                parent.remove(current)
            return
        current = current.getparent()  # type: ignore[attr-defined]
