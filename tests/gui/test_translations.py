"""Swedish and English UI: the .ts files are complete and consistent, the .qm files load.

The source strings are Finnish; resources/translations/update_translations.py refreshes
the .ts files with pyside6-lupdate and rebuilds the .qm files with pyside6-lrelease.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from desktop_app.resources import resource_path
from tests.gui.conftest import WindowFactory
from ui.app import install_translators

REPO_ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = resource_path("translations")
LANGUAGES = ("sv", "en")
# %s, %d, %n, %1 … and friends; a literal "%%" is not a placeholder.
PLACEHOLDER = re.compile(r"%(?:\d+|[sdnif])")
# "&X" marks an accelerator; "&&" is a literal ampersand.
ACCELERATOR = re.compile(r"&(?!&)(\w)")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    unfinished: bool
    # A numerus message (tr(text, "", n)) has one form per plural of the language.
    forms: tuple[str, ...] = ()


def read_ts(language: str) -> list[Message]:
    """Current messages only: entries lupdate kept as vanished/obsolete are history."""
    root = ET.parse(TRANSLATIONS / f"paatospaja_{language}.ts").getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    translation=forms[0] if forms else translation.text or "",
                    unfinished=kind == "unfinished" or any(not form.strip() for form in forms),
                    forms=forms,
                )
            )
    return messages


@contextmanager
def ui_language(app: QApplication, language: str) -> Iterator[list[QTranslator]]:
    """The language for one test only: the other tests expect the Finnish source text."""
    locale = QLocale()
    translators = install_translators(app, language)
    try:
        yield translators
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(locale)


def _menus(window: object) -> list[QMenu]:
    menu_bar = window.menuBar()  # type: ignore[attr-defined]
    return [action.menu() for action in menu_bar.actions() if action.menu() is not None]


@pytest.mark.parametrize(("language", "file_menu"), [("sv", "&Arkiv"), ("en", "&File")])
def test_main_window_speaks_the_chosen_language(
    qtbot: QtBot, open_window: WindowFactory, language: str, file_menu: str
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    finnish_sources = {message.source for message in read_ts(language)}
    with ui_language(app, language) as translators:
        assert any(t.filePath().endswith(f"paatospaja_{language}.qm") for t in translators)
        window = open_window()
        menus = _menus(window)
        titles = [menu.title() for menu in menus]
        assert titles[0] == file_menu
        untranslated = [t for t in titles if t in finnish_sources]
        assert untranslated == [], f"menu titles still in Finnish: {untranslated}"
        tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert "&Valmistelu" not in tabs and "&Haku" not in tabs, tabs
        _assert_one_entry_per_accelerator(window)
    # The other tests see the Finnish source text again.
    assert QCoreApplication.translate("MainWindow", "&Tiedosto") == "&Tiedosto"


def test_finnish_accelerators_reach_one_entry_each(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    _assert_one_entry_per_accelerator(open_window())


def _assert_one_entry_per_accelerator(window: Any) -> None:
    """Alt+letter must reach one menu or tab, and one entry within each menu."""
    menus = _menus(window)
    titles = [menu.title() for menu in menus]
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    bar_keys = [m.group(1).lower() for t in titles + tabs if (m := ACCELERATOR.search(t))]
    assert len(bar_keys) == len(set(bar_keys)), (titles, tabs)
    for menu in menus:
        keys = [
            m.group(1).lower()
            for action in menu.actions()
            if (m := ACCELERATOR.search(action.text()))
        ]
        assert len(keys) == len(set(keys)), [a.text() for a in menu.actions()]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_with_the_same_placeholders(language: str) -> None:
    messages = read_ts(language)
    assert len(messages) > 100
    problems = []
    for message in messages:
        where = f"{message.context}: {message.source!r} -> {message.translation!r}"
        if message.unfinished or not message.translation.strip():
            problems.append(f"unfinished {where}")
            continue
        source_marks = PLACEHOLDER.findall(message.source.replace("%%", ""))
        for translated in message.forms or (message.translation,):
            translated_marks = PLACEHOLDER.findall(translated.replace("%%", ""))
            if source_marks != translated_marks:
                problems.append(f"placeholders {where}: {translated!r}")
        source_keys = ACCELERATOR.findall(message.source)
        translated_keys = ACCELERATOR.findall(message.translation)
        if len(source_keys) != len(translated_keys):
            problems.append(f"accelerator {where}")
    assert problems == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_qm_matches_the_ts(language: str) -> None:
    """A stale .qm would ship older wording than the reviewed .ts."""
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"paatospaja_{language}.qm"))
    # Swedish and English: the first form is for one, the second for any other count.
    stale = [
        message
        for message in read_ts(language)
        if (
            [translator.translate(message.context, message.source, None, n) for n in (1, 2)]
            != [message.forms[0], message.forms[-1]]
            if message.forms
            else translator.translate(message.context, message.source) != message.translation
        )
    ]
    assert stale == []


def test_ts_files_hold_every_string_of_the_ui(tmp_path: Path) -> None:
    """New tr() text in ui/ needs the update script run and the new strings translated."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    tool = str(lupdate) if lupdate.exists() else shutil.which("pyside6-lupdate")
    assert tool is not None
    fresh = tmp_path / "paatospaja_sv.ts"
    sources = [str(path) for path in sorted((REPO_ROOT / "ui").glob("*.py"))]
    subprocess.run(
        [tool, *sources, "-source-language", "fi_FI", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    fresh_root = ET.parse(fresh).getroot()
    wanted = {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in fresh_root.iter("context")
        for message in context.iter("message")
    }
    for language in LANGUAGES:
        have = {(message.context, message.source) for message in read_ts(language)}
        missing = sorted(wanted - have)
        assert missing == [], f"run update_translations.py and translate: {missing}"
