"""The version history: rows say when, who, why and what; a selection shows the words."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from pytestqt.qtbot import QtBot

from desktop_app.domain.model import (
    AgendaItem,
    ItemState,
    ItemVersion,
    Section,
    VersionReason,
)
from desktop_app.workspace import Workspace
from ui.history_panel import HistoryPanel, version_preview_html


@pytest.fixture
def panel(qtbot: QtBot) -> HistoryPanel:
    widget = HistoryPanel()
    qtbot.addWidget(widget)
    widget.resize(300, 700)  # the width of the side panel
    widget.show()
    return widget


def two_versions(workspace: Workspace) -> int:
    item = workspace.items.save(
        AgendaItem(
            None,
            "kh",
            "kunnanhallitus",
            title="Tontin myynti",
            state=ItemState.DRAFT,
            sections={
                Section.DESCRIPTION: "<p>Yhtiö on pyytänyt tonttia käyttöönsä.</p>",
                Section.PROPOSAL: "<p>Kunnanhallitus päättää myydä tontin yhtiölle.</p>",
            },
        ),
        version=VersionReason.CREATED,
        author="maija",
    )
    item.title = "Tontin vuokraus"
    item.sections[Section.PROPOSAL] = "<p>Kunnanhallitus päättää vuokrata tontin yhtiölle.</p>"
    workspace.items.save(item, version=VersionReason.PAUSE, author="Olli Ööpinen")
    assert item.id is not None
    return item.id


def select_and_compare(panel: HistoryPanel, workspace: Workspace, item_id: int) -> None:
    """What the window does on a selection: compare the version with the one before it."""

    def on_selected(number: int) -> None:
        before = workspace.items.version(item_id, number - 1) if number > 1 else None
        panel.show_difference(before, workspace.items.version(item_id, number))

    panel.version_selected.connect(on_selected)


def char_format_at(document: QTextDocument, word: str) -> tuple[bool, bool]:
    cursor = document.find(word)
    assert not cursor.isNull(), f"{word!r} not in the preview"
    cursor.setPosition(cursor.selectionStart() + 1, QTextCursor.MoveMode.MoveAnchor)
    fmt = cursor.charFormat()
    return fmt.fontUnderline(), fmt.fontStrikeOut()


def test_rows_say_when_who_why_and_what(panel: HistoryPanel, workspace: Workspace) -> None:
    item_id = two_versions(workspace)
    versions = workspace.items.versions(item_id)
    panel.show_versions(versions)
    assert panel.list.count() == 2
    newest = panel.list.item(0).text()
    first_line, second_line = newest.split("\n")
    saved = versions[0].saved_at.astimezone()
    assert first_line == (
        f"2. {saved.day}.{saved.month}.{saved.year} klo {saved.hour}.{saved.minute:02d}"
        " · Olli Ööpinen"
    )
    assert not re.search(r"\b0\d\.", first_line.split("klo")[0])  # no leading zeros
    assert second_line == "Tauko kirjoittamisessa: Otsikko, Päätösehdotus"
    oldest = panel.list.item(1).text()
    assert "maija" in oldest
    assert oldest.split("\n")[1] == "Asia luotiin"
    tooltip = panel.list.item(0).toolTip()
    assert "Tontin vuokraus" in tooltip
    assert "Otsikko, Päätösehdotus" in tooltip


def test_rows_wrap_in_a_narrow_panel(panel: HistoryPanel, qtbot: QtBot) -> None:
    from datetime import UTC, datetime

    codes = (
        "title",
        "dno",
        "presenter",
        "section:selostus",
        "section:paatosehdotus",
    )
    version = ItemVersion(1, 7, datetime(2026, 4, 3, 7, 5, tzinfo=UTC), "Otsikko", author="x")
    many = ItemVersion(1, 8, version.saved_at, "Otsikko", VersionReason.MERGED, "x", codes)
    panel.show_versions([many, version])
    text = panel.list.item(0).text()
    assert text.endswith("Otsikko, Dno, Esittelijä ja 2 muuta")
    assert "Selostus, Päätösehdotus" in panel.list.item(0).toolTip()
    qtbot.waitUntil(lambda: panel.list.visualItemRect(panel.list.item(0)).height() > 0)
    line = panel.list.fontMetrics().lineSpacing()
    assert panel.list.visualItemRect(panel.list.item(0)).height() >= 2 * line
    assert not panel.list.horizontalScrollBar().isVisible()


def test_every_reason_has_a_label(panel: HistoryPanel) -> None:
    from datetime import UTC, datetime

    labels = set()
    for reason in VersionReason:
        version = ItemVersion(1, 1, datetime(2026, 1, 1, tzinfo=UTC), "", reason)
        label = panel.reason_label(version)
        assert label != reason.value
        labels.add(label)
    assert len(labels) == len(VersionReason)
    unknown_author = ItemVersion(1, 1, datetime(2026, 1, 1, tzinfo=UTC), "")
    panel.show_versions([unknown_author])
    assert "tuntematon käyttäjä" in panel.list.item(0).text()


def test_selecting_a_row_shows_the_changed_words(
    panel: HistoryPanel, workspace: Workspace, qtbot: QtBot
) -> None:
    item_id = two_versions(workspace)
    select_and_compare(panel, workspace, item_id)
    panel.show_versions(workspace.items.versions(item_id))
    with qtbot.waitSignal(panel.version_selected) as selected:
        panel.list.setCurrentRow(0)
    assert selected.args == [2]
    html = panel.preview_html()
    assert re.search(r"<del[^>]*>myydä</del>", html)
    assert re.search(r"<ins[^>]*>vuokrata</ins>", html)
    assert re.search(r"<del[^>]*>myynti</del>", html)
    assert "<h3>Otsikko</h3>" in html
    assert "<h3>Päätösehdotus</h3>" in html
    # Only the units that changed: the description stayed the same.
    assert "Selostus" not in html
    assert "pyytänyt" not in html
    document = panel.preview.document()
    assert char_format_at(document, "vuokrata") == (True, False)
    assert char_format_at(document, "myydä") == (False, True)
    plain = panel.preview.toPlainText()
    assert "+vuokrata" in plain  # a text mark, not colour alone
    assert "−myydä" in plain
    assert panel.legend.isVisible()
    assert "alleviivattu" in panel.legend.text()
    assert panel.restore_button.isEnabled()
    with qtbot.waitSignal(panel.restore_requested) as restore:
        panel.restore_button.click()
    assert restore.args == [2]


def test_full_version_toggle(panel: HistoryPanel, workspace: Workspace, qtbot: QtBot) -> None:
    item_id = two_versions(workspace)
    select_and_compare(panel, workspace, item_id)
    panel.show_versions(workspace.items.versions(item_id))
    panel.list.setCurrentRow(0)
    assert panel.full_version.isEnabled()
    qtbot.keyClick(panel.full_version, Qt.Key.Key_Space)
    assert panel.full_version.isChecked()
    html = panel.preview_html()
    assert "<ins" not in html and "<del" not in html
    assert "<h3>Selostus</h3>" in html
    assert "<h3>Päätösehdotus</h3>" in html
    assert "vuokrata" in panel.preview.toPlainText()
    assert not panel.legend.isVisible()
    qtbot.keyClick(panel.full_version, Qt.Key.Key_Space)
    assert "<ins" in panel.preview_html()


def test_the_first_version_is_shown_whole(panel: HistoryPanel, workspace: Workspace) -> None:
    item_id = two_versions(workspace)
    select_and_compare(panel, workspace, item_id)
    panel.show_versions(workspace.items.versions(item_id))
    panel.list.setCurrentRow(1)
    assert not panel.full_version.isEnabled()
    plain = panel.preview.toPlainText()
    assert "ensimmäinen versio" in plain
    assert "Tontin myynti" in plain
    assert "myydä" in plain
    assert "<del" not in panel.preview_html()


def test_show_preview_still_shows_a_whole_version(panel: HistoryPanel) -> None:
    item = AgendaItem(
        1,
        "kh",
        "kunnanhallitus",
        title="Avustus",
        sections={Section.PROPOSAL: "<p>Myönnetään.</p>"},
    )
    panel.show_preview(item)
    assert "<h3>Päätösehdotus</h3>" in panel.preview_html()
    assert "Paatosehdotus" not in panel.preview.toPlainText()
    panel.show_preview(None)
    assert panel.preview.toPlainText() == ""


def test_preview_headings_use_section_labels() -> None:
    item = AgendaItem(
        1,
        "kh",
        "kunnanhallitus",
        sections={s: "<p>x</p>" for s in Section},
    )
    html = version_preview_html(item)
    for label in ("Selostus", "Perustelut", "Päätösehdotus", "Päätös", "Käsittely"):
        assert f"<h3>{label}</h3>" in html
