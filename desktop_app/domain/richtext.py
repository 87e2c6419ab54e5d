"""The rich text of an item's sections, reduced to what publishes well.

The editor produces HTML (Qt's flavour, full of inline styles). We keep only what a decision
document needs and what every output can render faithfully: paragraphs, headings 1–3, bold,
italic and underline, bulleted and numbered lists, and tables with an optional header row.
Everything else — scripts, images by URL, colours, fonts — is dropped here, once, so that
storage, search, DOCX export and the publishing checks all see the same clean structure.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_SPACE_RUN = re.compile(r"[ \t\r\n\u00a0]+")


def strip_control_characters(text: str) -> str:
    """Remove characters that XML 1.0 (and so DOCX) cannot hold; keep tabs and newlines."""
    return _CONTROL_CHARS.sub("", text)


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False


@dataclass
class Paragraph:
    runs: list[Run] = field(default_factory=list)
    heading: int = 0  # 0 = body text, 1–3 = heading level

    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass
class ListBlock:
    ordered: bool
    items: list[Paragraph] = field(default_factory=list)


@dataclass
class Table:
    rows: list[list[Paragraph]] = field(default_factory=list)
    header_rows: int = 0


Block = Paragraph | ListBlock | Table


_BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "br"}
_SKIP_TAGS = {"head", "style", "script", "title", "meta", "object", "iframe", "svg"}


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self._style_stack: list[tuple[str, tuple[bool, bool, bool]]] = []
        self._bold = self._italic = self._underline = False
        self._skip_depth = 0
        self._current: Paragraph | None = None
        self._heading = 0
        self._lists: list[ListBlock] = []
        self._table: Table | None = None
        self._row: list[Paragraph] | None = None
        self._row_is_header = False
        self._in_thead = False
        self._cell: Paragraph | None = None

    # --- state helpers -------------------------------------------------
    def _push_style(self, tag: str, attrs: dict[str, str]) -> None:
        self._style_stack.append((tag, (self._bold, self._italic, self._underline)))
        style = attrs.get("style", "").replace(" ", "").lower()
        if tag in ("b", "strong") or re.search(r"font-weight:(bold|[6-9]00)", style):
            self._bold = True
        if tag in ("i", "em") or "font-style:italic" in style:
            self._italic = True
        if tag == "u" or "text-decoration:underline" in style:
            self._underline = True

    def _pop_style(self, tag: str) -> None:
        for index in range(len(self._style_stack) - 1, -1, -1):
            if self._style_stack[index][0] == tag:
                _, (self._bold, self._italic, self._underline) = self._style_stack[index]
                del self._style_stack[index:]
                return

    def _finish_paragraph(self) -> None:
        paragraph = self._current
        self._current = None
        if paragraph is None or self._cell is not None:
            return
        if self._lists:
            if paragraph.runs:
                self._lists[-1].items.append(paragraph)
            return
        if paragraph.runs:
            self.blocks.append(paragraph)

    def _target(self) -> Paragraph:
        if self._cell is not None:
            return self._cell
        if self._current is None:
            self._current = Paragraph(heading=self._heading)
        return self._current

    # --- HTMLParser interface -------------------------------------------
    def handle_starttag(self, tag: str, attrs_list: list[tuple[str, str | None]]) -> None:
        attrs = {key: value or "" for key, value in attrs_list}
        if tag in _SKIP_TAGS:
            self._skip_depth += 1
            return
        if self._skip_depth:
            return
        if tag in ("b", "strong", "i", "em", "u", "span", "font", "a"):
            self._push_style(tag, attrs)
        elif tag in ("ul", "ol"):
            self._finish_paragraph()
            if not self._lists:
                self._lists.append(ListBlock(ordered=tag == "ol"))
            else:
                self._lists.append(self._lists[-1])  # nested lists are flattened
        elif tag == "table":
            self._finish_paragraph()
            self._table = Table()
        elif tag == "thead":
            self._in_thead = True
        elif tag == "tr" and self._table is not None:
            self._row = []
            self._row_is_header = self._in_thead
        elif tag in ("td", "th") and self._row is not None:
            self._cell = Paragraph()
            if tag == "th":
                self._row_is_header = True
            self._push_style(tag, {"style": "font-weight:700"} if tag == "th" else attrs)
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._finish_paragraph()
            self._heading = min(int(tag[1]), 3)
        elif tag == "br":
            self._target().runs.append(Run("\n", self._bold, self._italic, self._underline))
        elif tag in ("p", "div", "li"):
            if self._cell is not None:
                if self._cell.runs:
                    self._cell.runs.append(Run("\n"))
                return
            self._finish_paragraph()
            self._push_style(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip_depth = max(0, self._skip_depth - 1)
            return
        if self._skip_depth:
            return
        if tag in ("b", "strong", "i", "em", "u", "span", "font", "a", "p", "div", "li"):
            if tag in ("p", "div", "li") and self._cell is None:
                self._finish_paragraph()
            self._pop_style(tag)
        elif tag in ("ul", "ol") and self._lists:
            self._finish_paragraph()
            finished = self._lists.pop()
            if not self._lists and finished.items:
                self.blocks.append(finished)
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._finish_paragraph()
            self._heading = 0
        elif tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._pop_style(tag)
            self._row.append(_trim(self._cell))
            self._cell = None
        elif tag == "tr" and self._row is not None and self._table is not None:
            if self._row:
                self._table.rows.append(self._row)
                if self._row_is_header and len(self._table.rows) == self._table.header_rows + 1:
                    self._table.header_rows += 1
            self._row = None
        elif tag == "thead":
            self._in_thead = False
        elif tag == "table" and self._table is not None:
            if self._table.rows:
                self.blocks.append(self._table)
            self._table = None

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        text = strip_control_characters(_SPACE_RUN.sub(" ", data))
        if not text:
            return
        target = self._target()
        if not target.runs and not text.strip():
            return
        last = target.runs[-1] if target.runs else None
        # A heading is bold by its style; the editor's explicit bold there is only noise.
        style = (self._bold and not self._heading, self._italic, self._underline)
        if last and (last.bold, last.italic, last.underline) == style and last.text != "\n":
            last.text += text
        else:
            target.runs.append(Run(text, *style))

    def close(self) -> None:
        super().close()
        self._finish_paragraph()
        while self._lists:
            finished = self._lists.pop()
            if not self._lists and finished.items:
                self.blocks.append(finished)
        self.blocks = [_trim(b) if isinstance(b, Paragraph) else b for b in self.blocks]
        self.blocks = [b for b in self.blocks if not (isinstance(b, Paragraph) and not b.runs)]


def _trim(paragraph: Paragraph) -> Paragraph:
    runs = [run for run in paragraph.runs if run.text]
    while runs and not runs[0].text.strip():
        runs.pop(0)
    while runs and not runs[-1].text.strip():
        runs.pop()
    if runs:
        runs[0].text = runs[0].text.lstrip(" ")
        runs[-1].text = runs[-1].text.rstrip(" ")
    paragraph.runs = runs
    return paragraph


def parse_html(markup: str) -> list[Block]:
    """Read editor HTML (or any HTML) into clean blocks; never raises on bad markup."""
    parser = _Parser()
    parser.feed(markup or "")
    parser.close()
    return parser.blocks


def from_plain_text(text: str) -> list[Block]:
    """Blocks from plain text: blank lines separate paragraphs."""
    text = strip_control_characters(text.replace("\r\n", "\n"))
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", text):
        chunk = chunk.strip()
        if chunk:
            blocks.append(Paragraph([Run(chunk)]))
    return blocks


def _runs_html(runs: list[Run]) -> str:
    out = []
    for run in runs:
        if run.text == "\n":
            out.append("<br>")
            continue
        piece = html.escape(run.text, quote=False).replace("\n", "<br>")
        if run.underline:
            piece = f"<u>{piece}</u>"
        if run.italic:
            piece = f"<i>{piece}</i>"
        if run.bold:
            piece = f"<b>{piece}</b>"
        out.append(piece)
    return "".join(out)


def to_html(blocks: list[Block]) -> str:
    """Clean, stable HTML: what we store and what the editor is given back."""
    parts: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            tag = f"h{block.heading}" if block.heading else "p"
            parts.append(f"<{tag}>{_runs_html(block.runs)}</{tag}>")
        elif isinstance(block, ListBlock):
            tag = "ol" if block.ordered else "ul"
            items = "".join(f"<li>{_runs_html(item.runs)}</li>" for item in block.items)
            parts.append(f"<{tag}>{items}</{tag}>")
        else:
            rows = []
            for index, row in enumerate(block.rows):
                cell_tag = "th" if index < block.header_rows else "td"
                cells = "".join(f"<{cell_tag}>{_runs_html(c.runs)}</{cell_tag}>" for c in row)
                rows.append(f"<tr>{cells}</tr>")
            parts.append(f"<table>{''.join(rows)}</table>")
    return "".join(parts)


def to_plain_text(blocks: list[Block]) -> str:
    """Plain text for search, completeness checks and previews."""
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            lines.append(block.text())
        elif isinstance(block, ListBlock):
            for number, item in enumerate(block.items, start=1):
                bullet = f"{number}." if block.ordered else "–"
                lines.append(f"{bullet} {item.text()}")
        else:
            for row in block.rows:
                lines.append("\t".join(cell.text() for cell in row))
    return "\n".join(lines)


def clean_html(markup: str) -> str:
    return to_html(parse_html(markup))


def html_to_text(markup: str) -> str:
    return to_plain_text(parse_html(markup))
