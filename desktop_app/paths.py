"""Where a workspace lives: ``--workspace``, then ``PAATOSPAJA_HOME``, then the user data folder."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import platformdirs

log = logging.getLogger(__name__)

APP_NAME = "Paatospaja"
ENVIRONMENT_VARIABLE = "PAATOSPAJA_HOME"


def default_workspace() -> Path:
    r"""The per-user data folder (``%LOCALAPPDATA%\\Paatospaja`` on Windows)."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False, roaming=False)


def resolve_workspace(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    from_environment = os.environ.get(ENVIRONMENT_VARIABLE, "").strip()
    if from_environment:
        return Path(from_environment).expanduser()
    return default_workspace()


def make_private_dir(path: Path) -> Path:
    """Create ``path`` readable by its owner only (on Windows the profile folder already is).

    A folder that cannot be created is an error. A folder that exists but refuses the
    ``chmod`` (it belongs to another user, or the file system has no permission bits) still
    works, so that is only logged: refusing to start over it would help nobody.
    """
    path.mkdir(parents=True, exist_ok=True)
    if os.name != "nt":
        try:
            path.chmod(0o700)
        except OSError as error:
            log.warning("could not make %s private (owner-only): %s", path, error)
    return path
