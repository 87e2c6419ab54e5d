"""A small fictional archive for the search tests: Finnish and Swedish decisions.

Every name and company here is made up; the texts are written the way minutes are, so the
searches meet the word forms they meet in real archives.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_app.seed import record_from_json
from desktop_app.storage.database import connect
from desktop_app.storage.decisions import DecisionRepository

KH = "Kunnanhallitus"
SIVI = "Sivistyslautakunta"
YMP = "Ympäristölautakunta"
TEK = "Tekninen lautakunta"
PYKALA = "pöytäkirjan pykälä"
VIRANHALTIJA = "viranhaltijapäätös"


def _decision(
    source_id: str,
    title: str,
    text: str,
    body: str = KH,
    day: str = "2024-03-05",
    doc_type: str = PYKALA,
    **extra: Any,
) -> dict[str, Any]:
    return {
        "id": source_id,
        "title": title,
        "text": text,
        "body_org": body,
        "date": day,
        "doc_type": doc_type,
        **extra,
    }


FINNISH: list[dict[str, Any]] = [
    _decision(
        "pk-kh",
        "Päiväkoti Kuusikon laajennus",
        "Kunnanhallitus päätti laajentaa päiväkotia. Päiväkodin uudet tilat valmistuvat "
        "syksyllä, ja päiväkodissa on sen jälkeen sata paikkaa.",
    ),
    _decision(
        "pk-sivi",
        "Päiväkotien aukioloajat",
        "Sivistyslautakunta päätti päiväkotien aukioloajoista kesällä.",
        body=SIVI,
        day="2023-06-01",
        doc_type=VIRANHALTIJA,
    ),
    _decision(
        "kh-talous",
        "Tilinpäätös 2023",
        "Kunnanhallitus hyväksyi tilinpäätöksen ja antoi sen tilintarkastajille.",
        day="2024-04-01",
    ),
    *[
        _decision(
            f"ymp-{i}",
            f"Ympäristölautakunnan lausunto maa-aineslupahakemuksesta {i}",
            "Ympäristölautakunta antaa lausunnon. Ympäristölautakunnan mukaan hanke on "
            "mahdollinen.",
            body=YMP,
        )
        for i in range(3)
    ],
    *[
        _decision(
            f"lauta-{i}",
            f"Teknisen lautakunnan kokousajat {i}",
            "Lautakunta päätti kokousajoistaan. Lautakunnan kokoukset pidetään tiistaisin.",
            body=TEK,
        )
        for i in range(6)
    ],
    *[
        _decision(
            f"vero-{i}",
            f"Kiinteistöveroprosentit {2023 + i}",
            "Kiinteistövero määrätään kunnan päättämien prosenttien mukaan. Kiinteistöveron "
            "tuotto arvioidaan talousarviossa.",
        )
        for i in range(3)
    ],
    *[
        _decision(
            f"lupa-{i}",
            f"Rakennuslupa asuinrakennukselle {i}",
            "Rakennusluvan myöntäminen edellyttää asemakaavan mukaista suunnitelmaa. "
            "Rakennuslupa on voimassa kolme vuotta.",
            body=TEK,
        )
        for i in range(2)
    ],
    _decision(
        "vesilaki",
        "Vesilain mukainen lupa laiturille",
        "Aluehallintovirasto on myöntänyt vesilain mukaisen luvan laiturin rakentamiseen.",
        body=YMP,
    ),
    _decision(
        "lakea",
        "Siivouspalvelujen hankinta Lakea Oy:ltä",
        "Yhteyshenkilö on Vesa Mäntylä. Lakea Oy toimittaa palvelun kahden vuoden ajan.",
    ),
    _decision(
        "vaalit",
        "Alue- ja kuntavaalien vaalilautakunnan asettaminen",
        "Kunnanhallitus asettaa vaalilautakunnan Alue- ja kuntavaaleja varten.",
    ),
]

SWEDISH: list[dict[str, Any]] = [
    _decision(
        "sv-bygglov",
        "Bygglov för ett enfamiljshus",
        "Byggnadsnämnden beviljar bygglov för ett enfamiljshus. Bygglovet gäller i tre år "
        "och byggandet ska följa detaljplanen för området.",
        body="Byggnadsnämnden",
        lang="sv",
    ),
    _decision(
        "sv-detaljplan",
        "Ändring av detaljplan för kvarteret Granen",
        "Stadsstyrelsen beslutar att godkänna ändringen av detaljplanen för kvarteret.",
        body="Stadsstyrelsen",
        lang="sv",
    ),
    _decision(
        "sv-undetected",
        "Val av protokolljusterare",
        "Nämnden beslutar att välja två protokolljusterare och att protokollet justeras "
        "enligt det som har sagts om det i förvaltningsstadgan för staden.",
        body="Stadsstyrelsen",
    ),
]


def write_archive(db_path: Path, decisions: list[dict[str, Any]]) -> None:
    connection = connect(db_path)
    DecisionRepository(connection).upsert_many([record_from_json(d) for d in decisions])
    connection.close()
