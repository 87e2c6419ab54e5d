"""WCAG 2.1 AA rules a published Word file can break, checked on the file itself.

The check reads the DOCX package (any DOCX, not only ours), because what the web reader's
screen reader sees is the file, not our intentions: real heading styles in order, starting
at the top level (a first heading below level 1 is a jump from level 0; the "Title" paragraph
counts as the top level: a cover may go on with Heading 2), title and language in the
properties, alternative text for images, header rows in data tables, no empty paragraphs
used as spacing, no lines typed as underscores (a screen reader spells them out; a warning,
since a form to fill in by hand may want one), and text colours with enough contrast —
for the styles the text uses (and their ``basedOn`` chain) and for direct run colours;
unused styles of the template are not the reader's problem.
"""

from __future__ import annotations

import re
import tomllib
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree as ET

from desktop_app.publishing.findings import Finding, Severity
from desktop_app.resources import resource_path

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
DC = "http://purl.org/dc/elements/1.1/"
NS = {"w": W, "wp": WP, "dc": DC}
MIN_CONTRAST = 4.5
MIN_CONTRAST_LARGE = 3.0


def _heading_names() -> str:
    """Word's heading style names in its languages, from ``resources/house_style``."""
    with resource_path("house_style", "word_styles.toml").open("rb") as handle:
        return "|".join(re.escape(name) for name in tomllib.load(handle)["heading_names"])


_HEADING_NAME = re.compile(rf"^({_heading_names()})\s*(\d)$", re.IGNORECASE)
_TYPED_LINE = re.compile(r"_{5,}")


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


def _read(package: zipfile.ZipFile, name: str) -> ET.Element | None:
    try:
        return ET.fromstring(package.read(name))
    except KeyError:
        return None


@dataclass(frozen=True)
class _Style:
    name: str
    heading: int  # 0 = not a heading
    color: str
    large: bool
    based_on: str = ""
    default: bool = False


def _heading_level(style: ET.Element, name: str) -> int:
    match = _HEADING_NAME.match(name)
    if match:
        return int(match.group(2))
    outline = style.find("w:pPr/w:outlineLvl", NS)
    if outline is not None and name.lower() != "title":
        level = int(outline.get(_w("val"), "9"))
        return level + 1 if level < 9 else 0
    return 0


def _large(rpr: ET.Element | None) -> bool:
    """WCAG large text: 18 pt, or 14 pt bold (w:sz is in half-points)."""
    if rpr is None:
        return False
    size_el = rpr.find("w:sz", NS)
    size = int(size_el.get(_w("val"), "0")) if size_el is not None else 0
    bold = rpr.find("w:b", NS) is not None
    return size >= 36 or (bold and size >= 28)


def _styles(root: ET.Element | None) -> dict[str, _Style]:
    found: dict[str, _Style] = {}
    if root is None:
        return found
    for style in root.findall("w:style", NS):
        style_id = style.get(_w("styleId"), "")
        name_el = style.find("w:name", NS)
        name = name_el.get(_w("val"), style_id) if name_el is not None else style_id
        rpr = style.find("w:rPr", NS)
        color_el = rpr.find("w:color", NS) if rpr is not None else None
        color = color_el.get(_w("val"), "") if color_el is not None else ""
        based_el = style.find("w:basedOn", NS)
        based_on = based_el.get(_w("val"), "") if based_el is not None else ""
        default = style.get(_w("default")) in ("1", "true") and style.get(_w("type")) in (
            "paragraph",
            "character",
        )
        found[style_id] = _Style(
            name, _heading_level(style, name), color, _large(rpr), based_on, default
        )
    return found


