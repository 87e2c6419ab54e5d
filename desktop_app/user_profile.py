"""The user's own name and title: defaults for the drafts and meetings this user starts.

They belong to the person, not to the workspace: a workspace on a network drive is shared
by several secretaries, each of whom prepares drafts under their own name. So they live in
a small file in the user's configuration folder, never in the workspace database.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from desktop_app.atomic import write_bytes_atomic
from desktop_app.domain.model import Person
from desktop_app.meetings.model import Participant, ParticipantRole
from desktop_app.paths import APP_NAME

log = logging.getLogger(__name__)

PROFILE_FILE = "kayttaja.json"


@dataclass(frozen=True)
class UserProfile:
    name: str = ""
    title: str = ""

    def is_empty(self) -> bool:
        return not (self.name or self.title)

    def preparer(self) -> Person:
        """The preparer (valmistelija) of a draft this user starts."""
        return Person(self.name, self.title)

    def secretary(self) -> list[Participant]:
        """The secretary (pöytäkirjanpitäjä) of a meeting this user starts; none if unnamed."""
        if not self.name:
            return []
        return [Participant(self.name, ParticipantRole.SECRETARY, title=self.title)]


def profile_path() -> Path:
    """The file in the per-user configuration folder (roams with a Windows profile)."""
    return platformdirs.user_config_path(APP_NAME, appauthor=False, roaming=True) / PROFILE_FILE


def load_profile(path: Path | None = None) -> UserProfile:
    """The saved profile; an empty one when there is none or it cannot be read.

    A damaged file only costs the defaults, so it is logged rather than shown as an error.
    """
    target = path or profile_path()
    try:
        data = json.loads(target.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return UserProfile()
    except (OSError, ValueError) as error:
        log.warning("could not read the user profile %s: %s", target, error)
        return UserProfile()
    if not isinstance(data, dict):
        return UserProfile()
    return UserProfile(
        name=str(data.get("name") or "").strip(), title=str(data.get("title") or "").strip()
    )


def save_profile(profile: UserProfile, path: Path | None = None) -> None:
    data = {"name": profile.name.strip(), "title": profile.title.strip()}
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    write_bytes_atomic(path or profile_path(), text.encode("utf-8"))
