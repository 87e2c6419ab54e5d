"""Document wording exists in Finnish and Swedish and follows the document's language.

Template names and descriptions, vote labels, the clock word, " ja " between names, the
grounds of disqualification and suggested file names are the document's words: a Swedish
meeting's minutes must not say "JAA/EI/TYHJÄÄ" or "klo", and a Swedish window must not offer
"Kunnanhallituksen asia".
"""

from __future__ import annotations

from datetime import datetime

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.domain.model import AgendaItem, BodyKind, Meeting, Organization
from desktop_app.meetings.clock import parse_attendance
from desktop_app.meetings.decision_form import DecisionForm
from desktop_app.meetings.file_names import suggested_file_name
from desktop_app.meetings.model import DISQUALIFICATION_GROUNDS, DecisionKind
from desktop_app.meetings.recording import decision_html, handling_html
from desktop_app.meetings.standing import name_list
from desktop_app.meetings.wording import disqualification_grounds, vote_sides
from desktop_app.templating.catalog import TemplateCatalog

BOARD = Organization("kh", "Kunnanhallitus", BodyKind.BOARD, short_name="KH")


def _catalog() -> TemplateCatalog:
    return TemplateCatalog.load(None)


def test_every_bundled_template_has_finnish_and_swedish_names_and_descriptions() -> None:
    templates = _catalog().all()
    assert len(templates) >= 4
    for template in templates:
        assert template.builtin
        for language in ("fi", "sv"):
            assert template.name.get(language, "").strip(), (template.id, language)
            assert template.description.get(language, "").strip(), (template.id, language)
        assert template.display_name("sv") != template.display_name("fi")
        assert template.display_description("sv") != template.display_description("fi")
        # the section headings and starter texts exist in both languages as well
        assert set(template.labels["sv"]) == set(template.labels["fi"]), template.id
        assert set(template.texts["sv"]) == set(template.texts["fi"]), template.id
    board = _catalog().get("kunnanhallitus")
    assert board.display_name("sv") == "Kommunstyrelsens ärende"
    assert board.display_name("en") == board.display_name("fi")  # documents: fi and sv only


