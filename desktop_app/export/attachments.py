"""Appending a DOCX attachment's body to the packet, without docxcompose.

Only what can be carried over faithfully is copied: paragraphs and tables with their text
formatting, and pictures (their image parts are copied and re-linked). Anything that points
at a part we do not copy — links, footnote and comment marks, charts, embedded objects,
section breaks, bookmarks — is dropped rather than left dangling, because a dangling
relationship makes Word refuse to open the whole packet. List numbering is dropped too (the
attachment's numbering definitions are not copied), so its list items read as paragraphs.

An attachment comes from outside like an imported file, so it passes the same guards
(:mod:`desktop_app.zipguard`) before python-docx opens it, and one that cannot be appended
stops the export with an error naming it: a packet silently missing an attachment is worse
than no packet.
"""

from __future__ import annotations

import io
from copy import deepcopy
from pathlib import Path

import docx
from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn

from desktop_app.errors import (
    AttachmentCorrupt,
    AttachmentMissing,
    AttachmentRefused,
    AttachmentTooLarge,
    AttachmentUnsafeXml,
    AttachmentZipBomb,
)
from desktop_app.zipguard import (
    MAX_FILE_BYTES,
    UNSAFE_XML,
    ZIP_BOMB,
    UnsafePackage,
    check_xml_parts,
    check_zip,
)

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


def read_attachment(path: Path, *, name: str, item: str) -> Document:
    """The attachment as a document, once it has passed the import guards.

    ``name`` and ``item`` (the item's title) only go into the error, so the secretary knows
    which attachment to fix. The file is read once into memory, so what is checked is
    exactly what is opened.
    """
    facts = {"name": name, "item": item, "path": str(path)}
    data = _read_limited(path, facts)
    try:
        check_zip(io.BytesIO(data))
        check_xml_parts(io.BytesIO(data))
    except UnsafePackage as refusal:
        raise _refused(refusal, facts) from refusal
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx/lxml raise many types on damaged files
        raise AttachmentCorrupt(repr(error)[:200], **facts) from error


def append_attachment(target: Document, source: Document, *, name: str, item: str) -> None:
    """:func:`append_body`, with a failure on odd content named like a refused attachment."""
    try:
        append_body(target, source)
    except Exception as error:  # lxml/python-docx on content we did not foresee
        raise AttachmentCorrupt(repr(error)[:200], name=name, item=item) from error


def _read_limited(path: Path, facts: dict[str, str]) -> bytes:
    data = b""
    try:
        size = path.stat().st_size
        if size <= MAX_FILE_BYTES:
            with path.open("rb") as handle:
                data = handle.read(size + 1)
                if len(data) > size:  # the file grew after stat: read on, but only so far
                    data += handle.read(MAX_FILE_BYTES + 1 - len(data))
                size = len(data)
    except FileNotFoundError as error:
        raise AttachmentMissing(str(error), **facts) from error
    except OSError as error:
        raise AttachmentCorrupt(error.strerror or str(error), **facts) from error
    if size > MAX_FILE_BYTES:
        raise AttachmentTooLarge(
            size_mb=round(size / 1048576, 1), limit_mb=MAX_FILE_BYTES // 1048576, **facts
        )
    return data


def _refused(refusal: UnsafePackage, facts: dict[str, str]) -> AttachmentRefused:
    if refusal.reason == ZIP_BOMB:
        return AttachmentZipBomb(size_mb=refusal.size_mb, **facts)
    if refusal.reason == UNSAFE_XML:
        return AttachmentUnsafeXml(refusal.detail, part=refusal.part, **facts)
    return AttachmentCorrupt(refusal.detail, part=refusal.part, **facts)


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
