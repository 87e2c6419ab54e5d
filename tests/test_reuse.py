from datetime import date

import pytest

from desktop_app.domain.model import BodyKind, DecisionRecord, Organization, Section
from desktop_app.reuse import (
    draft_from_decision,
    earlier_handling,
    organization_for,
    reusable_text,
    split_sections,
    text_to_html,
)
from desktop_app.templating.catalog import TemplateCatalog


def test_headings_split_an_earlier_decision_into_sections() -> None:
    text = (
        "12 §\nTontin myynti\n\nSelostus\n\nKunta omistaa tontin 5.\n\nPerustelut\n\n"
        "Kuntalain 14 §:n mukaan …\n\nPäätösehdotus\n\nKunnanhallitus päättää myydä tontin.\n"
        "\nPäätös\n\nEhdotus hyväksyttiin.\n"
    )
    sections = split_sections(text)
    assert "Kunta omistaa tontin 5." in sections[Section.DESCRIPTION]
    assert sections[Section.REASONS] == "<p>Kuntalain 14 §:n mukaan …</p>"
    assert sections[Section.PROPOSAL] == "<p>Kunnanhallitus päättää myydä tontin.</p>"
    assert sections[Section.DECISION] == "<p>Ehdotus hyväksyttiin.</p>"


def test_text_without_headings_is_all_description_and_escaped() -> None:
    sections = split_sections("Pelkkää <tekstiä> & muuta")
    assert sections == {Section.DESCRIPTION: "<p>Pelkkää &lt;tekstiä&gt; &amp; muuta</p>"}
    assert text_to_html("") == ""


@pytest.mark.parametrize(
    ("title", "text", "case_id", "starts", "gone"),
    [
        (  # Helsinki: §, title, case number
            "Tontinosan myynti Alppikylästä",
            "3 §\nTontinosan myynti Alppikylästä\nHEL 2021-014381 T 10 01 01 01\n\n"
            "Päätös\n\nKaupunki myy tontinosan.",
            "HEL 2021-014381",
            "Päätös",
            ["HEL 2021", "3 §"],
        ),
        (  # earlier handling, case number, a preparer on one line
            "Kiinteistöveroprosentit 2026",
            "Kunnanhallitus, § 376,03.11.2025\nKunnanvaltuusto, § 80, 10.11.2025\n"
            "KUNDno-2025-869\nKunnanhallitus, 03.11.2025, § 376\nValmistelijat / lisätiedot:\n"
            "Liisa Laskelma, Talouspäällikkö, liisa.laskelma@esimerkkila.fi\n"
            "Kiinteistöverolain 11 §:n mukaan kunnanvaltuusto määrää kiinteistöveroprosentit.",
            "KUNDno-2025-869",
            "Kiinteistöverolain 11 §:n",
            ["@", "Laskelma"],
        ),
        (  # a preparer as name, address and title; the old attachments list
            "Talousarvion toteutuma",
            "KUNDno-2024-426\nValmistelija / lisätiedot:\nAnne Esimerkki\n"
            "anne.esimerkki@esimerkkila.fi\nTalouspäällikkö\nLiitteet\n\n1 Toteuma.pdf\n"
            "Kuntalain 110 §:n mukaan …",
            "KUNDno-2024-426",
            "Kuntalain 110 §",
            ["Esimerkki", "Toteuma.pdf"],
        ),
        (  # no header: the text is kept whole
            "Otsikko",
            "Selostus\n\n3 § ei ole otsake tässä.",
            "",
            "Selostus\n\n3 § ei ole otsake tässä.",
            [],
        ),
    ],
)
def test_the_minutes_header_is_left_out_of_a_reused_text(
    title: str, text: str, case_id: str, starts: str, gone: list[str]
) -> None:
    reused = reusable_text(DecisionRecord("x", title, text, case_id=case_id))
    assert reused.startswith(starts)
    assert not [word for word in gone if word in reused]


def test_a_draft_based_on_a_decision_gets_a_body_of_the_same_kind() -> None:
    bodies = [
        Organization("kh", "Kunnanhallitus", BodyKind.BOARD),
        Organization("tekla", "Tekninen lautakunta", BodyKind.COMMITTEE),
        Organization("kj", "Kunnanjohtaja", BodyKind.OFFICE_HOLDER),
    ]

    def chosen(body_org: str) -> tuple[str, bool]:
        organization, same = organization_for(
            DecisionRecord("x", "t", "", body_org=body_org), bodies
        )
        return organization.id, same

    assert chosen("tekninen lautakunta") == ("tekla", True)
    assert chosen("Ympäristölautakunta") == ("tekla", False)
    assert chosen("Yksikön päällikkö") == ("kj", False)
    assert chosen("Kaupunginhallitus") == ("kh", False)
    assert chosen("") == ("kh", False)


