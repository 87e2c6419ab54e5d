"""A section's HTML in the specification's pseudo-HTML: paragraphs, two heading levels, tables.

The Open Decision API allows only ``p``, ``h1``, ``h2`` and tables in ``hypertext``. The
editor's HTML has lists, a third heading level, line breaks and bold or italic runs; they are
reduced here without changing a character of the text: a list item becomes a paragraph led
by the marker the plain text of the field has ("–" or "1."), a line break starts a new
paragraph. So the plain text of the result has the same lines as the field the redaction and
the leak check read (``richtext.html_to_text``).
"""

from __future__ import annotations

import html

from desktop_app.domain.richtext import ListBlock, Paragraph, Table, parse_html


def _lines(paragraph: Paragraph) -> list[str]:
    return paragraph.text().split("\n")


def _escaped(text: str) -> str:
    return html.escape(text, quote=False)


def _cell(paragraph: Paragraph) -> str:
    """A table cell holds one line: a break inside it becomes a space, as no tag may stand."""
    return _escaped(" ".join(line for line in _lines(paragraph)))


def restricted_html(markup: str) -> str:
    """``markup`` with only the tags the specification allows; the text itself unchanged."""
    parts: list[str] = []
    for block in parse_html(markup):
        if isinstance(block, Paragraph):
            tag = "p" if not block.heading else ("h1" if block.heading == 1 else "h2")
            parts += [f"<{tag}>{_escaped(line)}</{tag}>" for line in _lines(block) if line.strip()]
        elif isinstance(block, ListBlock):
            for number, item in enumerate(block.items, start=1):
                bullet = f"{number}." if block.ordered else "–"
                parts.append(f"<p>{_escaped(f'{bullet} {item.text()}')}</p>")
        elif isinstance(block, Table):
            rows = []
            for index, row in enumerate(block.rows):
                cell = "th" if index < block.header_rows else "td"
                rows.append("".join(f"<{cell}>{_cell(c)}</{cell}>" for c in row))
            parts.append("<table>" + "".join(f"<tr>{row}</tr>" for row in rows) + "</table>")
    return "".join(parts)
