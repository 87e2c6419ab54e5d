"""Recording what the body did with one item: decision, handling, votes, disqualifications."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.model import AgendaItem, Disqualification
from desktop_app.meetings.decision_form import DecisionForm
from desktop_app.meetings.model import DecisionKind, EntryDecision
from desktop_app.meetings.wording import disqualification_grounds
from ui.meeting_labels import decision_labels
from ui.widgets import accept_cancel_buttons, named


class DecisionDialog(QDialog):
    """The form only collects text; :class:`DecisionForm` turns it into the record."""

    def __init__(self, item: AgendaItem, members: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = item.language  # the minutes' wording: vote sides, grounds, clock word
        self.setWindowTitle(self.tr("Päätöksen kirjaaminen: %s") % item.title)
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_decision())
        layout.addWidget(self._build_vote())
        layout.addWidget(self._build_disqualifications(members))
        self.attendance = named(QPlainTextEdit(), "attendance")
        self.attendance.setPlaceholderText(
            self.tr("Saapumiset ja poistumiset, rivi kerrallaan: + Nimi 18.20 / - Nimi 19.05")
        )
        self.attendance.setAccessibleName(self.tr("Saapumiset ja poistumiset"))
        self.attendance.setFixedHeight(56)
        layout.addWidget(self.attendance)
        layout.addWidget(accept_cancel_buttons(self))

    def _build_decision(self) -> QFormLayout:
        form = QFormLayout()
        self.kind = named(QComboBox(), "decisionKind")
        for kind, label in decision_labels().items():
            self.kind.addItem(label, kind)
        self.kind.setAccessibleName(self.tr("Päätös"))
        form.addRow(self.tr("&Päätös"), self.kind)
        self.text = named(QPlainTextEdit(), "decisionText")
        self.text.setPlaceholderText(
            self.tr("Päätöksen sanamuoto, jos se poikkeaa ehdotuksesta (muutettu, pöydälle, …)")
        )
        self.text.setAccessibleName(self.tr("Päätösteksti"))
        self.text.setFixedHeight(80)
        form.addRow(self.tr("Päätösteksti"), self.text)
        self.handling = named(QPlainTextEdit(), "handlingText")
        self.handling.setPlaceholderText(self.tr("Vastaehdotukset, kannatukset ja muut vaiheet"))
        self.handling.setAccessibleName(self.tr("Käsittely"))
        self.handling.setFixedHeight(80)
        form.addRow(self.tr("&Käsittely"), self.handling)
        return form

    def _build_vote(self) -> QGroupBox:
        vote_box = QGroupBox(self.tr("Äänestys (jos äänestettiin)"))
        vote_form = QFormLayout(vote_box)
        self.vote_question = named(QLineEdit(), "voteQuestion")
        self.vote_question.setPlaceholderText(
            self.tr("esim. JAA: esittelijän ehdotus, EI: jäsenen vastaehdotus")
        )
        self.vote_question.setAccessibleName(self.tr("Äänestysesitys"))
        vote_form.addRow(self.tr("Äänestysesitys"), self.vote_question)
        self.vote_yes = named(QLineEdit(), "voteYes")
        self.vote_no = named(QLineEdit(), "voteNo")
        self.vote_blank = named(QLineEdit(), "voteBlank")
        for field, label in (
            (self.vote_yes, self.tr("JAA")),
            (self.vote_no, self.tr("EI")),
            (self.vote_blank, self.tr("TYHJÄÄ")),
        ):
            field.setPlaceholderText(self.tr("nimet pilkuin eroteltuina"))
            field.setAccessibleName(label)
            vote_form.addRow(label, field)
        self.vote_result = named(QLineEdit(), "voteResult")
        self.vote_result.setAccessibleName(self.tr("Tulos"))
        vote_form.addRow(self.tr("Tulos"), self.vote_result)
        return vote_box

    def _build_disqualifications(self, members: list[str]) -> QGroupBox:
        disq_box = QGroupBox(self.tr("Esteellisyys (Hallintolaki 28 §)"))
        disq_layout = QVBoxLayout(disq_box)
        row = QHBoxLayout()
        self.disq_person = named(QComboBox(), "disqPerson")
        self.disq_person.setEditable(True)
        self.disq_person.addItems(members)
        self.disq_person.setAccessibleName(self.tr("Esteellinen henkilö"))
        self.disq_ground = named(QComboBox(), "disqGround")
        for key, label in disqualification_grounds(self._language).items():
            self.disq_ground.addItem(label, key)
        self.disq_ground.setAccessibleName(self.tr("Esteellisyyden peruste"))
        add = named(QPushButton(self.tr("Lisää")), "addDisqualification")
        add.clicked.connect(self._add_disqualification)
        row.addWidget(self.disq_person, 2)
        row.addWidget(self.disq_ground, 3)
        row.addWidget(add)
        disq_layout.addLayout(row)
        self.disqualified = named(QListWidget(), "disqualifiedList")
        self.disqualified.setAccessibleName(self.tr("Esteelliset"))
        self.disqualified.setFixedHeight(70)
        disq_layout.addWidget(self.disqualified)
        return disq_box

    def _add_disqualification(self) -> None:
        person = self.disq_person.currentText().strip()
        if person:
            entry = QListWidgetItem(f"{person}: {self.disq_ground.currentText()}")
            entry.setData(
                Qt.ItemDataRole.UserRole, Disqualification(person, self.disq_ground.currentText())
            )
            self.disqualified.addItem(entry)

    def form(self) -> DecisionForm:
        return DecisionForm(
            kind=DecisionKind(self.kind.currentData()),
            text=self.text.toPlainText(),
            handling=self.handling.toPlainText(),
            vote_question=self.vote_question.text(),
            yes=self.vote_yes.text(),
            no=self.vote_no.text(),
            blank=self.vote_blank.text(),
            vote_result=self.vote_result.text(),
            disqualifications=[
                self.disqualified.item(r).data(Qt.ItemDataRole.UserRole)
                for r in range(self.disqualified.count())
            ],
            attendance=self.attendance.toPlainText(),
            language=self._language,
        )

    def record(self) -> EntryDecision:
        return self.form().record()
