"""Saving a built document: whole or not at all, and a way out when Word holds the target.

The document is saved into memory first and every XML part of the result is parsed back
before a byte reaches the disk: a part that does not parse (say, an entity reference carried
over from an attachment) makes Word and LibreOffice refuse the whole file, and a file that
reports success but cannot be opened must never replace the previous good one. On the way
the package is cleaned of what python-docx's template leaves behind
(:mod:`desktop_app.export.package`): every DOCX the app writes leaves through here.
"""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path
from typing import BinaryIO

from docx.document import Document
from lxml import etree

from desktop_app.atomic import write_with
from desktop_app.errors import ExportInvalid, TargetLocked
from desktop_app.export.errors import ExportTargetLocked
from desktop_app.export.package import clean_package
from desktop_app.zipguard import is_xml_part, safe_parser


def free_name(target: Path) -> Path:
    """The first "name (2).docx", "name (3).docx", … that does not exist yet."""
    for number in range(2, 1000):
        candidate = target.with_name(f"{target.stem} ({number}){target.suffix}")
        if not candidate.exists():
            return candidate
    return target.with_name(f"{target.stem} ({time.strftime('%Y%m%d-%H%M%S')}){target.suffix}")


def check_parts(data: bytes) -> None:
    """Raise :class:`ExportInvalid` naming the first part of the package that does not parse.

    A DTD counts as broken too: OOXML parts never have one, and Word refuses them.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for member in archive.infolist():
                if not is_xml_part(member.filename):
                    continue
                part = archive.read(member)
                try:
                    root = etree.fromstring(part, safe_parser())
                except etree.XMLSyntaxError as error:
                    raise ExportInvalid(str(error), part=member.filename) from error
                info = root.getroottree().docinfo
                if info.doctype or info.internalDTD is not None:
                    raise ExportInvalid("<!DOCTYPE", part=member.filename)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise ExportInvalid(str(error), part="ZIP") from error


def document_bytes(document: Document) -> bytes:
    """The saved DOCX, cleaned and checked part by part; for exports that write the bytes."""
    buffer = io.BytesIO()
    document.save(buffer)
    data = buffer.getvalue()
    try:
        data = clean_package(data)
    except (etree.XMLSyntaxError, zipfile.BadZipFile, KeyError, ValueError) as error:
        check_parts(data)  # names the broken part as it was built, if one is broken
        raise ExportInvalid(str(error), part="ZIP") from error
    check_parts(data)
    return data


def save_document(document: Document, target: Path) -> None:
    """Write ``document`` atomically; a locked target names a free name to use instead.

    Nothing replaces the target unless every part parses; on any failure the temporary file
    is removed and the earlier file stays as it was.
    """
    target = Path(target)

    def produce(handle: BinaryIO) -> None:
        handle.write(document_bytes(document))

    try:
        write_with(target, produce)
    except TargetLocked as error:
        suggestion = free_name(target)
        raise ExportTargetLocked(
            error.detail, path=str(target), suggestion=str(suggestion.name)
        ) from error
