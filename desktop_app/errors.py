"""Typed errors of the core.

Every error carries a stable ``code`` and the facts needed to explain it; the user-facing
sentence lives in ``resources/messages/<lang>.toml`` so that the CLI and the GUI say the same
thing in the user's language, and the core itself holds no UI wording.
"""

from __future__ import annotations

from typing import Any


class PaatospajaError(Exception):
    """Base of every error the user may see."""

    code = "error.unknown"

    def __init__(self, detail: str = "", **params: Any) -> None:
        super().__init__(detail or self.code)
        self.detail = detail
        self.params: dict[str, Any] = params


class WorkspaceNotWritable(PaatospajaError):
    code = "workspace.not_writable"


class DatabaseTooNew(PaatospajaError):
    code = "database.too_new"


class DatabaseCorrupt(PaatospajaError):
    code = "database.corrupt"


class TemplateSyntaxError(PaatospajaError):
    code = "template.syntax"


class TemplateUnsafePlaceholder(PaatospajaError):
    code = "template.unsafe_placeholder"


class TemplateNotFound(PaatospajaError):
    code = "template.not_found"


class ItemNotFound(PaatospajaError):
    code = "item.not_found"


class VersionNotFound(PaatospajaError):
    code = "version.not_found"


class TargetLocked(PaatospajaError):
    """The export target is open in another program (Word keeps a lock on Windows)."""

    code = "file.locked"


class DiskFull(PaatospajaError):
    code = "file.disk_full"


class FileWriteFailed(PaatospajaError):
    code = "file.write_failed"


class AttachmentRefused(PaatospajaError):
    """A DOCX attachment could not be appended, so the export stops instead of leaving it out.

    Params: ``name`` (the attachment), ``item`` (the item's title), ``path`` and ``reason``
    (a stable key: the subclass says which, and its sentence says why).
    """

    code = "attachment.refused"
    reason = "refused"

    def __init__(self, detail: str = "", **params: Any) -> None:
        params.setdefault("reason", self.reason)
        super().__init__(detail, **params)


class AttachmentMissing(AttachmentRefused):
    code = "attachment.missing"
    reason = "missing"


class AttachmentTooLarge(AttachmentRefused):
    code = "attachment.too_large"
    reason = "too_large"


class AttachmentZipBomb(AttachmentRefused):
    code = "attachment.zip_bomb"
    reason = "zip_bomb"


class AttachmentUnsafeXml(AttachmentRefused):
    """A part of the attachment has a DTD or entity references (param ``part``)."""

    code = "attachment.unsafe_xml"
    reason = "unsafe_xml"


class AttachmentCorrupt(AttachmentRefused):
    code = "attachment.corrupt"
    reason = "corrupt"


class ExportInvalid(PaatospajaError):
    """A part of the built document does not parse (param ``part``); nothing is written."""

    code = "export.invalid_part"


class WriteConflict(PaatospajaError):
    """Someone else wrote the record after it was read: the stale write was not made."""

    code = "write.conflict"


class ItemConflict(WriteConflict):
    code = "item.conflict"


class MeetingConflict(WriteConflict):
    code = "meeting.conflict"


class EntryConflict(WriteConflict):
    code = "entry.conflict"


class WorkspaceBusy(PaatospajaError):
    """Another window or command holds the workspace; params say who (host, user, pid, since)."""

    code = "workspace.busy"


class DatabaseFailure(PaatospajaError):
    """The database refused a read or a write; what was committed before is still there.

    Every subclass has ``path``; the sentence says what the user can do about it.
    """

    code = "database.failure"


class DatabaseBusy(DatabaseFailure):
    """Another program held the write lock longer than we wait (params path, waited)."""

    code = "database.busy"


class DatabaseReadOnly(DatabaseFailure):
    code = "database.read_only"


class DatabaseDiskFull(DatabaseFailure):
    """No room on the disk; the database is intact, only the last change is missing."""

    code = "database.disk_full"


