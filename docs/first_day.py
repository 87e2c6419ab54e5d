"""A secretary's first day in the real window, driven through its widgets, with screenshots.

Run under Xvfb at a common laptop size (the real xcb platform, not offscreen):

    xvfb-run -a -s "-screen 0 1366x768x24" \
        uv run python docs/first_day.py --lang fi --out docs/images/first-day

The app starts as ``uv run paatospaja --lang fi`` starts it (``ui.launcher.main``), on a
brand-new per-user data folder: HOME and the XDG folders point at a fresh temporary folder,
so the default workspace is created and seeded as on a new machine, and the welcome opens.
Each step acts as a user would (menu actions triggered, buttons clicked, text typed) from
timers inside the app's own event loop, and waits for what the user would wait for. The run
fails (exit status 1) on any traceback, any Qt warning or critical message, any logged error,
any step that does not reach its state in time, and any window larger than the screen.
docs/first-day.md lists the steps.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from docx import Document
from gui_walk import (
    Problems,
    Recorder,
    Wait,
    Walk,
    button_named,
    click,
    click_at,
    click_row,
    click_tab,
    clicker,
    closed,
    dialog_button,
    install_watchers,
    later,
    modal,
    modal_open,
    replace_text,
    type_text,
)
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
)

from desktop_app.domain.model import Section
from desktop_app.settings import load_settings
from desktop_app.user_profile import load_profile
from ui.import_dialog import ImportProgressDialog
from ui.launcher import main as paatospaja
from ui.main_window import MainWindow
from ui.meeting_decision_dialog import DecisionDialog
from ui.meeting_new_dialog import NewMeetingDialog
from ui.new_item_dialog import NewItemDialog
from ui.settings_dialog import SettingsDialog
from ui.welcome_dialog import WelcomeDialog

LANGUAGES = ("fi", "sv")
SCREEN = (1366, 768)
MUNICIPALITY = "Kuusiniemen kunta"
QUERY = "talousarvio"  # the bundled sample decisions are Finnish
PEOPLE = ("Pekka Nieminen", "Anna Korhonen")
SAMPLES = 41  # the sample decisions a new workspace is seeded with

# --- what the secretary types, in the run's language ---------------------------------------
TEXTS: dict[str, dict[str, str]] = {
    "fi": {
        "municipality_sv": "Kuusiniemi kommun",
        "user": "Sanna Mäkelä",
        "user_title": "hallintosihteeri",
        "address": "Kuusiniemen kunnan kirjaamo, PL 10, 99100 Kuusiniemi",
        "place": "Kunnantalo, valtuustosali",
        "parties": "Kuusiniemen kunnan toimialat",
    },
    "sv": {
        "municipality_sv": "Kuusiniemi kommun",
        "user": "Sanna Mäkelä",
        "user_title": "förvaltningssekreterare",
        "address": "Kuusiniemi kommuns registratur, PB 10, 99100 Kuusiniemi",
        "place": "Kommungården, fullmäktigesalen",
        "parties": "Kuusiniemi kommuns sektorer",
    },
}
#: (title, decision proposal); the last one is followed through the meeting and its export
DRAFTS: dict[str, list[tuple[str, str]]] = {
    "fi": [
        (
            "Kunnantalon ilmanvaihdon korjaus",
            "Kunnanhallitus hyväksyy ilmanvaihdon korjauksen urakkatarjouksen.",
        ),
        ("Kirjaston aukioloajat 2027", "Kunnanhallitus vahvistaa kirjaston aukioloajat."),
        (
            "Talousarvion 2027 laatimisohjeet",
            "Kunnanhallitus hyväksyy talousarvion 2027 ja taloussuunnitelman 2027–2029 "
            "laatimisohjeet liitteen mukaisesti.",
        ),
    ],
    "sv": [
        (
            "Reparation av ventilationen i kommungården",
            "Kommunstyrelsen godkänner anbudet på reparationen av ventilationen.",
        ),
        ("Bibliotekets öppettider 2027", "Kommunstyrelsen fastställer bibliotekets öppettider."),
        (
            "Anvisningar för budgeten 2027",
            "Kommunstyrelsen godkänner anvisningarna för budgeten 2027 och ekonomiplanen "
            "2027–2029 enligt bilagan.",
        ),
    ],
}


def earlier_decisions() -> list[dict[str, str]]:
    """Invented decisions of Kuusiniemi: the municipality's own archive, imported by file."""
    words = ("laiturin", "tekonurmen", "katuvalojen")
    return [
        {
            "id": f"kuusiniemi-kh-{number}",
            "title": f"Kuusiniemen {word} hankinta",
            "date": f"2025-03-{number + 10:02d}",
            "body_org": "Kuusiniemen kunnanhallitus",
            "doc_type": "pöytäkirjan pykälä",
            "section": f"{number + 20} §",
            "municipality": "Kuusiniemi",
            "text": f"Kunnanhallitus päätti hyväksyä {word} hankinnan vuodelle 2025.",
        }
        for number, word in enumerate(words)
    ]


