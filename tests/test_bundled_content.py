"""The content shipped in resources/ loads cleanly and is fit to publish.

Templates and appeal instructions are data that municipalities copy and edit, so a broken
file or an unknown placeholder must fail here rather than in a secretary's draft. The sample
decisions seed every new workspace, so they must cover every body and appeal route and must
never carry anything that looks like a henkilötunnus.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop_app.domain.model import AppealType, BodyKind, Section
from desktop_app.privacy.detect import find_hetu
from desktop_app.resources import resource_dir, resource_path
from desktop_app.seed import sample_decisions, sample_organizations
from desktop_app.templating.appeal import load_appeal_instructions
from desktop_app.templating.catalog import FIELD_NAMES, TemplateCatalog
from desktop_app.templating.engine import find_problems

SAMPLE_KEYS = (
    "id",
    "title",
    "date",
    "body_org",
    "doc_type",
    "section",
    "case_id",
    "classification",
    "appeal",
    "lang",
    "municipality",
    "text",
)
SAMPLE_APPEALS = {"Oikaisuvaatimus", "Kunnallisvalitus", "Hallintovalitus", "Muutoksenhakukielto"}
EXPECTED_TEMPLATES = {
    "kunnanhallitus": (BodyKind.BOARD, AppealType.CORRECTION),
    "valtuusto": (BodyKind.COUNCIL, AppealType.MUNICIPAL_APPEAL),
    "lautakunta": (BodyKind.COMMITTEE, AppealType.CORRECTION),
    "viranhaltijapaatos": (BodyKind.OFFICE_HOLDER, AppealType.CORRECTION),
}
EXPECTED_PERIODS = {
    AppealType.CORRECTION: 14,
    AppealType.MUNICIPAL_APPEAL: 30,
    AppealType.ADMINISTRATIVE_APPEAL: 30,
    AppealType.NONE: 0,
    AppealType.PROCUREMENT: 14,  # Hankintalaki 132 § and 146 §
}
TEXT_SUFFIXES = {".toml", ".jsonl", ".json", ".txt", ".md", ".csv", ".ts", ".html", ".xml"}


@pytest.fixture(scope="module")
def catalog() -> TemplateCatalog:
    return TemplateCatalog.load(bundled_dir=resource_path("templates"))


@pytest.fixture(scope="module")
def samples() -> list[dict[str, Any]]:
    path = resource_path("samples", "decisions.jsonl")
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


# --- templates --------------------------------------------------------------------------


def test_every_bundled_template_loads_without_problems(catalog: TemplateCatalog) -> None:
    assert catalog.problems == []
    files = sorted(resource_path("templates").glob("*.toml"))
    assert len(files) == len(catalog.all())
    assert {t.id for t in catalog.all()} == set(EXPECTED_TEMPLATES)


@pytest.mark.parametrize("template_id", sorted(EXPECTED_TEMPLATES))
def test_template_kind_and_default_appeal(catalog: TemplateCatalog, template_id: str) -> None:
    template = catalog.get(template_id)
    assert (template.body_kind, template.default_appeal) == EXPECTED_TEMPLATES[template_id]
    assert template.path.stem == template_id


@pytest.mark.parametrize("template_id", sorted(EXPECTED_TEMPLATES))
def test_template_required_fields_are_allowed_names(
    catalog: TemplateCatalog, template_id: str
) -> None:
    template = catalog.get(template_id)
    allowed = FIELD_NAMES | {s.value for s in Section}
    assert set(template.required) <= allowed
    required_sections = {r for r in template.required if r in {s.value for s in Section}}
    assert required_sections <= {s.value for s in template.sections}
    assert {"title", "dno", "contact", "parties"} <= set(template.required)


@pytest.mark.parametrize("template_id", sorted(EXPECTED_TEMPLATES))
def test_template_is_bilingual(catalog: TemplateCatalog, template_id: str) -> None:
    template = catalog.get(template_id)
    for language in ("fi", "sv"):
        assert template.name.get(language, "").strip()
        assert template.description.get(language, "").strip()
        labels = template.labels.get(language, {})
        assert all(labels.get(s.value, "").strip() for s in template.sections), language
        assert set(template.texts.get(language, {})) == set(template.texts["fi"])
    for texts in template.texts.values():
        for text in texts.values():
            assert find_problems(text) == ([], [])


def test_office_holder_decision_has_no_proposal_and_needs_date(catalog: TemplateCatalog) -> None:
    template = catalog.get("viranhaltijapaatos")
    assert template.sections == [Section.DESCRIPTION, Section.REASONS, Section.DECISION]
    assert {"decision_date", "parties", "contact"} <= set(template.required)


def test_council_item_carries_the_board_proposal(catalog: TemplateCatalog) -> None:
    template = catalog.get("valtuusto")
    assert template.label("paatosehdotus", "fi") == "Kunnanhallituksen ehdotus"
    assert template.text("paatosehdotus", "fi").startswith("<p>Kunnanhallitus ehdottaa")
    assert "presenter" not in template.required


# --- appeal instructions ----------------------------------------------------------------


def test_appeal_instructions_cover_every_appeal_type() -> None:
    instructions = load_appeal_instructions()
    assert set(instructions) == set(AppealType)
    for appeal_type, instruction in instructions.items():
        assert instruction.period_days == EXPECTED_PERIODS[appeal_type]


@pytest.mark.parametrize("appeal_type", list(AppealType))
def test_appeal_file_is_named_by_its_type_and_says_verify_in_finlex(
    appeal_type: AppealType,
) -> None:
    path = resource_path("appeal", f"{appeal_type.value}.toml")
    raw = path.read_text(encoding="utf-8")
    data = tomllib.loads(raw)
    assert data["type"] == appeal_type.value
    header = [line for line in raw.splitlines() if line.startswith("#")]
    assert any("Finlex" in line for line in header)
    assert any("muokattava" in line for line in header)
    for table in ("title", "text", "authority"):
        for language in ("fi", "sv"):
            value = data[table][language]
            assert value.strip(), (table, language)
            assert find_problems(value) == ([], []), (table, language)


@pytest.mark.parametrize("language", ["fi", "sv"])
@pytest.mark.parametrize("appeal_type", list(AppealType))
def test_appeal_text_renders_with_every_placeholder_filled(
    appeal_type: AppealType, language: str
) -> None:
    instruction = load_appeal_instructions()[appeal_type]
    values: dict[str, object] = {
        "body": "Kunnanhallitus",
        "municipality": "Esimerkkilän kunta",
        "address": "PL 1, 99999 Esimerkkilä, kirjaamo@esimerkkila.fi",
    }
    title, text = instruction.render(language, values)
    assert "{{" not in title + text
    assert str(instruction.period_days) in text or appeal_type is AppealType.NONE
    if appeal_type is AppealType.NONE:
        assert "136 §" in text
    else:
        assert instruction.authority[language] in text


def test_appeal_for_court_mentions_the_court_fee() -> None:
    instructions = load_appeal_instructions()
    for appeal_type in (AppealType.MUNICIPAL_APPEAL, AppealType.ADMINISTRATIVE_APPEAL):
        assert "oikeudenkäyntimaksu" in instructions[appeal_type].text["fi"]
        assert "1455/2015" in instructions[appeal_type].text["sv"]


# --- sample decisions -------------------------------------------------------------------


def test_every_sample_decision_has_the_required_keys(samples: list[dict[str, Any]]) -> None:
    assert len(samples) >= 35
    for record in samples:
        missing = [k for k in SAMPLE_KEYS if not str(record.get(k) or "").strip()]
        assert missing == [], record.get("id")
        assert record["appeal"] in SAMPLE_APPEALS
        assert record["lang"] in {"fi", "sv"}
        assert record["municipality"] == "Esimerkkilä"
        assert record["doc_type"] in {"pöytäkirjan pykälä", "viranhaltijapäätös"}
        assert re.fullmatch(r"\d+ §", record["section"])


def test_sample_dates_are_valid_and_texts_substantial(samples: list[dict[str, Any]]) -> None:
    for record in samples:
        parsed = date.fromisoformat(record["date"])
        assert 2024 <= parsed.year <= 2026, record["id"]
        assert 800 <= len(record["text"]) <= 3000, record["id"]
        assert "@esimerkkila.fi" in record["text"], record["id"]


def test_sample_ids_are_unique(samples: list[dict[str, Any]]) -> None:
    ids = [r["id"] for r in samples]
    assert len(ids) == len(set(ids))


def test_samples_cover_every_body_and_appeal_route(samples: list[dict[str, Any]]) -> None:
    _, organizations = sample_organizations()
    assert {o.name for o in organizations} <= {r["body_org"] for r in samples}
    assert {r["appeal"] for r in samples} == SAMPLE_APPEALS
    assert {r["lang"] for r in samples} == {"fi", "sv"}


def test_section_numbers_grow_through_each_body_year(samples: list[dict[str, Any]]) -> None:
    """§ numbers run per body per calendar year and never go backwards (domain rule)."""
    runs: dict[tuple[str, int], list[tuple[str, int]]] = defaultdict(list)
    for record in samples:
        number = int(record["section"].split()[0])
        runs[(record["body_org"], int(record["date"][:4]))].append((record["date"], number))
    for key, entries in runs.items():
        entries.sort()
        numbers = [n for _, n in entries]
        assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers), key


def test_seed_loader_reads_every_sample(samples: list[dict[str, Any]]) -> None:
    records = list(sample_decisions())
    assert len(records) == len(samples)
    assert all(r.date is not None and r.text and r.body_org for r in records)


# --- personal data ----------------------------------------------------------------------


def _text_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES]


def test_no_resource_text_contains_a_henkilotunnus() -> None:
    files = _text_files(resource_dir())
    assert any(p.name == "decisions.jsonl" for p in files)
    hits = []
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        hits += [f"{path.name}: {found.text}" for found in find_hetu(text)]
    assert hits == []
