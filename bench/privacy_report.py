"""Recall and false positives of the personal-data detector on the generated test corpus.

    uv run python bench/privacy_report.py

The corpus is generated (tests/privacy_samples.py, fixed seeds): henkilötunnus with every
century sign, temporary 900-range codes and look-alikes with a wrong check character, and
look-alike non-codes (dates, Dno strings, invoice and reference numbers, IBAN fragments,
property ids, times, amounts) plus phone numbers. Prints the counts and every false positive.

Then the ways a code is typed in Word or pasted from the web (soft hyphen, U+2011, en dash,
U+2212, zero-width space, a space inside, direction marks and invisible operators, dash
look-alikes, several spaces or a tab), the inflected forms of marked names (every part of a
full name inflected, names that are also ordinary words, capitals), and home addresses next to
an address word, a marked name or under a name as a letter's address block, each with its
recall and false positives (precision = hits that were meant / all hits).
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.privacy.detect import Certainty, Kind, detect
from tests.privacy_samples import (
    CodeSample,
    code_texts,
    generated_codes,
    lookalike_texts,
    phone_texts,
)


def main() -> int:
    started = time.perf_counter()
    samples = generated_codes()
    found = wrong_certainty = 0
    for sample, text in code_texts(samples):
        hits = [h for h in detect(text) if h.kind == Kind.HETU and h.text == sample.code]
        if hits:
            found += 1
            expected = Certainty.CERTAIN if sample.valid else Certainty.LIKELY
            wrong_certainty += hits[0].certainty != expected
    signs = Counter(s.sign for s in samples)
    print(
        f"codes: {len(samples)} ({sum(s.valid for s in samples)} valid, "
        f"{sum(not s.valid for s in samples)} wrong check character, "
        f"{sum(s.temporary for s in samples)} temporary 900–999)"
    )
    print("century signs:", " ".join(f"{sign}:{count}" for sign, count in sorted(signs.items())))
    print(
        f"recall: {found}/{len(samples)} = {found / len(samples):.1%}; "
        f"wrong certainty: {wrong_certainty}"
    )

    lookalikes = lookalike_texts()
    false_positives = [(h, t) for t in lookalikes for h in detect(t)]
    by_kind = Counter(h.kind.value for h, _ in false_positives)
    print(
        f"\nlook-alike non-codes: {len(lookalikes)}; false positives: {len(false_positives)}"
        f" {dict(by_kind)}"
    )
    for hit, text in false_positives:
        print(f"  {hit.kind.value} ({hit.certainty.value}): {hit.text!r} in {text!r}")

    phones = phone_texts()
    phone_hits = sum(1 for t in phones if [h.kind for h in detect(t)] == [Kind.PHONE])
    print(f"\nphone numbers: {phone_hits}/{len(phones)} found as phone numbers only")
    typed_forms(samples)
    inflected_names()
    home_addresses(lookalikes)
    print(f"time: {time.perf_counter() - started:.2f} s")
    return 0


FORMS = {
    "soft hyphen": lambda c: c[:7] + "\u00ad" + c[7:],
    "U+2011": lambda c: c[:6] + ("\u2011" if c[6] == "-" else c[6]) + c[7:],
    "en dash": lambda c: c[:6] + ("\u2013" if c[6] == "-" else c[6]) + c[7:],
    "U+2212": lambda c: c[:6] + ("\u2212" if c[6] == "-" else c[6]) + c[7:],
    "zero-width space": lambda c: c[:3] + "\u200b" + c[3:],
    "space before sign": lambda c: c[:6] + " " + c[6:],
    "space before check": lambda c: c[:10] + " " + c[10:],
    "left-to-right mark": lambda c: c[:6] + "\u200e" + c[6:],
    "invisible times": lambda c: c[:4] + "\u2062" + c[4:],
    "combining grapheme joiner": lambda c: c[:8] + "\u034f" + c[8:],
    "hyphen bullet U+2043": lambda c: c[:6] + ("\u2043" if c[6] == "-" else c[6]) + c[7:],
    "modifier minus U+02D7": lambda c: c[:6] + ("\u02d7" if c[6] == "-" else c[6]) + c[7:],
    "heavy minus U+2796": lambda c: c[:6] + ("\u2796" if c[6] == "-" else c[6]) + c[7:],
    "two spaces before sign": lambda c: c[:6] + "  " + c[6:],
    "tab before sign": lambda c: c[:6] + "\t" + c[6:],
}
IBAN_FORMS = [
    "FI21 1234 5600 0007 85", "FI21\u00a01234\u00a05600\u00a00007\u00a085",
    "FI21 1234\u00ad 5600 0007 85", "FI21\u20111234\u20115600\u20110007\u201185",
    "FI21 12\u200b34 5600 0007 85", "FI21\u20131234 5600 0007 85",
    "FI21\u200e1234 5600 0007 85", "FI21  1234 5600 0007 85", "FI21\t1234\t5600\t0007\t85",
]  # fmt: skip
PHONE_FORMS = [
    "040 765 4321", "040\u2011765\u20114321", "040\u20137654321", "040\u2212765 4321",
    "040 7\u200b65 4321", "040 765\u00ad 4321", "040\u00a0765\u00a04321",
    "040\u200f765 4321", "040  765 4321", "040\t765\t4321", "040\u2796765 4321",
]  # fmt: skip


def typed_forms(samples: list[CodeSample]) -> None:
    """Recall of codes written with the characters Word and web pages put into them."""
    print("\ncodes as typed in Word or pasted from the web:")
    for form, change in FORMS.items():
        found = 0
        for sample in samples:
            typed = change(sample.code)
            text = f"Hakijan henkilötunnus on {typed}."
            found += any(h.kind == Kind.HETU and h.text == typed for h in detect(text))
        print(f"  henkilötunnus, {form}: {found}/{len(samples)} = {found / len(samples):.1%}")
    for kind, forms in ((Kind.IBAN, IBAN_FORMS), (Kind.PHONE, PHONE_FORMS)):
        found = sum(
            any(h.kind == kind and h.text == typed for h in detect(f"Tieto {typed} on."))
            for typed in forms
        )
        print(f"  {kind.value}: {found}/{len(forms)} forms")


NAME = "Matti Meikäläinen"
NAME_FORMS = [
    "Matin Meikäläisen", "Meikäläisen", "Matille", "Meikäläiselle", "Meikäläistä",
    "Meikäläisten", "Mattia", "Mattiin", "Matilleen", "Meikäläisenkin", "Meikäläiseen",
    "Meikäläisiä", "Matti Meikäläisen", "Matti Meikäläiselle",
]  # fmt: skip
NOT_NAMES = [
    "Mattila ja Mattinen ovat eri ihmisiä.", "Kosken rannalla on laituri.",
    "Meikäläiset asiat ja meikäläinen tapa.", "Matkalla Mattilaan.",
    "Koskelan koulu ja Mäen päiväkoti.", "Liisankatu ja Liisanpuisto.",
    "Kosken rannalla ja Heikin kanssa.", "Salon kaupunki ja Lahden koulu.",
    "Annan sinulle vastineen huomenna.",
]  # fmt: skip


OTHER_NAMES = [
    ("Heikki Koski", "Heikin Kosken"), ("Anna Virtanen", "Annan Virtasen"),
    ("Pia Laaksonen", "Pian Laaksosen"), ("Mikko Lehto", "Mikon Lehdon"),
    ("Lauri Salo", "Laurin Salon"), ("Seppo Räty", "Seppo Rädyn"),
    ("Satu Lampi", "Sadun Lammen"), (NAME, "MATIN MEIKÄLÄISEN"), ("Heikki Koski", "HEIKIN KOSKEN"),
]  # fmt: skip
"""Full names whose every part inflects, parts that are ordinary words, and capitals."""


def inflected_names() -> None:
    cases = [(NAME, form) for form in NAME_FORMS] + OTHER_NAMES
    found = sum(
        [h.text for h in detect(f"Asiassa kuultiin: {form} kertoi.", known_names=[name])] == [form]
        for name, form in cases
    )
    wrong = [
        (h.text, text)
        for text in NOT_NAMES
        for h in detect(text, known_names=[NAME, "Liisa Koski", "Heikki Koski", "Anna Virtanen"])
    ]
    hits = found + len(wrong)
    print(
        f"\ninflected forms of a marked name: recall {found}/{len(cases)} = "
        f"{found / len(cases):.1%}; false positives {len(wrong)} in {len(NOT_NAMES)} "
        f"texts; precision {found / hits if hits else 0:.1%}"
    )
    for text, where in wrong:
        print(f"  {text!r} in {where!r}")


HOMES = [
    "Matti Meikäläinen, joka on asunut alueella vuodesta 1990, osoite Kotikatu 5 A 3.",
    "Muistuttaja asuu osoitteessa Kotikuja 2, 62100 Esimerkkilä.",
    "Matti Meikäläinen, joka on omistanut tilan pitkään, Kotitie 12.",
    "Hakija Testi Henkilö, Koulukatu 5 B 12, hakee lupaa.",
    "Kotiosoite: Rantapolku 4.",
    "Matti Meikäläinen\nKotikatu 5\n00100 Helsinki",
    "Tiedoksi: Testi Hakija\nPohjoisesplanadi 5\n00170 Helsinki",
    "Hänen osoitteensa on Kotikatu 5 as. 12.",
    "Lähetämme päätöksen osoitteeseesi Kotikatu 5 b 7.",
    "Osoite: Kalevankatu 15–17",
    "Hakija asuu osoitteessa Rauhank. 5.",
    "Hänen osoitteensa on Kauppatori 5.",
]  # fmt: skip
NOT_HOMES = [
    "Rakennuspaikka sijaitsee osoitteessa Koulukatu 5.",
    "Kunnanviraston osoite on Kunnantie 1, 62100 Esimerkkilä.",
    "Käyntiosoite: Radanvarrenkatu 20, 00100 Helsinki.",
    "Kaava-alue rajautuu Koulukatu 5:n tonttiin. Hakija asuu muualla.",
    "Uusi katu nimetään Kotikaari 1–3 mukaan.",
    "Palvelukeskus Esimerkki\nSairaalantie 3, 62100 Esimerkkilä",
    "Lisätiedot\nTesti Virkailija\nKunnantie 1\n62100 Esimerkkilä",
    "Kunnanhallitus\nKunnantie 1\n62100 Esimerkkilä",
    "Rakennuspaikan osoite: Kauppatori 5",
    "Kokouspaikka: Lautakuntasali Esimerkki, Työpajankatu 8",
]  # fmt: skip


def home_addresses(lookalikes: list[str]) -> None:
    found = sum(
        any(h.kind == Kind.ADDRESS for h in detect(text, known_names=[NAME])) for text in HOMES
    )
    wrong = [
        (h.text, text)
        for text in NOT_HOMES + lookalikes
        for h in detect(text, known_names=[NAME])
        if h.kind == Kind.ADDRESS
    ]
    print(
        f"\nhome addresses: recall {found}/{len(HOMES)}; false positives {len(wrong)} in "
        f"{len(NOT_HOMES) + len(lookalikes)} texts"
    )
    for text, where in wrong:
        print(f"  {text!r} in {where!r}")


if __name__ == "__main__":
    sys.exit(main())
