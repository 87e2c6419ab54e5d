"""The welcome on a workspace's first start: the municipality, the user, earlier decisions.

Everything in it can be skipped: "Ohita" (or Esc) closes it for good, and every answer can
be given later under Tiedosto → Kunnan tiedot. The dialog is window-modal but opened
without a nested event loop, so the window behind it is painted and ready.
"""

from __future__ import annotations

import sqlite3
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import PaatospajaError
from desktop_app.first_start import (
    WelcomeAnswers,
    complete_welcome,
    current_answers,
    mark_welcomed,
    welcome_needed,
)
from desktop_app.messages import describe
from ui.settings_dialog import court_choice, house_style_files, logo_files, with_browse
from ui.widgets import named

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class WelcomeDialog(QDialog):
    """Stores its answers through the core on "Valmis"; "Ohita" only remembers the visit."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        answers: WelcomeAnswers,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = connection
        self.setWindowTitle(self.tr("Tervetuloa Päätöspajaan"))
        self.setObjectName("welcomeDialog")
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = named(
            QLabel(
                self.tr(
                    "Kerro aluksi kunnan ja omat tietosi. Ne tulevat asiakirjoihin ja uusien "
                    "luonnosten ja kokousten oletuksiksi. Voit ohittaa tämän ja muuttaa "
                    "tietoja myöhemmin kohdassa Tiedosto → Kunnan tiedot."
                )
            ),
            "welcomeIntro",
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        municipality_box = QGroupBox(self.tr("Kunta"))
        form = QFormLayout(municipality_box)
        self.municipality = self._line(
            answers.municipality, "welcomeMunicipality", self.tr("Kunnan nimi suomeksi")
        )
        self.municipality.setPlaceholderText(self.tr("esim. Kuusiniemen kunta"))
        form.addRow(self.tr("&Kunta"), self.municipality)
        self.municipality_sv = self._line(
            answers.municipality_sv, "welcomeMunicipalitySv", self.tr("Kunnan nimi ruotsiksi")
        )
        form.addRow(self.tr("Kunta &ruotsiksi"), self.municipality_sv)
        self.logo = self._line(answers.logo, "welcomeLogo", self.tr("Logo"))
        self.logo.setPlaceholderText(self.tr("oletusvaakuna"))
        logo_row = with_browse(self.logo, logo_files())
        form.addRow(self.tr("&Logo"), logo_row)
        self.house_style = self._line(
            answers.house_style, "welcomeHouseStyle", self.tr("Talotyyli (.docx)")
        )
        self.house_style.setPlaceholderText(self.tr("oletustalotyyli"))
        style_row = with_browse(self.house_style, house_style_files())
        form.addRow(self.tr("&Talotyyli (.docx)"), style_row)
        self.court = named(court_choice(answers.administrative_court), "welcomeCourt")
        self.court.setAccessibleName(self.tr("Hallinto-oikeus"))
        form.addRow(self.tr("&Hallinto-oikeus"), self.court)
        layout.addWidget(municipality_box)

        user_box = QGroupBox(self.tr("Sinä"))
        user_form = QFormLayout(user_box)
        self.user_name = self._line(answers.name, "welcomeUserName", self.tr("Oma nimi"))
        self.user_name.setPlaceholderText(self.tr("esim. Maija Meikäläinen"))
        user_form.addRow(self.tr("&Nimi"), self.user_name)
        self.user_title = self._line(answers.title, "welcomeUserTitle", self.tr("Oma nimike"))
        self.user_title.setPlaceholderText(self.tr("esim. hallintosihteeri"))
        user_form.addRow(self.tr("N&imike"), self.user_title)
        user_note = QLabel(
            self.tr(
                "Uusien luonnosten valmistelijaksi ja uusien kokousten pöytäkirjanpitäjäksi. "
                "Tallentuu vain tälle käyttäjälle, ei yhteiseen työtilaan."
            )
        )
        user_note.setWordWrap(True)
        user_form.addRow(user_note)
        layout.addWidget(user_box)

        import_box = QGroupBox(self.tr("Tuo aiemmat päätökset…"))
        import_layout = QVBoxLayout(import_box)
        import_note = QLabel(
            self.tr(
                "Työtilassa on kokeilua varten esimerkkipäätöksiä. Kun tuot kunnan omat "
                "päätökset, esimerkit poistuvat. Tuonti alkaa, kun suljet tämän ikkunan."
            )
        )
        import_note.setWordWrap(True)
        import_layout.addWidget(import_note)
        row = QHBoxLayout()
        self.import_path = self._line("", "welcomeImportPath", self.tr("Tuotavat päätökset"))
        self.import_path.setReadOnly(True)
        self.import_path.setPlaceholderText(self.tr("ei tuoda nyt"))
        row.addWidget(self.import_path, 1)
        self.import_folder = named(QPushButton(self.tr("Valitse k&ansio…")), "welcomeImportFolder")
        self.import_folder.clicked.connect(self._choose_folder)
        row.addWidget(self.import_folder)
        self.import_file = named(
            QPushButton(self.tr("Valitse &JSON Lines -tiedosto…")), "welcomeImportFile"
        )
        self.import_file.clicked.connect(self._choose_file)
        row.addWidget(self.import_file)
        import_layout.addLayout(row)
        layout.addWidget(import_box)

        self.buttons = QDialogButtonBox()
        self.done_button = named(
            self.buttons.addButton(self.tr("Valmis"), QDialogButtonBox.ButtonRole.AcceptRole),
            "welcomeDone",
        )
        self.skip_button = named(
            self.buttons.addButton(self.tr("Ohita"), QDialogButtonBox.ButtonRole.RejectRole),
            "welcomeSkip",
        )
        self.done_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.error = ""
        self.browse_buttons = [
            button
            for row in (logo_row, style_row)
            if (button := row.findChild(QPushButton)) is not None
        ]
        self._set_tab_order()
        self.municipality.setFocus(Qt.FocusReason.OtherFocusReason)

    def _line(self, text: str, name: str, accessible: str) -> QLineEdit:
        field = named(QLineEdit(text), name)
        field.setAccessibleName(accessible)
        return field

    def _set_tab_order(self) -> None:
        """Top to bottom, as read: each file field before its own "Valitse…" button."""
        chain: list[QWidget] = [
            self.municipality,
            self.municipality_sv,
            self.logo,
            *self.browse_buttons[:1],
            self.house_style,
            *self.browse_buttons[1:],
            self.court,
            self.user_name,
            self.user_title,
            self.import_path,
            self.import_folder,
            self.import_file,
            self.done_button,
            self.skip_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- the import choice ---------------------------------------------------------------
    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Tuo päätökset kansiosta"))
        if folder:
            self.import_path.setText(folder)

    def _choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Tuo päätökset tiedostosta"), "", self.tr("JSON Lines (*.jsonl *.ndjson)")
        )
        if chosen:
            self.import_path.setText(chosen)

    def import_choice(self) -> Path | None:
        """The folder or file to import once the dialog has closed with "Valmis"."""
        text = self.import_path.text().strip()
        return Path(text) if text else None

    # --- closing -----------------------------------------------------------------------
    def answers(self) -> WelcomeAnswers:
        return WelcomeAnswers(
            municipality=self.municipality.text(),
            municipality_sv=self.municipality_sv.text(),
            logo=self.logo.text(),
            house_style=self.house_style.text(),
            administrative_court=str(self.court.currentData() or ""),
            name=self.user_name.text(),
            title=self.user_title.text(),
        )

    def accept(self) -> None:
        try:
            complete_welcome(self._db, self.answers())
        except PaatospajaError as error:  # e.g. a house style Word cannot open
            self.error = describe(error)
            QMessageBox.warning(self, self.tr("Tervetuloa Päätöspajaan"), self.error)
            return
        super().accept()

    def reject(self) -> None:
        """Skipped: not asked again; nothing else is stored."""
        mark_welcomed(self._db)
        super().reject()


def open_welcome(window: MainWindow) -> WelcomeDialog:
    """Show the welcome over ``window``; on "Valmis" the window follows the answers."""
    workspace = window.workspace
    dialog = WelcomeDialog(workspace.db, current_answers(workspace.db), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def closed(result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            return
        title = QCoreApplication.translate("MainWindow", "Päätöspaja – %s")
        window.setWindowTitle(title % (workspace.municipality or workspace.root))
        chosen = dialog.import_choice()
        if chosen is not None:
            window.start_import([chosen])

    dialog.finished.connect(closed)
    dialog.open()
    return dialog


def welcome_on_start(window: MainWindow) -> WelcomeDialog | None:
    """The welcome, if this workspace has never had it; only the application start asks."""
    workspace = window.workspace
    if workspace.read_only or not welcome_needed(workspace.db):
        return None
    return open_welcome(window)
