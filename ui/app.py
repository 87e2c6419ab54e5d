"""Starting the application: translations, the workspace, and the main window."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.errors import PaatospajaError
from desktop_app.messages import default_language, describe
from desktop_app.resources import resource_path
from desktop_app.storage.workspace_lock import LockOwner
from desktop_app.workspace import Role, Workspace
from ui.moments import format_moment
from ui.widgets import ask_before


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Qt's own dialogs in the user's language, then our UI (source text is Finnish)."""
    translators = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{language}", qt_dir)]
    if language != "fi":
        candidates.append((f"paatospaja_{language}", str(resource_path("translations"))))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
    QLocale.setDefault(QLocale({"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}[language]))
    return translators


def open_workspace(folder: str | None) -> Workspace | None:
    """Open the workspace, or explain in the user's language why it cannot be opened.

    A workspace held by another computer opens read-only unless the user confirms that the
    other computer no longer uses it (its lock cannot be seen to end across the network).
    """
    try:
        workspace = Workspace.open(folder, role=Role.WINDOW)
        holder = workspace.holder
        if holder is None or holder.is_this_host() or not confirm_take_over(holder):
            return workspace
        workspace.close()
        return Workspace.open(folder, role=Role.WINDOW, take_over=True)
    except PaatospajaError as error:
        text = describe(error)
    # The dialog runs outside the except block: a nested event loop must not keep the
    # exception and its frames alive.
    show_critical(text)
    return None


def confirm_take_over(holder: LockOwner) -> bool:
    text = (
        QCoreApplication.translate(
            "App",
            "Työtilan on avannut %1 koneella %2 (%3). Jos tuo kone ei enää käytä työtilaa "
            "(ohjelma on suljettu tai kone sammunut), voit ottaa työtilan käyttöön tällä "
            "koneella. Jos kaksi konetta kirjoittaa samaan työtilaan, tietoja voi kadota.",
        )
        .replace("%1", holder.user)
        .replace("%2", holder.host)
        .replace("%3", format_moment(holder.started))
    )
    return ask_before(
        None,
        QMessageBox.Icon.Question,
        text,
        QCoreApplication.translate("App", "Ota käyttöön tällä koneella"),
        QCoreApplication.translate("App", "Avaa vain luku -tilassa"),
    )


def show_critical(text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, "Päätöspaja", text)
    box.exec()
    box.deleteLater()


def application_icon() -> QIcon:
    """The icon in every size: the ICO's 16–64 px are drawn for their size, not shrunk.

    The PNG comes along in case the ICO reader plugin is missing from an installation.
    """
    icon = QIcon()
    for name in ("paatospaja.ico", "paatospaja.png"):
        path = Path(resource_path("icons", name))
        if path.exists():
            icon.addFile(str(path))
    return icon


def run_app(workspace_dir: str | None, language: str | None, qt_args: Sequence[str]) -> int:
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    assert isinstance(app, QApplication)
    app.setApplicationName("Päätöspaja")
    app.setOrganizationName("Paatospaja")
    app.setWindowIcon(application_icon())
    if language:
        os.environ["PAATOSPAJA_LANG"] = language
    install_translators(app, default_language())
    workspace = open_workspace(workspace_dir)
    if workspace is None:
        return 2
    from ui.main_window import MainWindow
    from ui.welcome_dialog import welcome_on_start

    window = MainWindow(workspace)
    window.show()
    welcome_on_start(window)  # once per workspace, and only here: not on every MainWindow
    try:
        return app.exec()
    finally:
        workspace.close()
