"""Proof that no personal data left the building: every part of the file is searched.

Word splits text into runs, keeps the author and title in ``docProps``, and has headers,
footers, comments and footnotes in parts of their own; a redaction that only looked at the
body would miss them. So the DOCX is unzipped and every XML part is read three ways: the raw
XML (entities resolved), all its text nodes joined, and paragraph by paragraph; the given
strings are searched in each and the detectors run over the text. PDFs are searched through
their page text, the document information and the XMP metadata.
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

from desktop_app.privacy.detect import DetectorSettings, Kind, detect

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@dataclass(frozen=True)
class Leak:
    part: str
    what: str  # the searched string, or the detector kind
    excerpt: str  # masked: never the full value


def mask(text: str) -> str:
    """Enough to recognise the hit in a report, not enough to read the value."""
    text = " ".join(text.split())
    if len(text) <= 4:
        return "*" * len(text)
    return text[:2] + "*" * (len(text) - 4) + text[-2:]


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


def _xml_texts(data: bytes) -> list[str]:
    """The raw XML, the joined text nodes and each paragraph's text of one part."""
    raw = html.unescape(data.decode("utf-8", errors="replace"))
    texts = [raw]
    try:
        root = ET.fromstring(data)
    except ET.ParseError:
        return texts
    texts.append(" ".join(t for t in root.itertext() if t))
    for paragraph in root.iter(f"{{{W}}}p"):
        texts.append("".join(t.text or "" for t in paragraph.iter(f"{{{W}}}t")))
    return texts


def _scan_texts(
    part: str,
    texts: list[str],
    needles: list[str],
    settings: DetectorSettings | None,
    detectors: bool,
    allowed: frozenset[str] = frozenset(),
) -> list[Leak]:
    leaks: list[Leak] = []
    squashed = [_squash(t) for t in texts]
    for needle in needles:
        wanted = _squash(needle)
        if wanted and any(wanted in t for t in squashed):
            leaks.append(Leak(part, mask(needle), mask(needle)))
    if detectors:
        seen: set[str] = set()
        for text in texts[1:] or texts:
            for hit in detect(text, settings):
                if hit.needs_confirmation and hit.fingerprint not in seen | allowed:
                    seen.add(hit.fingerprint)
                    leaks.append(Leak(part, hit.kind.value, mask(hit.text)))
    return leaks


def scan_docx(
    path: Path | IO[bytes],
    needles: Iterable[str] = (),
    *,
    settings: DetectorSettings | None = None,
    detectors: bool = True,
    ignore_kinds: Iterable[Kind] = (),
    allowed: Iterable[str] = (),
    detect_in_headers: bool = True,
) -> list[Leak]:
    """Every place in the DOCX where a needle or (optionally) a detector hit stands.

    ``allowed`` holds fingerprints that are not personal data (dismissed findings, the
    officials' contact details). ``detect_in_headers`` False runs only the needle search in
    headers and footers: they come from the municipality's house style, whose switchboard
    number is not a finding.
    """
    wanted = [n for n in needles if n.strip()]
    permitted = frozenset(allowed)
    ignored = {Kind(k).value for k in ignore_kinds}
    leaks: list[Leak] = []
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            if not name.endswith((".xml", ".rels", ".txt")):
                data = package.read(name)
                texts = [data.decode("latin-1"), data.decode("utf-8", errors="replace")]
                leaks += _scan_texts(name, texts, wanted, settings, False)
                continue
            texts = _xml_texts(package.read(name))
            base = name.rsplit("/", 1)[-1]
            run = detectors and (detect_in_headers or not base.startswith(("header", "footer")))
            leaks += _scan_texts(name, texts, wanted, settings, run, permitted)
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
) -> list[Leak]:
    """The same search over a PDF's page text, document information and XMP metadata."""
    from pypdf import PdfReader  # the PDF check is optional; keep import cost off the CLI path

    reader = PdfReader(str(path))
    wanted = [n for n in needles if n.strip()]
    leaks: list[Leak] = []
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text() or ""
        leaks += _scan_texts(f"sivu {number}", [text, text], wanted, settings, detectors)
    info: dict[Any, Any] = dict(reader.metadata or {})
    info_text = "\n".join(f"{key}: {value}" for key, value in info.items())
    leaks += _scan_texts("info", [info_text, info_text], wanted, settings, detectors)
    root: Any = reader.trailer["/Root"]
    if "/Metadata" in root:
        xmp = root["/Metadata"].get_object().get_data()
        xmp_text = re.sub(r"<[^>]+>", " ", xmp.decode("utf-8", errors="replace"))
        leaks += _scan_texts("xmp", [xmp_text, xmp_text], wanted, settings, detectors)
    return leaks
