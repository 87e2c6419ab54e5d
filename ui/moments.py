"""Moments (a version's time, another writer's save) as a person reads them."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from desktop_app.messages import default_language


def format_moment(moment: datetime) -> str:
    """Local time: "3.4.2026 klo 9.05" in Finnish, the locale's short form otherwise.

    Finnish writes dates and times without leading zeros (Kielitoimisto); Qt's Finnish
    short format pads them, so the Finnish form is built here. Swedish and English follow
    the locale the application installed (``QLocale.setDefault``).
    """
    local = moment.astimezone() if moment.tzinfo else moment
    if default_language() == "fi":
        day, clock = f"{local.day}.{local.month}.{local.year}", f"{local.hour}.{local.minute:02d}"
        return QCoreApplication.translate("Moments", "%s klo %s") % (day, clock)
    stamp = QDateTime(local.year, local.month, local.day, local.hour, local.minute, local.second)
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)
