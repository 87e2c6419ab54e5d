"""Saved versions of the open item: when, who, why and what changed; view and restore.

Each row answers the questions a person asks of a history — when was this, who saved it,
why was it kept and which parts changed — in two short lines that wrap in a narrow side
panel. Selecting a row shows, unit by unit, the words that changed since the version
before it; "Näytä koko versio" shows the whole version instead.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.model import AgendaItem, ItemVersion, Section, VersionReason
from desktop_app.domain.richtext import clean_html
from ui.diff_html import difference_html, legend_text
from ui.labels import section_label, unit_label
from ui.moments import format_moment
from ui.widgets import named

#: How many changed parts a row names before it says "and N more"; the tooltip names all.
_LABELS_IN_ROW = 3


def version_preview_html(item: AgendaItem) -> str:
    """A read-only rendering of a stored version, built from clean HTML only."""
    untitled = QCoreApplication.translate("HistoryPanel", "(nimetön asia)")
    parts = [f"<h2>{escape(item.title or untitled)}</h2>"]
    if item.dno:
        parts.append(f"<p>Dno {escape(item.dno)}</p>")
    for section in Section:
        text = item.section(section)
        if text:
            parts.append(f"<h3>{escape(section_label(section))}</h3>{clean_html(text)}")
    return "".join(parts)


class HistoryPanel(QWidget):
    """Emits ``version_selected(number)`` and ``restore_requested(number)``.

    The window reads the versions and answers a selection with ``show_difference`` (or
    ``show_preview``); it also does the restoring.
    """

    version_selected = Signal(int)
    restore_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.info = QLabel(
            self.tr(
                "Versio säilyy, kun tallennat, kun asian tila muuttuu, kun asia lisätään "
                "esityslistalle, kun päätös kirjataan ja kun pidät tauon kirjoittamisessa. "
                "Valitse versio nähdäksesi, mitä siinä muuttui."
            )
        )
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.list = named(QListWidget(), "versionList")
        self.list.setAccessibleName(self.tr("Versiot"))
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.currentItemChanged.connect(self._on_current)
        splitter.addWidget(self.list)
        preview_host = QWidget()
        preview_layout = QVBoxLayout(preview_host)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        self.full_version = named(QCheckBox(self.tr("&Näytä koko versio")), "fullVersion")
        self.full_version.setToolTip(
            self.tr("Näytä koko versio muutosten sijaan (muuten näkyvät vain muuttuneet kohdat)")
        )
        self.full_version.setEnabled(False)
        self.full_version.toggled.connect(self._render)
        preview_layout.addWidget(self.full_version)
        self.legend = named(QLabel(legend_text()), "diffLegend")
        self.legend.setWordWrap(True)
        self.legend.setVisible(False)
        preview_layout.addWidget(self.legend)
        self.preview = named(QTextBrowser(), "versionPreview")
        self.preview.setAccessibleName(self.tr("Valittu versio"))
        self.preview.setOpenLinks(False)
        preview_layout.addWidget(self.preview, 1)
        splitter.addWidget(preview_host)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        self.restore_button = named(QPushButton(self.tr("&Palauta tämä versio")), "restore")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._on_restore)
        layout.addWidget(self.restore_button)
        self._before: AgendaItem | None = None
        self._after: AgendaItem | None = None
        self._comparing = False
        self._html = ""

    # --- the list -------------------------------------------------------------
    def show_versions(self, versions: list[ItemVersion]) -> None:
        current = self.selected_number()
        self.list.blockSignals(True)
        self.list.clear()
        for version in versions:
            entry = QListWidgetItem(self._row_text(version))
            entry.setData(Qt.ItemDataRole.UserRole, version.number)
            entry.setToolTip(self._row_tooltip(version))
            entry.setData(
                Qt.ItemDataRole.AccessibleTextRole, self._row_text(version).replace("\n", ". ")
            )
            self.list.addItem(entry)
            if version.number == current:
                self.list.setCurrentItem(entry)
        self.list.blockSignals(False)
        self.restore_button.setEnabled(self.list.currentItem() is not None)

    def reason_label(self, version: ItemVersion) -> str:
        return {
            VersionReason.CREATED: self.tr("Asia luotiin"),
            VersionReason.SAVED: self.tr("Tallennettu"),
            VersionReason.PAUSE: self.tr("Tauko kirjoittamisessa"),
            VersionReason.STATE: self.tr("Tila muuttui"),
            VersionReason.AGENDA: self.tr("Lisätty esityslistalle"),
            VersionReason.DECIDED: self.tr("Päätös kirjattu"),
            VersionReason.RESTORED: self.tr("Palautettu aiempi versio"),
            VersionReason.MERGED: self.tr("Yhdistetty toisaalla tehtyihin muutoksiin"),
        }.get(version.reason, str(version.reason))

    def _who(self, version: ItemVersion) -> str:
        return version.author or self.tr("tuntematon käyttäjä")

    def _row_text(self, version: ItemVersion) -> str:
        """Two lines: number, when and who; then why and what changed."""
        first = f"{version.number}. {format_moment(version.saved_at)} · {self._who(version)}"
        second = self.reason_label(version)
        labels = [unit_label(code) for code in version.changes]
        if labels:
            shown = ", ".join(labels[:_LABELS_IN_ROW])
            rest = len(labels) - _LABELS_IN_ROW
            if rest > 0:
                shown += " " + self.tr("ja %n muuta", "", rest)
            second += ": " + shown
        return f"{first}\n{second}"

    def _row_tooltip(self, version: ItemVersion) -> str:
        lines = [
            self.tr("Versio %1").replace("%1", str(version.number)),
            format_moment(version.saved_at),
            self.tr("Tallentaja: %1").replace("%1", self._who(version)),
            self.tr("Syy: %1").replace("%1", self.reason_label(version)),
            self.tr("Otsikko: %1").replace("%1", version.title or self.tr("(nimetön asia)")),
        ]
        if version.changes:
            changed = ", ".join(unit_label(code) for code in version.changes)
            lines.append(self.tr("Muuttui: %1").replace("%1", changed))
        return "\n".join(lines)

    def selected_number(self) -> int | None:
        entry = self.list.currentItem()
        return int(entry.data(Qt.ItemDataRole.UserRole)) if entry else None

    # --- the preview ----------------------------------------------------------
    def show_preview(self, item: AgendaItem | None) -> None:
        """Show the whole of ``item`` (no comparison); None empties the preview."""
        self._before, self._after, self._comparing = None, item, False
        self.full_version.setEnabled(False)
        self._render()

    def show_difference(self, before: AgendaItem | None, after: AgendaItem) -> None:
        """Show what changed from ``before`` (the previous version) to ``after``.

        ``before`` is None for the first version: there is nothing to compare with, so the
        whole version is shown.
        """
        self._before, self._after, self._comparing = before, after, True
        self.full_version.setEnabled(before is not None)
        self._render()

    def preview_html(self) -> str:
        """The HTML last given to the preview (Qt rewrites it; this is what was meant)."""
        return self._html

    def _render(self) -> None:
        after = self._after
        showing_difference = (
            after is not None
            and self._comparing
            and self._before is not None
            and not self.full_version.isChecked()
        )
        if after is None:
            html = ""
        elif showing_difference and self._before is not None:
            html = difference_html(self._before, after)
        elif self._comparing and self._before is None:
            first = self.tr("Asian ensimmäinen versio: aiempaa versiota ei ole vertailtavaksi.")
            html = f"<p><i>{escape(first)}</i></p>{version_preview_html(after)}"
        else:
            html = version_preview_html(after)
        self.legend.setVisible(showing_difference)
        self._html = html
        self.preview.setHtml(html)

    # --- choosing -------------------------------------------------------------
    def _on_current(self, current: QListWidgetItem | None, _old: QListWidgetItem | None) -> None:
        self.restore_button.setEnabled(current is not None)
        if current is not None:
            self.version_selected.emit(int(current.data(Qt.ItemDataRole.UserRole)))

    def _on_restore(self) -> None:
        number = self.selected_number()
        if number is not None:
            self.restore_requested.emit(number)
