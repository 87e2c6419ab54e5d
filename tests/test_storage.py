import json
import sqlite3
from pathlib import Path

import pytest

from desktop_app.domain.model import (
    AgendaItem,
    AppealType,
    Attachment,
    Disqualification,
    ItemState,
    Person,
    Section,
)
from desktop_app.errors import DatabaseCorrupt, DatabaseTooNew, ItemNotFound, VersionNotFound
from desktop_app.messages import describe
from desktop_app.storage.database import connect, integrity_ok, schema_version, upgrade
from desktop_app.storage.items import ItemRepository
from desktop_app.storage.migrations import MIGRATIONS, latest_version
from desktop_app.workspace import Workspace


def _item(**changes: object) -> AgendaItem:
    item = AgendaItem(
        id=None,
        organization_id="kh",
        template_id="kunnanhallitus",
        title="Kiinteistöveroprosentit vuodelle 2027",
        dno="KH 12/02.02.00/2026",
        preparer=Person("Åsa Öhman", "talousjohtaja", "040 123 4567", "asa@esimerkkila.fi"),
        sections={Section.PROPOSAL: "<p>Kunnanhallitus esittää …</p>"},
        attachments=[Attachment("Liite 1 laskelma.pdf")],
        disqualifications=[Disqualification("Pekka Jäsen", "HL 28 § 1 mom 1 k")],
        appeal_type=AppealType.MUNICIPAL_APPEAL,
    )
    for key, value in changes.items():
        setattr(item, key, value)
    return item


def _seed_organization(db: sqlite3.Connection) -> None:
    db.execute(
        "INSERT INTO organizations (id, name, kind) VALUES ('kh', 'Kunnanhallitus', 'hallitus')"
    )


def test_database_uses_wal_and_full_sync(tmp_path: Path) -> None:
    db = connect(tmp_path / "a.sqlite3")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert schema_version(db) == latest_version()


def test_item_round_trip_keeps_every_field_and_versions(tmp_path: Path) -> None:
    db = connect(tmp_path / "a.sqlite3")
    _seed_organization(db)
    items = ItemRepository(db)
    saved = items.save(_item())
    assert saved.id is not None
    loaded = items.get(saved.id)
    assert loaded.preparer.name == "Åsa Öhman"
    assert loaded.disqualifications == [Disqualification("Pekka Jäsen", "HL 28 § 1 mom 1 k")]
    assert loaded.appeal_type is AppealType.MUNICIPAL_APPEAL
    assert loaded.section(Section.PROPOSAL) == "<p>Kunnanhallitus esittää …</p>"

    loaded.title = "Kiinteistöveroprosentit 2027 (korjattu)"
    loaded.state = ItemState.READY
    items.save(loaded)
    versions = items.versions(saved.id)
    assert [v.number for v in versions] == [2, 1]
    assert items.version(saved.id, 1).title == "Kiinteistöveroprosentit vuodelle 2027"

    restored = items.restore(saved.id, 1)
    assert restored.title == "Kiinteistöveroprosentit vuodelle 2027"
    assert items.get(saved.id).state is ItemState.DRAFT
    assert [v.number for v in items.versions(saved.id)] == [3, 2, 1]
    with pytest.raises(VersionNotFound):
        items.version(saved.id, 99)
    with pytest.raises(ItemNotFound):
        items.get(12345)


def test_failed_save_leaves_no_half_item(tmp_path: Path) -> None:
    db = connect(tmp_path / "a.sqlite3")
    items = ItemRepository(db)
    item = _item(organization_id="does-not-exist")  # violates the foreign key
    with pytest.raises(sqlite3.IntegrityError):
        items.save(item)
    assert item.id is None
    assert db.execute("SELECT COUNT(*) FROM agenda_items").fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM item_versions").fetchone()[0] == 0


def _fill_at_version(db: sqlite3.Connection, version: int) -> None:
    """Put data in the tables that exist at ``version``, as that version would have."""
    _seed_organization(db)
    db.execute(
        "INSERT INTO agenda_items (organization_id, template_id, title, appeal_type, created,"
        " modified, sections_json) VALUES ('kh', 'kunnanhallitus', 'Vanha asia ääkkösin',"
        " 'oikaisuvaatimus', '2025-01-01T00:00:00+00:00', '2025-01-01T00:00:00+00:00', ?)",
        (json.dumps({"paatosehdotus": "<p>Ehdotus</p>"}),),
    )
    if version >= 3:
        db.execute(
            "INSERT INTO decisions (source_id, title, text, imported) VALUES"
            " ('x-1', 'Päätös', 'teksti', '2025-01-01')"
        )


@pytest.mark.parametrize("start", [m.version for m in MIGRATIONS[:-1]])
def test_upgrade_from_every_earlier_version_keeps_data(tmp_path: Path, start: int) -> None:
    path = tmp_path / "old.sqlite3"
    raw = sqlite3.connect(path, isolation_level=None)
    upgrade(raw, to_version=start)
    assert schema_version(raw) == start
    _fill_at_version(raw, start)
    raw.close()

    db = connect(path)
    assert schema_version(db) == latest_version()
    assert integrity_ok(db)
    item = ItemRepository(db).all()[0]
    assert item.title == "Vanha asia ääkkösin"
    assert item.section(Section.PROPOSAL) == "<p>Ehdotus</p>"
    assert (tmp_path / f"old.sqlite3.bak-v{start}").exists()
    if start >= 3:
        assert db.execute("SELECT title FROM decisions").fetchone()[0] == "Päätös"


def test_database_from_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE future (x)")
    raw.execute(f"PRAGMA user_version = {latest_version() + 5}")
    raw.commit()
    raw.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew) as caught:
        connect(path)
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists()
    text = describe(caught.value, "fi")
    assert "uudemmalla versiolla" in text and str(latest_version() + 5) in text


def test_garbage_database_is_reported_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "garbage.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    before = path.read_bytes()
    with pytest.raises(DatabaseCorrupt) as caught:
        connect(path)
    assert path.read_bytes() == before
    assert "vioittunut" in describe(caught.value, "fi")


def test_workspace_refuses_newer_database_without_seeding(workspace_dir: Path) -> None:
    workspace_dir.mkdir()
    raw = sqlite3.connect(workspace_dir / "paatospaja.sqlite3")
    raw.execute(f"PRAGMA user_version = {latest_version() + 1}")
    raw.close()
    with pytest.raises(DatabaseTooNew):
        Workspace.open(workspace_dir)


def test_overrides_given_before_places_became_codes_still_match(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    raw = sqlite3.connect(path, isolation_level=None)
    upgrade(raw, to_version=13)
    raw.execute(
        "INSERT INTO organizations (id, name, kind) VALUES ('kh', 'Kunnanhallitus', 'board')"
    )
    raw.execute(
        "INSERT INTO meetings (id, organization_id, number, year, created)"
        " VALUES (1, 'kh', 1, 2026, '2026-01-01')"
    )
    for target in ("Kokouksen tiedot: Alkamisaika", "asia 12", "asia x", "§ 3"):
        raw.execute(
            "INSERT INTO publish_overrides (meeting_id, code, target, reason, created)"
            " VALUES (1, 'publish.x', ?, 'perustelu', '2026-01-01')",
            (target,),
        )
    raw.close()

    db = connect(path)
    targets = {row[0] for row in db.execute("SELECT target FROM publish_overrides")}
    assert targets == {"publish.place.start", "#12", "asia x", "§ 3"}
