"""Adding or changing one source: what kind, where, and how to log in there.

The secret field never shows a stored secret: it is empty with a placeholder saying where
the secret is kept, and typing in it replaces the secret. The form hands back the
configuration and the change to the secret (keep, replace, remove); the sources dialog
stores both, the secret in the keyring and nowhere else.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from types import MappingProxyType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop_app.errors import PaatospajaError
from desktop_app.messages import describe
from desktop_app.sources.config import SourceConfig, validate
from desktop_app.sources.manage import SourceView
from ui.widgets import accept_cancel_buttons, banner, named

QUIET_STYLE = "color:#444"


def kind_labels() -> dict[str, str]:
    return {
        "folder": QCoreApplication.translate("SourceForm", "Kansio / verkkolevy"),
        "jsonl_url": QCoreApplication.translate("SourceForm", "JSON Lines -osoite"),
        "open_decision": QCoreApplication.translate("SourceForm", "Avoin päätösrajapinta (6Aika)"),
        "oparl": QCoreApplication.translate("SourceForm", "OParl"),
    }


def auth_labels() -> dict[str, str]:
    return {
        "none": QCoreApplication.translate("SourceForm", "Ei tunnistautumista"),
        "basic": QCoreApplication.translate("SourceForm", "Käyttäjätunnus ja salasana"),
        "api_key": QCoreApplication.translate("SourceForm", "API-avain"),
        "bearer": QCoreApplication.translate("SourceForm", "Bearer-tunniste"),
    }


def location_hints() -> dict[str, str]:
    return {
        "folder": QCoreApplication.translate(
            "SourceForm", "esim. \\\\palvelin\\paatokset tai C:\\Päätökset"
        ),
        "jsonl_url": "https://www.esimerkki.fi/paatokset.jsonl",
        "open_decision": "https://paatokset.esimerkki.fi/paatos/v1/",
        "oparl": "https://ris.esimerkki.de/oparl/v1.1/system",
    }


def key_from_name(name: str) -> str:
    """The source's key from what the user typed: "Espoon päätökset" -> "espoon-paatokset".

    The key prefixes the archive ids of the source's decisions, so it stays plain ASCII.
    """
    folded = unicodedata.normalize("NFKD", name.strip().lower())
    plain = folded.encode("ascii", "ignore").decode("ascii")
    dashed = re.sub(r"[\s.]+", "-", plain)
    return re.sub(r"[^a-z0-9_-]", "", dashed).strip("-_")[:40]


class SourceForm(QDialog):
    """``config()`` and ``secret_change()`` once accepted; a refused value keeps it open.

    With ``save`` the form stores on Save itself, so a refusal (a name already taken, a
    secret too long for the keyring) keeps it open with everything typed still there.
    """

    def __init__(
        self,
        existing: SourceView | None = None,
        *,
        session_notice: str = "",
        save: Callable[[SourceConfig, str | None], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.existing = existing
        self._save = save
        #: what ``save`` answered (where the secret was kept), once accepted
        self.answer: object = None
        self.session_notice = session_notice
        self._forget = False
        self.setWindowTitle(self.tr("Muokkaa lähdettä") if existing else self.tr("Uusi lähde"))
        self.setMinimumWidth(560)
        form = QFormLayout(self)

        self.name = named(QLineEdit(), "sourceName")
        self.name.setAccessibleName(self.tr("Lähteen nimi"))
        self.name.setPlaceholderText(self.tr("esim. kunnanhallitus"))
        self.name.setMaxLength(60)
        form.addRow(self.tr("&Nimi"), self.name)
        self.key_hint = named(QLabel(), "sourceKeyHint")
        self.key_hint.setStyleSheet(QUIET_STYLE)
        form.addRow("", self.key_hint)

        self.kind = named(QComboBox(), "sourceKind")
        self.kind.setAccessibleName(self.tr("Lähteen laji"))
        for kind, label in kind_labels().items():
            self.kind.addItem(label, kind)
        form.addRow(self.tr("&Laji"), self.kind)

        self.location = named(QLineEdit(), "sourceLocation")
        self.location.setAccessibleName(self.tr("Lähteen sijainti"))
        self.browse = named(QPushButton(self.tr("Valitse kans&io…")), "sourceBrowse")
        self.browse.setAccessibleName(self.tr("Valitse lähteen kansio"))
        self.browse.clicked.connect(self._pick_folder)
        place = QWidget()
        row = QHBoxLayout(place)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.location, 1)
        row.addWidget(self.browse)
        self.browse.setMinimumWidth(self.browse.sizeHint().width())
        location_label = QLabel(self.tr("&Sijainti"))
        location_label.setBuddy(self.location)
        form.addRow(location_label, place)

        self.auth = named(QComboBox(), "sourceAuth")
        self.auth.setAccessibleName(self.tr("Tunnistautuminen"))
        for kind, label in auth_labels().items():
            self.auth.addItem(label, kind)
        form.addRow(self.tr("T&unnistautuminen"), self.auth)

        self.user = named(QLineEdit(), "sourceUser")
        self.user.setAccessibleName(self.tr("Käyttäjätunnus"))
        form.addRow(self.tr("&Käyttäjätunnus"), self.user)

        self.secret = named(QLineEdit(), "sourceSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Salasana"))
        self.forget = named(QPushButton(self.tr("&Poista salasana")), "sourceForgetSecret")
        self.forget.clicked.connect(self._forget_secret)
        secret_place = QWidget()
        secret_row = QHBoxLayout(secret_place)
        secret_row.setContentsMargins(0, 0, 0, 0)
        secret_row.addWidget(self.secret, 1)
        secret_row.addWidget(self.forget)
        self.forget.setMinimumWidth(self.forget.sizeHint().width())
        self.secret_label = QLabel(self.tr("Salas&ana"))
        self.secret_label.setBuddy(self.secret)
        form.addRow(self.secret_label, secret_place)
        self.secret_state = named(QLabel(), "sourceSecretState")
        self.secret_state.setStyleSheet(QUIET_STYLE)
        self.secret_state.setWordWrap(True)
        form.addRow("", self.secret_state)

        self.notice = banner("sourceSessionNotice", "warning")
        self.notice.setText(session_notice)
        self.notice.setVisible(bool(session_notice))
        form.addRow(self.notice)
        self.error = named(QLabel(), "sourceFormError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#8a1020")
        self.error.hide()
        form.addRow(self.error)
        self.buttons = accept_cancel_buttons(self, QDialogButtonBox.StandardButton.Save)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Tallenna"))
        form.addRow(self.buttons)

        if existing is not None:
            config = existing.config
            self.name.setText(config.key)
            self.name.setReadOnly(True)  # the key is in the archive ids of its decisions
            self.kind.setCurrentIndex(max(0, self.kind.findData(config.kind)))
            self.location.setText(config.location)
            self.auth.setCurrentIndex(max(0, self.auth.findData(config.auth_kind)))
            self.user.setText(config.user_name)
        self.name.textChanged.connect(self._show_key)
        self.kind.currentIndexChanged.connect(self._update)
        self.auth.currentIndexChanged.connect(self._update)
        self.secret.textChanged.connect(self._update)
        self._show_key()
        self._update()

    # -- what the form gives ------------------------------------------------------------

    @property
    def key(self) -> str:
        if self.existing is not None:
            return self.existing.config.key
        return key_from_name(self.name.text())

    def config(self) -> SourceConfig:
        kind = str(self.kind.currentData())
        auth = str(self.auth.currentData()) if kind != "folder" else "none"
        options: Mapping[str, str] = (
            self.existing.config.options if self.existing else MappingProxyType({})
        )
        return SourceConfig(
            key=self.key,
            kind=kind,
            location=self.location.text().strip(),
            options=options,
            auth_kind=auth,
            user_name=self.user.text().strip() if auth == "basic" else "",
            enabled=self.existing.config.enabled if self.existing else True,
        )

    def secret_change(self) -> str | None:
        """A new secret, "" to remove the stored one, or None to keep it as it is."""
        if self.config().auth_kind == "none":
            return "" if self._stored else None
        typed = self.secret.text()
        if typed:
            return typed
        return "" if self._forget else None

    # -- behaviour ----------------------------------------------------------------------

    @property
    def _stored(self) -> bool:
        return self.existing is not None and self.existing.secret_stored

    def _show_key(self) -> None:
        key = self.key
        shown = self.existing is None and bool(self.name.text().strip())
        self.key_hint.setText(self.tr("Tunnus: %s") % key if shown else "")
        self.key_hint.setVisible(shown)

    def _update(self) -> None:
        kind = str(self.kind.currentData())
        folder = kind == "folder"
        self.browse.setEnabled(folder)
        self.location.setPlaceholderText(location_hints()[kind])
        if folder:
            self.auth.setCurrentIndex(0)
        self.auth.setEnabled(not folder)
        auth = str(self.auth.currentData())
        self.user.setEnabled(auth == "basic")
        secret_needed = auth != "none"
        self.secret.setEnabled(secret_needed)
        words = {
            "basic": (self.tr("Salas&ana"), self.tr("Salasana"), self.tr("&Poista salasana")),
            "api_key": (self.tr("API-&avain"), self.tr("API-avain"), self.tr("&Poista API-avain")),
            "bearer": (
                self.tr("Tunnist&e"),
                self.tr("Bearer-tunniste"),
                self.tr("&Poista tunniste"),
            ),
        }
        label, accessible, forget = words.get(auth, words["basic"])
        self.secret_label.setText(label)
        self.secret.setAccessibleName(accessible)
        self.forget.setText(forget)
        self.forget.setEnabled(secret_needed and self._stored and not self._forget)
        if not secret_needed:
            self.secret.setPlaceholderText("")
            self.secret_state.setText("")
        elif self._forget:
            self.secret.setPlaceholderText("")
            self.secret_state.setText(self.tr("Poistetaan, kun tallennat."))
        elif self._stored:
            where = (
                self.tr("tallennettu tämän istunnon ajaksi")
                if self.session_notice
                else self.tr("tallennettu salasanasäilöön")
            )
            self.secret.setPlaceholderText(where)
            self.secret_state.setText(
                self.tr("Kirjoita uusi vain, jos haluat vaihtaa sen.")
                if not self.secret.text()
                else self.tr("Uusi korvaa tallennetun, kun tallennat.")
            )
        else:
            self.secret.setPlaceholderText(self.tr("ei tallennettu"))
            self.secret_state.setText(
                self.tr("Tallennetaan käyttöjärjestelmän salasanasäilöön, ei työtilaan.")
                if not self.session_notice
                else self.tr("Säilytetään vain tämän istunnon ajan.")
            )
        self.secret_state.setVisible(bool(self.secret_state.text()))

    def _forget_secret(self) -> None:
        self._forget = True
        self.secret.clear()
        self._update()

    def _pick_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Valitse lähteen kansio"), self.location.text()
        )
        if chosen:
            self.location.setText(chosen)

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        config = self.config()
        if not self.name.text().strip() or not config.key:
            self._refuse(self.tr("Anna lähteelle nimi."))
            self.name.setFocus()
            return
        if config.auth_kind == "basic" and not config.user_name:
            self._refuse(self.tr("Anna käyttäjätunnus."))
            self.user.setFocus()
            return
        try:
            validate(config)
            if self._save is not None:
                self.answer = self._save(config, self.secret_change())
        except PaatospajaError as error:
            self._refuse(describe(error))
            return
        super().accept()