def test_wrapped_lines_are_joined_and_short_lines_kept_apart() -> None:
    wrapped = (
        "Kunta vastaa kiinteistöjen osoitteiden antamisesta. Periaatteena on, että tie nimetään\n"
        "jos se johtaa useammalle kuin kahdelle kiinteistölle.\n"
        "Maapohjan yleinen\n1,30 - 2,00\n1,30"
    )
    assert text_to_html(wrapped, reflow=True) == (
        "<p>Kunta vastaa kiinteistöjen osoitteiden antamisesta. Periaatteena on, että tie "
        "nimetään jos se johtaa useammalle kuin kahdelle kiinteistölle.</p>"
        "<p>Maapohjan yleinen</p><p>1,30 - 2,00</p><p>1,30</p>"
    )
    # typed text keeps every line as it was written
    assert text_to_html(
        "Ensimmäinen rivi ilman pistettä mutta pitkä, yli kuusikymmentä merkkiä\nToinen"
    ) == (
        "<p>Ensimmäinen rivi ilman pistettä mutta pitkä, yli kuusikymmentä merkkiä</p><p>Toinen</p>"
    )


def test_a_long_row_is_not_joined_to_the_next_row() -> None:
    rows = (
        "Vakituisten asuinrakennusten veroprosentti, vaihteluväli 0,41 - 1,00 ja esitys 0,45\n"
        "Muiden asuinrakennusten veroprosentti 1,05"
    )
    assert text_to_html(rows, reflow=True).count("<p>") == 2


def test_the_old_presenter_and_a_wrapped_number_in_a_proposal() -> None:
    text = (
        "Ehdotus\nEsittelijä: Matti Mallikas, Kunnanjohtaja\n"
        "Kunnanhallitus päättää laskea liikuntasalin vuokraa kokosalissa 36 eurosta\n"
        "33 euroon tunnilta.\n"
    )
    proposal = split_sections(text)[Section.PROPOSAL]
    assert "Mallikas" not in proposal
    assert proposal == (
        "<p>Kunnanhallitus päättää laskea liikuntasalin vuokraa kokosalissa 36 eurosta "
        "33 euroon tunnilta.</p>"
    )


_TAX_RATE = DecisionRecord(
    "esim-kv-2024-52",
    "Tuloveroprosentin vahvistaminen vuodelle 2025",
    "Dno KH 301/02.02.00/2024\n\nAikaisempi käsittely\nKunnanhallitus 4.11.2024 § 301\n\n"
    "Selostus\nKunnan on ilmoitettava tuloveroprosenttinsa Verohallinnolle.\n\n"
    "Päätösehdotus\nValtuusto vahvistaa tuloveroprosentiksi 8,40.\n\n"
    "Päätös\nEhdotus hyväksyttiin.",
    date=date(2024, 11, 11),
    body_org="Kunnanvaltuusto",
    section="52 §",
    case_id="KH 301/02.02.00/2024",
)


def test_the_old_case_number_and_earlier_handling_stay_out_of_the_description() -> None:
    reused = reusable_text(_TAX_RATE)
    assert reused.lstrip().startswith("Selostus")
    description = split_sections(reused)[Section.DESCRIPTION]
    assert "Dno" not in description and "Aikaisempi" not in description
    assert "4.11.2024" not in description


def test_the_earlier_handling_cites_the_old_list_and_the_decision_itself() -> None:
    expected = "Kunnanhallitus 4.11.2024 § 301\nKunnanvaltuusto 11.11.2024 § 52"
    assert earlier_handling(_TAX_RATE) == expected


def test_a_draft_from_a_decision_continues_the_case_without_its_decision() -> None:
    template = TemplateCatalog.load().get("valtuusto")
    council = Organization("kv", "Kunnanvaltuusto", BodyKind.COUNCIL)
    item = draft_from_decision(_TAX_RATE, template, council, "Esimerkkilä")
    assert item.id is None and item.title == _TAX_RATE.title
    assert item.earlier_handling.endswith("Kunnanvaltuusto 11.11.2024 § 52")
    assert "Verohallinnolle" in item.section(Section.DESCRIPTION)
    assert "Dno" not in item.section(Section.DESCRIPTION)
    assert Section.DECISION not in item.sections and Section.HANDLING not in item.sections
