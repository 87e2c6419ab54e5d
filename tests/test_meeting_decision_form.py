"""The decision form's text fields as the record the minutes print."""

from desktop_app.domain.model import Disqualification
from desktop_app.meetings.decision_form import DecisionForm, names_from_text
from desktop_app.meetings.model import DecisionKind


def test_names_are_split_at_commas_and_empty_parts_dropped() -> None:
    assert names_from_text(" Pekka Malli,Liisa Kokeilu , ,") == ["Pekka Malli", "Liisa Kokeilu"]
    assert names_from_text("   ") == []


def test_a_vote_is_recorded_only_with_its_question_and_counts_its_names() -> None:
    names_only = DecisionForm(DecisionKind.AFTER_VOTE, yes="Aino Esimerkki, Pekka Malli")
    assert names_only.record().votes == []

    form = DecisionForm(
        DecisionKind.AFTER_VOTE,
        vote_question=" JAA: esittelijän ehdotus, EI: Mallin vastaehdotus ",
        yes="Aino Esimerkki, Pekka Malli, Sanna Näyte",
        no="Liisa Kokeilu",
        blank="",
        vote_result=" Esittelijän ehdotus voitti äänin 3–1. ",
    )
    (vote,) = form.record().votes
    assert vote.question == "JAA: esittelijän ehdotus, EI: Mallin vastaehdotus"
    assert [(side.label, side.count) for side in vote.sides] == [
        ("JAA", 3),
        ("EI", 1),
        ("TYHJÄÄ", 0),
    ]
    assert vote.sides[1].names == ["Liisa Kokeilu"]
    assert vote.result == "Esittelijän ehdotus voitti äänin 3–1."


def test_texts_become_paragraphs_and_attendance_lines_changes() -> None:
    ground = "Hallintolaki 28 § 1 mom. 1 kohta"
    record = DecisionForm(
        DecisionKind.MODIFIED,
        text="Kunnanhallitus päätti myydä tontin.\n\nKauppahinta on 5 000 euroa.",
        handling="Pekka Malli teki vastaehdotuksen.",
        disqualifications=[Disqualification("Jaakko Jäsen", ground)],
        attendance="+ Liisa Kokeilu 18.05\n- Pekka Malli klo 19.10",
    ).record()
    assert record.kind is DecisionKind.MODIFIED
    assert record.text.count("<p>") == 2 and "5 000 euroa" in record.text
    assert record.handling.startswith("<p>Pekka Malli")
    assert record.disqualifications == [Disqualification("Jaakko Jäsen", ground)]
    assert [(c.person, c.arrived, c.time) for c in record.attendance] == [
        ("Liisa Kokeilu", True, "klo 18.05"),
        ("Pekka Malli", False, "klo 19.10"),
    ]


def test_an_empty_form_is_a_decision_as_proposed_with_nothing_else() -> None:
    record = DecisionForm(DecisionKind.AS_PROPOSED).record()
    assert (record.text, record.handling, record.votes) == ("", "", [])
    assert record.disqualifications == [] and record.attendance == []
