"""Plain text out of the small HTML fragments decision APIs send.

Open Decision ``content.hypertext`` and OParl ``resolutionText`` carry paragraphs, headings
and tables as markup; the archive indexes words, so blocks become lines and everything else
becomes plain text. A fragment is never a file, so it needs no size guard of its own: the
fetcher has already bounded the response it came in.
"""

from __future__ import annotations

from html.parser import HTMLParser

_BLOCKS = frozenset(
    {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "ul", "ol"}
)
_SKIPPED = frozenset({"script", "style", "head", "template"})


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def looks_like_markup(text: str) -> bool:
    return "<" in text and ">" in text


def plain_text(fragment: str) -> str:
    """Lines of text, one per block, with runs of blank lines folded into one."""
    if not looks_like_markup(fragment):
        return fragment.strip()
    parser = _Text()
    parser.feed(fragment)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).splitlines()]
    folded: list[str] = []
    for line in lines:
        if line or (folded and folded[-1]):
            folded.append(line)
    return "\n".join(folded).strip()
