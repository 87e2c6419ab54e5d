"""The welcome on a workspace's first start: the municipality's facts and the user's own.

The welcome is shown until the secretary has either confirmed the facts or skipped them;
both are remembered in the workspace (a meta row), so it is shown once per workspace and
never again on another start. The user's name and title go to the per-user profile
(:mod:`desktop_app.user_profile`), since a shared workspace has many users.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop_app.export.house_style import open_house_style
from desktop_app.seed import sample_organizations
from desktop_app.settings import load_settings, save_settings
from desktop_app.storage.meta import get_meta, set_meta
from desktop_app.user_profile import UserProfile, load_profile, save_profile

WELCOME_KEY = "welcome.done"


@dataclass(frozen=True)
class WelcomeAnswers:
    municipality: str = ""
    municipality_sv: str = ""
    logo: str = ""
    house_style: str = ""
    administrative_court: str = ""
    name: str = ""
    title: str = ""


def _unless(value: str, sample: str) -> str:
    return "" if value.strip() == sample.strip() else value


def welcome_needed(connection: sqlite3.Connection) -> bool:
    return not get_meta(connection, WELCOME_KEY)


def mark_welcomed(connection: sqlite3.Connection) -> None:
    set_meta(connection, WELCOME_KEY, "1")


def current_answers(
    connection: sqlite3.Connection, profile_file: Path | None = None
) -> WelcomeAnswers:
    """What the welcome starts from: the workspace's facts and the user's saved profile."""
    settings = load_settings(connection)
    profile = load_profile(profile_file)
    # The seeded name is the fictional sample municipality's: offering it as the answer
    # would have a hurried secretary confirm "Esimerkkilän kunta" into real documents.
    samples = sample_organizations()[0]
    return WelcomeAnswers(
        municipality=_unless(settings.municipality, samples["fi"]),
        municipality_sv=_unless(settings.municipality_sv, samples["sv"]),
        logo=settings.logo,
        house_style=settings.house_style,
        administrative_court=settings.administrative_court,
        name=profile.name,
        title=profile.title,
    )


def complete_welcome(
    connection: sqlite3.Connection, answers: WelcomeAnswers, profile_file: Path | None = None
) -> None:
    """Store the answers; a house style that cannot be used is refused before anything is.

    The other facts of the workspace (registry address, e-mail domains) stay as they were,
    unless they are still the sample municipality's and a real one was named: appeal
    instructions must not send anyone to the fictional registry, so those are emptied and
    the publishing check asks for the real ones.
    """
    house_style = answers.house_style.strip()
    if house_style:
        open_house_style(Path(house_style))  # raises the typed error the user can act on
    current = load_settings(connection)
    settings = dataclasses.replace(
        current,
        # left blank: the workspace keeps the name it has rather than losing it
        municipality=answers.municipality.strip() or current.municipality,
        municipality_sv=answers.municipality_sv.strip() or current.municipality_sv,
        logo=answers.logo.strip(),
        house_style=house_style,
        administrative_court=answers.administrative_court.strip(),
    )
    samples = sample_organizations()[0]
    if settings.municipality.strip() != samples["fi"].strip():
        if settings.address.strip() == samples["address"].strip():
            settings.address = ""
        if settings.own_domains.strip() == samples["own_domains"].strip():
            settings.own_domains = ""
    save_settings(connection, settings)
    save_profile(UserProfile(answers.name.strip(), answers.title.strip()), profile_file)
    mark_welcomed(connection)
