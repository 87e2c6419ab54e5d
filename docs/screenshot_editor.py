"""Renders the editor with a realistic item to docs/editor.png (offscreen, no display needed).

Run: ``QT_QPA_PLATFORM=offscreen uv run python docs/screenshot_editor.py``
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication
from screenshot_window import render

from desktop_app.domain.model import ItemState, Person, Section
from ui.main_window import MainWindow


def arrange(_app: QApplication, window: MainWindow) -> None:
    workspace = window.workspace
    items = workspace.items
    other = window.create_item(workspace.templates.get("lautakunta"), "tela")
    other.title = "Katuvalaistuksen saneeraus 2027"
    other.state = ItemState.READY
    items.save(other)
    item = window.create_item(workspace.templates.get("kunnanhallitus"), "kh")
    item.title = "Koulukuljetusten hankinta lukuvuosille 2026–2028"
    item.dno = "KH 214/02.08.00/2026"
    item.task_class = "02 08 00 Hankinnat"
    item.preparer = Person("Aino Esimerkki", "hallintojohtaja", "040 123 4567")
    item.contact = Person(
        "Aino Esimerkki", "hallintojohtaja", "040 123 4567", "aino.esimerkki@esimerkkila.fi"
    )
    item.presenter = "kunnanjohtaja Matti Mallikas"
    item.parties = "Tarjoajat"
    item.decision_date = date(2026, 5, 18)
    item.sections[Section.DESCRIPTION] = (
        "<p>Kunnan koulukuljetussopimukset päättyvät 31.7.2026. Hankinnasta julkaistiin "
        "hankintailmoitus 2.3.2026 avoimella menettelyllä.</p>"
        "<ul><li>Tarjouksia saatiin määräaikaan mennessä neljä.</li>"
        "<li>Kaikki tarjoukset täyttivät tarjouspyynnön vähimmäisvaatimukset.</li></ul>"
        "<table><tr><th>Tarjoaja</th><th>Vertailuhinta €/v</th></tr>"
        "<tr><td>Liikenne Oy Esimerkki</td><td>412 300</td></tr>"
        "<tr><td>Kuljetus Kumpare Oy</td><td>436 950</td></tr></table>"
    )
    item.sections[Section.REASONS] = (
        "<p>Hankinta on tehty hankintalain (1397/2016) 32 §:n mukaisella avoimella "
        "menettelyllä. Valintaperusteena oli halvin hinta.</p>"
    )
    items.save(item)
    window.reload_list()
    window._show_item(items.get(item.id or 0))
    window.editor.title.setFocus()


if __name__ == "__main__":
    render(
        Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("editor.png"), arrange
    )