def test_the_new_item_dialog_names_templates_in_the_window_language(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.new_item_dialog import NewItemDialog

    templates = _catalog().all()
    for language in ("sv", "fi"):
        monkeypatch.setenv("PAATOSPAJA_LANG", language)
        dialog = NewItemDialog(templates, [BOARD])
        qtbot.addWidget(dialog)
        shown = [dialog.templates.item(row).text() for row in range(dialog.templates.count())]
        assert shown == [t.display_name(language) for t in templates]
        assert dialog.description.text() == templates[0].display_description(language)


def test_a_swedish_vote_is_minuted_with_swedish_labels() -> None:
    assert vote_sides("fi") == ("JAA", "EI", "TYHJÄÄ")
    assert vote_sides("sv") == ("JA", "NEJ", "BLANK")
    form = DecisionForm(
        DecisionKind.AFTER_VOTE,
        text="Nämnden beslöt enligt motförslaget.",
        vote_question="JA: föredragandens förslag, NEJ: motförslaget",
        yes="Anna Exempel, Per Modell",
        no="Lisa Prov",
        attendance="+ Lisa Prov 18.20",
        language="sv",
    )
    record = form.record()
    assert [side.label for side in record.votes[0].sides] == ["JA", "NEJ", "BLANK"]
    assert record.attendance[0].time == "kl. 18.20"
    minuted = handling_html(record, "sv")
    assert "<th>Alternativ</th><th>Röster</th><th>Röstande</th>" in minuted
    assert "<td>NEJ</td>" in minuted and "anlände till mötet kl. 18.20." in minuted
    assert "klo" not in minuted and "Äänestys" not in minuted and "TYHJÄÄ" not in minuted
    assert decision_html(DecisionForm(DecisionKind.TABLED).record(), "sv") == (
        "<p>Ärendet bordlades.</p>"
    )


def test_the_finnish_record_reads_as_before() -> None:
    record = DecisionForm(
        DecisionKind.AFTER_VOTE,
        text="Hyväksyttiin.",
        vote_question="JAA: ehdotus, EI: vastaehdotus",
        yes="Aino Esimerkki",
        no="Pekka Malli",
        attendance="- Pekka Malli klo 19.10, § 6 aikana",
    ).record()
    assert record.attendance[0].time == "klo 19.10, § 6 aikana"
    assert handling_html(record, "fi") == (
        "<p>Pekka Malli poistui kokouksesta klo 19.10, § 6 aikana.</p>"
        "<p><b>Äänestys:</b> JAA: ehdotus, EI: vastaehdotus</p>"
        "<table><tr><th>Vaihtoehto</th><th>Ääniä</th><th>Äänestäneet</th></tr>"
        "<tr><td>JAA</td><td>1</td><td>Aino Esimerkki</td></tr>"
        "<tr><td>EI</td><td>1</td><td>Pekka Malli</td></tr>"
        "<tr><td>TYHJÄÄ</td><td>0</td><td></td></tr></table>"
    )


def test_names_times_grounds_and_file_names_follow_the_document_language() -> None:
    assert name_list(["Aino", "Pekka", "Liisa"], "fi") == "Aino, Pekka ja Liisa"
    assert name_list(["Anna", "Per"], "sv") == "Anna och Per"
    assert parse_attendance("- Per Modell 19.05", "sv")[0].time == "kl. 19.05"
    assert parse_attendance("- Pekka Malli kello 19.05")[0].time == "klo 19.05"

    swedish = disqualification_grounds("sv")
    assert set(swedish) == set(DISQUALIFICATION_GROUNDS)
    assert swedish["28.1.3"] == "FvL 28 § 1 mom. 3 p. (intressejäv)"
    assert DISQUALIFICATION_GROUNDS["28.1.3"] == "HL 28 § 1 mom 3 k (intressijäävi)"

    meeting = Meeting(None, "kh", 3, 2026, start=datetime(2026, 3, 2, 18), language="sv")
    assert suggested_file_name("agenda", meeting, BOARD) == "KH-3-2026-foredragningslista.docx"
    assert suggested_file_name("minutes", meeting, BOARD, public=True, after_appeal=True) == (
        "KH-3-2026-protokoll-offentlig-efter-besvarstiden.docx"
    )
    assert suggested_file_name("minutes", meeting, BOARD, language="fi") == (
        "KH-3-2026-poytakirja.docx"
    )


def test_a_swedish_item_decided_in_the_window_gets_swedish_grounds(qtbot: QtBot) -> None:
    from ui.meeting_decision_dialog import DecisionDialog

    item = AgendaItem(None, "kh", "kunnanhallitus", title="Tomtförsäljning", language="sv")
    dialog = DecisionDialog(item, ["Anna Exempel"])
    qtbot.addWidget(dialog)
    offered = [dialog.disq_ground.itemText(i) for i in range(dialog.disq_ground.count())]
    assert offered == list(disqualification_grounds("sv").values())
    dialog.vote_question.setText("JA: förslaget, NEJ: motförslaget")
    dialog.vote_yes.setText("Anna Exempel")
    assert [side.label for side in dialog.record().votes[0].sides] == ["JA", "NEJ", "BLANK"]


def test_a_refused_record_gives_its_reason_in_the_reader_language() -> None:
    from desktop_app.meetings.errors import RecordInvalid
    from desktop_app.meetings.recording import validate
    from desktop_app.messages import describe

    with pytest.raises(RecordInvalid) as refused:
        validate(DecisionForm(DecisionKind.MODIFIED).record())
    assert describe(refused.value, "fi") == "Päätöstä ei voi kirjata: päätöksen teksti puuttuu."
    assert "beslutets text saknas" in describe(refused.value, "sv")
    assert "the decision's text is missing" in describe(refused.value, "en")
