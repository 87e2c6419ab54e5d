"""Choosing a template, a body and a language for a new item."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.model import Organization
from desktop_app.messages import default_language
from desktop_app.templating.catalog import Template
from ui.widgets import accept_cancel_buttons, named


class NewItemDialog(QDialog):
    def __init__(
        self,
        templates: list[Template],
        organizations: list[Organization],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Uusi asia pohjasta"))
        self.setMinimumWidth(520)
        self._organizations = organizations
        self._language = default_language()  # the window's: template names are in its language
        layout = QVBoxLayout(self)
        template_label = QLabel(self.tr("&Pohja"))
        layout.addWidget(template_label)
        self.templates = named(QListWidget(), "templateList")
        template_label.setBuddy(self.templates)  # Alt+P moves to the list; no literal "&"
        for template in templates:
            entry = QListWidgetItem(template.display_name(self._language))
            entry.setData(Qt.ItemDataRole.UserRole, template)
            entry.setToolTip(template.display_description(self._language))
            self.templates.addItem(entry)
        layout.addWidget(self.templates)
        self.description = QLabel()
        self.description.setWordWrap(True)
        layout.addWidget(self.description)
        form = QFormLayout()
        self.body = named(QComboBox(), "bodyChoice")
        form.addRow(self.tr("&Toimielin"), self.body)
        self.language = named(QComboBox(), "languageChoice")
        self.language.addItem(self.tr("suomi"), "fi")
        self.language.addItem(self.tr("ruotsi"), "sv")
        form.addRow(self.tr("&Kieli"), self.language)
        layout.addLayout(form)
        buttons = accept_cancel_buttons(self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Luo asia"))
        layout.addWidget(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.templates.currentItemChanged.connect(self._on_template)
        if templates:
            self.templates.setCurrentRow(0)

    def select_template(self, template_id: str) -> None:
        for row in range(self.templates.count()):
            if self.templates.item(row).data(Qt.ItemDataRole.UserRole).id == template_id:
                self.templates.setCurrentRow(row)

    def chosen(self) -> tuple[Template, Organization, str] | None:
        entry = self.templates.currentItem()
        organization = self.body.currentData()
        if entry is None or organization is None:
            return None
        return entry.data(Qt.ItemDataRole.UserRole), organization, self.language.currentData()

    def _on_template(self, entry: QListWidgetItem | None, _old: QListWidgetItem | None) -> None:
        self.body.clear()
        if entry is None:
            self.ok_button.setEnabled(False)
            return
        template: Template = entry.data(Qt.ItemDataRole.UserRole)
        self.description.setText(template.display_description(self._language))
        matching = [o for o in self._organizations if o.kind == template.body_kind]
        for organization in matching or self._organizations:
            self.body.addItem(organization.name, organization)
        self.ok_button.setEnabled(self.body.count() > 0)
