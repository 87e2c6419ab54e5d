"""The municipality's house style: the Word file every export starts from.

A house style is a .docx or .dotx with the municipality's fonts, margins, logo, header and
footer. Its body is emptied; its styles, page set-up, header and footer stay. In the header
and footer, ``{{ municipality }}``, ``{{ body }}``, ``{{ document }}``, ``{{ date }}``,
``{{ logo }}`` and ``{{ page }}`` are filled in; a footer without a page number gets one,
because a printed packet must be in order even when the municipality's file forgot it.
"""

from __future__ import annotations

import io
import re
import zipfile
from copy import deepcopy
from functools import cache
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.image.exceptions import UnrecognizedImageError
from docx.image.image import Image
from docx.oxml.ns import qn
from docx.shared import Cm
from docx.text.paragraph import Paragraph

from desktop_app.export.errors import HouseStyleInvalid, LogoInvalid
from desktop_app.export.fields import add_page_x_of_y
from desktop_app.messages import text
from desktop_app.resources import resource_path

DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
TEMPLATE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_MACRO_TYPES = ("macroEnabled",)
NEEDED_STYLES = (
    "Normal",
    "Title",
    "Subtitle",
    "Heading 1",
    "Heading 2",
    "Heading 3",
    "List Bullet",
    "List Number",
    "Table Grid",
    "Allekirjoitus",  # signature lines: a top border, not a row of underscores
)
_PLACEHOLDER = re.compile(r"\{\{\s*([a-z_]+)\s*\}\}")
LOGO_HEIGHT = Cm(1.5)


def default_house_style() -> Path:
    return resource_path("house_style", "default.docx")


def default_logo() -> Path:
    return resource_path("house_style", "logo.png")


def _main_part_type(content_types: bytes) -> str:
    match = re.search(rb'PartName="/word/document\.xml"\s+ContentType="([^"]+)"', content_types)
    if match is None:
        match = re.search(rb'ContentType="([^"]+)"\s+PartName="/word/document\.xml"', content_types)
    return match.group(1).decode() if match else ""


def read_house_style(path: Path) -> bytes:
    """The style file as .docx bytes; a .dotx gets the document content type it needs."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise HouseStyleInvalid(
            str(error), path=str(path), reason=text("export.reason.unreadable")
        ) from error
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise HouseStyleInvalid("not a zip", path=str(path), reason=text("export.reason.not_docx"))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            content_types = archive.read("[Content_Types].xml")
            main_type = _main_part_type(content_types)
            if not main_type:
                raise HouseStyleInvalid(
                    "no main part", path=str(path), reason=text("export.reason.no_main_part")
                )
            if any(marker in main_type for marker in _MACRO_TYPES):
                raise HouseStyleInvalid(
                    "macros", path=str(path), reason=text("export.reason.macros")
                )
            if main_type == TEMPLATE_TYPE:
                return _retype(archive, content_types)
    except (zipfile.BadZipFile, KeyError, OSError) as error:
        raise HouseStyleInvalid(
            str(error), path=str(path), reason=text("export.reason.corrupt")
        ) from error
    return data


def _retype(archive: zipfile.ZipFile, content_types: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in archive.infolist():
            payload = archive.read(info.filename)
            if info.filename == "[Content_Types].xml":
                payload = content_types.replace(TEMPLATE_TYPE.encode(), DOCUMENT_TYPE.encode())
            target.writestr(info, payload)
    return out.getvalue()


@cache
def _default_bytes() -> bytes:
    return default_house_style().read_bytes()


def open_house_style(path: Path | None = None) -> Document:
    """A new document with the house style's styles, page set-up, header and footer."""
    data = _default_bytes() if path is None else read_house_style(path)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises many kinds on a broken package
        raise HouseStyleInvalid(
            str(error), path=str(path), reason=text("export.reason.not_openable")
        ) from error
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    if path is not None:
        ensure_styles(document)
    return document


def ensure_styles(document: Document) -> None:
    """Copy the styles the exporter uses from the default when the house style lacks them."""
    source = docx.Document(io.BytesIO(_default_bytes()))
    for name in NEEDED_STYLES:
        try:
            document.styles[name]
        except KeyError:
            element = deepcopy(source.styles[name].element)
            num_pr = element.find(qn("w:pPr") + "/" + qn("w:numPr"))
            if num_pr is not None:
                num_pr.getparent().remove(num_pr)
                new_id = _copy_numbering(source, document, source.styles[name].element)
                if new_id is not None:
                    element.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = new_id
            document.styles.element.append(element)
    _title_as_top_heading(document)


