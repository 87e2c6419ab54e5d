"""Generated test material for the personal-data detector: no real person's data.

Codes are built from random dates and individual numbers with a fixed seed, so every run sees
the same corpus; the look-alikes are the strings a decision text is full of (dates, Dno,
invoice and reference numbers, IBAN fragments, phone numbers, times, property ids).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from desktop_app.privacy.detect import HETU_CHECK_CHARS, hetu_check_char
from desktop_app.workspace import Workspace

SIGNS_BY_CENTURY = {1800: "+", 1900: "-YXWVU", 2000: "ABCDEF"}


@dataclass(frozen=True)
class CodeSample:
    code: str
    valid: bool
    temporary: bool
    sign: str


def _code(born: date, individual: int, sign: str, *, wrong_check: bool, rng: random.Random) -> str:
    digits = f"{born:%d%m}{born.year % 100:02d}{individual:03d}"
    check = hetu_check_char(digits)
    if wrong_check:
        check = rng.choice([c for c in HETU_CHECK_CHARS if c != check])
    return f"{digits[:6]}{sign}{digits[6:]}{check}"


def generated_codes(count_per_sign: int = 18, seed: int = 5) -> list[CodeSample]:
    """Valid, temporary and wrong-check codes for every century sign."""
    rng = random.Random(seed)
    samples: list[CodeSample] = []
    for century, signs in SIGNS_BY_CENTURY.items():
        for sign in signs:
            for index in range(count_per_sign):
                start = date(1850 if century == 1800 else century, 1, 1)
                span = {1800: 18000, 1900: 36500, 2000: 9000}[century]
                born = start + timedelta(days=rng.randrange(span))
                temporary = index % 3 == 1
                individual = rng.randrange(900, 1000) if temporary else rng.randrange(2, 900)
                wrong = index % 3 == 2
                code = _code(born, individual, sign, wrong_check=wrong, rng=rng)
                samples.append(CodeSample(code, not wrong, temporary, sign))
    return samples


CODE_CONTEXTS = [
    "Hakijan henkilötunnus on {c}.",
    "({c})",
    "{c}",
    "Asianosainen: Testi Henkilö, {c}, asuu kunnassa.",
    "Henkilötunnuksen {c}:n haltija",
    "sotu\t{c}\tkunta",
    "hetu:{c}",
    "Personbeteckning {c}, sökande.",
]


def code_texts(samples: list[CodeSample]) -> list[tuple[CodeSample, str]]:
    return [
        (s, CODE_CONTEXTS[i % len(CODE_CONTEXTS)].format(c=s.code)) for i, s in enumerate(samples)
    ]


def lookalike_texts(seed: int = 7) -> list[str]:
    """Strings that resemble codes but are not personal data (≥ 200)."""
    rng = random.Random(seed)
    texts: list[str] = []
    for _ in range(40):
        day = date(1950, 1, 1) + timedelta(days=rng.randrange(30000))
        texts += [
            f"Päätös tehty {day:%d.%m.%Y}.",
            f"{day.day}.{day.month}.{day.year}",
            f"{day:%Y-%m-%d}",
            f"{day:%d/%m/%Y}",
            f"kokous {day:%d.%m.%y} klo {rng.randrange(8, 20)}.{rng.choice(['00', '15', '30'])}",
        ]
    for _ in range(12):
        year = rng.randrange(2015, 2027)
        texts += [
            f"KH {rng.randrange(1, 999)}/00.01.{rng.randrange(0, 99):02d}/{year}",
            f"HEL {year}-{rng.randrange(0, 999999):06d}",
            f"LAPDno-{year}-{rng.randrange(1, 999)}",
            f"MliDno-{year}-{rng.randrange(1, 9999)}",
            f"OUKA/{rng.randrange(1, 999)}/02.06.01.04/{year}",
            f"TRE:{rng.randrange(1, 9999)}/10.03.01/{year}",
            f"Laskun numero {rng.randrange(10**7, 10**8)}, viitenumero "
            f"{rng.randrange(10**4, 10**5)} {rng.randrange(10**4, 10**5)}",
            f"RF{rng.randrange(10, 99)} {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)}",
            f"Y-tunnus {rng.randrange(10**6, 10**7)}-{rng.randrange(10)}",
            f"FI{rng.randrange(10, 99)} {rng.randrange(1000, 9999)}",
            f"kiinteistötunnus 408-{rng.randrange(1, 999)}-{rng.randrange(1, 99)}-"
            f"{rng.randrange(1, 999)}",
            f"klo {rng.randrange(7, 12)}.{rng.choice(['00', '30'])}–{rng.randrange(13, 18)}.00",
            f"{rng.randrange(1, 9)} {rng.randrange(100, 999)} {rng.randrange(100, 999)} euroa",
            f"tilausnumero PO-{year}-{rng.randrange(0, 999999):06d}",
        ]
    texts += [
        "Kuntalaki (410/2015) 140 §",
        "JulkL 24 § 1 mom 25 k",
        "tehtäväluokka 00.01.02",
        "asemakaavan muutos nro 12345-6",
        "versio 1.2.3-beta",
        "ISBN 978-951-1-12345-6",
        "ajalla 1.1.–31.12.2026",
        "hinta 12 500,00 €",
        "äänin 7–4 (1 tyhjä)",
        "2026-2027",
        "tilinumero 800012-70123456",
        "Dnro 120585-123/2026",
        "viite 120585-123A/2026",
        "12.05.2026-13.05.2026",
        "aikaväli 120526-130526",
        "kaava-alue 010203-04",
        "lupatunnus 2026-010203-A",
        "rekisterinumero ABC-123",
        "ajoneuvo 123456-789X-2",
        "viite 120585-12345",
        "sopimusnumero 120585-1234",  # hetu-shaped: flagged as todennäköinen by design
        "asiakasnumero 010203A1234",  # hetu-shaped too
    ]
    return texts


def phone_texts(seed: int = 11) -> list[str]:
    """Phone numbers: look-alikes for the code detector, hits for the phone detector."""
    rng = random.Random(seed)
    texts = []
    for _ in range(10):
        sub = rng.randrange(1000000, 9999999)
        texts += [
            f"puh. 040 {str(sub)[:3]} {str(sub)[3:]}",
            f"p. 050-{sub}",
            f"+358 40 {str(sub)[:3]} {str(sub)[3:]}",
            f"+35844{sub}",
            f"(09) {str(sub)[:3]} {str(sub)[3:]}",
            f"06 {str(sub)[:3]} {str(sub)[3:]}",
        ]
    return texts


# --- a meeting with personal data, for the publishing tests -----------------------------------

VALID_CODE = "131052-308T"  # the DVV specification's example code, not a person's
PRIVATE_PHONE = "040 765 4321"
PRIVATE_EMAIL = "testi.hakija@example.com"
ADDRESS = "Koulukatu 5 B 12"
PARTY = "Testi Hakija"
MARKED_HEALTH = "todettu pitkäaikaissairaus"
SECRET_TEXT = "Salainen selvitys oppilaan tilanteesta"
SECRECY_GROUND = "JulkL 24 § 1 mom 30 k"


@dataclass
class PublishingMeeting:
    meeting_id: int
    public_item_id: int
    secret_item_id: int


def publishing_meeting(workspace: Workspace) -> PublishingMeeting:
    """The demo meeting with 2 items: one full of (generated) personal data, one secret."""
    from desktop_app.domain.model import Section
    from desktop_app.meetings.demo import create_demo_meeting
    from desktop_app.meetings.model import DecisionKind, EntryDecision
    from desktop_app.meetings.repository import MeetingRepository
    from desktop_app.privacy.marks import Mark, MarkRepository, field_text, set_own_domains

    set_own_domains(workspace.db, ["esimerkkila.fi"])
    meeting_id = create_demo_meeting(workspace, 2)
    meetings = MeetingRepository(workspace.db)
    entries = [e for e in meetings.entries(meeting_id) if not e.standing]
    public = workspace.items.get(entries[0].item_id)
    public.parties = f"{PARTY}, Esimerkkilän Rakennus Oy"
    public.sections[Section.DESCRIPTION] = (
        f"<p>{PARTY}, {ADDRESS}, 62100 Esimerkkilä, on hakenut poikkeuslupaa. Hakijan "
        f"henkilötunnus on <b>{VALID_CODE[:4]}</b>{VALID_CODE[4:]} ja puhelin "
        f"{PRIVATE_PHONE}.</p><ul><li>Sähköposti {PRIVATE_EMAIL}</li>"
        f"<li>Hakijalla on {MARKED_HEALTH}.</li></ul>"
        "<table><tr><th>Hakija</th><th>Tili</th></tr>"
        f"<tr><td>{PARTY}</td><td>FI21 1234 5600 0007 85</td></tr></table>"
        f"<p>Kunnanhallitus on kuullut {PARTY}a 1.2.2026.</p>"
    )
    workspace.items.save(public)
    secret = workspace.items.get(entries[1].item_id)
    secret.public = False
    secret.secrecy_ground = SECRECY_GROUND
    secret.parties = "Oppilaan huoltaja"
    secret.sections[Section.DESCRIPTION] = f"<p>{SECRET_TEXT}, hetu {VALID_CODE}.</p>"
    workspace.items.save(secret)
    for entry in meetings.entries(meeting_id):
        assert entry.id is not None
        meetings.record_decision(entry.id, EntryDecision(DecisionKind.AS_PROPOSED))
    assert public.id is not None and secret.id is not None
    text = field_text(workspace.items.get(public.id), "selostus")
    start = text.index(MARKED_HEALTH)
    MarkRepository(workspace.db).add(
        public.id, Mark("selostus", start, start + len(MARKED_HEALTH), MARKED_HEALTH)
    )
    return PublishingMeeting(meeting_id, public.id, secret.id)
