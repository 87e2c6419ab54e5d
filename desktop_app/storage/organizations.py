"""The bodies and office-holders of the municipality."""

from __future__ import annotations

import sqlite3

from desktop_app.domain.model import BodyKind, Organization
from desktop_app.storage.database import transaction


class OrganizationRepository:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    def save(self, organization: Organization) -> None:
        with transaction(self._db):
            self._db.execute(
                "INSERT INTO organizations (id, name, kind, short_name, name_sv, parent_id)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name,"
                " kind = excluded.kind, short_name = excluded.short_name,"
                " name_sv = excluded.name_sv, parent_id = excluded.parent_id",
                (
                    organization.id,
                    organization.name,
                    organization.kind.value,
                    organization.short_name,
                    organization.name_sv,
                    organization.parent_id,
                ),
            )

    def all(self) -> list[Organization]:
        order = {kind.value: index for index, kind in enumerate(BodyKind)}
        rows = self._db.execute("SELECT * FROM organizations").fetchall()
        organizations = [
            Organization(
                row["id"],
                row["name"],
                BodyKind(row["kind"]),
                row["short_name"],
                row["name_sv"],
                row["parent_id"],
            )
            for row in rows
        ]
        return sorted(organizations, key=lambda o: (order[o.kind.value], o.name))

    def get(self, organization_id: str) -> Organization | None:
        return next((o for o in self.all() if o.id == organization_id), None)

    def parent(self, organization: Organization) -> Organization | None:
        """The body above ``organization`` (an office-holder's board or committee), if named.

        An office-holder stored before bodies had parents names none; then the municipality's
        only board stands in, so that the instructions name a body rather than a description.
        """
        if organization.parent_id:
            return self.get(organization.parent_id)
        if organization.kind is not BodyKind.OFFICE_HOLDER:
            return None
        boards = [o for o in self.all() if o.kind is BodyKind.BOARD]
        return boards[0] if len(boards) == 1 else None
