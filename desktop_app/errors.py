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
