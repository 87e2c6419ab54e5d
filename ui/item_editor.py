"""The form of one agenda item: metadata fields and one rich-text editor per section."""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.appeal.laws import load_laws
from desktop_app.appeal.rules import Route, derive_route
from desktop_app.domain.model import (
    AgendaItem,
    AppealBasis,
    AppealType,
    Disqualification,
    ItemState,
    Organization,
    Person,
    Section,
)
from desktop_app.meetings.model import EntryDecision
from desktop_app.messages import default_language
from desktop_app.templating.catalog import Template
from ui.attachment_list import AttachmentList
from ui.labels import appeal_basis_label, appeal_label, state_label
from ui.rich_text_edit import RichTextEdit
from ui.title_heading import TitleHeading
from ui.widgets import OptionalDateEdit, named


class PersonFields(QWidget):
    """Name, title, phone and e-mail of a person, in one row that wraps on narrow windows."""

    changed = Signal()

    def __init__(self, object_prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Nimi"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Virkanimike"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("Puhelin"))
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("Sähköposti"))
        fields = (
            ("name", self.name),
            ("title", self.title),
            ("phone", self.phone),
            ("email", self.email),
        )
        for index, (name, field) in enumerate(fields):
            field.setObjectName(f"{object_prefix}_{name}")
            field.setAccessibleName(field.placeholderText())
            field.textEdited.connect(self.changed)
            layout.addWidget(field, index // 2, index % 2)

    def person(self) -> Person:
        return Person(
            self.name.text().strip(),
            self.title.text().strip(),
            self.phone.text().strip(),
            self.email.text().strip(),
        )

    def set_person(self, person: Person) -> None:
        self.name.setText(person.name)
        self.title.setText(person.title)
        self.phone.setText(person.phone)
        self.email.setText(person.email)


class ItemEditor(QScrollArea):
    """Edits one item in place; emits ``changed`` on every user edit (the window autosaves)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setObjectName("itemEditor")
        self._item: AgendaItem | None = None
        self._loading = False
        self._read_only = False
        self._section_editors: dict[Section, RichTextEdit] = {}
        self._section_boxes: dict[Section, QGroupBox] = {}

        page = QWidget()
        self._layout = QVBoxLayout(page)
        self.setWidget(page)
        self.heading = named(TitleHeading(), "itemHeading")
        self._layout.addWidget(self.heading)
        self._layout.addWidget(self._build_basics())
        self._sections_host = QVBoxLayout()
        self._layout.addLayout(self._sections_host)
        self._layout.addWidget(self._build_more())
        self._layout.addStretch(1)
        self.setEnabled(False)

    # --- building ------------------------------------------------------------
    def _build_basics(self) -> QGroupBox:
        """Title, body, state, numbers and the people of the item."""
        basics = QGroupBox(self.tr("Perustiedot"))
        form = QFormLayout(basics)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.title = self._line("title", self.tr("Asian otsikko, joka kuvaa asian sisällön"))
        form.addRow(self.tr("&Otsikko"), self.title)
        self.body = QLabel()
        self.body.setObjectName("body")
        form.addRow(self.tr("Toimielin"), self.body)
        self.state = named(QComboBox(), "state")
        for state in ItemState:
            self.state.addItem(state_label(state), state)
        self.state.currentIndexChanged.connect(self._emit)
        form.addRow(self.tr("&Tila"), self.state)
        self.dno = self._line("dno", self.tr("esim. KH 123/00.01.02/2026"))
        form.addRow(self.tr("&Dno"), self.dno)
        self.task_class = self._line("task_class", self.tr("tehtäväluokka, esim. 02 02 00"))
        form.addRow(self.tr("Tehtäväluokka"), self.task_class)
        self.earlier_handling = self._line("earlier_handling", self.tr("esim. KH 12.3.2026 § 45"))
        form.addRow(self.tr("Aikaisempi käsittely"), self.earlier_handling)
        self.preparer = PersonFields("preparer")
        self.preparer.changed.connect(self._emit)
        form.addRow(self.tr("&Valmistelija"), self.preparer)
        self.contact = PersonFields("contact")
        self.contact.changed.connect(self._emit)
        form.addRow(self.tr("&Lisätiedot antaa"), self.contact)
        self.presenter = self._line("presenter", self.tr("esim. kunnanjohtaja Maija Meikäläinen"))
        form.addRow(self.tr("&Esittelijä"), self.presenter)
        self.parties = self._line("parties", self.tr("keneen päätös välittömästi kohdistuu"))
        form.addRow(self.tr("&Asianosaiset"), self.parties)
        self.decision_date = named(OptionalDateEdit(self.tr("ei asetettu")), "decision_date")
        self.decision_date.dateChanged.connect(self._emit)
        form.addRow(self.tr("Päätöspäivä"), self.decision_date)
        return basics

    def _build_more(self) -> QGroupBox:
        """What follows the sections: attachments, who is told, appeal and secrecy."""
        more = QGroupBox(self.tr("Liitteet, tiedoksi ja muutoksenhaku"))
        more_form = QFormLayout(more)
        more_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.attachments = named(AttachmentList(), "attachments")
        self.attachments.changed.connect(self._emit)
        more_form.addRow(self.tr("Liitteet"), self.attachments)
        self.for_information = self._line("for_information", "")
        more_form.addRow(self.tr("Tiedoksi"), self.for_information)
        self._build_appeal_fields(more_form)
        self.disqualifications = self._plain(
            "disqualifications", self.tr("Nimi: peruste (HL 28 §), yksi riviä kohden")
        )
        more_form.addRow(self.tr("Esteellisyydet"), self.disqualifications)
        self.public = named(QCheckBox(self.tr("Julkinen asia")), "public")
        self.public.toggled.connect(self._emit)
        more_form.addRow("", self.public)
        self.secrecy_ground = self._line(
            "secrecy_ground", self.tr("esim. Salassa pidettävä, JulkL 24 § 1 mom 25 k")
        )
        more_form.addRow(self.tr("Salassapitoperuste"), self.secrecy_ground)
        return more

    def _build_appeal_fields(self, form: QFormLayout) -> None:
        """What the decision is, the route the rules give it, and the reason for another one.

        The route follows the basis (and, once recorded, the decision): choosing another
        route asks for the written reason at once, and "no appeal" for its ground, because
        the check refuses either without one (Hallintolaki 47 §).
        """
        self.appeal_basis = named(QComboBox(), "appeal_basis")
        for basis in AppealBasis:
            self.appeal_basis.addItem(appeal_basis_label(basis), basis.value)
        self.appeal_basis.currentIndexChanged.connect(self._basis_changed)
        form.addRow(self.tr("Päätöksen laji"), self.appeal_basis)
        self.appeal_law = named(QComboBox(), "appeal_law")
        self.appeal_law.addItem(self.tr("(valitse laki)"), "")
        for law in load_laws():
            self.appeal_law.addItem(law.display_name(default_language()), law.id)
        self.appeal_law.currentIndexChanged.connect(self._law_changed)
        self._law_label = QLabel(self.tr("Erityislaki"))
        form.addRow(self._law_label, self.appeal_law)
        self.appeal_type = named(QComboBox(), "appeal_type")
        for appeal in AppealType:
            self.appeal_type.addItem(appeal_label(appeal), appeal)
        self.appeal_type.currentIndexChanged.connect(self._emit)
        self.appeal_type.activated.connect(self._appeal_chosen)
        form.addRow(self.tr("Muutoksenhaku"), self.appeal_type)
        self.appeal_derived = named(QLabel(), "appeal_derived")
        self.appeal_derived.setWordWrap(True)
        form.addRow("", self.appeal_derived)
        self.appeal_reason = self._line(
            "appeal_reason",
            self.tr("perustelu, jos muutoksenhaku poikkeaa säännöistä, tai kiellon peruste"),
        )
        self.appeal_reason.textEdited.connect(lambda _text: self._show_derived())
        form.addRow(self.tr("Perustelu"), self.appeal_reason)
        self._organization: Organization | None = None
        self._record: EntryDecision | None = None
        self._standing = False
        self._context_known = False
        self._shown_appeal = AppealType.CORRECTION

    def set_appeal_context(self, record: EntryDecision | None, standing: bool = False) -> None:
        """What the body decided on the shown item (its agenda entry), for the derived route."""
        self._record = record
        self._standing = standing
        self._context_known = True
        self._show_derived()

    def derived_route(self) -> Route | None:
        item = self._item
        if item is None:
            return None
        probe = copy.copy(item)
        probe.appeal_basis = str(self.appeal_basis.currentData() or "")
        probe.appeal_law = str(self.appeal_law.currentData() or "")
        kind = self._organization.kind if self._organization else None
        return derive_route(kind, self._record, probe, standing=self._standing)

    def _show_derived(self) -> None:
        derived = self.derived_route()
        special = self.appeal_basis.currentData() == AppealBasis.SPECIAL_LAW.value
        self.appeal_law.setVisible(special)
        self._law_label.setVisible(special)
        if derived is None:
            self.appeal_derived.clear()
            return
        text = (
            self.tr("Sääntöjen mukaan: %1 (%2)")
            .replace("%1", appeal_label(derived.appeal_type))
            .replace("%2", derived.citation)
        )
        chosen = AppealType(self.appeal_type.currentData())
        decided = self._item is not None and self._item.state is ItemState.DECIDED
        if decided and not self._context_known:
            # Recording set the route from the decision, which this form was not told about.
            self.appeal_derived.setText(text)
            return
        if chosen is not derived.appeal_type:
            reason = self.appeal_reason.text().strip()
            text += "\n" + (
                self.tr("Poikkeava muutoksenhaku, perustelu: %1").replace("%1", reason)
                if reason
                else self.tr("Poikkeava muutoksenhaku ilman perustelua: tarkistus estää julkaisun.")
            )
        self.appeal_derived.setText(text)

    def _basis_changed(self) -> None:
        if self._loading or self._item is None:
            self._show_derived()
            return
        self._follow_rules()
        self._emit()

    def _law_changed(self) -> None:
        self._show_derived()
        self._emit()

    def _follow_rules(self) -> None:
        """Show the derived route, unless the user has overridden it with a written reason."""
        derived = self.derived_route()
        if derived is not None and not self.appeal_reason.text().strip():
            self._set_appeal(derived.appeal_type)
        self._show_derived()

    def _set_appeal(self, appeal: AppealType) -> None:
        self.appeal_type.setCurrentIndex(self.appeal_type.findData(appeal))
        self._shown_appeal = appeal

    def _appeal_chosen(self, _index: int) -> None:
        chosen = AppealType(self.appeal_type.currentData())
        derived = self.derived_route()
        if derived is None or chosen is derived.appeal_type:
            self.appeal_reason.clear()
            self._shown_appeal = chosen
            self._show_derived()
            self._emit()
            return
        if chosen is AppealType.NONE:
            label = self.tr("Millä säännöksellä muutoksenhaku on kielletty? (esim. KuntaL 136 §)")
        else:
            label = self.tr("Miksi muutoksenhaku poikkeaa säännöistä (%1)?").replace(
                "%1", appeal_label(derived.appeal_type)
            )
        text, accepted = QInputDialog.getText(
            self,
            self.tr("Muutoksenhaun perustelu"),
            label,
            QLineEdit.EchoMode.Normal,
            self.appeal_reason.text(),
        )
        if accepted and text.strip():
            self.appeal_reason.setText(text.strip())
            self._shown_appeal = chosen
            self._show_derived()
            self._emit()
            return
        self._loading = True  # back to the route shown before: nothing changed to save
        try:
            self._set_appeal(self._shown_appeal)
        finally:
            self._loading = False
        self._show_derived()

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        field = named(QLineEdit(), name)
        field.setPlaceholderText(placeholder)
        field.textEdited.connect(self._emit)
        return field

    def _plain(self, name: str, placeholder: str) -> QPlainTextEdit:
        field = named(QPlainTextEdit(), name)
        field.setPlaceholderText(placeholder)
        field.setTabChangesFocus(True)
        field.setFixedHeight(60)
        field.textChanged.connect(self._emit)
        return field

    def _emit(self) -> None:
        if not self._loading and self._item is not None:
            self.changed.emit()

    def section_editor(self, section: Section) -> RichTextEdit:
        return self._section_editors[section]

    def section_editors(self) -> dict[Section, RichTextEdit]:
        return dict(self._section_editors)

    def field_widget(self, field: str) -> QWidget | None:
        if field in {s.value for s in Section}:
            return self._section_editors.get(Section(field))
        if field == "contact":
            return self.contact.name
        if field == "contact.phone":
            return self.contact.phone
        if field == "preparer":
            return self.preparer.name
        found = self.findChild(QWidget, field)
        return found if isinstance(found, QWidget) else None

    # --- loading and reading ----------------------------------------------------
    def current_item(self) -> AgendaItem | None:
        return self._item

    def load(
        self, item: AgendaItem | None, template: Template | None, organization: Organization | None
    ) -> None:
        """Show ``item``; the section editors follow the template's list of sections."""
        self._loading = True
        try:
            self._item = item
            self.setEnabled(item is not None)
            self._rebuild_sections(item, template)
            if item is None:
                self.heading.setText(self.tr("Valitse asia vasemmalta tai luo uusi asia pohjasta."))
                return
            self.heading.setText(item.title or self.tr("(nimetön asia)"))
            self.body.setText(organization.name if organization else item.organization_id)
            self._organization = organization
            self._record, self._standing, self._context_known = None, False, False
            for unit in _FIELD_UNITS:
                self._show_field(unit, item)
            for section, editor in self._section_editors.items():
                editor.set_clean_html(item.section(section))
            if self._read_only:
                self._lock_fields()
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        """A workspace that cannot be written: text can be read, selected and copied only."""
        self._read_only = read_only
        if read_only:
            self._lock_fields()

    def _lock_fields(self) -> None:
        for text in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
            text.setReadOnly(True)
        for rich in self.findChildren(QTextEdit):
            rich.setReadOnly(True)
        for choice in (
            self.state,
            self.appeal_type,
            self.appeal_basis,
            self.appeal_law,
            self.public,
            self.decision_date,
        ):
            choice.setEnabled(False)
        self.attachments.setEnabled(False)

    def apply_units(self, item: AgendaItem, units: list[str]) -> bool:
        """Show ``item``'s values of ``units`` in place, leaving every other widget alone.

        Used when another writer's fields were merged in while the user types elsewhere:
        the widget with the cursor is not rebuilt. False when a unit has no widget here
        (a section the template does not show): the caller then loads the item whole.
        """
        current = self._item
        if current is None or current.id != item.id:
            return False
        sections = [Section(u.removeprefix("section:")) for u in units if u.startswith("section:")]
        if any(section not in self._section_editors for section in sections):
            return False
        self._loading = True
        try:
            for section in sections:
                self._section_editors[section].set_clean_html(item.section(section))
                if section in item.sections:
                    current.sections[section] = item.sections[section]
                else:
                    current.sections.pop(section, None)
            for unit in units:
                if not unit.startswith("section:"):
                    setattr(current, unit, copy.deepcopy(getattr(item, unit)))
                    self._show_field(unit, current)
            current.revision = item.revision
        finally:
            self._loading = False
        return True

    def _show_field(self, unit: str, item: AgendaItem) -> None:
        setters: dict[str, Callable[[], None]] = {
            "title": lambda: self.title.setText(item.title),
            "state": lambda: self.state.setCurrentIndex(self.state.findData(item.state)),
            "dno": lambda: self.dno.setText(item.dno),
            "task_class": lambda: self.task_class.setText(item.task_class),
            "earlier_handling": lambda: self.earlier_handling.setText(item.earlier_handling),
            "preparer": lambda: self.preparer.set_person(item.preparer),
            "contact": lambda: self.contact.set_person(item.contact),
            "presenter": lambda: self.presenter.setText(item.presenter),
            "parties": lambda: self.parties.setText(item.parties),
            "decision_date": lambda: self.decision_date.set_value(item.decision_date),
            "attachments": lambda: self.attachments.set_attachments(item.attachments),
            "for_information": lambda: self.for_information.setText(item.for_information),
            "appeal_type": lambda: self._set_appeal(item.appeal_type),
            "appeal_basis": lambda: self.appeal_basis.setCurrentIndex(
                max(0, self.appeal_basis.findData(item.appeal_basis))
            ),
            "appeal_law": lambda: self._show_law(item.appeal_law),
            "appeal_reason": lambda: self.appeal_reason.setText(item.appeal_reason),
            "disqualifications": lambda: self.disqualifications.setPlainText(
                "\n".join(f"{d.person}: {d.ground}" for d in item.disqualifications)
            ),
            "public": lambda: self.public.setChecked(item.public),
            "secrecy_ground": lambda: self.secrecy_ground.setText(item.secrecy_ground),
        }
        show = setters.get(unit)
        if show is not None:
            show()
        if unit.startswith("appeal_"):
            self._show_derived()

    def _show_law(self, law_id: str) -> None:
        """Select ``law_id``; a law no longer in the list is kept and shown by its id."""
        index = self.appeal_law.findData(law_id)
        if index < 0:
            self.appeal_law.addItem(law_id, law_id)
            index = self.appeal_law.count() - 1
        self.appeal_law.setCurrentIndex(index)

    def _rebuild_sections(self, item: AgendaItem | None, template: Template | None) -> None:
        for box in self._section_boxes.values():
            box.setParent(None)
            box.deleteLater()
        self._section_boxes.clear()
        self._section_editors.clear()
        if item is None:
            return
        sections = list(template.sections) if template else list(Section)
        for extra in item.sections:
            if extra not in sections:
                sections.append(extra)
        language = item.language
        for section in sections:
            label = template.label(section.value, language) if template else section.value
            box = QGroupBox(label)
            box.setObjectName(f"box_{section.value}")
            layout = QVBoxLayout(box)
            editor = RichTextEdit()
            editor.setObjectName(f"section_{section.value}")
            editor.setAccessibleName(label)
            editor.changed.connect(self._emit)
            layout.addWidget(editor)
            self._sections_host.addWidget(box)
            self._section_boxes[section] = box
            self._section_editors[section] = editor

    def read_item(self) -> AgendaItem | None:
        """The item as the form shows it now (a new object; the loaded one is updated too)."""
        item = self._item
        if item is None:
            return None
        item.title = self.title.text().strip()
        item.state = ItemState(self.state.currentData())
        item.dno = self.dno.text().strip()
        item.task_class = self.task_class.text().strip()
        item.earlier_handling = self.earlier_handling.text().strip()
        item.preparer = self.preparer.person()
        item.contact = self.contact.person()
        item.presenter = self.presenter.text().strip()
        item.parties = self.parties.text().strip()
        item.decision_date = self.decision_date.value()
        item.attachments = self.attachments.attachments()
        item.for_information = self.for_information.text().strip()
        item.appeal_type = AppealType(self.appeal_type.currentData())
        item.appeal_basis = str(self.appeal_basis.currentData() or "")
        item.appeal_law = str(self.appeal_law.currentData() or "")
        item.appeal_reason = self.appeal_reason.text().strip()
        item.disqualifications = [
            _parse_disqualification(line)
            for line in self.disqualifications.toPlainText().splitlines()
            if line.strip()
        ]
        item.public = self.public.isChecked()
        item.secrecy_ground = self.secrecy_ground.text().strip()
        item.sections = {s: e.clean_html() for s, e in self._section_editors.items()}
        self.heading.setText(item.title or self.tr("(nimetön asia)"))
        return item


#: The item's fields the form shows, by their unit code (see ``desktop_app.domain.changes``).
_FIELD_UNITS = (
    "title",
    "state",
    "dno",
    "task_class",
    "earlier_handling",
    "preparer",
    "contact",
    "presenter",
    "parties",
    "decision_date",
    "attachments",
    "for_information",
    "appeal_basis",
    "appeal_law",
    "appeal_type",
    "appeal_reason",
    "disqualifications",
    "public",
    "secrecy_ground",
)


def _parse_disqualification(line: str) -> Disqualification:
    person, _, ground = line.partition(":")
    return Disqualification(person.strip(), ground.strip())
