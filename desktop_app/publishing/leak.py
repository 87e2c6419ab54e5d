"""Proof that no personal data left the building: every part of the file is searched.

Word splits text into runs, keeps the author and title in ``docProps``, and has headers,
footers, comments and footnotes in parts of their own; a redaction that only looked at the
body would miss them. So the DOCX is unzipped and every XML part is read three ways: the raw
XML (entities resolved), all its text nodes joined, and paragraph by paragraph; the given
strings are searched in each and the detectors run over the text. PDFs are searched through
their page text, the document information and the XMP metadata.

Both the text and the searched strings are normalised first (``privacy.normalize``): a code
written with a soft hyphen, a non-breaking hyphen, an en dash, a minus sign, a zero-width
space or a space inside is the same code, and is found.

A finding the secretary dismissed for one occurrence only is allowed where that occurrence
stands and nowhere else. The DOCX does not say which field a paragraph came from, so the
occurrence is recognised by its neighbourhood: the characters just before and after it in its
field's *redacted* text, as it is written into the document (:class:`AllowedOccurrence`). The
same text elsewhere has other neighbours and is a leak; the same occurrence printed twice
(the title in the index and in the heading) is allowed twice. An occurrence at the start or
end of its line has no neighbour on that side: there it must stand at the start or end of a
paragraph (or table cell) of the document too, never just anywhere.

A PDF has no header parts: its header and footer are lines repeated on every page, and like
the DOCX's headers they come from the house style (:func:`house_style_lines`).
"""

from __future__ import annotations

import html
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from xml.etree import ElementTree as ET

from desktop_app.privacy.detect import Detection, DetectorSettings, Kind, detect
from desktop_app.privacy.normalize import compact, normalised

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CONTEXT = 10
_SECTION_HEADING = re.compile(r"^\s*§\s*(\d+)")
_BULLET = re.compile(r"^[ \u00a0]*(?:[–•·*-]|\d+[.)])[ \u00a0]+")
"""The list marker ``html_to_text`` writes in front of a list item; the document has none."""
_LINE_START = re.compile(
    r"(?:^|[\n\t])[ \u00a0]*(?:§[ \u00a0]*\d+[ \u00a0]+)?(?:(?:[–•·*-]|\d+[.)])[ \u00a0]+)?$"
)
"""Nothing but a list marker, or the "§ 5" a title is printed after, from the line's start."""
_LINE_END = re.compile(r"[ \u00a0]*(?:$|[\n\t])")


@dataclass(frozen=True)
class Leak:
    part: str
    what: str  # the searched string, or the detector kind
    excerpt: str  # masked: never the full value
    where: str = ""  # "§ 5": the item whose heading the hit follows, when the part tells

    def place(self) -> str:
        """The part, the § and the masked excerpt, as the refusal lists them."""
        where = f" ({self.where})" if self.where else ""
        return f"{self.part}{where}: {self.excerpt}"


@dataclass(frozen=True)
class AllowedOccurrence:
    """A dismissed finding at one place: its fingerprint and its neighbours in the field."""

    fingerprint: str
    before: str
    after: str

    @classmethod
    def around(cls, text: str, hit: Detection) -> AllowedOccurrence:
        """The neighbourhood of ``hit`` in its field, up to a line or table-cell boundary.

        ``text`` is the field as the document prints it (redacted); a list item's marker
        is not part of the document's paragraph text, so it is no neighbour.
        """
        line_start = max(text.rfind("\n", 0, hit.start), text.rfind("\t", 0, hit.start)) + 1
        ends = [i for i in (text.find("\n", hit.end), text.find("\t", hit.end)) if i >= 0]
        line_end = min(ends) if ends else len(text)
        before = compact(_BULLET.sub("", text[line_start : hit.start], count=1))[-_CONTEXT:]
        after = compact(text[hit.end : line_end])[:_CONTEXT]
        return cls(hit.fingerprint, before, after)

    def matches(self, text: str, hit: Detection) -> bool:
        """Whether ``hit`` in ``text`` (a paragraph, or paragraphs one a line) is this one.

        An empty side means the line ended there: it must end there in ``text`` too.
        """
        if hit.fingerprint != self.fingerprint:
            return False
        if self.before:
            before_ok = compact(text[: hit.start]).endswith(self.before)
        else:
            before_ok = _LINE_START.search(text[: hit.start]) is not None
        if self.after:
            return before_ok and compact(text[hit.end :]).startswith(self.after)
        return before_ok and _LINE_END.match(text, hit.end) is not None


def mask(text: str) -> str:
    """Enough to recognise the hit in a report, not enough to read the value."""
    text = " ".join(text.split())
    if len(text) <= 4:
        return "*" * len(text)
    return text[:2] + "*" * (len(text) - 4) + text[-2:]


def _squash(text: str) -> str:
    return " ".join(normalised(text).split()).casefold()


