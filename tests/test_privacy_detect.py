"""The personal-data detector: recall on generated codes, and what it must leave alone."""

from __future__ import annotations

from collections import Counter

import pytest

from desktop_app.privacy.detect import (
    Certainty,
    DetectorSettings,
    Kind,
    detect,
    find_hetu,
    fingerprint,
    hetu_check_char,
    hetu_is_valid,
    iban_is_valid,
)
from tests.privacy_samples import (
    SIGNS_BY_CENTURY,
    code_texts,
    generated_codes,
    lookalike_texts,
    phone_texts,
)

# Hetu-shaped numbers in the look-alike list: indistinguishable from a code with a typo, so
# flagged on purpose (todennäköinen); and one code that has the shape of a service number
# (010…). They are the false positives the closing note lists.
EXPECTED_FALSE_POSITIVES = {"120585-1234", "010203A1234", "010203-04"}


def _with_check(body: str) -> str:
    return body + hetu_check_char(body[:6] + body[7:10])


@pytest.mark.parametrize(
    "code",
    [
        "131052-308T",  # the example of the DVV specification
        "010594Y9032",
        _with_check("010195+017"),
        _with_check("311299X123"),
        _with_check("290200A9XX"[:7] + "951"),
        _with_check("150622F002"),
    ],
)
def test_known_valid_codes_are_certain(code: str) -> None:
    hits = find_hetu(f"Hakija {code}.")
    assert [(h.text, h.certainty) for h in hits] == [(code, Certainty.CERTAIN)]


def test_wrong_check_character_is_still_flagged_as_likely() -> None:
    hits = find_hetu("hetu 131052-308U")
    assert [(h.text, h.certainty) for h in hits] == [("131052-308U", Certainty.LIKELY)]
    assert "check_character_mismatch" in hits[0].note
    assert not hetu_is_valid("131052-308U")


def test_generated_codes_recall_is_complete() -> None:
    samples = generated_codes()
    assert len(samples) >= 200
    assert {s.sign for s in samples} == set("".join(SIGNS_BY_CENTURY.values()))
    assert sum(s.temporary for s in samples) >= 50
    assert sum(not s.valid for s in samples) >= 50
    missed = []
    for sample, text in code_texts(samples):
        hits = [h for h in detect(text) if h.kind == Kind.HETU]
        expected = Certainty.CERTAIN if sample.valid else Certainty.LIKELY
        if [(h.text, h.certainty) for h in hits] != [(sample.code, expected)]:
            missed.append((sample, text, hits))
    assert missed == []
    temporary = [s for s in samples if s.temporary and s.valid]
    assert all(hetu_is_valid(s.code) for s in temporary)


def test_lookalikes_are_not_codes_and_false_positives_are_listed() -> None:
    texts = lookalike_texts()
    assert len(texts) >= 200
    false_positives = []
    for text in texts:
        for hit in detect(text):
            false_positives.append((hit.kind.value, hit.text, text))
    print("\nFalse positives among", len(texts), "look-alikes:", len(false_positives))
    for kind, hit, text in false_positives:
        print(f"  {kind}: {hit!r} in {text!r}")
    assert {hit for _, hit, _ in false_positives} == EXPECTED_FALSE_POSITIVES
    assert Counter(kind for kind, _, _ in false_positives) == {"henkilotunnus": 2, "puhelin": 1}


def test_phone_numbers_are_phones_not_codes() -> None:
    for text in phone_texts():
        assert [h.kind for h in detect(text)] == [Kind.PHONE], text


def test_dates_dno_and_amounts_are_not_phone_numbers() -> None:
    text = (
        "Kokous 12.05.2026 klo 09.00–12.00, Dno KH 123/00.01.02/2026, HEL 2021-012054, "
        "LAPDno-2024-426, hinta 1 025 000 euroa, kiinteistö 408-3-12-7, 01.01.2026."
    )
    assert detect(text) == []


def test_iban_with_and_without_spaces() -> None:
    assert iban_is_valid("FI21 1234 5600 0007 85")
    hits = detect("Tilille FI2112345600000785 tai FI21 1234 5600 0007 86.")
    assert [(h.kind, h.certainty) for h in hits] == [
        (Kind.IBAN, Certainty.CERTAIN),
        (Kind.IBAN, Certainty.LIKELY),
    ]
    assert detect("FI21 1234") == []


def test_official_contacts_are_reported_but_need_no_confirmation() -> None:
    text = (
        "Lisätiedot\nTiina Testinen, hallintosihteeri, puhelin 09 310 12345, "
        "tiina.testinen@example.fi\n\nHakijan puhelin 040 765 4321 ja testi.hakija@gmail.com."
    )
    hits = detect(text)
    official = [h.text for h in hits if h.official]
    private = [h.text for h in hits if h.needs_confirmation]
    assert official == ["09 310 12345", "tiina.testinen@example.fi"]
    assert "testi.hakija@gmail.com" in private


