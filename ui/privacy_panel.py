"""Marking personal data and secrets in a draft, and confirming what the detector found.

What is marked or confirmed here is left out of the publishing version. Dismissing a finding
("Ei henkilötieto") covers the selected occurrence only, unless the secretary chooses every
occurrence of the text: the same digits can be a plan number in one sentence and a phone
number in the next.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.model import AgendaItem, Section
from desktop_app.privacy.detect import Detection, Kind
from desktop_app.privacy.marks import (
    PLAIN_FIELDS,
    Dismissals,
    Mark,
    MarkKind,
    MarkRepository,
    detector_settings,
    field_text,
    item_texts,
)
from ui.item_editor import ItemEditor
from ui.widgets import named

_PERSONAL_COLOUR = QColor("#ffe08a")
_SECRET_COLOUR = QColor("#f4b4b4")


def kind_label(kind: Kind | MarkKind) -> str:
    labels = {
        Kind.HETU: QCoreApplication.translate("PrivacyPanel", "henkilötunnus"),
        Kind.IBAN: QCoreApplication.translate("PrivacyPanel", "tilinumero"),
        Kind.PHONE: QCoreApplication.translate("PrivacyPanel", "puhelinnumero"),
        Kind.EMAIL: QCoreApplication.translate("PrivacyPanel", "sähköposti"),
        Kind.ADDRESS: QCoreApplication.translate("PrivacyPanel", "osoite"),
        Kind.NAME: QCoreApplication.translate("PrivacyPanel", "nimi"),
        MarkKind.PERSONAL: QCoreApplication.translate("PrivacyPanel", "henkilötieto"),
        MarkKind.SECRET: QCoreApplication.translate("PrivacyPanel", "salassa pidettävä"),
    }
    return labels.get(kind, str(kind))


def field_label(name: str) -> str:
    return {
        "title": QCoreApplication.translate("PrivacyPanel", "otsikko"),
        "dno": QCoreApplication.translate("PrivacyPanel", "diaarinumero"),
        "task_class": QCoreApplication.translate("PrivacyPanel", "tehtäväluokka"),
        "attachments": QCoreApplication.translate("PrivacyPanel", "liitteiden nimet"),
        "parties": QCoreApplication.translate("PrivacyPanel", "asianosaiset"),
        "earlier_handling": QCoreApplication.translate("PrivacyPanel", "aikaisempi käsittely"),
        "for_information": QCoreApplication.translate("PrivacyPanel", "tiedoksi"),
        Section.DESCRIPTION.value: QCoreApplication.translate("PrivacyPanel", "selostus"),
        Section.REASONS.value: QCoreApplication.translate("PrivacyPanel", "perustelut"),
        Section.PROPOSAL.value: QCoreApplication.translate("PrivacyPanel", "päätösehdotus"),
        Section.DECISION.value: QCoreApplication.translate("PrivacyPanel", "päätös"),
        Section.HANDLING.value: QCoreApplication.translate("PrivacyPanel", "käsittely"),
    }.get(name, name)


def locate_selection(full_text: str, editor_text: str, start: int, selected: str) -> int:
    """Offset of the selection in the field's stored plain text.

    The editor's own plain text differs slightly (list bullets, table tabs); counting which
    occurrence of the selected words the secretary picked finds the same words there.
    """
    ordinal = editor_text[:start].count(selected)
    index = -1
    for _ in range(ordinal + 1):
        index = full_text.find(selected, index + 1)
        if index < 0:
            return full_text.find(selected)
    return index


class DismissDialog(QDialog):
    """Why a finding is not personal data, and whether every occurrence of it is meant."""

    def __init__(self, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ei henkilötieto"))
        layout = QVBoxLayout(self)
        label = QLabel(description)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(QLabel(self.tr("Miksi tämä ei ole henkilötieto? (valinnainen)")))
        self.reason = named(QLineEdit(), "dismissReason")
        layout.addWidget(self.reason)
        self.everywhere = named(
            QCheckBox(self.tr("Kaikki tämän tekstin esiintymät tässä asiassa")),
            "dismissEverywhere",
        )
        self.everywhere.setToolTip(
            self.tr(
                "Oletuksena vain valittu kohta hylätään; sama teksti muualla tarkistetaan "
                "erikseen."
            )
        )
        layout.addWidget(self.everywhere)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class PrivacyPanel(QWidget):
    """The Tietosuoja tab: marks of the open item and the detector's open findings."""

    marks_changed = Signal()

    def __init__(
        self, connection: sqlite3.Connection, editor: ItemEditor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = connection
        self._repository = MarkRepository(connection)
        self._editor = editor
        self._findings: list[tuple[str, Detection]] = []
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Valitse tekstiä luonnoksesta ja merkitse se. Merkityt ja vahvistetut kohdat "
                "poistetaan verkkoon julkaistavasta versiosta."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        buttons = QHBoxLayout()
        self.mark_personal = named(QPushButton(self.tr("Henkilötieto")), "markPersonal")
        self.mark_personal.setToolTip(
            self.tr("Merkitse valittu teksti henkilötiedoksi (Ctrl+Shift+P)")
        )
        self.mark_personal.clicked.connect(lambda: self.mark_selection(MarkKind.PERSONAL))
        self.mark_secret = named(QPushButton(self.tr("Salassa pidettävä…")), "markSecret")
        self.mark_secret.clicked.connect(lambda: self.mark_selection(MarkKind.SECRET))
        buttons.addWidget(self.mark_personal)
        buttons.addWidget(self.mark_secret)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Merkinnät")))
        self.marks = named(QListWidget(), "markList")
        layout.addWidget(self.marks, 1)
        self.remove_button = named(QPushButton(self.tr("Poista merkintä")), "removeMark")
        self.remove_button.clicked.connect(self.remove_selected_mark)
        layout.addWidget(self.remove_button)
        self.findings_label = QLabel(self.tr("Tunnistetut, vahvistamatta"))
        layout.addWidget(self.findings_label)
        self.findings = named(QListWidget(), "findingList")
        layout.addWidget(self.findings, 1)
        row = QHBoxLayout()
        self.confirm_button = named(
            QPushButton(self.tr("Vahvista henkilötiedoksi")), "confirmFinding"
        )
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.dismiss_button = named(QPushButton(self.tr("Ei henkilötieto")), "dismissFinding")
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        row.addWidget(self.confirm_button)
        row.addWidget(self.dismiss_button)
        layout.addLayout(row)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(600)
        self._timer.timeout.connect(self.refresh)
        self.refresh()

    # --- refreshing -------------------------------------------------------------------
    def schedule_refresh(self) -> None:
        self._timer.start()

    def _item(self) -> AgendaItem | None:
        item = self._editor.read_item() if self._editor.current_item() else None
        return item if item is not None and item.id is not None else None

    def refresh(self) -> None:
        item = self._item()
        self.marks.clear()
        self.findings.clear()
        self._findings = []
        enabled = item is not None
        for widget in (
            self.mark_personal,
            self.mark_secret,
            self.remove_button,
            self.confirm_button,
            self.dismiss_button,
        ):
            widget.setEnabled(enabled)
        if item is None or item.id is None:
            self._highlight([])
            return
        marks = self._repository.marks(item.id)
        for mark in marks:
            ground = f" – {mark.secrecy_ground}" if mark.secrecy_ground else ""
            entry = QListWidgetItem(
                f"{kind_label(mark.kind)} ({field_label(mark.section)}): {mark.text}{ground}"
            )
            entry.setData(Qt.ItemDataRole.UserRole, mark.id)
            self.marks.addItem(entry)
        dismissals = Dismissals.of(self._repository.dismissed(item.id))
        settings = detector_settings(self._db)
        known = self._repository.known_names([item.id])
        from desktop_app.privacy.detect import detect

        marked_texts = {(m.section, m.text) for m in marks}
        for name, text in item_texts(item).items():
            hits = detect(text, settings, known)
            dismissed = dismissals.dismissed_in(name, hits)
            for index, detection in enumerate(hits):
                if not detection.needs_confirmation or index in dismissed:
                    continue
                if (name, detection.text) in marked_texts:
                    continue
                self._findings.append((name, detection))
                certainty = (
                    "" if detection.certainty.value == "varma" else self.tr(" (todennäköinen)")
                )
                entry = QListWidgetItem(
                    f"{kind_label(detection.kind)}{certainty} "
                    f"({field_label(name)}): {detection.text}"
                )
                entry.setData(Qt.ItemDataRole.UserRole, len(self._findings) - 1)
                self.findings.addItem(entry)
        self.findings_label.setText(self.tr("Tunnistetut, vahvistamatta: %d") % len(self._findings))
        self._highlight(marks)

    def _highlight(self, marks: list[Mark]) -> None:
        """Show marks as coloured backgrounds; the document itself is not changed."""
        for section, editor in self._editor.section_editors().items():
            selections = []
            text = editor.toPlainText()
            for mark in marks:
                if mark.section != section.value or not mark.text:
                    continue
                index = text.find(mark.text)
                while index >= 0:
                    selection = QTextEdit.ExtraSelection()
                    cursor = QTextCursor(editor.document())
                    cursor.setPosition(index)
                    cursor.setPosition(index + len(mark.text), QTextCursor.MoveMode.KeepAnchor)
                    selection.cursor = cursor
                    char = QTextCharFormat()
                    char.setBackground(
                        _SECRET_COLOUR if mark.kind == MarkKind.SECRET else _PERSONAL_COLOUR
                    )
                    char.setToolTip(kind_label(mark.kind))
                    selection.format = char
                    selections.append(selection)
                    index = text.find(mark.text, index + 1)
            editor.setExtraSelections(selections)

    # --- actions ------------------------------------------------------------------------
    def mark_selection(self, kind: MarkKind, secrecy_ground: str | None = None) -> Mark | None:
        """Mark what is selected in the section or field that last had focus."""
        item = self._item()
        if item is None or item.id is None:
            return None
        found = self._selection(item)
        if found is None:
            self.window().statusBar().showMessage(  # type: ignore[attr-defined]
                self.tr("Valitse ensin merkittävä teksti luonnoksesta."), 6000
            )
            return None
        field, start, selected = found
        if kind == MarkKind.SECRET and secrecy_ground is None:
            secrecy_ground, ok = QInputDialog.getText(
                self,
                self.tr("Salassapitoperuste"),
                self.tr("Salassapitoperuste, esim. JulkL 24 § 1 mom 25 k:"),
                text=item.secrecy_ground,
            )
            if not ok:
                return None
        mark = self._repository.add(
            item.id, Mark(field, start, start + len(selected), selected, kind, secrecy_ground or "")
        )
        self.refresh()
        self.marks_changed.emit()
        return mark

    def _selection(self, item: AgendaItem) -> tuple[str, int, str] | None:
        for section, editor in self._editor.section_editors().items():
            cursor = editor.textCursor()
            if cursor.hasSelection():
                selected = cursor.selectedText().replace("\u2029", "\n").strip()
                if not selected:
                    continue
                full = field_text(item, section.value)
                start = locate_selection(
                    full, editor.toPlainText(), cursor.selectionStart(), selected
                )
                if start >= 0:
                    return section.value, start, selected
        for name in PLAIN_FIELDS:
            widget = self._editor.field_widget(name)
            if isinstance(widget, QLineEdit) and widget.hasSelectedText():
                return name, widget.selectionStart(), widget.selectedText()
        return None

    def remove_selected_mark(self) -> None:
        entry = self.marks.currentItem()
        if entry is not None:
            self._repository.remove(int(entry.data(Qt.ItemDataRole.UserRole)))
            self.refresh()
            self.marks_changed.emit()

    def _selected_finding(self) -> tuple[str, Detection] | None:
        entry = self.findings.currentItem()
        if entry is None:
            return None
        return self._findings[int(entry.data(Qt.ItemDataRole.UserRole))]

    def confirm_selected(self) -> None:
        item = self._item()
        chosen = self._selected_finding()
        if item is None or item.id is None or chosen is None:
            return
        self._repository.confirm(item.id, chosen[0], chosen[1])
        self.refresh()
        self.marks_changed.emit()

    def dismiss_selected(self) -> None:
        """Dismiss the selected occurrence, or every occurrence when the secretary says so."""
        item = self._item()
        chosen = self._selected_finding()
        if item is None or item.id is None or chosen is None:
            return
        field, detection = chosen
        description = f"{kind_label(detection.kind)} ({field_label(field)}): {detection.text}"
        dialog = named(DismissDialog(description, self), "dismissDialog")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        reason = dialog.reason.text().strip()
        if dialog.everywhere.isChecked():
            self._repository.dismiss(item.id, detection.fingerprint, reason)
        else:
            self._repository.dismiss(
                item.id, detection.fingerprint, reason, field=field, start=detection.start
            )
        self.refresh()