class DatabaseIOError(DatabaseFailure):
    """Reading or writing the file failed for another reason (params path, detail)."""

    code = "database.io_error"


class DatabaseNotFound(DatabaseIOError):
    """The database file is not there, and opening it was not allowed to create one."""

    code = "database.not_found"


class DatabaseEmpty(DatabaseFailure):
    """A zero-byte or truncated file (params path, size); it is kept and nothing is written."""

    code = "database.empty"


class DatabaseJournalMode(DatabaseFailure):
    """SQLite did not take the journal mode asked for (params path, wanted, got)."""

    code = "database.journal_mode"


class UnknownItemField(PaatospajaError):
    """``item new --field name=value`` named no field of an item (params name, known)."""

    code = "cli.unknown_field"


class InvalidFieldValue(PaatospajaError):
    """A value the field cannot hold (params name, value, allowed)."""

    code = "cli.invalid_value"


class UnknownSection(PaatospajaError):
    """``--section name=…`` named no section of an item (params name, known)."""

    code = "cli.unknown_section"


class SectionFileUnreadable(PaatospajaError):
    """``--section name=@file`` whose file could not be read (params path, detail)."""

    code = "cli.section_file"


class UnknownBody(PaatospajaError):
    """No decision-making body has this id in the workspace (params body, known)."""

    code = "cli.unknown_body"


class TimeWithoutDate(PaatospajaError):
    """A clock time given for a meeting that has no date yet (params name)."""

    code = "cli.time_without_date"


class PrivacyFindingNotFound(PaatospajaError):
    """No personal-data finding of the item at that place (params item_id, field, start)."""

    code = "privacy.finding_not_found"


class SelfTestFailed(PaatospajaError):
    """``--self-test`` found a problem; param ``checks`` names the failed checks."""

    code = "selftest.failed"


class SelfTestResourcesMissing(PaatospajaError):
    """Bundled files are missing (params ``missing``, ``path``): a damaged installation."""

    code = "selftest.resources_missing"


class SelfTestSearchMissed(PaatospajaError):
    """A search for a sample decision's own title word did not find it (params query, …)."""

    code = "selftest.search_missed"


class SelfTestExportIncomplete(PaatospajaError):
    """The exported DOCX reopened without the item's title in it (params path, title)."""

    code = "selftest.export_incomplete"


class InvalidTime(PaatospajaError):
    """A clock time that is not one (params value); "18.05" and "klo 18.05" are."""

    code = "meeting.invalid_time"


class PrivacyStartWithoutField(PaatospajaError):
    """An occurrence (``--start``) was named without its field: the offset means nothing alone."""

    code = "privacy.start_without_field"


class SecretsUnavailable(PaatospajaError):
    """The keyring cannot keep secrets (param ``backend``): they are kept for this run only."""

    code = "secrets.unavailable"


class SecretsNoBackend(SecretsUnavailable):
    """The machine offers no keyring that stores anything (keyring's fail or null backend)."""

    code = "secrets.no_backend"


class SecretsInsecureBackend(SecretsUnavailable):
    """The keyring found is a file store of keyrings.alt, not the system's protected store."""

    code = "secrets.insecure_backend"


class SecretsLocked(SecretsUnavailable):
    """The keyring is locked and unlocking it was refused or impossible (param ``detail``)."""

    code = "secrets.locked"


class SecretsBackendFailed(SecretsUnavailable):
    """The keyring raised (no D-Bus session, a service error); param ``detail``."""

    code = "secrets.backend_failed"


class SecretTooLong(PaatospajaError):
    """Longer than Windows Credential Manager keeps (params ``size``, ``limit`` in bytes)."""

    code = "secrets.too_long"


class SecretEmpty(PaatospajaError):
    """An empty password is not stored: a source without one has its secret removed."""

    code = "secrets.empty"
