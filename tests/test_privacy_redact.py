"""Redacted copies of items: spans replaced inside the rich text, structure kept."""

from __future__ import annotations

import copy

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.model import AgendaItem, Attachment, Person, Section
from desktop_app.domain.richtext import html_to_text, parse_html, to_html, to_plain_text
from desktop_app.privacy.detect import DetectorSettings, fingerprint
from desktop_app.privacy.marks import Mark, MarkKind, field_text
from desktop_app.privacy.redact import (
    PERSONAL_MARK,
    SECRET_MARK,
    RedactionPolicy,
    Replacement,
    _run_positions,
    redact_blocks,
    redact_html,
    redact_item,
    redact_text,
)

HTML = (
    "<p>Hakija <b>Testi Henkilö</b>, hetu 131052-308T.</p>"
    "<ul><li>puhelin 040 765 4321</li><li>toinen kohta</li></ul>"
    "<table><tr><th>Nimi</th><th>Tili</th></tr>"
    "<tr><td>Testi</td><td>FI21 1234 5600 0007 85</td></tr></table>"
)


def _item() -> AgendaItem:
    return AgendaItem(
        None,
        "kh",
        "kunnanhallitus",
        title="Poikkeamislupa, Testi Henkilö",
        parties="Testi Henkilö",
        contact=Person("Olli Sihteeri", "hallintojohtaja", "040 123 4567", "olli@esimerkkila.fi"),
        sections={Section.DESCRIPTION: HTML, Section.REASONS: "<p>Kuntalaki 140 §.</p>"},
        attachments=[
            Attachment("Julkinen liite.pdf"),
            Attachment("Lääkärinlausunto", public=False),
        ],
    )


def test_spans_are_replaced_inside_runs_and_the_structure_survives() -> None:
    text = html_to_text(HTML)
    start = text.index("Testi Henkilö")
    code = text.index("131052")
    result = redact_html(
        HTML, [Replacement(start, start + 13, "[X]"), Replacement(code, code + 11, "[Y]")]
    )
    assert result.startswith("<p>Hakija <b>[X]</b>, hetu [Y].</p><ul><li>")
    assert "<th>" in result and "FI21" in result
    assert html_to_text(result) == redact_text(
        text, [Replacement(start, start + 13, "[X]"), Replacement(code, code + 11, "[Y]")]
    )


_words = st.sampled_from(["Testi", "Henkilö", "131052-308T", "ja", "puh.", "040 765 4321", "ö"])


@st.composite
def _markup(draw: st.DrawFn) -> str:
    def runs() -> str:
        parts = draw(st.lists(st.tuples(_words, st.booleans()), min_size=1, max_size=4))
        return " ".join(f"<b>{w}</b>" if bold else w for w, bold in parts)

    blocks = []
    for kind in draw(st.lists(st.sampled_from(["p", "ul", "ol", "table", "h2"]), max_size=4)):
        if kind in ("p", "h2"):
            blocks.append(f"<{kind}>{runs()}</{kind}>")
        elif kind in ("ul", "ol"):
            blocks.append(f"<{kind}><li>{runs()}</li><li>{runs()}</li></{kind}>")
        else:
            blocks.append(f"<table><tr><th>{runs()}</th><th>{runs()}</th></tr>"
                          f"<tr><td>{runs()}</td><td>{runs()}</td></tr></table>")  # fmt: skip
    return "".join(blocks)


@settings(max_examples=150, deadline=None)
@given(_markup(), st.lists(st.tuples(st.integers(0, 80), st.integers(1, 12)), max_size=4))
def test_block_redaction_equals_plain_text_redaction(
    markup: str, spans: list[tuple[int, int]]
) -> None:
    blocks = parse_html(markup)
    text = to_plain_text(blocks)
    # Spans over the characters to_plain_text adds (bullets, tabs, line breaks) are redacted
    # per block instead, keeping the structure; the property is about text inside the runs.
    in_runs = {at + i for at, run in _run_positions(blocks) for i in range(len(run.text))}
    reps = [
        Replacement(s, min(s + n, len(text)), "[X]")
        for s, n in spans
        if s < len(text) and all(i in in_runs for i in range(s, min(s + n, len(text))))
    ]
    redacted = redact_blocks(blocks, reps)
    assert to_plain_text(redacted) == redact_text(text, reps)
    assert to_plain_text(blocks) == text  # the input is not changed