def _title_as_top_heading(document: Document) -> None:
    """Give "Title" outline level 1 when the house style left it without a level.

    LibreOffice tags a paragraph by its outline level: without one the cover title is a
    plain paragraph in the PDF and its headings start at H2, which PDF/UA refuses. A level
    the municipality chose on purpose stays.
    """
    try:
        style = document.styles["Title"]
    except KeyError:
        return
    properties = style.element.get_or_add_pPr()
    if properties.outlineLvl is None:
        properties.get_or_add_outlineLvl().val = 0


def _copy_numbering(source: Document, target: Document, style_element: object) -> int | None:
    num_pr = style_element.find(qn("w:pPr") + "/" + qn("w:numPr"))  # type: ignore[attr-defined]
    num_id = num_pr.find(qn("w:numId"))
    if num_id is None:
        return None
    source_numbering = source.part.numbering_part.element
    num = source_numbering.num_having_numId(int(num_id.get(qn("w:val"))))
    abstract_id = num.abstractNumId.val
    abstract = next(
        a
        for a in source_numbering.findall(qn("w:abstractNum"))
        if int(a.get(qn("w:abstractNumId"))) == abstract_id
    )
    numbering = target.part.numbering_part.element
    existing = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    copy = deepcopy(abstract)
    new_abstract_id = max(existing, default=0) + 1
    copy.set(qn("w:abstractNumId"), str(new_abstract_id))
    for link in copy.findall(qn("w:numStyleLink")) + copy.findall(qn("w:styleLink")):
        copy.remove(link)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(copy)
    else:
        numbering.append(copy)
    return int(numbering.add_num(new_abstract_id).numId)


def check_logo(path: Path) -> None:
    try:
        Image.from_file(str(path))
    except (UnrecognizedImageError, OSError, ValueError, IndexError, KeyError) as error:
        raise LogoInvalid(str(error), path=str(path)) from error


def _story_paragraphs(story: object) -> list[Paragraph]:
    paragraphs: list[Paragraph] = list(story.paragraphs)  # type: ignore[attr-defined]
    for table in story.tables:  # type: ignore[attr-defined]
        for row in table.rows:
            for cell in row.cells:
                paragraphs.extend(cell.paragraphs)
    return paragraphs


def fill_header_footer(
    document: Document, values: dict[str, str], logo: Path | None, page_pattern: str
) -> None:
    """Fill the placeholders of every header and footer and make sure pages are numbered."""
    logo_path = logo or default_logo()
    for section in document.sections:
        stories = []
        for story in (
            section.header,
            section.first_page_header,
            section.even_page_header,
            section.footer,
            section.first_page_footer,
            section.even_page_footer,
        ):
            if not story.is_linked_to_previous:
                stories.append(story)
        for story in stories:
            for paragraph in _story_paragraphs(story):
                if "{{" in paragraph.text:
                    _fill(paragraph, values, logo_path, page_pattern)
        footer = section.footer
        if not footer.is_linked_to_previous and b"PAGE" not in _xml(footer):
            paragraph = footer.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_page_x_of_y(paragraph, page_pattern)


def _xml(story: object) -> bytes:
    from lxml import etree

    return bytes(etree.tostring(story._element))  # type: ignore[attr-defined]


def _fill(paragraph: Paragraph, values: dict[str, str], logo: Path, page_pattern: str) -> None:
    """Rebuild a paragraph whose text holds placeholders, keeping its first run's look."""
    text = paragraph.text
    runs = paragraph._p.findall(qn("w:r"))
    template = None
    for run in runs:
        if run.find(qn("w:t")) is not None:
            template = run.find(qn("w:rPr"))
            break
    for child in list(paragraph._p):
        if child.tag in (qn("w:r"), qn("w:hyperlink"), qn("w:fldSimple")):
            paragraph._p.remove(child)
    position = 0

    def add_text(piece: str) -> None:
        if not piece:
            return
        for index, line in enumerate(piece.split("\t")):
            if index:
                run = paragraph.add_run()
                run.add_tab()
                _style(run._r, template)
            if line:
                _style(paragraph.add_run(line)._r, template)

    for match in _PLACEHOLDER.finditer(text):
        add_text(text[position : match.start()])
        name = match.group(1)
        if name == "logo":
            shape = paragraph.add_run().add_picture(str(logo), height=LOGO_HEIGHT)
            alt = " – ".join(p for p in (values.get("municipality", ""), "logo") if p)
            shape._inline.docPr.set("descr", alt)  # WCAG 1.1.1: an image needs its text
        elif name == "page":
            add_page_x_of_y(paragraph, page_pattern)
        else:
            add_text(values.get(name, ""))
        position = match.end()
    add_text(text[position:])


def _style(run: object, template: object) -> None:
    if template is not None:
        run.insert(0, deepcopy(template))  # type: ignore[attr-defined]
