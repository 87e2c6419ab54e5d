"""Where the save dialogs of exports open: the folder the user last saved to.

A secretary saves every meeting's packet to the same shared folder; starting each time from
the home folder costs her the same clicks again and again. The folder is remembered per
user (Qt's own per-user settings, an INI file), never in the workspace, which may be shared.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

_KEY = "export/folder"


def _settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Paatospaja", "paatospaja"
    )


def export_folder() -> Path:
    """The last folder saved to while it still exists, else Documents, else home."""
    stored = _settings().value(_KEY, "")
    if isinstance(stored, str) and stored and Path(stored).is_dir():
        return Path(stored)
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    )
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember_export_folder(target: Path) -> None:
    settings = _settings()
    settings.setValue(_KEY, str(target.parent))
    settings.sync()
