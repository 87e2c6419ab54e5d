"""The municipality's details: name, registry address, court, e-mail domains, house style, logo."""

from __future__ import annotations

from pathlib import Path

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
from desktop_app.messages import describe
from desktop_app.settings import WorkspaceSettings
from ui.widgets import accept_cancel_buttons, named


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
        self.court = named(QComboBox(), "settingsCourt")
        self.court.addItem(self.tr("(ei valittu: ohjeissa lukee vain ”Hallinto-oikeus”)"), "")
        for court in load_courts().administrative():
            self.court.addItem(court.display_name("fi"), court.id)
        chosen = self.court.findData(settings.administrative_court)
        if chosen < 0 and settings.administrative_court:  # a court no longer in the list
            self.court.addItem(settings.administrative_court, settings.administrative_court)
            chosen = self.court.count() - 1
        self.court.setCurrentIndex(max(0, chosen))
        self.court.setToolTip(
            self.tr("Hallinto-oikeus, jonka nimi ja osoite tulevat valitusosoituksiin")
        )
        form.addRow(self.tr("&Hallinto-oikeus"), self.court)
        self.own_domains = named(QLineEdit(settings.own_domains), "settingsDomains")
        self.own_domains.setPlaceholderText(self.tr("esim. esimerkkila.fi, edu.esimerkkila.fi"))
        form.addRow(self.tr("Kunnan sähköpostidomainit"), self.own_domains)
        self.house_style = named(QLineEdit(settings.house_style), "settingsHouseStyle")
        self.house_style.setPlaceholderText(self.tr("oletustalotyyli"))
        form.addRow(
            self.tr("&Talotyyli (.docx/.dotx)"),
            self._with_browse(self.house_style, self.tr("Word-pohja (*.docx *.dotx)")),
        )
        self.logo = named(QLineEdit(settings.logo), "settingsLogo")
        self.logo.setPlaceholderText(self.tr("oletusvaakuna"))
        form.addRow(
            self.tr("&Logo"), self._with_browse(self.logo, self.tr("Kuvat (*.png *.jpg *.jpeg)"))
        )
        buttons = accept_cancel_buttons(self, QDialogButtonBox.StandardButton.Save)
        form.addRow(buttons)
        self.error = ""

    def _with_browse(self, field: QLineEdit, pattern: str) -> QWidget:
        host = QWidget()
        row = QHBoxLayout(host)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field, 1)
        browse = QPushButton(self.tr("Valitse…"))
        browse.clicked.connect(lambda: self._browse(field, pattern))
        row.addWidget(browse)
        return host

    def _browse(self, field: QLineEdit, pattern: str) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Valitse tiedosto"), field.text(), pattern
        )
        if chosen:
            field.setText(chosen)

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
