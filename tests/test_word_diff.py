"""Word-level differences and the plain text of an item's units."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.changes import changed_fields
from desktop_app.domain.model import (
    AgendaItem,
    Attachment,
    Disqualification,
    ItemState,
    Person,
    Section,
)
from desktop_app.domain.word_diff import DiffSpan, item_text_units, tokens, word_diff


def side(spans: list[DiffSpan], kind: str) -> str:
    return "".join(span.text for span in spans if span.kind in ("same", kind))


def changed(spans: list[DiffSpan], kind: str) -> list[str]:
    return [span.text for span in spans if span.kind == kind]


def test_one_finnish_word_changed() -> None:
    before = "Lautakunta päättää myöntää avustuksen yhdistykselle."
    after = "Lautakunta päättää evätä avustuksen yhdistykselle."
    spans = word_diff(before, after)
    assert changed(spans, "removed") == ["myöntää"]
    assert changed(spans, "added") == ["evätä"]
    assert spans[0] == DiffSpan("same", "Lautakunta päättää ")
    assert side(spans, "removed") == before
    assert side(spans, "added") == after


def test_words_with_umlauts_are_whole_tokens() -> None:
    assert tokens("Päätös: hyväksytään, 2026.") == [
        "Päätös",
        ":",
        " ",
        "hyväksytään",
        ",",
        " ",
        "2026",
        ".",
    ]
    spans = word_diff("Sähkö hyväksytään", "Sähkö hylätään")
    assert changed(spans, "removed") == ["hyväksytään"]
    assert changed(spans, "added") == ["hylätään"]


def test_neighbouring_changes_read_as_one() -> None:
    spans = word_diff("kissa istuu pöydällä", "koira makaa pöydällä")
    assert changed(spans, "removed") == ["kissa istuu"]
    assert changed(spans, "added") == ["koira makaa"]
    assert spans[-1] == DiffSpan("same", " pöydällä")


def test_moved_sentence_is_removed_in_one_place_and_added_in_another() -> None:
    first = "Hakemus saapui 3.2.2026."
    second = "Yhdistys pyytää avustusta kesäleiriin."
    third = "Määräraha on talousarviossa."
    before = f"{first} {second} {third}"
    after = f"{second} {third} {first}"
    spans = word_diff(before, after)
    assert side(spans, "removed") == before
    assert side(spans, "added") == after
    assert "".join(changed(spans, "removed")).strip() == first
    assert "".join(changed(spans, "added")).strip() == first
    assert second in "".join(span.text for span in spans if span.kind == "same")


def test_only_whitespace_changed() -> None:
    spans = word_diff("Päätös  tehtiin.", "Päätös tehtiin. ")
    assert spans == [
        DiffSpan("same", "Päätös"),
        DiffSpan("removed", "  "),
        DiffSpan("added", " "),
        DiffSpan("same", "tehtiin."),
        DiffSpan("added", " "),
    ]


def test_a_sentence_added_after_the_last_full_stop() -> None:
    before = "Hakemus hyväksytään."
    after = "Hakemus hyväksytään. Päätös annetaan tiedoksi."
    assert word_diff(before, after) == [
        DiffSpan("same", before),
        DiffSpan("added", " Päätös annetaan tiedoksi."),
    ]


def test_empty_before_is_all_added() -> None:
    assert word_diff("", "Uusi päätösehdotus.") == [DiffSpan("added", "Uusi päätösehdotus.")]
    assert word_diff("Poistettu.", "") == [DiffSpan("removed", "Poistettu.")]
    assert word_diff("", "") == []


def test_identical_texts_are_one_same_span() -> None:
    text = "Ei muutoksia.\nToinen rivi."
    assert word_diff(text, text) == [DiffSpan("same", text)]


def test_long_texts_are_not_scattered_by_autojunk() -> None:
    words = " ".join(f"sana{i}" for i in range(400))
    spans = word_diff(words, words.replace("sana200", "muutettu"))
    assert changed(spans, "removed") == ["sana200"]
    assert changed(spans, "added") == ["muutettu"]


@given(st.text(alphabet="aäöb .,\n", max_size=60), st.text(alphabet="aäöb .,\n", max_size=60))
def test_spans_give_both_texts_back(before: str, after: str) -> None:
    spans = word_diff(before, after)
    assert side(spans, "removed") == before
    assert side(spans, "added") == after
    assert all(span.text for span in spans)
    assert all(a.kind != b.kind for a, b in pairwise(spans))


def sample_item() -> AgendaItem:
    return AgendaItem(
        id=1,
        organization_id="kh",
        template_id="kunnanhallitus",
        title="Päiväkodin laajennus",
        dno="KH 12/2026",
        state=ItemState.READY,
        preparer=Person("Maija Meikäläinen", "talousjohtaja", "040 123 4567", "maija@kunta.fi"),
        contact=Person("Olli Ööpinen", email="olli@kunta.fi"),
        decision_date=date(2026, 4, 3),
        sections={
            Section.DESCRIPTION: "<p>Päiväkoti on <b>ahdas</b>.</p><p>Toinen kappale.</p>",
            Section.PROPOSAL: "<p>Kunnanhallitus hyväksyy laajennuksen.</p>",
        },
        attachments=[Attachment("Piirustukset.pdf"), Attachment("Tarjous.pdf", public=False)],
        disqualifications=[Disqualification("Erkki Esimerkki", "HL 28 § 1 mom 2 k")],
    )


def test_item_text_units() -> None:
    units = item_text_units(sample_item())
    assert units["title"] == "Päiväkodin laajennus"
    assert units["state"] == "valmis"
    assert units["preparer"] == "Maija Meikäläinen, talousjohtaja, 040 123 4567, maija@kunta.fi"
    assert units["contact"] == "Olli Ööpinen, olli@kunta.fi"
    assert units["decision_date"] == "3.4.2026"
    assert units["section:selostus"] == "Päiväkoti on ahdas.\nToinen kappale."
    assert units["section:paatosehdotus"] == "Kunnanhallitus hyväksyy laajennuksen."
    assert "section:paatos" not in units
    assert units["attachments"] == "Piirustukset.pdf\nTarjous.pdf"
    assert units["disqualifications"] == "Erkki Esimerkki: HL 28 § 1 mom 2 k"
    assert units["public"] == "true"


def test_every_changed_unit_has_a_text() -> None:
    """The codes of changes.changed_fields and of item_text_units are the same codes."""
    before = sample_item()
    after = sample_item()
    after.title = "Päiväkodin laajennus ja peruskorjaus"
    after.sections[Section.PROPOSAL] = "<p>Kunnanhallitus hylkää laajennuksen.</p>"
    after.sections[Section.DECISION] = "<p>Hyväksyttiin.</p>"
    after.public = False
    units_before, units_after = item_text_units(before), item_text_units(after)
    codes = changed_fields(before, after)
    assert set(codes) == {"title", "public", "section:paatosehdotus", "section:paatos"}
    for code in codes:
        assert code in units_after
        assert units_before.get(code, "") != units_after[code]
    spans = word_diff(units_before["section:paatosehdotus"], units_after["section:paatosehdotus"])
    assert changed(spans, "removed") == ["hyväksyy"]
    assert changed(spans, "added") == ["hylkää"]
