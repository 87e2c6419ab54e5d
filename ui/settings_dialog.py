"""The municipality's details: name, registry address, court, e-mail domains, house style, logo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desktop_app.appeal.courts import load_courts
from desktop_app.errors import PaatospajaError
from desktop_app.export.house_style import open_house_style
from desktop_app.messages import default_language, describe
from desktop_app.settings import WorkspaceSettings
from ui.widgets import accept_cancel_buttons, named


def house_style_files() -> str:
    return QCoreApplication.translate("SettingsDialog", "Word-pohja (*.docx *.dotx)")


def logo_files() -> str:
    return QCoreApplication.translate("SettingsDialog", "Kuvat (*.png *.jpg *.jpeg)")


def court_choice(selected: str) -> QComboBox:
    """The administrative courts; a chosen court no longer in the list is kept as it was."""
    choice = QComboBox()
    choice.addItem(
        QCoreApplication.translate(
            "SettingsDialog", "(ei valittu: ohjeissa lukee vain ”Hallinto-oikeus”)"
        ),
        "",
    )
    for court in load_courts().administrative():
        choice.addItem(court.display_name(default_language()), court.id)
    chosen = choice.findData(selected)
    if chosen < 0 and selected:
        choice.addItem(selected, selected)
        chosen = choice.count() - 1
    choice.setCurrentIndex(max(0, chosen))
    choice.setToolTip(
        QCoreApplication.translate(
            "SettingsDialog", "Hallinto-oikeus, jonka nimi ja osoite tulevat valitusosoituksiin"
        )
    )
    return choice


def with_browse(field: QLineEdit, pattern: str) -> QWidget:
    """``field`` with a "Valitse…" button beside it that fills it from a file dialog."""
    host = QWidget()
    row = QHBoxLayout(host)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(field, 1)
    browse = QPushButton(QCoreApplication.translate("SettingsDialog", "Valitse…"))
    if field.accessibleName():
        browse.setAccessibleName(
            QCoreApplication.translate("SettingsDialog", "Valitse tiedosto: %s")
            % field.accessibleName()
        )

    def pick() -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            host,
            QCoreApplication.translate("SettingsDialog", "Valitse tiedosto"),
            field.text(),
            pattern,
        )
        if chosen:
            field.setText(chosen)

    browse.clicked.connect(pick)
    row.addWidget(browse)
    return host


class SettingsDialog(QDialog):
    """Checks a chosen house style at once, so a bad file is refused before any export."""

    def __init__(self, settings: WorkspaceSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kunnan tiedot"))
        self.setMinimumWidth(620)
        form = QFormLayout(self)
        self.municipality = named(QLineEdit(settings.municipality), "settingsMunicipality")
        form.addRow(self.tr("&Kunta"), self.municipality)
        self.municipality_sv = named(QLineEdit(settings.municipality_sv), "settingsMunicipalitySv")
        form.addRow(self.tr("Kunta ruotsiksi"), self.municipality_sv)
        self.address = named(QPlainTextEdit(settings.address), "settingsAddress")
        self.address.setPlaceholderText(
            self.tr(
                "Kirjaamon postiosoite, käyntiosoite, sähköposti ja aukioloaika: "
                "muutoksenhakuohjeisiin"
            )
        )
        self.address.setFixedHeight(70)
        form.addRow(self.tr("Ki&rjaamo"), self.address)
        self.court = named(court_choice(settings.administrative_court), "settingsCourt")
        form.addRow(self.tr("&Hallinto-oikeus"), self.court)
        self.own_domains = named(QLineEdit(settings.own_domains), "settingsDomains")
        self.own_domains.setPlaceholderText(self.tr("esim. esimerkkila.fi, edu.esimerkkila.fi"))
        form.addRow(self.tr("Kunnan sähköpostidomainit"), self.own_domains)
        self.house_style = named(QLineEdit(settings.house_style), "settingsHouseStyle")
        self.house_style.setPlaceholderText(self.tr("oletustalotyyli"))
        form.addRow(
            self.tr("&Talotyyli (.docx/.dotx)"),
            with_browse(self.house_style, house_style_files()),
        )
        self.logo = named(QLineEdit(settings.logo), "settingsLogo")
        self.logo.setPlaceholderText(self.tr("oletusvaakuna"))
        form.addRow(self.tr("&Logo"), with_browse(self.logo, logo_files()))
        buttons = accept_cancel_buttons(self, QDialogButtonBox.StandardButton.Save)
        form.addRow(buttons)
        self.error = ""

    def settings(self) -> WorkspaceSettings:
        return WorkspaceSettings(
            municipality=self.municipality.text().strip(),
            municipality_sv=self.municipality_sv.text().strip(),
            address=" ".join(self.address.toPlainText().split()),
            own_domains=self.own_domains.text().strip(),
            house_style=self.house_style.text().strip(),
            logo=self.logo.text().strip(),
            administrative_court=str(self.court.currentData() or ""),
        )

    def accept(self) -> None:
        style = self.house_style.text().strip()
        if style:
            try:
                open_house_style(Path(style))
            except PaatospajaError as error:
                self.error = describe(error)
                QMessageBox.warning(self, self.tr("Talotyyli"), self.error)
                return
        super().accept()
