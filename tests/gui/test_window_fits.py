"""Every tab fits a 1366×768 laptop, and nothing that appears later grows the window."""

from PySide6.QtCore import QMargins, QRect, QSize
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.meetings.demo import create_demo_meeting
from tests.gui.conftest import WindowFactory
from ui.window_placement import opening_geometry

#: 1366×768 less a task bar: the free area of the smallest screen the app is made for.
LAPTOP = QSize(1366, 700)


def _fits(size: QSize) -> bool:
    return size.width() <= LAPTOP.width() and size.height() <= LAPTOP.height()


def test_every_tab_and_every_meeting_page_fits_a_laptop_screen(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    meeting_id = create_demo_meeting(window.workspace, items=8)
    window.meeting_view.reload(select=meeting_id)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        name = window.tabs.tabText(index)
        assert _fits(window.tabs.widget(index).minimumSizeHint()), name
        assert _fits(window.minimumSizeHint()), name
    pages = window.meeting_view.pages
    for index in range(pages.count()):
        pages.setCurrentIndex(index)
        QApplication.processEvents()
        assert _fits(pages.widget(index).minimumSizeHint()), pages.tabText(index)
        assert _fits(window.minimumSizeHint()), pages.tabText(index)


def test_thirty_findings_scroll_inside_the_page_and_leave_the_window_as_it_was(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    view = window.meeting_view
    window.tabs.setCurrentWidget(view)
    meeting_id = create_demo_meeting(window.workspace, items=30)
    view.reload(select=meeting_id)
    window.resize(LAPTOP.width() - 100, LAPTOP.height() - 100)
    QApplication.processEvents()
    before = window.size()
    findings = view.run_check()
    QApplication.processEvents()
    assert len(findings) >= 30 and view.findings.isVisible()
    assert view.findings.count() >= 30
    assert window.size() == before
    assert window.minimumSizeHint().height() <= before.height()
    assert view.findings.verticalScrollBar().maximum() > 0  # the list scrolls instead
    for index in range(window.tabs.count()):  # and no other tab finds the window grown
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert window.size() == before


def test_the_window_opens_inside_the_free_area_of_its_screen_title_bar_and_all() -> None:
    frame = QMargins(8, 32, 8, 8)
    laptop = QRect(0, 0, 1366, 728)  # a task bar takes the last 40 pixels
    inner = opening_geometry(laptop, QSize(900, 450), frame=frame)
    assert laptop.contains(inner.marginsAdded(frame))
    assert inner.height() == 728 - 40 and inner.width() == 1350

    large = QRect(1920, 0, 1920, 1040)  # a second screen to the right, with room to spare
    inner = opening_geometry(large, QSize(900, 450), frame=frame)
    assert inner.size() == QSize(1360, 860)
    assert large.contains(inner.marginsAdded(frame))
    assert inner.center().x() - large.center().x() in (-1, 0, 1)


def test_the_main_window_opens_within_its_screen(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    available = window.screen().availableGeometry()
    minimum = window.minimumSizeHint()
    assert window.width() <= max(available.width(), minimum.width())
    assert window.height() <= max(available.height(), minimum.height())
    assert window.y() >= available.y()
