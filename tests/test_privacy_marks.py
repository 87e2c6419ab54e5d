"""Personal-data marks and dismissals in the database, and the schema step that adds them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.domain.model import AgendaItem, Section
from desktop_app.privacy.detect import Kind, detect, fingerprint
from desktop_app.privacy.marks import (
    Mark,
    MarkKind,
    MarkRepository,
    detector_settings,
    field_text,
    party_names,
    resolve,
    set_own_domains,
)
from desktop_app.storage.database import DATABASE_NAME, connect, schema_version, upgrade
from desktop_app.storage.items import ItemRepository
from desktop_app.storage.migrations import latest_version
from desktop_app.workspace import Workspace


def _item(workspace: Workspace) -> AgendaItem:
    item = AgendaItem(None, "kh", "kunnanhallitus", title="Poikkeamislupa")
    item.sections[Section.DESCRIPTION] = "<p>Hakija <b>Testi Henkilö</b> asuu kunnassa.</p>"
    return workspace.items.save(item)


def test_marks_are_stored_listed_and_removed(workspace_dir: Path) -> None:
    workspace = Workspace.open(workspace_dir)
    try:
        item = _item(workspace)
        assert item.id is not None
        marks = MarkRepository(workspace.db)
        text = field_text(item, "selostus")
        start = text.index("Testi")
        stored = marks.add(item.id, Mark("selostus", start, start + 12, "Testi Henkilö"))
        secret = marks.add(
            item.id,
            Mark("title", 0, 5, "Poikk", MarkKind.SECRET, secrecy_ground="JulkL 24 § 1 mom 25 k"),
        )
        assert [m.text for m in marks.marks(item.id)] == ["Testi Henkilö", "Poikk"]
        assert marks.marks(item.id)[1].secrecy_ground == "JulkL 24 § 1 mom 25 k"
        assert marks.known_names([item.id]) == {"Testi Henkilö"}
        assert secret.id is not None and stored.id is not None
        marks.remove(secret.id)
        assert [m.id for m in marks.marks(item.id)] == [stored.id]
        with pytest.raises(ValueError):
            marks.add(item.id, Mark("no_such_field", 0, 1, "x"))
    finally:
        workspace.close()


def test_dismissals_are_remembered_per_item_and_deleted_with_it(workspace_dir: Path) -> None:
    workspace = Workspace.open(workspace_dir)
    try:
        item = _item(workspace)
        other = _item(workspace)
        assert item.id is not None and other.id is not None
        marks = MarkRepository(workspace.db)
        key = fingerprint(Kind.PHONE, "040 765 4321")
        marks.dismiss(item.id, key, "yrityksen vaihde")
        marks.dismiss(item.id, key, "yrityksen numero")
        assert marks.dismissed(item.id) == {key: "yrityksen numero"}
        assert marks.dismissed(other.id) == {}
        assert fingerprint(Kind.PHONE, "+358 40 765 4321") in marks.dismissed(item.id)
        marks.add(item.id, Mark("title", 0, 4, "Poik"))
        workspace.items.delete(item.id)
        assert marks.dismissed(item.id) == {} and marks.marks(item.id) == []
        marks.undismiss(other.id, key)
    finally:
        workspace.close()


def test_a_mark_follows_its_text_when_the_section_is_edited() -> None:
    mark = Mark("selostus", 7, 20, "Testi Henkilö")
    assert resolve(mark, "Hakija Testi Henkilö asuu.") == (7, 20)
    assert resolve(mark, "Uusi alku. Hakija Testi Henkilö asuu.") == (18, 31)
    assert resolve(mark, "Nimi poistettu.") is None


def test_own_domains_come_from_the_workspace(workspace_dir: Path) -> None:
    workspace = Workspace.open(workspace_dir)
    try:
        set_own_domains(workspace.db, ["esimerkkila.fi", "@seutu.fi"])
        settings = detector_settings(workspace.db)
        assert settings.own_domains == {"esimerkkila.fi", "seutu.fi"}
        (hit,) = detect("Lähetä osoitteeseen maija.m@seutu.fi", settings)
        assert hit.official
    finally:
        workspace.close()


def test_party_names_skip_organisations() -> None:
    assert party_names("Testi Henkilö, Toinen Testi ja Esimerkkilän Rakennus Oy") == [
        "Testi Henkilö",
        "Toinen Testi",
    ]
    assert party_names("Asianosaiset; Oppilaan huoltaja") == []


def test_upgrading_a_version_3_database_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_NAME
    raw = sqlite3.connect(path, isolation_level=None)
    upgrade(raw, to_version=3)
    raw.execute(
        "INSERT INTO organizations (id, name, kind) VALUES ('kh', 'Kunnanhallitus', 'hallitus')"
    )
    raw.execute(
        "INSERT INTO agenda_items (organization_id, template_id, title, appeal_type, created,"
        " modified) VALUES ('kh', 'kunnanhallitus', 'Vanha asia', 'oikaisuvaatimus', 'x', 'x')"
    )
    raw.close()
    connection = connect(path)
    try:
        assert schema_version(connection) == latest_version() >= 6
        assert connection.execute("SELECT title FROM agenda_items").fetchone()[0] == "Vanha asia"
        marks = MarkRepository(connection)
        marks.add(1, Mark("title", 0, 5, "Vanha"))
        assert [m.text for m in marks.marks(1)] == ["Vanha"]
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        assert {"privacy_marks", "privacy_dismissals", "meeting_publications",
                "publish_overrides"} <= tables  # fmt: skip
    finally:
        connection.close()


def test_a_version_9_database_gains_the_occurrence_dismissals(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_NAME
    raw = sqlite3.connect(path)
    upgrade(raw, to_version=9)
    raw.execute(
        "INSERT INTO organizations (id, name, kind) VALUES ('kh', 'Kunnanhallitus', 'hallitus')"
    )
    raw.commit()
    raw.close()
    connection = connect(path)
    try:
        assert schema_version(connection) == latest_version() >= 10
        item = AgendaItem(None, "kh", "kunnanhallitus", title="Asia")
        stored = ItemRepository(connection).save(item)
        assert stored.id is not None
        marks = MarkRepository(connection)
        key = fingerprint(Kind.PHONE, "07053-336")
        marks.dismiss(stored.id, key, "kaavatunnus", field="selostus", start=12)
        marks.dismiss(stored.id, key, "sama", field="selostus", start=12)
        assert list(marks.dismissed(stored.id).values()) == ["sama"]
        marks.undismiss(stored.id, key, field="selostus", start=12)
        assert marks.dismissed(stored.id) == {}
    finally:
        connection.close()
