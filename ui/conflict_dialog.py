"""The choice when the user's unsaved text collides with another writer's save.

Another window or the command line saved the same parts of the item while the user was
typing. Neither side may silently win: the dialog says plainly what happened, shows both
versions of each colliding part side by side with the differing words marked, and asks the
user to choose. The user's own text can be copied to the clipboard first, so nothing is lost
whichever way they choose. "Päätä myöhemmin" (also Esc, and the default button, so that
Enter never overwrites anyone's text by accident) saves nothing and returns to editing.
"""

from __future__ import annotations

import enum
from html import escape

from PySide6.QtCore import QMimeData, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.model import AgendaItem, Section
from desktop_app.domain.richtext import clean_html
from desktop_app.domain.word_diff import DiffSpan, word_diff
from ui.diff_html import display_units, only_here_html, text_html
from ui.labels import unit_label
from ui.moments import format_moment
from ui.widgets import accept_cancel_buttons, named

#: The screen the dialog must fit: a common municipal laptop (1366×768) less the taskbar.
_MAX_INITIAL = QSize(1100, 680)


class ConflictChoice(enum.Enum):
    MINE = "mine"  # save the user's text over the other writer's
    THEIRS = "theirs"  # take the other writer's text, drop the user's in these parts
    LATER = "later"  # save nothing now and go on editing


