"""A realistic demonstration meeting: for the benchmark, the README picture and the tests.

The texts are the project's own writing about an imagined municipality (Esimerkkilä);
no real person's data is used.
"""

from __future__ import annotations

from datetime import datetime

from desktop_app.domain.model import AgendaItem, Attachment, ItemState, Meeting, Person, Section
from desktop_app.meetings.model import Participant, ParticipantRole
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.workspace import Workspace

_TOPICS = [
    ("Talousarvion toteutuminen tammi–maaliskuussa", "00.01.02", "02.02.02"),
    ("Koulukeskuksen peruskorjauksen hankesuunnitelman hyväksyminen", "10.03.01", "10.03.00"),
    ("Kirjaston aukioloaikojen muuttaminen kesäkaudella", "12.00.00", "12.06.01"),
    ("Katuvalaistuksen energiansäästöhankkeen urakan hankinta", "02.07.01", "10.04.02"),
    ("Varhaiskasvatuksen asiakasmaksujen tarkistaminen", "05.00.00", "02.05.01"),
    ("Lausunto maakuntakaavan luonnoksesta", "10.02.00", "10.02.01"),
    ("Liikuntapaikkojen vuokrien määrääminen", "02.05.01", "12.04.00"),
    ("Hallintosäännön muuttaminen", "00.00.01", "00.01.00"),
]

_DESCRIPTION = (
    "<p>{title} on valmisteltu kunnanhallituksen käsittelyyn yhteistyössä toimialojen"
    " kanssa. Asian taustalla ovat valtuuston hyväksymän talousarvion tavoitteet sekä"
    " kuntastrategian painopisteet, joissa korostetaan palvelujen saavutettavuutta ja"
    " taloudellista kestävyyttä.</p>"
    "<p>Valmistelun aikana on kuultu asianosaisia ja vertailtu naapurikuntien käytäntöjä."
    " Kuulemisessa saatiin yhteensä kaksitoista kannanottoa, joista keskeisimmät on"
    " koottu alla olevaan luetteloon.</p>"
    "<ul><li>palvelun saatavuus on turvattava myös haja-asutusalueella</li>"
    "<li>kustannusvaikutukset on arvioitava koko sopimuskaudelta</li>"
    "<li>muutoksesta on tiedotettava kuntalaisille hyvissä ajoin</li></ul>"
    "<h2>Kustannukset</h2>"
    "<table><tr><th>Kohde</th><th>2026 (euroa)</th><th>2027 (euroa)</th></tr>"
    "<tr><td>Henkilöstömenot</td><td>124 000</td><td>127 500</td></tr>"
    "<tr><td>Palvelujen ostot</td><td>58 300</td><td>60 100</td></tr>"
    "<tr><td>Tarvikkeet ja muut kulut</td><td>12 750</td><td>13 000</td></tr>"
    "<tr><td><b>Yhteensä</b></td><td><b>195 050</b></td><td><b>200 600</b></td></tr></table>"
    "<p>Määrärahat sisältyvät talousarvioon ja taloussuunnitelmaan vuosille 2026–2028."
    " Muutoksen vaikutukset henkilöstöön on käsitelty yhteistoimintamenettelyssä.</p>"
)
_REASONS = (
    "<p>Päätös perustuu kuntalain 14 §:ään ja hallintosäännön toimivaltamääräyksiin."
    " Esitetty ratkaisu on <b>taloudellisesti perusteltu</b>, ja se toteuttaa kuntastrategian"
    " tavoitteita. Vaihtoehtoina on arvioitu nykytilan jatkamista sekä palvelun"
    " ulkoistamista; kumpikaan ei täytä asetettuja laatuvaatimuksia yhtä hyvin.</p>"
    "<p>Asianosaisia on kuultu hallintolain 34 §:n mukaisesti. Kuulemisessa esitetyt"
    " näkökohdat on otettu huomioon päätösehdotuksessa siltä osin kuin se on ollut"
    " mahdollista talousarvion puitteissa.</p>"
)
_PROPOSAL = (
    "<p>Kunnanhallitus päättää</p><ol><li>hyväksyä esityksen liitteen mukaisena,</li>"
    "<li>valtuuttaa toimialajohtajan tekemään tarvittavat sopimukset ja</li>"
    "<li>merkitä tiedoksi, että toteutumisesta raportoidaan osavuosikatsauksessa.</li></ol>"
)


def demo_participants() -> list[Participant]:
    return [
        Participant("Aino Esimerkki", ParticipantRole.CHAIR),
        Participant("Pekka Malli", ParticipantRole.MEMBER),
        Participant("Liisa Kokeilu", ParticipantRole.MEMBER, arrival="klo 18.20, § 5 aikana"),
        Participant("Matti Testinen", ParticipantRole.MEMBER),
        Participant("Sanna Näyte", ParticipantRole.DEPUTY, title="Virtasen varajäsen"),
        Participant("Jari Poissa", ParticipantRole.MEMBER, present=False),
        Participant("Kaisa Kunnanjohtaja", ParticipantRole.PRESENTER, title="kunnanjohtaja"),
        Participant("Olli Sihteeri", ParticipantRole.SECRETARY, title="hallintojohtaja"),
    ]


def demo_item(index: int, organization_id: str = "kh") -> AgendaItem:
    title, task_class, _ = _TOPICS[index % len(_TOPICS)]
    if index >= len(_TOPICS):
        title = f"{title} ({index // len(_TOPICS) + 1})"
    return AgendaItem(
        id=None,
        organization_id=organization_id,
        template_id="kunnanhallitus",
        title=title,
        dno=f"KH {100 + index}/{task_class}/2026",
        task_class=task_class,
        state=ItemState.READY,
        preparer=Person("Olli Sihteeri", "hallintojohtaja"),
        contact=Person(
            "Olli Sihteeri", "hallintojohtaja", "040 123 4567", "olli.sihteeri@esimerkkila.fi"
        ),
        presenter="kunnanjohtaja Kaisa Kunnanjohtaja",
        parties="Toimialat ja kunnan asukkaat",
        sections={
            Section.DESCRIPTION: _DESCRIPTION.format(title=title),
            Section.REASONS: _REASONS,
            Section.PROPOSAL: _PROPOSAL,
        },
        attachments=[Attachment(f"Selvitys {index + 1}.pdf", f"liitteet/selvitys-{index + 1}.pdf")],
        for_information="Asianosaiset, talousyksikkö",
    )


def create_demo_meeting(workspace: Workspace, items: int = 8, *, standing: bool = True) -> int:
    """A kunnanhallitus meeting with ``items`` realistic items on its agenda; its id."""
    repository = MeetingRepository(workspace.db)
    meeting = repository.create(
        Meeting(
            None,
            "kh",
            0,
            2026,
            start=datetime(2026, 3, 2, 18, 0),
            end=datetime(2026, 3, 2, 20, 15),
            place="Kunnantalo, valtuustosali",
            checkers=["Pekka Malli", "Matti Testinen"],
        ),
        demo_participants(),
        with_standing_items=standing,
    )
    assert meeting.id is not None
    for index in range(items):
        item = workspace.items.save(demo_item(index))
        assert item.id is not None
        repository.add_item(meeting.id, item.id)
    return meeting.id