def test_private_phone_far_from_contact_block_needs_confirmation() -> None:
    text = "Lisätiedot: kirjaamo.\n" + "Selostus jatkuu.\n" * 5 + "Naapurin puhelin 040 765 4321."
    (hit,) = detect(text)
    assert hit.kind == Kind.PHONE and hit.needs_confirmation


def test_own_domain_and_role_addresses_are_official() -> None:
    settings = DetectorSettings(own_domains=frozenset({"esimerkkila.fi"}))
    hits = detect("Kirjoita osoitteeseen maija.m@esimerkkila.fi tai kirjaamo@muu.fi.", settings)
    assert [h.official for h in hits] == [True, True]
    hits = detect("Lähettäjä maija.m@esimerkkila.fi")
    assert [h.official for h in hits] == [False]


def test_street_address_only_next_to_a_name() -> None:
    hits = detect("Hakija Testi Henkilö, Koulukatu 5 B 12, 62100 Lapua, hakee lupaa.")
    assert [(h.kind, h.text) for h in hits] == [(Kind.ADDRESS, "Koulukatu 5 B 12, 62100 Lapua")]
    assert detect("Rakennuspaikka sijaitsee osoitteessa Koulukatu 5.") == []
    assert detect("Asunto Oy Koulurinne, Koulurinne 3") == []


def test_remembered_names_are_found_again_with_inflection() -> None:
    hits = detect(
        "Testi Henkilön hakemus. Päätös annetaan Testi Henkilölle.", known_names=["Testi Henkilö"]
    )
    assert [h.text for h in hits] == ["Testi Henkilön", "Testi Henkilölle"]
    assert all(h.kind == Kind.NAME for h in hits)


def test_remembered_names_are_found_with_the_stem_changes_of_finnish_surnames() -> None:
    text = (
        "Matti Meikäläisen hakemus. Päätös annetaan Matti Meikäläiselle. Matti Meikäläistä "
        "kuultiin. Liisa Kosken lausunto ja Liisa Koskelle ilmoitus. Meikäläinen ja koski "
        "mainitaan yksinään. Matti Meikäläinen allekirjoitti."
    )
    hits = detect(text, known_names=["Matti Meikäläinen", "Liisa Koski"])
    assert [h.text for h in hits] == [
        "Matti Meikäläisen",
        "Matti Meikäläiselle",
        "Matti Meikäläistä",
        "Liisa Kosken",
        "Liisa Koskelle",
        "Meikäläinen",  # a part alone is the name too; "koski" in lower case is a rapid
        "Matti Meikäläinen",
    ]


def test_fingerprint_ignores_formatting() -> None:
    assert fingerprint(Kind.PHONE, "040 123 4567") == fingerprint(Kind.PHONE, "+358401234567")
    assert fingerprint(Kind.HETU, "131052-308t") == fingerprint(Kind.HETU, "131052-308T")
    assert fingerprint(Kind.EMAIL, "A@B.fi") == "sahkoposti:a@b.fi"


@pytest.mark.parametrize(
    "text",
    [
        "Naapuri Testi Henkilö (puh. 040 765 4321) vastusti hanketta.",
        "Asianosainen: Testi Henkilö, 050 123 4567.",
        "Selostus.\nHakija ilmoitti numerokseen +358 44 765 4321.",
        "Lisätiedot\nValmistelija, hallintosihteeri\n\nHakijan puhelin on 040 765 4321.",
        "Päätös lähetetään osoitteeseen testi.henkilo@example.com.",
    ],
)
def test_private_contact_details_in_prose_need_confirmation(text: str) -> None:
    hits = [h for h in detect(text) if h.kind in (Kind.PHONE, Kind.EMAIL)]
    assert len(hits) == 1 and hits[0].needs_confirmation, hits


def test_a_code_inside_a_dno_after_a_slash_is_found() -> None:
    (hit,) = detect("KH 123/131052-308T/2026")
    assert (hit.kind, hit.text, hit.certainty) == (Kind.HETU, "131052-308T", Certainty.CERTAIN)
    assert detect("viite 120585-123A/2026") == []  # wrong check and followed by "/": a reference


def test_offsets_of_a_normalised_hit_mark_the_original_characters() -> None:
    text = "Tunnus 1310\u200b52\u2011308\u00adT ja tili."
    (hit,) = detect(text)
    assert text[hit.start : hit.end] == hit.text == "1310\u200b52\u2011308\u00adT"
    assert hit.fingerprint == fingerprint(Kind.HETU, "131052-308T")


def test_validation_comes_from_stdnum_with_the_2023_century_letters() -> None:
    from stdnum.fi import hetu

    from desktop_app.privacy.detect import hetu_is_valid

    for sign in "-YXWVU":
        code = f"131052{sign}308T"
        assert hetu_is_valid(code) and hetu.is_valid(code)
    assert hetu_is_valid("131052-908T") is hetu.is_valid("131052-908T", allow_temporary=True)
    assert not hetu_is_valid("131052-308U")  # a typo: still flagged, as todennäköinen
    (typo,) = detect("hetu 131052-308U")
    assert typo.certainty == Certainty.LIKELY