def _luminance(hex_color: str) -> float:
    channels = [int(hex_color[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str = "FFFFFF") -> float:
    """WCAG 2.1 contrast ratio of two ``RRGGBB`` colours."""
    lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _is_hex(color: str) -> bool:
    return bool(re.fullmatch(r"[0-9A-Fa-f]{6}", color))


def _text(paragraph: ET.Element) -> str:
    return "".join(t.text or "" for t in paragraph.iter(_w("t")))


def _is_empty(paragraph: ET.Element) -> bool:
    if _text(paragraph).strip():
        return False
    for tag in ("drawing", "pict", "object", "br", "sectPr", "fldSimple", "tab"):
        if next(paragraph.iter(_w(tag)), None) is not None:
            return False
    return True


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:57] + "…"


def _check_properties(package: zipfile.ZipFile, styles_root: ET.Element | None) -> list[Finding]:
    findings = []
    core = _read(package, "docProps/core.xml")
    title = core.findtext("dc:title", "", NS).strip() if core is not None else ""
    language = core.findtext("dc:language", "", NS).strip() if core is not None else ""
    if not title:
        findings.append(Finding("a11y.no_title", Severity.BLOCKING))
    if not language:
        findings.append(Finding("a11y.no_language", Severity.BLOCKING))
    lang_in_styles = styles_root is not None and any(
        el.get(_w("val")) for el in styles_root.iter(_w("lang"))
    )
    if not lang_in_styles:
        findings.append(Finding("a11y.no_style_language", Severity.BLOCKING))
    return findings


def _check_body(body: ET.Element, styles: dict[str, _Style]) -> list[Finding]:
    findings: list[Finding] = []
    previous_level = 0
    empty_run = 0
    last_text = ""
    for child in body:
        if child.tag == _w("p"):
            style_el = child.find("w:pPr/w:pStyle", NS)
            style = styles.get(style_el.get(_w("val"), "")) if style_el is not None else None
            level = style.heading if style else 0
            if style is not None and style.name.lower() == "title" and not previous_level:
                previous_level = 1  # the document title stands above the first headings
            if level:
                if level > previous_level + 1:
                    findings.append(
                        Finding(
                            "a11y.heading_skip",
                            Severity.BLOCKING,
                            _short(_text(child)),
                            {"level": level, "previous": previous_level},
                        )
                    )
                previous_level = level
            findings += _typed_lines(child)
            if _is_empty(child) and not level:
                empty_run += 1
                if empty_run == 2:
                    findings.append(
                        Finding(
                            "a11y.empty_paragraphs", Severity.BLOCKING, "", {"after": last_text}
                        )
                    )
            else:
                empty_run = 0
                last_text = _short(_text(child)) or last_text
        elif child.tag == _w("tbl"):
            empty_run = 0
            findings += [f for p in child.iter(_w("p")) for f in _typed_lines(p)]
            rows = child.findall("w:tr", NS)
            if len(rows) >= 2 and _is_data_table(child):
                header = rows[0].find("w:trPr/w:tblHeader", NS)
                on = header is not None and header.get(_w("val"), "true") not in ("0", "false")
                if not on:
                    findings.append(
                        Finding("a11y.table_header", Severity.BLOCKING, _short(_text(rows[0])))
                    )
    return findings


def _typed_lines(paragraph: ET.Element) -> list[Finding]:
    text = _text(paragraph)
    if not _TYPED_LINE.search(text):
        return []
    excerpt = _short(re.sub(r"_{3,}", "___", text))  # short, whatever its length was
    return [Finding("a11y.typed_line", Severity.WARNING, "", {"excerpt": excerpt})]


def _is_data_table(table: ET.Element) -> bool:
    """A table with a style or borders shows a grid of data; a bare one is page layout.

    WCAG lets layout tables go without header markup (they must read in order instead);
    the exporter lays out the cover page's label–value pairs this way. Data tables need a
    header row that repeats and that screen readers announce.
    """
    properties = table.find("w:tblPr", NS)
    if properties is None:
        return False
    return properties.find("w:tblStyle", NS) is not None or (
        properties.find("w:tblBorders", NS) is not None
    )


def _check_images(root: ET.Element, part: str) -> list[Finding]:
    findings = []
    for index, doc_pr in enumerate(root.iter(f"{{{WP}}}docPr"), start=1):
        if not (doc_pr.get("descr") or "").strip():
            name = doc_pr.get("name") or f"#{index}"
            findings.append(Finding("a11y.image_alt", Severity.BLOCKING, f"{part}: {name}"))
    return findings


def _effective_color(style_id: str, styles: dict[str, _Style]) -> str:
    seen: set[str] = set()
    while style_id in styles and style_id not in seen:
        seen.add(style_id)
        style = styles[style_id]
        if style.color:
            return style.color
        style_id = style.based_on
    return ""


def _used_styles(roots: list[ET.Element], styles: dict[str, _Style]) -> set[str]:
    """Styles the text actually uses: unused template styles cannot hurt a reader."""
    used = {style_id for style_id, style in styles.items() if style.default}
    for root in roots:
        for tag in ("pStyle", "rStyle"):
            used |= {el.get(_w("val"), "") for el in root.iter(_w(tag))}
    return used


def _check_contrast(
    styles: dict[str, _Style], document: ET.Element, roots: list[ET.Element]
) -> list[Finding]:
    findings = []
    for style_id in sorted(_used_styles(roots, styles)):
        style = styles.get(style_id)
        color = _effective_color(style_id, styles)
        if style is not None and _is_hex(color):
            ratio = contrast_ratio(color)
            needed = MIN_CONTRAST_LARGE if style.large else MIN_CONTRAST
            if ratio < needed:
                findings.append(
                    Finding(
                        "a11y.contrast",
                        Severity.BLOCKING,
                        style.name,
                        {"color": color, "ratio": f"{ratio:.2f}", "needed": needed},
                    )
                )
    seen: set[str] = set()
    for rpr in (el for root in roots for el in root.iter(_w("rPr"))):
        color_el = rpr.find("w:color", NS)
        color = color_el.get(_w("val"), "") if color_el is not None else ""
        if _is_hex(color) and color.upper() not in seen:
            seen.add(color.upper())
            ratio = contrast_ratio(color)
            needed = MIN_CONTRAST_LARGE if _large(rpr) else MIN_CONTRAST
            if ratio < needed:
                findings.append(
                    Finding(
                        "a11y.contrast",
                        Severity.BLOCKING,
                        f"#{color}",
                        {"color": color, "ratio": f"{ratio:.2f}", "needed": needed},
                    )
                )
    return findings


def _is_story(name: str) -> bool:
    """Parts with text a reader sees: headers, footers, footnotes, endnotes, comments."""
    base = name.rsplit("/", 1)[-1]
    return base.startswith(("header", "footer", "footnotes", "endnotes", "comments"))


def check_docx(path: Path) -> list[Finding]:
    """The accessibility findings of the DOCX at ``path`` (empty list: the file passes)."""
    with zipfile.ZipFile(path) as package:
        document = _read(package, "word/document.xml")
        styles_root = _read(package, "word/styles.xml")
        styles = _styles(styles_root)
        findings = _check_properties(package, styles_root)
        if document is None:
            return [*findings, Finding("a11y.no_document", Severity.BLOCKING)]
        body = document.find("w:body", NS)
        if body is not None:
            findings += _check_body(body, styles)
        roots = [document]
        for name in package.namelist():
            if name.startswith("word/") and name.endswith(".xml"):
                root = document if name == "word/document.xml" else _read(package, name)
                if root is not None:
                    findings += _check_images(root, name)
                    if name != "word/document.xml" and _is_story(name):
                        roots.append(root)
        findings += _check_contrast(styles, document, roots)
    return findings
