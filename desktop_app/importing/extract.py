"""Plain text out of DOCX, PDF, HTML and TXT files, with hard limits on what is read.

A folder of old decisions may hold anything: half-copied Word files, scans, files renamed to
the wrong extension, even a zip bomb. Every reader here checks sizes before it unpacks or
decodes, and turns any failure into an :class:`ExtractionFailed` with a reason code, so the
import lists the file and carries on.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from desktop_app.importing.errors import (
    BinaryText,
    DocxCorrupt,
    EmptyFile,
    ExtractionFailed,
    FileTooLarge,
    NoText,
    PdfEncrypted,
    PdfUnreadable,
    UnknownEncoding,
    ZipBomb,
)
from desktop_app.zipguard import MAX_FILE_BYTES, ZIP_BOMB, UnsafePackage
from desktop_app.zipguard import check_zip as check_package

MAX_TEXT_CHARS = 2_000_000
MAX_PDF_PAGES = 2000
TITLE_CHARS = 200
_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")


@dataclass(frozen=True)
class Extracted:
    title: str
    text: str
    date: date | None


def extract(path: Path) -> Extracted:
    """Read ``path`` by its extension; raise :class:`ExtractionFailed` with the reason."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise ExtractionFailed("unsupported", path=str(path))
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ExtractionFailed(error.strerror or str(error), path=str(path)) from error
    if size == 0:
        raise EmptyFile(path=str(path))
    if size > MAX_FILE_BYTES:
        raise FileTooLarge(
            path=str(path), size_mb=round(size / 1048576, 1), limit_mb=MAX_FILE_BYTES // 1048576
        )
    title, text = reader(path)
    text = _tidy(text)[:MAX_TEXT_CHARS]
    if not text.strip():
        raise NoText(path=str(path))
    title = _tidy(title).strip() or _first_line(text) or path.stem
    return Extracted(title=title[:TITLE_CHARS], text=text, date=find_date(text))


def find_date(text: str) -> date | None:
    """The first real date written as d.m.yyyy: usually the meeting or decision date."""
    for found in _DATE.finditer(text[:5000]):
        day, month, year = (int(part) for part in found.groups())
        try:
            if 1900 < year < 2200:
                return date(year, month, day)
        except ValueError:
            continue
    return None


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:TITLE_CHARS]
    return ""


def _tidy(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    text = text.replace("\u200b", "").replace("\ufeff", "")
    return re.sub(r"\n{3,}", "\n\n", text)


# -- DOCX -----------------------------------------------------------------------------------


def check_zip(path: Path) -> None:
    """Refuse archives that would unpack to far more than they are, before unpacking."""
    try:
        members = check_package(path)
    except UnsafePackage as refusal:
        if refusal.reason == ZIP_BOMB:
            raise ZipBomb(path=str(path), size_mb=refusal.size_mb) from refusal
        raise DocxCorrupt(refusal.detail, path=str(path)) from refusal
    if "word/document.xml" not in {member.filename for member in members}:
        raise DocxCorrupt("word/document.xml missing", path=str(path))


def read_docx(path: Path) -> tuple[str, str]:
    check_zip(path)
    import docx
    from docx.table import Table

    try:
        document = docx.Document(str(path))
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                for row in block.rows:
                    cells = [cell.text.strip() for cell in row.cells]
                    lines.append(" | ".join(dict.fromkeys(c for c in cells if c)))
            else:
                lines.append(block.text)
        title = document.core_properties.title or ""
    except ExtractionFailed:
        raise
    except Exception as error:  # python-docx/lxml raise many types on damaged files
        raise DocxCorrupt(repr(error)[:200], path=str(path)) from error
    return title, "\n".join(lines)


# -- PDF ------------------------------------------------------------------------------------


def read_pdf(path: Path) -> tuple[str, str]:
    import pypdf

    pages: list[str] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = pypdf.PdfReader(str(path), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                raise PdfEncrypted(path=str(path))
            length = 0
            for number, page in enumerate(reader.pages):
                if number >= MAX_PDF_PAGES or length > MAX_TEXT_CHARS:
                    break
                text = page.extract_text() or ""
                length += len(text)
                pages.append(text)
            metadata = reader.metadata
            title = str(metadata.get("/Title") or "") if metadata else ""
    except ExtractionFailed:
        raise
    except Exception as error:  # pypdf raises many types on damaged files
        raise PdfUnreadable(repr(error)[:200], path=str(path)) from error
    if not "".join(pages).strip():
        raise NoText(path=str(path))
    return title, "\n\n".join(pages)


# -- HTML -----------------------------------------------------------------------------------

_BLOCKS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "tr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "ul",
        "ol",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "pre",
        "dt",
        "dd",
    ]
)
_SKIPPED = frozenset({"script", "style", "head", "noscript", "template"})
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self.heading_parts: list[str] = []
        self._skip = 0
        self._in_title = False
        self._in_h1 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip += 1
        if tag == "title":
            self._in_title = True
        if tag == "h1":
            self._in_h1 = True
        if tag in _BLOCKS:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("• ")
        if tag in ("td", "th"):
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED and self._skip:
            self._skip -= 1
        if tag == "title":
            self._in_title = False
        if tag == "h1":
            self._in_h1 = False
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        elif not self._skip:
            self.parts.append(data)
            if self._in_h1:
                self.heading_parts.append(data)