def _style(paragraph: ET.Element) -> str:
    style = paragraph.find(f"{{{W}}}pPr/{{{W}}}pStyle")
    return ((style.get(f"{{{W}}}val") or "") if style is not None else "").casefold()


def _is_heading(paragraph: ET.Element) -> bool:
    value = _style(paragraph)
    return "heading" in value or "otsikko" in value


def _is_top_heading(paragraph: ET.Element) -> bool:
    """A level-1 heading ("Heading1", "Otsikko 1"): it starts a new part of the minutes."""
    value = _style(paragraph).replace(" ", "")
    return _is_heading(paragraph) and value.endswith("1") and not value.endswith(("11", "21"))


_BREAKS = {f"{{{W}}}tab": "\t", f"{{{W}}}br": "\n", f"{{{W}}}cr": "\n"}


def _paragraph_text(paragraph: ET.Element) -> str:
    """The paragraph's text with its tabs and line breaks: "040 765 4321<tab>12" stays apart."""
    settings = {id(n) for ppr in paragraph.iter(f"{{{W}}}pPr") for n in ppr.iter()}  # tab stops
    parts = []
    for node in paragraph.iter():
        if id(node) in settings:
            continue
        if node.tag == f"{{{W}}}t":
            parts.append(node.text or "")
        elif node.tag in _BREAKS:
            parts.append(_BREAKS[node.tag])
    return "".join(parts)


def _xml_texts(data: bytes) -> list[tuple[str, str]]:
    """The raw XML, the joined text and each paragraph's text of one part.

    Each text comes with the part of the minutes it stands in: the § whose heading it follows,
    the title of another level-1 heading ("muutoksenhakuohjeet"), or "" before any. The joined
    text has one paragraph a line, so a paragraph's start and end stay visible in it.
    """
    raw = html.unescape(data.decode("utf-8", errors="replace"))
    texts = [(raw, "")]
    try:
        root = ET.fromstring(data)
    except ET.ParseError:
        return texts
    paragraphs: list[tuple[str, str]] = []
    where = ""
    for paragraph in root.iter(f"{{{W}}}p"):
        text = _paragraph_text(paragraph)
        heading = _SECTION_HEADING.match(text)
        if heading and _is_heading(paragraph):
            where = f"§ {heading.group(1)}"
        elif text.strip() and _is_top_heading(paragraph):
            where = " ".join(text.split()).casefold()
        paragraphs.append((text, where))
    if paragraphs:
        texts.append(("\n".join(text for text, _ in paragraphs), ""))
    else:
        texts.append((" ".join(t for t in root.itertext() if t), ""))
    return texts + paragraphs


def _scan_texts(
    part: str,
    texts: list[tuple[str, str]],
    needles: list[str],
    settings: DetectorSettings | None,
    detectors: bool,
    allowed: frozenset[str] = frozenset(),
    occurrences: tuple[AllowedOccurrence, ...] = (),
) -> list[Leak]:
    leaks: list[Leak] = []
    squashed = [(_squash(text), where) for text, where in texts] if needles else []
    for needle in needles:
        wanted = _squash(needle)
        places = [where for text, where in squashed if wanted and wanted in text]
        if places:
            where = next((w for w in reversed(places) if w), "")
            leaks.append(Leak(part, mask(needle), mask(needle), where))
    if detectors:
        seen: set[str] = set()
        # paragraphs first: a hit found there has its place; the joined text only adds what
        # no single paragraph holds
        for text, where in texts[2:] + texts[1:2] or texts:
            for hit in detect(text, settings):
                if not hit.needs_confirmation or hit.fingerprint in seen | allowed:
                    continue
                if any(occurrence.matches(text, hit) for occurrence in occurrences):
                    continue  # the very occurrence the secretary dismissed
                seen.add(hit.fingerprint)
                leaks.append(Leak(part, hit.kind.value, mask(hit.text), where))
    return leaks


def scan_docx(
    path: Path | IO[bytes],
    needles: Iterable[str] = (),
    *,
    settings: DetectorSettings | None = None,
    detectors: bool = True,
    ignore_kinds: Iterable[Kind] = (),
    allowed: Iterable[str] = (),
    allowed_occurrences: Iterable[AllowedOccurrence] = (),
    detect_in_headers: bool = True,
) -> list[Leak]:
    """Every place in the DOCX where a needle or (optionally) a detector hit stands.

    ``allowed`` holds fingerprints that are not personal data anywhere (dismissed findings,
    the officials' contact details); ``allowed_occurrences`` the findings dismissed at one
    place only. ``detect_in_headers`` False runs only the needle search in headers and
    footers: they come from the municipality's house style, whose switchboard number is not
    a finding.
    """
    wanted = [n for n in needles if n.strip()]
    permitted = frozenset(allowed)
    occurrences = tuple(allowed_occurrences)
    ignored = {Kind(k).value for k in ignore_kinds}
    leaks: list[Leak] = []
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            if not name.endswith((".xml", ".rels", ".txt")):
                data = package.read(name)
                decoded = [data.decode("latin-1"), data.decode("utf-8", errors="replace")]
                leaks += _scan_texts(name, [(t, "") for t in decoded], wanted, settings, False)
                continue
            texts = _xml_texts(package.read(name))
            base = name.rsplit("/", 1)[-1]
            run = detectors and (detect_in_headers or not base.startswith(("header", "footer")))
            leaks += _scan_texts(name, texts, wanted, settings, run, permitted, occurrences)
    return [leak for leak in leaks if leak.what not in ignored]


