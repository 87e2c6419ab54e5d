"""The live list of what the draft still lacks (Hallintolaki 44 § and 45 §)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop_app.domain.completeness import Gap
from desktop_app.messages import message
from ui.widgets import named


class CompletenessPanel(QWidget):
    """Clicking a gap asks the window to focus the field that fills it."""

    field_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.summary = named(QLabel(), "completenessSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.list = named(QListWidget(), "gapList")
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._on_activated)
        self.list.itemClicked.connect(self._on_activated)
        layout.addWidget(self.list, 1)
        self.show_gaps(None)

    def show_gaps(self, gaps: list[Gap] | None) -> None:
        self.list.clear()
        if gaps is None:
            self.summary.setText(self.tr("Ei avointa asiaa."))
            return
        blocking = [gap for gap in gaps if gap.blocking]
        if not gaps:
            self.summary.setText(self.tr("✔ Hallintolain 44 §:n ja 45 §:n osat ovat mukana."))
        else:
            if len(blocking) == 1:
                self.summary.setText(self.tr("Päätöksestä puuttuu vielä yksi pakollinen kohta."))
            elif blocking:
                self.summary.setText(
                    self.tr("Päätöksestä puuttuu vielä %d pakollista kohtaa.") % len(blocking)
                )
            else:
                self.summary.setText(self.tr("Huomautuksia, ei esteitä."))
        for gap in gaps:
            prefix = "✖" if gap.blocking else "!"
            law = f" ({gap.law})" if gap.law else ""
            entry = QListWidgetItem(f"{prefix} {message(gap.code)}{law}")
            entry.setData(Qt.ItemDataRole.UserRole, gap.field)
            self.list.addItem(entry)

    def gap_texts(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def _on_activated(self, entry: QListWidgetItem) -> None:
        self.field_requested.emit(str(entry.data(Qt.ItemDataRole.UserRole)))
