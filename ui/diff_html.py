"""Word differences of an item's units rendered as HTML for a QTextBrowser.

Added text is underlined and green, removed text struck through and red, and each change
starts with a "+" or "−" mark: the difference must not be told by colour alone (colour
blindness, a monochrome print of the screen, a screen reader reading the text). The
``<ins>``/``<del>`` elements keep the meaning in the markup as well; Qt renders them by
their inline style.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.changes import changed_fields
from desktop_app.domain.model import AgendaItem, AppealType, ItemState
from desktop_app.domain.word_diff import DiffSpan, item_text_units, word_diff
from ui.labels import appeal_label, state_label, unit_label

ADDED_COLOUR = "#1a7f37"
REMOVED_COLOUR = "#b42318"
_INS = f'<ins style="color:{ADDED_COLOUR}; text-decoration: underline;">'
_DEL = f'<del style="color:{REMOVED_COLOUR}; text-decoration: line-through;">'
_ADDED_MARK = f'<b style="color:{ADDED_COLOUR};">+</b>'
_REMOVED_MARK = f'<b style="color:{REMOVED_COLOUR};">−</b>'


def legend_text() -> str:
    """The words that explain the marks; shown beside every difference view."""
    return QCoreApplication.translate(
        "diff",
        "+ lisätty teksti on alleviivattu (vihreä), − poistettu teksti yliviivattu (punainen).",
    )


def display_units(item: AgendaItem) -> dict[str, str]:
    """The item's units as plain text, with the labels the editor shows for coded values."""
    units = item_text_units(item)
    units["state"] = state_label(ItemState(item.state))
    units["appeal_type"] = appeal_label(AppealType(item.appeal_type))
    units["public"] = (
        QCoreApplication.translate("diff", "Julkinen asia")
        if item.public
        else QCoreApplication.translate("diff", "Ei julkinen")
    )
    units["language"] = {
        "fi": QCoreApplication.translate("diff", "suomi"),
        "sv": QCoreApplication.translate("diff", "ruotsi"),
    }.get(item.language, item.language)
    hidden = QCoreApplication.translate("diff", "(ei julkinen)")
    units["attachments"] = "\n".join(
        attachment.name if attachment.public else f"{attachment.name} {hidden}"
        for attachment in item.attachments
    )
    return units


def text_html(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _marked(text: str, mark: str, opening: str, closing: str) -> str:
    """A change with its mark; the spaces around it stay outside the underline/strike."""
    core = text.strip()
    if not core:  # only whitespace changed: mark the whitespace itself
        return f"{mark}{opening}{text_html(text)}{closing}"
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    return f"{text_html(lead)}{mark}{opening}{text_html(core)}{closing}{text_html(trail)}"


def added_html(text: str) -> str:
    return _marked(text, _ADDED_MARK, _INS, "</ins>")


def removed_html(text: str) -> str:
    return _marked(text, _REMOVED_MARK, _DEL, "</del>")


def spans_html(spans: list[DiffSpan]) -> str:
    """The spans in one paragraph: unchanged text plain, changes marked."""
    parts = []
    for span in spans:
        if span.kind == "same":
            parts.append(text_html(span.text))
        elif span.kind == "added":
            parts.append(added_html(span.text))
        else:
            parts.append(removed_html(span.text))
    return "".join(parts)


def only_here_html(spans: list[DiffSpan], kind: str) -> str:
    """One side of a comparison: the common text plain, text only on this side underlined.

    ``kind`` is "added" for the side ``word_diff`` calls after, "removed" for the other.
    """
    parts = []
    for span in spans:
        if span.kind == "same":
            parts.append(text_html(span.text))
        elif span.kind == kind:
            parts.append(added_html(span.text))
    return "".join(parts)


def difference_html(before: AgendaItem, after: AgendaItem) -> str:
    """Each unit that changed from ``before`` to ``after``, under its label, words marked."""
    old, new = display_units(before), display_units(after)
    parts = []
    for code in changed_fields(before, after):
        spans = word_diff(old.get(code, ""), new.get(code, ""))
        parts.append(f"<h3>{escape(unit_label(code))}</h3>")
        if all(span.kind == "same" for span in spans):
            note = QCoreApplication.translate(
                "diff", "Sanat ovat samat; muuttunut on esimerkiksi muotoilu."
            )
            parts.append(f"<p><i>{escape(note)}</i></p>")
        if spans:
            parts.append(f"<p>{spans_html(spans)}</p>")
    if not parts:
        nothing = QCoreApplication.translate("diff", "Ei muutoksia edelliseen versioon.")
        parts.append(f"<p><i>{escape(nothing)}</i></p>")
    return "".join(parts)