_EDGE_LINES = 3
"""How many lines at the top and at the bottom of a page a header or footer may take."""


def _line_shape(line: str) -> str:
    """A line with its page numbers blurred: "Sivu 2 (7)" and "Sivu 3 (7)" are one line."""
    return re.sub(r"(?<!\d)\d{1,3}(?!\d)", "#", " ".join(line.split()))


def house_style_lines(pages: list[str]) -> set[str]:
    """Header and footer lines: at a page's top or bottom, the same on every page.

    A one-page document has nothing to compare with, so it has none.
    """
    if len(pages) < 2:
        return set()
    common: set[str] | None = None
    for text in pages:
        lines = [line for line in text.splitlines() if line.strip()]
        edges = {_line_shape(line) for line in lines[:_EDGE_LINES] + lines[-_EDGE_LINES:]}
        common = edges if common is None else common & edges
    return common or set()


def docx_header_lines(path: Path | IO[bytes]) -> set[str]:
    """The lines of a DOCX's headers and footers: the house style's lines of its PDF."""
    lines: set[str] = set()
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            if not name.rsplit("/", 1)[-1].startswith(("header", "footer")):
                continue
            try:
                root = ET.fromstring(package.read(name))
            except ET.ParseError:
                continue
            for paragraph in root.iter(f"{{{W}}}p"):
                lines |= {line for line in _paragraph_text(paragraph).splitlines() if line.strip()}
    return lines


def scan_pdf(
    path: Path,
    needles: Iterable[str] = (),
    *,
    settings: DetectorSettings | None = None,
    detectors: bool = True,
    allowed: Iterable[str] = (),
    allowed_occurrences: Iterable[AllowedOccurrence] = (),
    detect_in_headers: bool = True,
    header_lines: Iterable[str] = (),
) -> list[Leak]:
    """The same search over a PDF's page text, document information and XMP metadata.

    ``detect_in_headers`` False treats the PDF as :func:`scan_docx` treats a DOCX: the
    header and footer lines (:func:`house_style_lines`, and ``header_lines``: those of the
    DOCX the PDF was made from, which a one-page PDF needs) are searched for the needles
    only, so the house style's switchboard number refuses neither the DOCX nor the PDF.
    """
    from pypdf import PdfReader  # the PDF check is optional; keep import cost off the CLI path

    reader = PdfReader(str(path))
    wanted = [n for n in needles if n.strip()]
    permitted = frozenset(allowed)
    occurrences = tuple(allowed_occurrences)
    leaks: list[Leak] = []

    def scan(part: str, text: str, body: str | None = None) -> list[Leak]:
        if body is None:
            body = text
        found = _scan_texts(part, [(text, "")], wanted, settings, False)
        pair = [(body, ""), (body, "")]
        return found + _scan_texts(part, pair, [], settings, detectors, permitted, occurrences)

    pages = [page.extract_text() or "" for page in reader.pages]
    house: set[str] = set()
    if not detect_in_headers:
        house = house_style_lines(pages) | {_line_shape(line) for line in header_lines}
    for number, text in enumerate(pages, start=1):
        body = "\n".join(line for line in text.splitlines() if _line_shape(line) not in house)
        leaks += scan(f"sivu {number}", text, body)
    info: dict[Any, Any] = dict(reader.metadata or {})
    leaks += scan("info", "\n".join(f"{key}: {value}" for key, value in info.items()))
    root: Any = reader.trailer["/Root"]
    if "/Metadata" in root:
        xmp = root["/Metadata"].get_object().get_data()
        leaks += scan("xmp", re.sub(r"<[^>]+>", " ", xmp.decode("utf-8", errors="replace")))
    return leaks


def scan_text(
    part: str,
    text: str,
    needles: Iterable[str] = (),
    *,
    settings: DetectorSettings | None = None,
    detectors: bool = True,
    allowed: Iterable[str] = (),
    allowed_occurrences: Iterable[AllowedOccurrence] = (),
) -> list[Leak]:
    """The same search over a text that is no file (a field of an open-data record).

    The text's lines stand for a DOCX part's paragraphs: a finding dismissed at one place is
    recognised by its neighbours on its line, as in the document.
    """
    lines = [(line, "") for line in text.split("\n")]
    return _scan_texts(
        part,
        [(text, ""), (text, ""), *lines],
        [n for n in needles if n.strip()],
        settings,
        detectors,
        frozenset(allowed),
        tuple(allowed_occurrences),
    )
