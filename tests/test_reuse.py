from desktop_app.domain.model import Section
from desktop_app.reuse import split_sections, text_to_html


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
