"""Why a source could not be configured or synchronised.

Every class has a ``code`` in the ``sync.`` or ``sources.`` namespace whose sentence lives in
resources/messages. Adapters raise these too (a page that is not what the protocol promises
is :class:`SyncInvalidResponse`), so a failing source always ends in the same few sentences.
Parameters never hold a secret: addresses are shown without their user information and
query string values (see :func:`desktop_app.sources.http.shown_url`).
"""

from __future__ import annotations

from desktop_app.errors import PaatospajaError


class SyncError(PaatospajaError):
    """Base: the sync of one source failed; the archive keeps what it had."""

    code = "sync.failed"


class SyncTimeout(SyncError):
    code = "sync.timeout"


class SyncUnreachable(SyncError):
    code = "sync.unreachable"


class SyncHttpStatus(SyncError):
    code = "sync.http_status"


class SyncNotFound(SyncHttpStatus):
    code = "sync.not_found"


class SyncBusy(SyncHttpStatus):
    """429 or 503 still after every retry the fetcher allows."""

    code = "sync.busy"


class SyncUnauthorized(SyncHttpStatus):
    """401 or 403: the user name, password, key or token is wrong or missing."""

    code = "sync.unauthorized"


class SyncInvalidJson(SyncError):
    code = "sync.invalid_json"


class SyncInvalidResponse(SyncError):
    """Valid JSON, but not the shape the protocol promises (params ``url``, ``detail``)."""

    code = "sync.invalid_response"


class SyncTooLarge(SyncError):
    code = "sync.too_large"


class SyncRedirectLoop(SyncError):
    code = "sync.redirect_loop"


class SyncTls(SyncError):
    code = "sync.tls"


class SyncFolderMissing(SyncError):
    """The folder or network share is not reachable: never a reason to propose removals."""

    code = "sync.folder_missing"


class SyncIncomplete(SyncError):
    """The adapter stopped without telling where the listing ended (a program error)."""

    code = "sync.incomplete"


class SyncCutShort(SyncError):
    """The connection ended before the whole answer had come (fewer bytes than announced)."""

    code = "sync.cut_short"


class SyncSecretMissing(SyncError):
    code = "sync.secret_missing"


class SyncBadRecord(SyncError):
    """One record the source offered was skipped (params ``where``, ``detail``)."""

    code = "sync.bad_record"


class SourceNotFound(PaatospajaError):
    code = "sources.not_found"


class SourceExists(PaatospajaError):
    code = "sources.exists"


class SourceInvalid(PaatospajaError):
    """A source configuration that cannot work; the subclass says what is wrong."""

    code = "sources.invalid"


class SourceBadKey(SourceInvalid):
    code = "sources.invalid_key"


class SourceBadKind(SourceInvalid):
    code = "sources.invalid_kind"


class SourceBadAuth(SourceInvalid):
    code = "sources.invalid_auth"


class SourceBadLocation(SourceInvalid):
    code = "sources.invalid_location"


class SourceNeedsUser(SourceInvalid):
    code = "sources.invalid_user"


class SecretStoreUnavailable(PaatospajaError):
    code = "sources.secret_store_unavailable"