class ConflictDialog(QDialog):
    """Shows the colliding parts of ``mine`` and ``theirs``; ``choice()`` tells the answer."""

    def __init__(
        self,
        mine: AgendaItem,
        theirs: AgendaItem,
        conflicts: list[str],
        parent: QWidget | None = None,
        *,
        theirs_author: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Asiaa muutettiin toisaalla"))
        self._mine = mine
        self._conflicts = list(conflicts)
        self._choice = ConflictChoice.LATER
        layout = QVBoxLayout(self)

        self.explanation = named(QLabel(self._explanation(theirs, theirs_author)), "explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.explanation)
        legend = QLabel(
            self.tr(
                "Vasemmalla on oma tekstisi, oikealla toisaalla tallennettu. Alleviivattu ja "
                "+-merkitty teksti on vain siinä versiossa."
            )
        )
        legend.setWordWrap(True)
        layout.addWidget(legend)

        self.units_host = QWidget()
        units_layout = QVBoxLayout(self.units_host)
        mine_texts, their_texts = display_units(mine), display_units(theirs)
        self.browsers: dict[str, tuple[QTextBrowser, QTextBrowser]] = {}
        for code in self._conflicts:
            spans = word_diff(their_texts.get(code, ""), mine_texts.get(code, ""))
            units_layout.addWidget(self._unit_box(code, spans))
        units_layout.addStretch(1)
        scroll = named(QScrollArea(), "conflictUnits")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.units_host)
        layout.addWidget(scroll, 1)

        copy_row = QHBoxLayout()
        self.copy_button = named(
            QPushButton(self.tr("&Kopioi oma tekstini leikepöydälle")), "copyMine"
        )
        self.copy_button.setAccessibleName(self.tr("Kopioi oma tekstini leikepöydälle"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_mine)
        copy_row.addWidget(self.copy_button)
        self.copied = named(QLabel(""), "copiedNote")
        copy_row.addWidget(self.copied, 1)
        layout.addLayout(copy_row)

        self.buttons = accept_cancel_buttons(self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert ok is not None and cancel is not None
        self.keep_mine_button = named(ok, "keepMine")
        self.keep_mine_button.setText(self.tr("&Säilytä omat muutokseni"))
        self.keep_mine_button.setAccessibleName(self.tr("Säilytä omat muutokseni"))
        self.take_theirs_button = named(
            self.buttons.addButton(
                self.tr("&Ota toinen versio"), QDialogButtonBox.ButtonRole.AcceptRole
            ),
            "takeTheirs",
        )
        self.take_theirs_button.setAccessibleName(self.tr("Ota toinen versio"))
        self.later_button = named(cancel, "decideLater")
        self.later_button.setText(self.tr("Päätä &myöhemmin"))
        self.later_button.setAccessibleName(self.tr("Päätä myöhemmin"))
        for button in (self.keep_mine_button, self.take_theirs_button):
            button.setAutoDefault(False)
        self.later_button.setDefault(True)
        self.buttons.clicked.connect(self._on_clicked)
        layout.addWidget(self.buttons)

        self.resize(self._initial_size())

    # --- building -------------------------------------------------------------
    def _explanation(self, theirs: AgendaItem, author: str) -> str:
        if theirs.modified is not None and author:
            who_when = self.tr("%1 tallensi sen %2.").replace("%2", format_moment(theirs.modified))
            who_when = who_when.replace("%1", author)
        elif theirs.modified is not None:
            who_when = self.tr("Toinen muutos tallennettiin %1.").replace(
                "%1", format_moment(theirs.modified)
            )
        elif author:
            who_when = self.tr("Muutoksen tallensi %1.").replace("%1", author)
        else:
            who_when = ""
        parts = ", ".join(unit_label(code) for code in self._conflicts)
        what_happened = " ".join(
            text
            for text in (
                self.tr(
                    "Asiaa muutettiin toisaalla (toisessa ikkunassa tai komentoriviltä) sillä "
                    "aikaa, kun kirjoitit."
                ),
                who_when,
                self.tr("Samat kohdat muuttuivat kummassakin: %1.").replace("%1", parts),
            )
            if text
        )
        what_to_do = self.tr(
            "Mitään ei ole vielä tallennettu. Valitse, kumpi teksti jää voimaan. "
            "Jos haluat yhdistää ne käsin, kopioi ensin oma tekstisi leikepöydälle."
        )
        return f"{what_happened}\n\n{what_to_do}"

    def _unit_box(self, code: str, spans: list[DiffSpan]) -> QGroupBox:
        """Both texts of one part side by side; each marks the words only it has."""
        label = unit_label(code)
        box = QGroupBox(label)
        box.setObjectName(f"conflict_{code}")
        box_layout = QVBoxLayout(box)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        mine_html = only_here_html(spans, "added")  # spans go from theirs to mine
        theirs_html = only_here_html(spans, "removed")
        panes = []
        for title, html, name in (
            (self.tr("Oma tekstisi"), mine_html, "mine"),
            (self.tr("Toisaalla tallennettu"), theirs_html, "theirs"),
        ):
            pane = QWidget()
            pane_layout = QVBoxLayout(pane)
            pane_layout.setContentsMargins(0, 0, 0, 0)
            heading = QLabel(f"<b>{escape(title)}</b>")
            pane_layout.addWidget(heading)
            browser = named(QTextBrowser(), f"{name}_{code}")
            browser.setAccessibleName(f"{title}: {label}")
            browser.setOpenLinks(False)
            browser.setTabChangesFocus(True)
            empty = self.tr("(tyhjä)")
            browser.setHtml(html or f"<p><i>{escape(empty)}</i></p>")
            browser.setMinimumHeight(70)
            browser.setMaximumHeight(_browser_height(html))
            heading.setBuddy(browser)
            pane_layout.addWidget(browser)
            splitter.addWidget(pane)
            panes.append(browser)
        self.browsers[code] = (panes[0], panes[1])
        box_layout.addWidget(splitter)
        return box

    def _initial_size(self) -> QSize:
        wanted = self.sizeHint().expandedTo(QSize(760, 480)).boundedTo(_MAX_INITIAL)
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry().size() * 0.9
            wanted = wanted.boundedTo(available)
        return wanted

    # --- the answer -----------------------------------------------------------
    def choice(self) -> ConflictChoice:
        return self._choice

    def _on_clicked(self, button: QAbstractButton) -> None:
        if button is self.keep_mine_button:
            self._choice = ConflictChoice.MINE
        elif button is self.take_theirs_button:
            self._choice = ConflictChoice.THEIRS
        else:
            self._choice = ConflictChoice.LATER

    def done(self, result: int) -> None:
        # Esc and the window's close button reject: that is "decide later", never a choice.
        if result == QDialog.DialogCode.Rejected:
            self._choice = ConflictChoice.LATER
        super().done(result)

    def copy_mine(self) -> None:
        """Put the user's text of the colliding parts on the clipboard, as text and as HTML."""
        texts = display_units(self._mine)
        plain, rich = [], []
        for code in self._conflicts:
            label = unit_label(code)
            plain.append(f"{label}\n{texts.get(code, '')}")
            if code.startswith("section:"):
                body = clean_html(self._mine.section(Section(code.removeprefix("section:"))))
            else:
                body = f"<p>{text_html(texts.get(code, ''))}</p>"
            rich.append(f"<h3>{escape(label)}</h3>{body}")
        data = QMimeData()
        data.setText("\n\n".join(plain))
        data.setHtml("".join(rich))
        QGuiApplication.clipboard().setMimeData(data)
        self.copied.setText(self.tr("Oma tekstisi on nyt leikepöydällä."))


def _browser_height(html: str) -> int:
    """Room for a short text without a scroll bar; a long one scrolls inside its box."""
    return 120 if len(html) < 400 else 220
