"""The saved DOCX package made to say what it is: ours, current Word, Finnish or Swedish.

python-docx starts every document from its own template, saved long ago by Word 2010 on a
Mac, and a house style brings whatever Word left in it. Left alone, the package says it was
written by "Microsoft Macintosh Word" and is one page long, Word 365 opens it in
Compatibility Mode (mode 14), spelling is marked as already checked, the theme fonts are
American English, every export shares the template's document id, and a stale
``stylesWithEffects.xml`` and thumbnail of an empty page ride along. This module rewrites
those parts of the saved bytes; the body, the styles and the core properties (set by
:mod:`desktop_app.export.properties`) are left exactly as they were.

The rewrite works on the ZIP bytes rather than on python-docx's part objects: it must also
clean what a user's own house style carries, whatever python-docx makes of it.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise
from xml.sax.saxutils import escape

from lxml import etree

from desktop_app import __version__
from desktop_app.zipguard import safe_parser

APPLICATION = f"Päätöspaja/{__version__}"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
DC = "http://purl.org/dc/elements/1.1/"
CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
EP = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
WORD_URI = "http://schemas.microsoft.com/office/word"
COMPATIBILITY_MODE = "15"  # Word 2013 and later, Word 365 included
_STALE_RELATIONSHIP_TYPES = (
    "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail",
)
# CT_Settings is a sequence: a new child must go before the first of these that exists.
_AFTER_UPDATE_FIELDS = (
    "hdrShapeDefaults",
    "footnotePr",
    "endnotePr",
    "compat",
    "docVars",
    "rsids",
    "mathPr",
    "attachedSchema",
    "themeFontLang",
    "clrSchemeMapping",
    "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures",
    "forceUpgrade",
    "captions",
    "readModeInkLockDown",
    "smartTagType",
    "schemaLibrary",
    "shapeDefaults",
    "doNotEmbedSmartTags",
    "decimalSymbol",
    "listSeparator",
)
_AFTER_COMPAT = _AFTER_UPDATE_FIELDS[_AFTER_UPDATE_FIELDS.index("compat") + 1 :]
_AFTER_THEME_FONT_LANG = _AFTER_UPDATE_FIELDS[_AFTER_UPDATE_FIELDS.index("themeFontLang") + 1 :]
_TOC_INSTRUCTION = re.compile(r"^\s*TOC\b", re.IGNORECASE)


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


@dataclass(frozen=True)
class Statistics:
    """What Word shows under File › Info, counted the way Word counts the body text."""

    pages: int
    words: int
    characters: int  # without spaces
    characters_with_spaces: int
    paragraphs: int  # paragraphs with text; Word does not count empty ones


def app_version() -> str:
    """The application version in the ``XX.YYYY`` form the extended-properties schema asks."""
    numbers = [int(n) for n in re.findall(r"\d+", __version__)[:3]] + [0, 0, 0]
    major, minor, patch = numbers[:3]
    return f"{major:02d}.{minor:02d}{patch:02d}"


def _parse(data: bytes) -> etree._Element:
    return etree.fromstring(data, safe_parser())


def _serialize(root: etree._Element) -> bytes:
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def _paragraph_text(paragraph: etree._Element) -> str:
    """The text of one paragraph as Word counts it: tabs and line breaks separate words."""
    pieces: list[str] = []
    for element in paragraph.iter(_w("t"), _w("tab"), _w("br"), _w("cr")):
        if element.tag == _w("t"):
            pieces.append(element.text or "")
        elif element.getparent() is not None and element.getparent().tag == _w("r"):
            pieces.append(" ")
    return "".join(pieces)


def _page_break_styles(styles: etree._Element | None) -> set[str]:
    """Paragraph styles that start a new page, directly or through their ``basedOn`` chain."""
    if styles is None:
        return set()
    own: dict[str, bool | None] = {}
    based_on: dict[str, str] = {}
    for style in styles.iter(_w("style")):
        style_id = style.get(_w("styleId"), "")
        flag = style.find(f"{_w('pPr')}/{_w('pageBreakBefore')}")
        own[style_id] = None if flag is None else _on(flag)
        parent = style.find(_w("basedOn"))
        if parent is not None:
            based_on[style_id] = parent.get(_w("val"), "")
    breaking = set()
    for style_id in own:
        seen: set[str] = set()
        current = style_id
        while current in own and current not in seen:
            seen.add(current)
            if own[current] is not None:
                if own[current]:
                    breaking.add(style_id)
                break
            current = based_on.get(current, "")
    return breaking


def _on(element: etree._Element) -> bool:
    return element.get(_w("val"), "true") not in ("0", "false", "off")


def count_statistics(document: etree._Element, styles: etree._Element | None) -> Statistics:
    """Words, characters and paragraphs of the body, and an estimate of the page count.

    The exact page count exists only after layout, which only Word or LibreOffice can do. The
    estimate counts the pages the document itself starts: 1, plus every explicit page break,
    every paragraph that starts a page (directly or by its style) where a page has not just
    begun, and every section that starts on a new page. Text that overflows a page is not
    counted, so the estimate is a lower bound; :func:`set_page_count` writes the real figure
    when a PDF was made anyway.
    """
    breaking_styles = _page_break_styles(styles)
    body = document.find(_w("body"))
    words = characters = with_spaces = paragraphs = 0
    if body is None:
        return Statistics(1, 0, 0, 0, 0)
    # A section's own w:type says how it starts, so the break after a paragraph carrying a
    # section's properties is decided by the next section's properties.
    sections = [s for s in body.iter(_w("sectPr")) if s.getparent() is not None]
    starts_new_page = {  # lxml hands out the same proxy while one is alive, as here
        section: _new_page_section(following) for section, following in pairwise(sections)
    }
    breaks = 0
    started = False  # a break before any text starts no new page
    fresh_page = True  # a page just began: "page break before" adds nothing here
    for paragraph in body.iter(_w("p")):
        properties = paragraph.find(_w("pPr"))
        style = properties.find(_w("pStyle")) if properties is not None else None
        direct = properties.find(_w("pageBreakBefore")) if properties is not None else None
        starts_page = (
            _on(direct)
            if direct is not None
            else (style is not None and style.get(_w("val"), "") in breaking_styles)
        )
        text = _paragraph_text(paragraph)
        if starts_page and started and not fresh_page:
            breaks += 1
        if text.strip():
            started, fresh_page = True, False
            paragraphs += 1
            words += len(text.split())
            with_spaces += len(text)
            characters += len("".join(text.split()))
        for br in paragraph.iter(_w("br")):
            if br.get(_w("type")) == "page" and started:
                breaks += 1
                fresh_page = True
        section = properties.find(_w("sectPr")) if properties is not None else None
        if section is not None and starts_new_page.get(section, False) and started:
            breaks += 1
            fresh_page = True
    return Statistics(1 + breaks, words, characters, with_spaces, paragraphs)


def _new_page_section(section: etree._Element) -> bool:
    kind = section.find(_w("type"))
    return kind is None or kind.get(_w("val"), "nextPage") != "continuous"


def has_toc_field(document: etree._Element) -> bool:
    """Whether the body holds a table of contents, as a complex or as a simple field."""
    for instruction in document.iter(_w("instrText")):
        if _TOC_INSTRUCTION.match(instruction.text or ""):
            return True
    return any(
        _TOC_INSTRUCTION.match(field.get(_w("instr"), ""))
        for field in document.iter(_w("fldSimple"))
    )


def _insert_before_any(parent: etree._Element, child: etree._Element, names: Iterable[str]) -> None:
    """Insert ``child`` before the first of ``names`` present, keeping the schema order."""
    wanted = {_w(name) for name in names}
    for existing in parent:
        if existing.tag in wanted:
            existing.addprevious(child)
            return
    parent.append(child)


def clean_settings(data: bytes, *, language: str, update_fields: bool) -> bytes:
    """Compatibility mode 15, no preset proofing state, the theme font language, field update.

    ``w:updateFields`` makes Word offer to update every field when the file is opened, which
    is the only way a table of contents written without layout gets its page numbers in
    Word; it costs a question on opening, so it is set only when there is a TOC. LibreOffice
    (7.4) ignores the setting; the PDF conversion updates the index itself.
    """
    root = _parse(data)
    for name in ("proofState", "updateFields"):
        for element in root.findall(_w(name)):
            root.remove(element)
    for element in root.findall(f"{{{W14}}}docId") + root.findall(f"{{{W15}}}docId"):
        root.remove(element)  # the template's id, shared by every file made from it
    if update_fields:
        flag = etree.Element(_w("updateFields"))
        flag.set(_w("val"), "true")
        _insert_before_any(root, flag, _AFTER_UPDATE_FIELDS[1:])
    compat = root.find(_w("compat"))
    if compat is None:
        compat = etree.Element(_w("compat"))
        _insert_before_any(root, compat, _AFTER_COMPAT)
    mode = next(
        (
            setting
            for setting in compat.findall(_w("compatSetting"))
            if setting.get(_w("name")) == "compatibilityMode"
        ),
        None,
    )
    if mode is None:
        mode = etree.SubElement(compat, _w("compatSetting"))
        mode.set(_w("name"), "compatibilityMode")
        mode.set(_w("uri"), WORD_URI)
    mode.set(_w("val"), COMPATIBILITY_MODE)
    theme_language = root.find(_w("themeFontLang"))
    if theme_language is None:
        theme_language = etree.Element(_w("themeFontLang"))
        _insert_before_any(root, theme_language, _AFTER_THEME_FONT_LANG)
    for attribute in list(theme_language.attrib):
        del theme_language.attrib[attribute]
    theme_language.set(_w("val"), language)
    return _serialize(root)


def app_properties(old: bytes | None, statistics: Statistics, title: str) -> bytes:
    """A fresh ``docProps/app.xml``; only the company and manager of the house style stay."""
    kept = {}
    if old:
        try:
            previous = _parse(old)
        except etree.XMLSyntaxError:
            previous = None
        if previous is not None:
            for name in ("Company", "Manager"):
                value = previous.findtext(f"{{{EP}}}{name}")
                if value:
                    kept[name] = value
    values = [
        ("Application", APPLICATION),
        ("AppVersion", app_version()),
        ("DocSecurity", "0"),
        ("TotalTime", "0"),
        ("Pages", str(statistics.pages)),
        ("Words", str(statistics.words)),
        ("Characters", str(statistics.characters)),
        ("CharactersWithSpaces", str(statistics.characters_with_spaces)),
        ("Paragraphs", str(statistics.paragraphs)),
        *kept.items(),
        ("ScaleCrop", "false"),
        ("LinksUpToDate", "false"),
        ("SharedDoc", "false"),
        ("HyperlinksChanged", "false"),
    ]
    elements = "".join(f"<{name}>{escape(value)}</{name}>" for name, value in values)
    titles = (
        '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>'
        "Title</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector>"
        '</HeadingPairs><TitlesOfParts><vt:vector size="1" baseType="lpstr"><vt:lpstr>'
        f"{escape(title)}</vt:lpstr></vt:vector></TitlesOfParts>"
    )
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        f'<Properties xmlns="{EP}" xmlns:vt="{VT}">{elements}{titles}</Properties>'
    ).encode()


def _core_values(core: bytes | None) -> tuple[str, str]:
    """The title and language the core properties carry (fi-FI when none is set)."""
    if not core:
        return "", "fi-FI"
    root = _parse(core)
    title = root.findtext(f"{{{DC}}}title") or ""
    language = (root.findtext(f"{{{DC}}}language") or "").strip() or "fi-FI"
    return title, language


def _stale_targets(rels: bytes, base: str) -> tuple[bytes, set[str]]:
    """Relationships without their stale parts, and the part names they pointed to."""
    root = _parse(rels)
    removed = set()
    for relationship in list(root.findall(f"{{{REL}}}Relationship")):
        if relationship.get("Type") in _STALE_RELATIONSHIP_TYPES:
            target = relationship.get("Target", "").lstrip("/")
            removed.add(target if relationship.get("Target", "").startswith("/") else base + target)
            root.remove(relationship)
    return _serialize(root), removed


def _without_overrides(content_types: bytes, parts: set[str]) -> bytes:
    root = _parse(content_types)
    for override in list(root.findall(f"{{{CT}}}Override")):
        if override.get("PartName", "").lstrip("/") in parts:
            root.remove(override)
    return _serialize(root)


def clean_package(data: bytes) -> bytes:
    """The DOCX ``data`` with app.xml, settings.xml and the part list made right (see module)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        parts = {name: archive.read(name) for name in names}
        infos = {info.filename: info for info in archive.infolist()}
    stale: set[str] = set()
    if "word/_rels/document.xml.rels" in parts:
        parts["word/_rels/document.xml.rels"], removed = _stale_targets(
            parts["word/_rels/document.xml.rels"], "word/"
        )
        stale |= removed
    if "_rels/.rels" in parts:
        parts["_rels/.rels"], removed = _stale_targets(parts["_rels/.rels"], "")
        stale |= removed
    stale = {name for name in stale if name in parts}
    if stale and "[Content_Types].xml" in parts:
        parts["[Content_Types].xml"] = _without_overrides(parts["[Content_Types].xml"], stale)
    title, language = _core_values(parts.get("docProps/core.xml"))
    document = _parse(parts["word/document.xml"])
    styles = _parse(parts["word/styles.xml"]) if "word/styles.xml" in parts else None
    if "word/settings.xml" in parts:
        parts["word/settings.xml"] = clean_settings(
            parts["word/settings.xml"], language=language, update_fields=has_toc_field(document)
        )
    parts["docProps/app.xml"] = app_properties(
        parts.get("docProps/app.xml"), count_statistics(document, styles), title
    )
    if "docProps/app.xml" not in names:
        names.append("docProps/app.xml")  # python-docx always writes one; a guard only
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in names:
            if name in stale:
                continue
            info = infos.get(name) or zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, parts[name])
    return out.getvalue()


def set_page_count(data: bytes, pages: int) -> bytes:
    """``data`` with the laid-out page count (from a PDF of it) in ``docProps/app.xml``."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        entries = [(info, archive.read(info)) for info in archive.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info, payload in entries:
            if info.filename == "docProps/app.xml":
                root = _parse(payload)
                element = root.find(f"{{{EP}}}Pages")
                if element is None:
                    element = etree.SubElement(root, f"{{{EP}}}Pages")
                element.text = str(pages)
                payload = _serialize(root)
            target.writestr(info, payload)
    return out.getvalue()