def test_publishing_version_removes_marks_and_findings_but_keeps_officials() -> None:
    item = _item()
    text = field_text(item, "selostus")
    start = text.index("Testi Henkilö")
    marks = [Mark("selostus", start, start + 13, "Testi Henkilö")]
    settings_ = DetectorSettings(own_domains=frozenset({"esimerkkila.fi"}))
    result = redact_item(item, marks, RedactionPolicy(settings=settings_))
    plain = html_to_text(result.section(Section.DESCRIPTION))
    assert "Testi Henkilö" not in plain and "131052" not in plain and "040 765" not in plain
    assert "FI21" not in plain
    assert plain.count(PERSONAL_MARK["fi"]) == 4  # name, code, phone, IBAN
    assert result.contact == item.contact  # HL 44 §: the official's contact stays
    assert result.parties == "Testi Henkilö"  # parties stay during the appeal period
    assert [a.name for a in result.attachments] == ["Julkinen liite.pdf"]
    assert item.section(Section.DESCRIPTION) == HTML  # the original is untouched


def test_known_names_are_removed_everywhere_and_after_appeal_the_parties_too() -> None:
    item = _item()
    policy = RedactionPolicy(after_appeal=True, known_names=frozenset({"Testi Henkilö"}))
    result = redact_item(item, [], policy)
    assert result.parties == PERSONAL_MARK["fi"]
    assert result.title == f"Poikkeamislupa, {PERSONAL_MARK['fi']}"
    assert "Henkilö" not in html_to_text(result.section(Section.DESCRIPTION))


def test_dismissed_findings_stay_and_swedish_items_get_swedish_marks() -> None:
    item = _item()
    item.language = "sv"
    policy = RedactionPolicy(
        language="sv", dismissed=frozenset({fingerprint("puhelin", "040 765 4321")})
    )
    plain = html_to_text(redact_item(item, [], policy).section(Section.DESCRIPTION))
    assert "040 765 4321" in plain
    assert PERSONAL_MARK["sv"] in plain


def test_secret_marks_use_the_secret_text() -> None:
    item = _item()
    text = field_text(item, "perustelut")
    marks = [Mark("perustelut", 0, 8, text[:8], MarkKind.SECRET, "JulkL 24 § 1 mom 25 k")]
    result = redact_item(item, marks, RedactionPolicy())
    assert html_to_text(result.section(Section.REASONS)).startswith(SECRET_MARK["fi"])


def test_secret_item_is_reduced_to_title_and_ground() -> None:
    item = _item()
    item.public = False
    item.secrecy_ground = "JulkL 24 § 1 mom 30 k"
    result = redact_item(item, [], RedactionPolicy())
    assert result.title == item.title
    assert list(result.sections) == [Section.DESCRIPTION]
    assert "JulkL 24 § 1 mom 30 k" in html_to_text(result.section(Section.DESCRIPTION))
    assert result.parties == "" and result.attachments == []
    assert to_html(parse_html(result.section(Section.DESCRIPTION)))
    assert copy.deepcopy(result) == result


def test_a_secret_item_keeps_its_appeal_law_and_ground_on_the_web() -> None:
    from desktop_app.domain.model import AppealType

    item = AgendaItem(
        None,
        "ymla",
        "lautakunta",
        title="Ympäristöluvan muuttaminen",
        public=False,
        secrecy_ground="JulkL 24 § 1 mom 20 k",
        appeal_type=AppealType.ADMINISTRATIVE_APPEAL,
    )
    item.appeal_basis = "special_law"
    item.appeal_law = "ymparistonsuojelulaki"
    item.appeal_reason = "Hakija 131052-308T"
    web = redact_item(item, [], RedactionPolicy())
    assert (web.appeal_type, web.appeal_basis, web.appeal_law) == (
        AppealType.ADMINISTRATIVE_APPEAL,
        "special_law",
        "ymparistonsuojelulaki",
    )
    assert "131052-308T" not in web.appeal_reason and web.appeal_reason.startswith("Hakija")
