"""The decisions the local API servers serve, and the edits a test makes between syncs.

With ``../shared/corpus/decisions-fi.jsonl`` present the first decisions of the real corpus
are served; a plain clone gets thirty fictional decisions of the made-up municipality of
Kuusiniemi. Every person, association and company in them is invented.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path

from tests.conftest import CORPUS_FILE

CORPUS_LIMIT = 200
START = datetime(2024, 1, 15, 9, 0, 0, 120000, tzinfo=UTC)


@dataclass(frozen=True)
class Document:
    """One decision as a source system keeps it, before any API shapes it."""

    key: int
    title: str
    text: str
    day: date
    body_org: str
    classification: str  # "00 02 09 Kokousasiat": task class code and name
    case_id: str
    section: str  # "12 §"
    modified: datetime

    @property
    def function_code(self) -> str:
        return " ".join(part for part in self.classification.split() if part.isdigit())

    @property
    def function_name(self) -> str:
        return " ".join(part for part in self.classification.split() if not part.isdigit())

    @property
    def section_number(self) -> str:
        return self.section.replace("§", "").strip()


KH = "Kunnanhallitus"
SIVI = "Sivistyslautakunta"
TEK = "Tekninen lautakunta"
PERU = "Perusturvalautakunta"
YMP = "Ympäristölautakunta"

# (body, meeting day, title, task class, what was decided, why)
_SYNTHETIC: list[tuple[str, str, str, str, str, str]] = [
    (
        KH,
        "2024-01-08",
        "Kuusiniemen kunnan talousarvion toteutuminen 2023",
        "02 02 00 Talousarvion valmistelu",
        "merkitä talousarvion toteutumisen tiedoksi",
        "Toimintakate toteutui 98,4 prosenttisesti ja verotulot ylittivät arvion.",
    ),
    (
        KH,
        "2024-01-08",
        "Hallintosäännön muuttaminen",
        "00 01 00 Hallinnon järjestäminen",
        "esittää valtuustolle hallintosäännön 12 §:n muuttamista",
        "Muutoksella siirretään pienhankintojen päätösvalta toimialajohtajille.",
    ),
    (
        KH,
        "2024-01-08",
        "Lausunto maakuntakaavan luonnoksesta",
        "10 02 00 Maakuntakaavoitus",
        "antaa maakuntakaavan luonnoksesta liitteen mukaisen lausunnon",
        "Kunta pitää tärkeänä Kuusiniemen ja Lahdenperän välisen tieyhteyden säilyttämistä.",
    ),
    (
        KH,
        "2024-02-05",
        "Henkilöstöraportti vuodelta 2023",
        "01 00 00 Henkilöstöasiat",
        "merkitä henkilöstöraportin tiedoksi",
        "Sairauspoissaolot vähenivät edellisestä vuodesta 6 prosenttia.",
    ),
    (
        KH,
        "2024-02-05",
        "Kyläyhdistysten toiminta-avustukset 2024",
        "02 05 01 00 Kunnan myöntämät avustukset",
        "myöntää Lahdenperän kyläyhdistykselle 2 500 euroa ja Järvikylän nuorisoseuralle"
        " 1 800 euroa",
        "Avustukset myönnetään kylätalojen ylläpitoon ja yleisötapahtumiin.",
    ),
    (
        KH,
        "2024-02-05",
        "Tonttikauppa Teollisuustie 7",
        "10 04 01 Maanmyynti",
        "myydä Teollisuustie 7:n tontin Puusepänliike Kataja Oy:lle 42 000 eurolla",
        "Kauppahinta vastaa kunnan hyväksymää teollisuustonttien hinnoittelua.",
    ),
    (
        SIVI,
        "2024-01-16",
        "Perusopetuksen opetussuunnitelman päivittäminen",
        "12 01 01 Oppilaan opetuksen järjestäminen",
        "hyväksyä opetussuunnitelman paikallisen osan päivityksen",
        "Päivitys koskee monialaisia oppimiskokonaisuuksia ja arvioinnin periaatteita.",
    ),
    (
        SIVI,
        "2024-01-16",
        "Koulukuljetusten hankinta lukuvuosille 2024–2026",
        "02 08 03 00 Hankinnat",
        "valita koulukuljetusten tuottajaksi Järviseudun Liikenne Oy:n",
        "Tarjous oli hinta-laatusuhteeltaan kokonaistaloudellisesti edullisin.",
    ),
    (
        SIVI,
        "2024-02-13",
        "Kirjaston aukioloajat kesällä 2024",
        "13 02 00 Kirjastopalvelut",
        "pitää pääkirjaston avoinna kesä–elokuussa arkisin kello 11–18",
        "Omatoimikirjasto palvelee asiakkaita myös aukioloaikojen ulkopuolella.",
    ),
    (
        SIVI,
        "2024-02-13",
        "Liikuntapaikkojen käyttövuorot",
        "13 03 00 Liikuntapalvelut",
        "vahvistaa liikuntahallin vuorojen jakoperusteet",
        "Lasten ja nuorten ohjatulle toiminnalle annetaan etusija arki-iltaisin.",
    ),
    (
        SIVI,
        "2024-02-13",
        "Varhaiskasvatuksen palveluseteli",
        "12 00 01 Varhaiskasvatus",
        "ottaa yksityisen varhaiskasvatuksen palvelusetelin käyttöön 1.8.2024",
        "Palveluseteli lisää perheiden valinnanmahdollisuuksia kunnan eri osissa.",
    ),
    (
        SIVI,
        "2024-03-12",
        "Musiikkiopiston lukukausimaksut",
        "12 03 00 Taiteen perusopetus",
        "korottaa musiikkiopiston lukukausimaksua 5 prosentilla",
        "Korotus vastaa kustannustason nousua.",
    ),
    (
        TEK,
        "2024-01-23",
        "Katuvalaistuksen saneeraus LED-valaisimiksi",
        "10 03 02 Katujen kunnossapito",
        "käynnistää katuvalojen saneerauksen Keskustan alueella",
        "Saneeraus pienentää sähkönkulutusta arviolta 60 prosenttia.",
    ),
    (
        TEK,
        "2024-01-23",
        "Talvikunnossapidon urakka",
        "10 03 02 Katujen kunnossapito",
        "hyväksyä Lumityö Harju Oy:n tarjouksen talvikunnossapidosta",
        "Urakka kattaa kunnan katuverkon ja kevyen liikenteen väylät.",
    ),
    (
        TEK,
        "2024-02-20",
        "Vesihuollon taksat 2024",
        "10 05 01 Vesihuolto",
        "korottaa käyttömaksua 0,12 euroa kuutiometriltä",
        "Korotuksella katetaan verkoston saneerausohjelman kustannuksia.",
    ),
    (
        TEK,
        "2024-02-20",
        "Uimarannan laiturin uusiminen",
        "10 03 04 Puistot ja viheralueet",
        "uusia Kirkkorannan uimalaiturin ennen kesäkautta",
        "Nykyinen laituri on rakenteiltaan huonokuntoinen.",
    ),
    (
        TEK,
        "2024-03-19",
        "Jätehuoltomääräysten päivittäminen",
        "11 01 02 Jätehuolto",
        "esittää jätehuoltomääräysten päivittämistä",
        "Biojätteen erilliskeräys laajenee kaikkiin taajamien kiinteistöihin.",
    ),
    (
        TEK,
        "2024-03-19",
        "Asemakaavan muutos Rantakortteli",
        "10 02 02 Asemakaavoitus",
        "asettaa Rantakorttelin asemakaavamuutoksen nähtäville",
        "Muutos mahdollistaa kaksi uutta pientaloa kaavatien varteen.",
    ),
    (
        PERU,
        "2024-01-30",
        "Kotihoidon asiakasmaksut",
        "05 01 00 Sosiaalipalvelujen järjestäminen",
        "vahvistaa kotihoidon asiakasmaksut 1.3.2024 alkaen",
        "Maksut määräytyvät asiakasmaksulain enimmäismäärien mukaan.",
    ),
    (
        PERU,
        "2024-01-30",
        "Ikäihmisten palvelusuunnitelma",
        "05 03 00 Vanhuspalvelut",
        "hyväksyä ikäihmisten palvelusuunnitelman vuosille 2024–2027",
        "Suunnitelmassa painottuvat kotona asumisen tuki ja ennaltaehkäisevä työ.",
    ),
    (
        PERU,
        "2024-02-27",
        "Ostopalvelusopimus lastensuojelun sijaishuollosta",
        "05 02 01 Lastensuojelu",
        "tehdä puitesopimuksen Perhekoti Kuusela Oy:n kanssa",
        "Sopimus turvaa sijoituspaikat kunnan lähialueelta.",
    ),
    (
        PERU,
        "2024-02-27",
        "Omaishoidon tuen myöntämisperusteet",
        "05 03 02 Omaishoito",
        "päivittää omaishoidon tuen myöntämisperusteet",
        "Hoitopalkkioiden euromäärät tarkistetaan vuosittain indeksillä.",
    ),
    (
        PERU,
        "2024-03-26",
        "Kuntouttavan työtoiminnan järjestäminen",
        "05 04 00 Työllisyyspalvelut",
        "järjestää kuntouttavan työtoiminnan omana toimintana",
        "Oma toiminta mahdollistaa yksilöllisen ohjauksen pienissä ryhmissä.",
    ),
    (
        YMP,
        "2024-01-25",
        "Ympäristönsuojelun valvontasuunnitelma",
        "11 01 00 Ympäristönsuojelu",
        "hyväksyä valvontasuunnitelman vuodelle 2024",
        "Suunnitelma perustuu ympäristönsuojelulain 168 §:ään.",
    ),
    (
        YMP,
        "2024-01-25",
        "Maa-ainesten ottolupa Kivikankaalle",
        "11 02 01 Maa-ainesluvat",
        "myöntää Soraveljekset Oy:lle luvan ottaa soraa 80 000 kuutiometriä",
        "Ottaminen ei vaaranna pohjavettä, kun lupamääräyksiä noudatetaan.",
    ),
    (
        YMP,
        "2024-02-22",
        "Rakennusjärjestyksen uudistaminen",
        "10 06 00 Rakennusvalvonta",
        "asettaa rakennusjärjestyksen luonnoksen nähtäville",
        "Luonnoksessa tarkennetaan ranta-alueiden rakentamisen määräyksiä.",
    ),
    (
        YMP,
        "2024-02-22",
        "Poikkeamislupa saunarakennukselle",
        "10 06 01 Poikkeamisluvat",
        "myöntää poikkeamisluvan saunarakennukselle Tiilijärven rannalle",
        "Rakennus sijoittuu 30 metrin etäisyydelle rantaviivasta.",
    ),
    (
        YMP,
        "2024-03-21",
        "Vesistöjen tilan seurantaraportti",
        "11 01 03 Vesiensuojelu",
        "merkitä seurantaraportin tiedoksi",
        "Kuusijärven ravinnepitoisuudet ovat laskeneet kolmena vuonna peräkkäin.",
    ),
    (
        KH,
        "2024-03-04",
        "Kunnan strategian väliarviointi",
        "00 00 00 Yleishallinto",
        "merkitä strategian väliarvioinnin tiedoksi ja lähettää sen valtuustolle",
        "Väliarvioinnin mukaan elinvoimatavoitteet ovat toteutuneet suunnitellusti.",
    ),
    (
        KH,
        "2024-03-04",
        "Hyvinvointikertomus 2023",
        "05 00 00 Sosiaali- ja terveyspalvelut",
        "hyväksyä hyvinvointikertomuksen",
        "Kertomuksessa seurataan kuntalaisten hyvinvoinnin ja terveyden kehitystä.",
    ),
]


def synthetic_documents() -> list[Document]:
    documents: list[Document] = []
    sections: dict[str, int] = {}
    for key, (body, day, title, task_class, decided, why) in enumerate(_SYNTHETIC, start=1):
        sections[body] = sections.get(body, 0) + 1
        text = (
            f"{title}\n\nPäätösehdotus\n\n{body} päättää {decided}.\n\nPerustelut\n\n{why}"
            f"\n\nPäätös\n\nEhdotus hyväksyttiin yksimielisesti."
        )
        documents.append(
            Document(
                key=key,
                title=title,
                text=text,
                day=date.fromisoformat(day),
                body_org=body,
                classification=task_class,
                case_id=f"KUUS/{100 + key}/00.00.00/2024",
                section=f"{sections[body]} §",
                modified=START + timedelta(minutes=key),
            )
        )
    return documents


def corpus_documents(path: Path = CORPUS_FILE, limit: int = CORPUS_LIMIT) -> list[Document]:
    documents: list[Document] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if len(documents) >= limit:
                break
            row = json.loads(line)
            try:
                day = date.fromisoformat(str(row.get("date") or ""))
            except ValueError:
                continue
            key = len(documents) + 1
            documents.append(
                Document(
                    key=key,
                    title=str(row["title"]),
                    text=str(row["text"]),
                    day=day,
                    body_org=str(row.get("body_org") or ""),
                    classification=str(row.get("classification") or ""),
                    case_id=str(row.get("case_id") or ""),
                    section=str(row.get("section") or ""),
                    modified=START + timedelta(minutes=key),
                )
            )
    return documents


def default_documents() -> list[Document]:
    """The corpus when it is beside the repository, the fictional set otherwise."""
    return list(_read_once(CORPUS_FILE)) if CORPUS_FILE.is_file() else synthetic_documents()


@cache
def _read_once(path: Path) -> tuple[Document, ...]:
    """Documents are frozen, so every test can share one reading of the large corpus file."""
    return tuple(corpus_documents(path))


class DocumentSet:
    """The server's data, edited by a test between two syncs.

    Every edit moves the clock forward, so a changed or new document is newer than anything a
    client has seen; removed documents stay as tombstones (OParl lists them as deleted).
    """

    def __init__(self, documents: list[Document]) -> None:
        self._lock = threading.Lock()
        self._documents = {document.key: document for document in documents}
        self._removed: dict[int, datetime] = {}
        self._clock = max((d.modified for d in documents), default=START)
        self.generation = 0

    def _tick(self) -> datetime:
        self._clock += timedelta(seconds=1)
        self.generation += 1
        return self._clock

    def snapshot(self) -> tuple[list[Document], dict[int, datetime], int]:
        with self._lock:
            ordered = sorted(self._documents.values(), key=lambda d: d.key)
            return ordered, dict(self._removed), self.generation

    def get(self, key: int) -> Document:
        with self._lock:
            return self._documents[key]

    def change(self, key: int, **fields: object) -> Document:
        with self._lock:
            changed = replace(self._documents[key], **fields, modified=self._tick())  # type: ignore[arg-type]
            self._documents[key] = changed
            return changed

    def add(self, title: str, text: str, like: int) -> Document:
        """A new decision in the same meeting as document ``like``."""
        with self._lock:
            key = max([*self._documents, *self._removed]) + 1
            model = self._documents[like]
            added = replace(
                model,
                key=key,
                title=title,
                text=text,
                case_id=f"KUUS/{900 + key}/00.00.00/2024",
                section=f"{key} §",
                modified=self._tick(),
            )
            self._documents[key] = added
            return added

    def remove(self, key: int) -> None:
        with self._lock:
            del self._documents[key]
            self._removed[key] = self._tick()
