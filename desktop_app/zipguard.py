"""Limits for opening Office packages that come from outside: imports and DOCX attachments.

A DOCX is a zip of XML parts. A small file may unpack to gigabytes (a zip bomb), and an XML
part may carry a DTD whose entities python-docx keeps as unresolved references: copied into
another document they make it unreadable, and a resolving parser could be made to expand them
without end or to fetch files. Everything here is checked from the zip directory and with a
parser that resolves no entities and loads nothing, before python-docx ever sees the file.
The callers turn :class:`UnsafePackage` into their own user-facing errors.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import IO

from lxml import etree

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNZIPPED_BYTES = 64 * 1024 * 1024
MAX_ZIP_RATIO = 200
_RATIO_FLOOR = 1024 * 1024  # small parts compress far better than 200:1 and are harmless

CORRUPT = "corrupt"
ZIP_BOMB = "zip_bomb"
UNSAFE_XML = "unsafe_xml"

_XML_SUFFIXES = (".xml", ".rels")
# "<!DOCTYPE" or "<!ENTITY", in any case, in UTF-8 and in both UTF-16 byte orders: refused
# before any parser reads the part.
_DECLARATIONS = tuple(
    (word, re.compile(re.escape(word.encode(codec)), re.IGNORECASE))
    for codec in ("utf-8", "utf-16-le", "utf-16-be")
    for word in ("<!DOCTYPE", "<!ENTITY")
)

Source = Path | IO[bytes]


class UnsafePackage(Exception):
    """Why a package was refused: ``reason`` is CORRUPT, ZIP_BOMB or UNSAFE_XML."""

    def __init__(self, reason: str, detail: str = "", *, size_mb: int = 0, part: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail
        self.size_mb = size_mb
        self.part = part


def check_zip(source: Source) -> list[zipfile.ZipInfo]:
    """The archive's members, after refusing one that would unpack to far more than it is.

    Only the zip directory is read, so a bomb is refused before a byte of it is inflated.
    """
    try:
        with zipfile.ZipFile(source) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise UnsafePackage(CORRUPT, str(error)) from error
    total = sum(member.file_size for member in members)
    if total > MAX_UNZIPPED_BYTES or any(
        member.file_size > _RATIO_FLOOR
        and member.file_size > MAX_ZIP_RATIO * max(member.compress_size, 1)
        for member in members
    ):
        raise UnsafePackage(ZIP_BOMB, size_mb=total // 1048576)
    return members


def safe_parser() -> etree.XMLParser:
    """A parser that expands no entity and reads nothing beyond the bytes it is given.

    A new one per call: lxml parsers must not be shared between the worker threads.
    """
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False
    )


def is_xml_part(name: str) -> bool:
    return name.lower().endswith(_XML_SUFFIXES)


def unsafe_markup(data: bytes) -> str:
    """Why the XML ``data`` must not be used ("" when it is fine); raises on broken XML.

    A DTD, or a reference to an entity other than the five predefined ones (which the parser
    always replaces), is refused: OOXML parts never need either.
    """
    for word, pattern in _DECLARATIONS:
        if pattern.search(data):
            return word
    root = etree.fromstring(data, safe_parser())
    info = root.getroottree().docinfo
    if info.doctype or info.internalDTD is not None:
        return "<!DOCTYPE"
    for node in root.iter():
        if isinstance(node, etree._Entity):
            return f"&{node.name};"
    return ""


def check_xml_parts(source: Source) -> None:
    """Refuse a package with an XML part that has a DTD, an entity or broken syntax.

    Call after :func:`check_zip`: that bounds how much these reads can unpack.
    """
    try:
        with zipfile.ZipFile(source) as archive:
            for member in archive.infolist():
                if not is_xml_part(member.filename):
                    continue
                data = archive.read(member)
                try:
                    why = unsafe_markup(data)
                except etree.XMLSyntaxError as error:
                    raise UnsafePackage(CORRUPT, str(error), part=member.filename) from error
                if why:
                    raise UnsafePackage(UNSAFE_XML, why, part=member.filename)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError) as error:
        # RuntimeError: an encrypted member; the others: a damaged archive or a bad CRC
        raise UnsafePackage(CORRUPT, str(error)) from error
