"""A workspace: one folder with the database, the index cache and the user's own templates."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain.model import AppealType
from desktop_app.errors import WorkspaceNotWritable
from desktop_app.paths import make_private_dir, resolve_workspace
from desktop_app.seed import seed_if_new
from desktop_app.storage.database import DATABASE_NAME, connect
from desktop_app.storage.decisions import DecisionRepository
from desktop_app.storage.items import ItemRepository
from desktop_app.storage.meta import get_meta
from desktop_app.storage.organizations import OrganizationRepository
from desktop_app.templating.appeal import AppealInstruction, load_appeal_instructions
from desktop_app.templating.catalog import TemplateCatalog

USER_TEMPLATES_README = """\
Tähän kansioon voi lisätä kunnan omia asiapohjia (.toml). Pohja, jonka id on sama kuin
ohjelman mukana tulevan pohjan, korvaa sen. Mallin löydät ohjelman kansiosta
resources/templates. Pohjat ovat pelkkää dataa: niissä ei voi olla ohjelmakoodia.

Här kan du lägga kommunens egna ärendemallar (.toml).
"""


def _create_private_file(path: Path) -> None:
    """Create the database file readable by its owner only, before SQLite makes it.

    SQLite gives its -wal and -shm files the database file's permissions, so they follow.
    """
    if os.name == "nt":
        return  # the per-user profile folder is already private on Windows
    try:
        descriptor = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    except OSError:
        return  # SQLite reports the problem itself when it opens the file
    os.close(descriptor)
    with contextlib.suppress(OSError):
        path.chmod(0o600)


def probe_writable(folder: Path) -> None:
    """Prove by writing that ``folder`` takes new files; permission bits alone can lie."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".write-test-", dir=folder)
        os.close(fd)
        Path(name).unlink()
    except OSError as error:
        detail = "disk full" if error.errno == errno.ENOSPC else error.strerror or str(error)
        raise WorkspaceNotWritable(detail, path=str(folder)) from error


@dataclass
class Workspace:
    root: Path
    db: sqlite3.Connection
    templates: TemplateCatalog
    appeals: dict[AppealType, AppealInstruction]

    @property
    def database_path(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def index_dir(self) -> Path:
        return self.root / "index"

    @property
    def user_templates_dir(self) -> Path:
        return self.root / "templates"

    @property
    def items(self) -> ItemRepository:
        return ItemRepository(self.db)

    @property
    def organizations(self) -> OrganizationRepository:
        return OrganizationRepository(self.db)

    @property
    def decisions(self) -> DecisionRepository:
        return DecisionRepository(self.db)

    @property
    def municipality(self) -> str:
        return get_meta(self.db, "municipality")

    @classmethod
    def open(cls, root: str | os.PathLike[str] | None = None, *, seed: bool = True) -> Workspace:
        folder = resolve_workspace(root)
        created = not folder.exists()
        probe_writable(folder)
        if created:
            make_private_dir(folder)  # the decisions and drafts hold personal data
        database = folder / DATABASE_NAME
        _create_private_file(database)
        connection = connect(database)
        try:
            if seed:
                seed_if_new(connection)
            user_templates = folder / "templates"
            if not user_templates.exists():
                user_templates.mkdir()
                (user_templates / "LUEMINUT.txt").write_text(
                    USER_TEMPLATES_README, encoding="utf-8"
                )
            index = folder / "index"
            if index.exists() and not index.is_dir():
                # The index is a cache; something else under its name is kept, not lost.
                index.rename(folder / f"index.not-a-folder-{time.strftime('%Y%m%d-%H%M%S')}")
            make_private_dir(index)
        except BaseException:
            connection.close()
            raise
        return cls(
            root=folder,
            db=connection,
            templates=TemplateCatalog.load(user_templates),
            appeals=load_appeal_instructions(folder / "appeal"),
        )

    def connect(self) -> sqlite3.Connection:
        """A separate connection for a worker thread (SQLite connections are not shared)."""
        return connect(self.database_path)

    def reload_templates(self) -> None:
        self.templates = TemplateCatalog.load(self.user_templates_dir)

    def close(self) -> None:
        self.db.close()
