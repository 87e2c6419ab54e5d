"""Where a found decision came from: its source's name and a link to the original.

A secretary quoting an earlier decision must be able to check it against the original, so a
synced decision says which source it came from and opens there. Only web and file
addresses are opened; anything else a source may send as a "link" is not offered.
"""

from __future__ import annotations

import html
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel

from ui.widgets import named

OPENABLE_SCHEMES = frozenset({"http", "https", "file"})


def openable(link: str) -> bool:
    try:
        return urlsplit(link).scheme.lower() in OPENABLE_SCHEMES
    except ValueError:
        return False


def origin_label() -> QLabel:
    """Hidden until a synced decision is shown; the link opens in the system's browser."""
    label = named(QLabel(), "decisionOrigin")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.LinksAccessibleByMouse
        | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    )
    label.setAccessibleName(QCoreApplication.translate("SearchPanel", "Päätöksen lähde"))
    label.linkActivated.connect(open_link)
    label.hide()
    return label


def show_origin(label: QLabel, source_key: str, link: str) -> None:
    parts = []
    if source_key:
        parts.append(
            html.escape(QCoreApplication.translate("SearchPanel", "Lähde: %s") % source_key)
        )
    if link and openable(link):
        text = html.escape(QCoreApplication.translate("SearchPanel", "Avaa lähteessä"))
        parts.append(f'<a href="{html.escape(link, quote=True)}">{text}</a>')
    label.setText(" · ".join(parts))
    label.setToolTip(link if link and openable(link) else "")
    label.setProperty("link", link if link and openable(link) else "")
    label.setVisible(bool(parts))


def open_link(link: str) -> bool:
    """Open the original in the browser (or the file's own program); False if refused."""
    if not openable(link):
        return False
    return QDesktopServices.openUrl(QUrl(link))