def decode_html(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    declared = _CHARSET.search(raw[:4096])
    if declared:
        try:
            return raw.decode(declared.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def read_html(path: Path) -> tuple[str, str]:
    raw = path.read_bytes()
    if b"\x00" in raw[:8192] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BinaryText(path=str(path))
    collector = _TextCollector()
    try:
        collector.feed(decode_html(raw))
        collector.close()
    except Exception as error:  # html.parser is lenient, but be safe on garbage
        raise ExtractionFailed(repr(error)[:200], path=str(path)) from error
    text = "\n".join(" ".join(line.split()) for line in "".join(collector.parts).splitlines())
    title = " ".join("".join(collector.title_parts).split()) or " ".join(
        "".join(collector.heading_parts).split()
    )
    return title, text


# -- TXT ------------------------------------------------------------------------------------


def looks_binary(raw: bytes) -> bool:
    """NUL bytes or many control characters: not a text file whatever its name says."""
    sample = raw[:65536]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return bool(sample) and controls / len(sample) > 0.05


# Characters beyond ASCII that a Nordic text in Windows-1252 or Latin-1 really has; random or
# wrongly decoded bytes come out as other symbols (Î, ø, «, ³, º, ¶ …).
_LEGACY_TEXT = frozenset("äöåÄÖÅéÉèüÜáàíóúñçß§€–—‘’‚“”„…•·°½¼¾×´«»\xa0")
MAX_FOREIGN_SHARE = 0.02


def decode_text(raw: bytes) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with BOM; else Windows-1252; else Latin-1.

    The old single-byte encodings accept any bytes, so their result must look like Nordic
    text: a file that is not UTF-8 and decodes to many unusual symbols is reported, not
    imported as garbage.
    """
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace")
    if looks_binary(raw):
        raise BinaryText()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    mended = raw.decode("utf-8", errors="replace")
    if mended.count("\ufffd") <= max(3, len(mended) // 1000) and re.search(
        "[\u0080-\uffef]", mended
    ):
        return mended  # UTF-8 with a damaged byte or two: keep the rest of the text
    for encoding in ("cp1252", "latin-1"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        sample = text[:65536]
        foreign = sum(1 for char in sample if char > "\x7f" and char not in _LEGACY_TEXT)
        if foreign <= MAX_FOREIGN_SHARE * max(1, len(sample)):
            return text
    raise UnknownEncoding()


def read_txt(path: Path) -> tuple[str, str]:
    try:
        return "", decode_text(path.read_bytes())
    except (BinaryText, UnknownEncoding) as error:
        raise type(error)(path=str(path)) from error


READERS: dict[str, Callable[[Path], tuple[str, str]]] = {
    ".docx": read_docx,
    ".pdf": read_pdf,
    ".html": read_html,
    ".htm": read_html,
    ".txt": read_txt,
}
