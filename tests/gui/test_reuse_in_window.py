"""Reusing earlier text in the window: copied text and new drafts land where a user expects."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from desktop_app.domain.model import DecisionRecord, Section
from tests.gui.conftest import WindowFactory


def test_copied_text_starts_a_paragraph_of_its_own(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    window.create_item(window.workspace.templates.get("kunnanhallitus"), "kh")
    description = window.editor.section_editors()[Section.DESCRIPTION]
    description.setHtml("<p>Tontti on kunnan omistama.</p>")
    window.copy_into_draft("Kiinteistöverolain mukaan vero määrätään vuosittain.", "selostus")
    paragraphs = [p for p in description.toPlainText().split("\n") if p.strip()]
    assert paragraphs[-2:] == [
        "Tontti on kunnan omistama.",
        "Kiinteistöverolain mukaan vero määrätään vuosittain.",
    ]


def test_a_new_draft_from_a_decision_cites_its_handling_in_its_own_field(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    record = DecisionRecord(
        "esim-1",
        "Kiinteistöveroprosenttien vahvistaminen",
        "Dno KH 302/02.02.00/2024\n\nAikaisempi käsittely\nKunnanhallitus 4.11.2024 § 302\n\n"
        "Selostus\nValtuusto määrää kiinteistöveroprosentit vuosittain.",
        date=date(2024, 11, 11),
        body_org="Kunnanvaltuusto",
        section="53 §",
    )
    window.new_draft_from_decision(record)
    item = window.editor.read_item()
    assert item is not None
    assert (
        item.earlier_handling == "Kunnanhallitus 4.11.2024 § 302\nKunnanvaltuusto 11.11.2024 § 53"
    )
    assert "Dno" not in item.section(Section.DESCRIPTION)
    assert "vuosittain" in item.section(Section.DESCRIPTION)