def fresh_user_folders() -> Path:
    """A new HOME and XDG folders: the app sees a user who has never run it."""
    home = Path(tempfile.mkdtemp(prefix="paatospaja-first-day-"))
    for name, sub in (
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
    ):
        (home / sub).mkdir(parents=True)
        os.environ[name] = str(home / sub)
    (home / "Documents").mkdir()
    os.environ["HOME"] = str(home)
    for name in ("PAATOSPAJA_HOME", "PAATOSPAJA_LANG", "QT_QPA_PLATFORM"):
        os.environ.pop(name, None)  # the default workspace, the language of --lang, xcb
    return home


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def docx_text(path: Path) -> str:
    document = Document(str(path))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        lines.extend(cell.text for row in table.rows for cell in row.cells)
    return "\n".join(lines)


class FirstDay:
    """The steps of the day; each yields what it waits for (see gui_walk.Walk)."""

    def __init__(self, lang: str, out: Path, home: Path, walk: Walk) -> None:
        self.lang = lang
        self.out = out
        self.home = home
        self.walk = walk
        self.texts = TEXTS[lang]
        self.drafts = DRAFTS[lang]
        self.main_title = self.drafts[-1][0]
        self.screen = QGuiApplication.primaryScreen()
        self._window: MainWindow | None = None
        self.draft_ids: list[int] = []
        self.exports: list[Path] = []

    @property
    def saved_prefix(self) -> str:
        """Asked once the app runs: its translators are installed by then."""
        return tr("SaveController", "Tallennettu klo %s").split("%s")[0]

    @property
    def window(self) -> MainWindow:
        assert self._window is not None, "the main window is not shown yet"
        return self._window

    def steps(self) -> Iterator[Wait]:
        yield from self.start()
        yield from self.welcome()
        yield from self.settings()
        yield from self.new_drafts()
        yield from self.gaps_and_version()
        yield from self.search()
        yield from self.new_meeting()
        yield from self.agenda()
        yield from self.participants_and_details()
        yield from self.documents()
        yield from self.help_menu()
        yield from self.import_and_samples()
        later(self.action("&Lopeta").trigger)  # the end of the day: Tiedosto → Lopeta
        self.walk.log(f"exports: {', '.join(str(p) for p in self.exports)}")

    # --- what the steps share -------------------------------------------------------------
    def shot(self, name: str) -> None:
        """The whole X screen, after checking that every window fits on it."""
        self.fits()
        QApplication.processEvents()
        target = self.out / f"{name}.png"
        picture = self.screen.grabWindow(0)
        if not picture.save(str(target), "PNG", 0):  # 0: the smallest file
            raise AssertionError(f"could not save {target}")
        self.walk.log(f"screenshot {target} ({picture.width()}×{picture.height()})")

    def fits(self) -> None:
        area = self.screen.geometry()
        for widget in QApplication.topLevelWidgets():
            if not widget.isVisible():
                continue
            frame = widget.frameGeometry()
            name = f"{type(widget).__name__} '{widget.windowTitle()}'"
            if frame.width() > area.width() or frame.height() > area.height():
                self.walk.problems.add(
                    f"{name} is {frame.width()}×{frame.height()}, larger than the screen "
                    f"{area.width()}×{area.height()}"
                )
            elif not area.contains(frame):
                self.walk.problems.add(f"{name} at {frame.getRect()} reaches past the screen")

    def action(self, source_text: str) -> QAction:
        """A menu action by its (translated) text, as the user finds it in the menu."""
        wanted = tr("MainWindow", source_text)
        for action in self.window.findChildren(QAction):
            if action.text() == wanted:
                return action
        raise AssertionError(f"no menu action {wanted!r}")

    def status(self) -> str:
        return self.window.statusBar().currentMessage()

    def saved(self) -> bool:
        window = self.window
        return window.save_status.text().startswith(self.saved_prefix) and not window.saver.unsaved

    def activate(self) -> None:
        """A window manager gives the main window back its focus when a dialog closes."""
        window = self._window
        if window is not None and modal() is None and not window.isActiveWindow():
            window.activateWindow()

    # --- 0. the application starts on a new machine ------------------------------------------
    def start(self) -> Iterator[Wait]:
        def shown() -> bool:
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, MainWindow) and widget.isVisible():
                    self._window = widget
                    return True
            return False

        yield Wait("the main window is shown", shown, 60, settle=0.5)
        logging.getLogger().addHandler(Recorder(self.walk.problems))
        self.walk.before_step = self.activate
        check = self.walk.check
        root = Path(self.window.workspace.root)
        check(self.home in root.parents, f"the default workspace is the new user's: {root}")
        size = self.screen.geometry().size()
        check((size.width(), size.height()) == SCREEN, f"the screen is {size.toTuple()}")
        hint = self.window.minimumSizeHint()
        check(
            hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1],
            f"the window's minimum size {hint.toTuple()} fits the screen",
        )

    # --- 1. the welcome ------------------------------------------------------------------------
    def welcome(self) -> Iterator[Wait]:
        yield modal_open(WelcomeDialog, "the welcome opens on the first start", 60)
        welcome = modal()
        assert isinstance(welcome, WelcomeDialog)
        self.shot(f"welcome-{self.lang}")
        type_text(welcome.municipality, MUNICIPALITY)
        type_text(welcome.municipality_sv, self.texts["municipality_sv"])
        welcome.court.setCurrentIndex(1)  # the first administrative court of the list
        type_text(welcome.user_name, self.texts["user"])
        type_text(welcome.user_title, self.texts["user_title"])
        click(welcome.done_button)
        yield Wait(
            "the welcome closes and the window is titled by the municipality",
            lambda: modal() is None and MUNICIPALITY in self.window.windowTitle(),
        )
        name = load_profile().name
        self.walk.check(name == self.texts["user"], f"the user's name is kept per user: {name}")

    # --- 2. Tiedosto → Kunnan tiedot ---------------------------------------------------------
    def settings(self) -> Iterator[Wait]:
        later(self.window.settings_action.trigger)
        yield modal_open(SettingsDialog, "Tiedosto → Kunnan tiedot opens")
        dialog = modal()
        assert isinstance(dialog, SettingsDialog)
        self.walk.check(
            dialog.municipality.text() == MUNICIPALITY,
            "the settings show the municipality given in the welcome",
        )
        # a new workspace holds the sample municipality's registry and domains: replaced
        replace_text(dialog.address, self.texts["address"])
        replace_text(dialog.own_domains, "kuusiniemi.example")
        self.shot(f"settings-{self.lang}")
        click(dialog_button(dialog, QDialogButtonBox.StandardButton.Save))
        yield closed(dialog, "the settings are saved and closed")
        stored = load_settings(self.window.workspace.db).address
        self.walk.check(stored == self.texts["address"], "the registry address is stored")

    # --- 3. drafts from a template -------------------------------------------------------------
    def new_drafts(self) -> Iterator[Wait]:
        editor = self.window.editor

        def opened_after(before: object) -> Callable[[], bool]:
            def opened() -> bool:
                current = editor.current_item()
                return current is not None and current is not before and current.id is not None

            return opened

        for title, proposal in self.drafts:
            before = editor.current_item()
            later(self.window.new_action.trigger)
            yield modal_open(NewItemDialog, f"Tiedosto → Uusi asia pohjasta… ({title})")
            chooser = modal()
            assert isinstance(chooser, NewItemDialog)
            templates = chooser.templates
            row = next(
                row
                for row in range(templates.count())
                if templates.item(row).data(Qt.ItemDataRole.UserRole).id == "kunnanhallitus"
            )
            click_row(templates, row)
            self.walk.check(templates.currentRow() == row, "the kunnanhallitus template is chosen")
            chooser.language.setCurrentIndex(chooser.language.findData(self.lang))
            click(chooser.ok_button)
            yield Wait(f"the new draft opens: {title}", opened_after(before))
            item = editor.current_item()
            assert item is not None and item.id is not None
            self.draft_ids.append(item.id)
            click_at(editor.title, editor.title.rect().center())
            type_text(editor.title, title)
            proposal_editor = editor.section_editor(Section.PROPOSAL)
            editor.ensureWidgetVisible(proposal_editor)
            click_at(proposal_editor.viewport(), proposal_editor.viewport().rect().center())
            QTest.keyClick(proposal_editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
            QTest.keyClick(proposal_editor, Qt.Key.Key_Return)
            type_text(proposal_editor, proposal)
            yield Wait(
                f"the status line says '{self.saved_prefix.strip()}' for {title}",
                self.saved,
                settle=0.8,
            )
            stored = self.window.workspace.items.get(item.id).title
            self.walk.check(stored == title, f"the title is on disk: {title}")

    def gaps_and_version(self) -> Iterator[Wait]:
        """Puutteet leads to the field that fills a gap; Ctrl+S keeps a version."""
        window = self.window
        editor = window.editor
        gaps = window.completeness.list

        def gap_rows() -> list[str]:
            return [str(gaps.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(gaps.count())]

        click_row(gaps, gap_rows().index("parties"))
        parties = editor.field_widget("parties")
        assert parties is not None
        yield Wait(
            "a click on the Puutteet line focuses the parties field",
            lambda: QApplication.focusWidget() is parties,
        )
        type_text(parties, self.texts["parties"])
        yield Wait("the parties line leaves Puutteet", lambda: "parties" not in gap_rows())
        window.save_action.trigger()  # Tallenna nyt (Ctrl+S)
        yield Wait(
            "Ctrl+S keeps a version in Versiot",
            lambda: bool(window.workspace.items.versions(self.draft_ids[-1])) and self.saved(),
            settle=0.5,
        )
        editor.verticalScrollBar().setValue(0)  # back to the title, as the user scrolls
        yield Wait("the editor shows the title", lambda: editor.verticalScrollBar().value() == 0)
        self.shot(f"tab-{self.lang}-valmistelu")

    # --- 4. Haku ---------------------------------------------------------------------------------
    def search(self) -> Iterator[Wait]:
        window = self.window
        panel = window.search_panel
        window.find_action.trigger()  # Ctrl+F
        yield Wait("Ctrl+F shows the Haku tab", lambda: window.tabs.currentWidget() is panel)
        yield Wait("the search index is ready", lambda: window.search_service.ready, 180)
        type_text(panel.query, QUERY)
        yield Wait(
            f"results for '{QUERY}' as typed, the first one in the preview",
            lambda: (
                panel.last_results is not None
                and panel.last_results.query == QUERY
                and panel.model.rowCount() > 0
                and bool(panel.preview.toPlainText().strip())
            ),
            settle=1.5,
        )
        self.shot(f"tab-{self.lang}-haku")
        description = window.editor.section_editor(Section.DESCRIPTION)
        before = len(description.toPlainText())
        click(panel.copy_button)
        yield Wait(
            "Kopioi luonnokseen copies into the open draft and shows it",
            lambda: (
                window.tabs.currentIndex() == 0
                and self.status() == tr("MainWindow", "Teksti kopioitiin luonnokseen.")
                and len(description.toPlainText()) > before
            ),
        )
        yield Wait("the copied text is saved", self.saved)

    # --- 5. Kokoukset -----------------------------------------------------------------------------
    def new_meeting(self) -> Iterator[Wait]:
        window = self.window
        meetings = window.meeting_view
        click_tab(window.tabs.tabBar(), window.tabs.indexOf(meetings))
        yield Wait(
            "the Kokoukset tab is shown",
            lambda: window.tabs.currentWidget() is meetings,
            settle=0.5,
        )
        self.shot(f"tab-{self.lang}-kokoukset")
        later(clicker(meetings.new_button))
        yield modal_open(NewMeetingDialog, "Uusi kokous… opens")
        dialog = modal()
        assert isinstance(dialog, NewMeetingDialog)
        self.walk.check(
            dialog.secretary.text() == self.texts["user"],
            "the user is the new meeting's secretary (pöytäkirjanpitäjä)",
        )
        body = window.workspace.items.get(self.draft_ids[-1]).organization_id
        dialog.body.setCurrentIndex(dialog.body.findData(body))
        type_text(dialog.place, self.texts["place"])
        click(dialog_button(dialog, QDialogButtonBox.StandardButton.Ok))
        yield Wait(
            "the meeting is created with its standing items",
            lambda: meetings.current_meeting() is not None and meetings.agenda.count() > 0,
            settle=0.3,
        )

    def agenda_rows(self) -> list[str]:
        agenda = self.window.meeting_view.agenda
        return [agenda.item(row).text() for row in range(agenda.count())]

    def agenda(self) -> Iterator[Wait]:
        meetings = self.window.meeting_view
        click_tab(meetings.pages.tabBar(), meetings.pages.indexOf(meetings.agenda_page))

        def on_agenda(title: str) -> Callable[[], bool]:
            return lambda: any(title in row for row in self.agenda_rows())

        for title, _proposal in self.drafts:
            later(clicker(button_named(meetings, "addEntry")))
            yield modal_open(QInputDialog, f"Lisää asia… offers {title}")
            chooser = modal()
            assert isinstance(chooser, QInputDialog)
            combo = chooser.findChild(QComboBox)
            assert combo is not None
            combo.setCurrentIndex(
                next(i for i in range(combo.count()) if combo.itemText(i).startswith(title))
            )
            click(dialog_button(chooser, QDialogButtonBox.StandardButton.Ok))
            yield Wait(f"{title} is on the agenda", on_agenda(title))

        def main_row() -> int:
            return next(r for r, text in enumerate(self.agenda_rows()) if self.main_title in text)

        last = main_row()
        meetings.agenda.setCurrentRow(last)
        meetings.agenda.setFocus()
        QTest.keyClick(meetings.agenda, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
        yield Wait("Ctrl+Up moves the selected item up one place", lambda: main_row() == last - 1)
        later(clicker(button_named(meetings, "recordDecision")))
        yield modal_open(DecisionDialog, "Kirjaa päätös… opens")
        dialog = modal()
        assert dialog is not None
        click(dialog_button(dialog, QDialogButtonBox.StandardButton.Ok))  # as proposed
        yield Wait(
            "the decision is recorded (✔ on its row)",
            lambda: "✔" in self.agenda_rows()[main_row()],
            settle=0.5,
        )
        self.shot(f"tab-{self.lang}-kokoukset-esityslista")

    def participants_and_details(self) -> Iterator[Wait]:
        meetings = self.window.meeting_view
        pages = meetings.pages
        click_tab(pages.tabBar(), pages.indexOf(meetings.people_page))

        def name_fields() -> list[QLineEdit]:
            return [e for e in meetings.people.findChildren(QLineEdit) if e.isVisible()]

        for person in PEOPLE:
            click(meetings.add_person_button)
            yield Wait(
                f"Lisää henkilö opens a name field ({person})", lambda: len(name_fields()) == 1
            )
            field = name_fields()[0]
            type_text(field, person)
            QTest.keyClick(field, Qt.Key.Key_Return)
            yield Wait(f"Enter closes the name field ({person})", lambda: not name_fields())
        told = tr("MeetingView", "Osallistujat tallennettu: %d henkilöä.").split("%d")[0]
        click(meetings.save_people)
        yield Wait(
            "Tallenna osallistujat says so on the status line",
            lambda: self.status().startswith(told),
            settle=0.3,
        )
        self.shot(f"tab-{self.lang}-kokoukset-osallistujat")

        click_tab(pages.tabBar(), pages.indexOf(meetings.details_page))
        type_text(meetings.checkers, ", ".join(PEOPLE))
        type_text(meetings.end, "19.30")
        click(meetings.save_details_button)
        yield Wait(
            "Tallenna tiedot says so on the status line",
            lambda: self.status() == tr("MeetingView", "Kokouksen tiedot tallennettu."),
            settle=0.3,
        )
        self.shot(f"tab-{self.lang}-kokoukset-tiedot")

    def documents(self) -> Iterator[Wait]:
        """The agenda packet and the minutes through the page's buttons and the save dialog."""
        meetings = self.window.meeting_view
        documents = meetings.documents_page
        click_tab(meetings.pages.tabBar(), meetings.pages.indexOf(documents))
        folder = self.home / "Documents" / "Kunnanhallitus"
        folder.mkdir()
        told = tr("MeetingView", "Tallennettu: %s").split("%s")[0]

        def written(target: Path) -> Callable[[], bool]:
            return lambda: target.exists() and modal() is None and self.status().startswith(told)

        # the first dialog opens in Documents, the next one where the first was saved
        for button_name, file_name, opens_in in (
            ("exportAgenda", "esityslista.docx", self.home / "Documents"),
            ("exportMinutes", "poytakirja.docx", folder),
        ):
            button = button_named(documents, button_name)
            later(clicker(button))
            yield modal_open(QFileDialog, f"{button.text()} asks where to save")
            dialog = modal()
            assert isinstance(dialog, QFileDialog)
            shown = Path(dialog.directory().absolutePath())
            self.walk.check(shown == opens_in, f"the save dialog opens in {shown}")
            target = folder / file_name
            name_field = dialog.findChild(QLineEdit, "fileNameEdit")
            assert name_field is not None
            replace_text(name_field, str(target))
            QTest.keyClick(name_field, Qt.Key.Key_Return)
            yield Wait(f"{file_name} is written and the status line says so", written(target), 60)
            self.exports.append(target)
            self.walk.check(
                self.main_title in docx_text(target),
                f"{file_name} reopened with python-docx holds '{self.main_title}'",
            )
        click(button_named(documents, "checkPublish"))
        yield Wait(
            "Tarkista julkaisukelpoisuus lists what blocks publishing",
            lambda: documents.findings.count() > 0,
            settle=0.5,
        )
        self.shot(f"tab-{self.lang}-kokoukset-asiakirjat")

    # --- 6. the help menu and the file menu's other entries -----------------------------------
    def help_menu(self) -> Iterator[Wait]:
        later(self.action("&Tietoja Päätöspajasta").trigger)
        yield modal_open(QMessageBox, "Ohje → Tietoja Päätöspajasta opens")
        about = modal()
        assert isinstance(about, QMessageBox)
        root = str(self.window.workspace.root)
        self.walk.check(root in about.text(), "Tietoja names the workspace")
        self.shot(f"about-{self.lang}")
        click(about.buttons()[0])
        yield closed(about, "Tietoja closes")

        later(self.window.welcome_action.trigger)
        yield modal_open(WelcomeDialog, "Ohje → Tervetuloa-ikkuna… shows the welcome again")
        again = modal()
        assert isinstance(again, WelcomeDialog)
        self.walk.check(
            again.municipality.text() == MUNICIPALITY
            and again.user_name.text() == self.texts["user"],
            "the welcome shows the answers given",
        )
        click(again.skip_button)
        yield closed(again, "Ohita closes it")

    def import_and_samples(self) -> Iterator[Wait]:
        """The municipality's own decisions by file: the samples make way."""
        window = self.window
        source = self.home / "kuusiniemi-paatokset.jsonl"
        lines = (json.dumps(d, ensure_ascii=False) + "\n" for d in earlier_decisions())
        source.write_text("".join(lines), encoding="utf-8")
        later(window.import_file_action.trigger)
        yield modal_open(QFileDialog, "Tiedosto → Tuo päätöksiä tiedostosta… asks for the file")
        dialog = modal()
        assert isinstance(dialog, QFileDialog)
        name_field = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name_field is not None
        type_text(name_field, str(source))
        QTest.keyClick(name_field, Qt.Key.Key_Return)

        def progress() -> ImportProgressDialog | None:
            found = window.findChildren(ImportProgressDialog)
            return found[-1] if found else None

        yield Wait(
            "the import finishes",
            lambda: (shown := progress()) is not None and shown.report is not None,
            120,
            settle=0.5,
        )
        finished = progress()
        assert finished is not None and finished.report is not None
        count = len(finished.report.imported)
        self.walk.check(count == len(earlier_decisions()), f"{count} decisions imported")
        removed = tr("ImportProgressDialog", "Esimerkkipäätökset poistettiin: %d") % SAMPLES
        self.walk.check(removed in finished.summary.text(), f"the import says '{removed}'")
        self.shot(f"import-{self.lang}")
        click(finished.cancel_button)  # "Sulje" once the import is done
        yield Wait("the import dialog closes", lambda: not finished.isVisible())

        later(window.remove_samples_action.trigger)
        none_left = tr("SampleActions", "Työtilassa ei ole esimerkkipäätöksiä.")
        yield Wait(
            "Tiedosto → Poista esimerkkiaineisto… finds none left",
            lambda: self.status() == none_left,
        )
        panel = window.search_panel
        window.find_action.trigger()
        replace_text(panel.query, "laiturin")
        yield Wait(
            "search finds the imported decision",
            lambda: (
                panel.last_results is not None
                and panel.last_results.query == "laiturin"
                and any(h.source_id.startswith("kuusiniemi-") for h in panel.last_results.hits)
            ),
            60,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--lang", choices=LANGUAGES, default="fi")
    parser.add_argument("--out", type=Path, default=Path("docs/images/first-day"))
    parser.add_argument("--keep", action="store_true", help="keep the temporary user folder")
    options = parser.parse_args(argv)
    out: Path = options.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    home = fresh_user_folders()
    print(f"new user folder: {home}", flush=True)
    problems = Problems()
    install_watchers(problems)

    # Qt's own (widget) file dialog, the same on every platform, driven like the rest
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    app = QApplication([sys.argv[0]])  # the launcher takes this one as its own
    if app.platformName() != "xcb":
        print(f"the platform is {app.platformName()}, not xcb: run under Xvfb", file=sys.stderr)
        return 2
    walk = Walk(problems)
    day = FirstDay(options.lang, out, home, walk)
    QTimer.singleShot(0, lambda: walk.start(day.steps()))
    started = time.monotonic()
    status = paatospaja(["--lang", options.lang])
    elapsed = time.monotonic() - started
    if not walk.done or walk.pending is not None:
        problems.add("the walk did not reach its end")
    if status != 0:
        problems.add(f"the application exited with status {status}")
    print(f"\n{options.lang}: {elapsed:.1f} s, exit status {status}", flush=True)
    for warning in problems.warnings:
        print(f"warning: {warning}")
    if problems.items:
        print(f"{len(problems.items)} problem(s):")
        for problem in problems.items:
            print(f"  - {problem}")
    else:
        print("no tracebacks, no Qt warnings, every step reached its state")
    if options.keep:
        print(f"kept: {home}")
    else:
        shutil.rmtree(home, ignore_errors=True)
    return 1 if problems.items else 0


if __name__ == "__main__":
    sys.exit(main())
