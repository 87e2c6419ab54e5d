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
field (:class:`AllowedOccurrence`). The same text elsewhere has other neighbours and is a leak;
the same occurrence printed twice (the title in the index and in the heading) is allowed twice.
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
from desktop_app.privacy.normalize import normalised

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CONTEXT = 10
_SECTION_HEADING = re.compile(r"^\s*§\s*(\d+)")


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


def _compact(text: str) -> str:
    return "".join(normalised(text).split()).casefold()


@dataclass(frozen=True)
class AllowedOccurrence:
    """A dismissed finding at one place: its fingerprint and its neighbours in the field."""

    fingerprint: str
    before: str
    after: str

    @classmethod
    def around(cls, text: str, hit: Detection) -> AllowedOccurrence:
        """The neighbourhood of ``hit`` in its field, up to a line or table-cell boundary."""
        line_start = max(text.rfind("\n", 0, hit.start), text.rfind("\t", 0, hit.start)) + 1
        ends = [i for i in (text.find("\n", hit.end), text.find("\t", hit.end)) if i >= 0]
        line_end = min(ends) if ends else len(text)
        before = _compact(text[line_start : hit.start])[-_CONTEXT:]
        after = _compact(text[hit.end : line_end])[:_CONTEXT]
        return cls(hit.fingerprint, before, after)

    def matches(self, text: str, hit: Detection) -> bool:
        return (
            hit.fingerprint == self.fingerprint
            and _compact(text[: hit.start]).endswith(self.before)
            and _compact(text[hit.end :]).startswith(self.after)
        )


def mask(text: str) -> str:
    """Enough to recognise the hit in a report, not enough to read the value."""
    text = " ".join(text.split())
    if len(text) <= 4:
        return "*" * len(text)
    return text[:2] + "*" * (len(text) - 4) + text[-2:]


def _squash(text: str) -> str:
    return " ".join(normalised(text).split()).casefold()


def _is_heading(paragraph: ET.Element) -> bool:
    style = paragraph.find(f"{{{W}}}pPr/{{{W}}}pStyle")
    value = (style.get(f"{{{W}}}val") or "") if style is not None else ""
    return "heading" in value.casefold() or "otsikko" in value.casefold()


def _xml_texts(data: bytes) -> list[tuple[str, str]]:
    """The raw XML, the joined text nodes and each paragraph's text of one part.

    Each text comes with the § whose heading it follows ("" when none does).
    """
    raw = html.unescape(data.decode("utf-8", errors="replace"))
    texts = [(raw, "")]
    try:
        root = ET.fromstring(data)
    except ET.ParseError:
        return texts
    texts.append((" ".join(t for t in root.itertext() if t), ""))
    where = ""
    for paragraph in root.iter(f"{{{W}}}p"):
        text = "".join(t.text or "" for t in paragraph.iter(f"{{{W}}}t"))
        heading = _SECTION_HEADING.match(text)
        if heading and _is_heading(paragraph):
            where = f"§ {heading.group(1)}"
        texts.append((text, where))
    return texts


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
        for text, where in texts[1:] or texts:
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


def docx_parts(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as package:
        return package.namelist()


def scan_pdf(
    path: Path,
    needles: Iterable[str] = (),
    *,
    settings: DetectorSettings | None = None,
    detectors: bool = True,
    allowed: Iterable[str] = (),
    allowed_occurrences: Iterable[AllowedOccurrence] = (),
) -> list[Leak]:
    """The same search over a PDF's page text, document information and XMP metadata."""
    from pypdf import PdfReader  # the PDF check is optional; keep import cost off the CLI path

    reader = PdfReader(str(path))
    wanted = [n for n in needles if n.strip()]
    permitted = frozenset(allowed)
    occurrences = tuple(allowed_occurrences)
    leaks: list[Leak] = []

    def scan(part: str, text: str) -> list[Leak]:
        pair = [(text, ""), (text, "")]
        return _scan_texts(part, pair, wanted, settings, detectors, permitted, occurrences)

    for number, page in enumerate(reader.pages, start=1):
        leaks += scan(f"sivu {number}", page.extract_text() or "")
    info: dict[Any, Any] = dict(reader.metadata or {})
    leaks += scan("info", "\n".join(f"{key}: {value}" for key, value in info.items()))
    root: Any = reader.trailer["/Root"]
    if "/Metadata" in root:
        xmp = root["/Metadata"].get_object().get_data()
        leaks += scan("xmp", re.sub(r"<[^>]+>", " ", xmp.decode("utf-8", errors="replace")))
    return leaks
