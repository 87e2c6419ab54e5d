"""The user's name and title: a per-user file, defaults for new drafts and meetings."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app import drafting
from desktop_app.errors import PaatospajaError
from desktop_app.first_start import (
    WelcomeAnswers,
    complete_welcome,
    current_answers,
    welcome_needed,
)
from desktop_app.meetings.model import ParticipantRole
from desktop_app.settings import load_settings, save_settings
from desktop_app.user_profile import UserProfile, load_profile, profile_path, save_profile
from desktop_app.workspace import Workspace


def test_profile_lives_in_the_user_config_folder_not_the_workspace(
    workspace: Workspace, tmp_path: Path
) -> None:
    assert load_profile() == UserProfile()
    save_profile(UserProfile("Olli Sihteeri ", "hallintojohtaja"))
    path = profile_path()
    assert path.is_relative_to(tmp_path / "home" / "config")
    assert not path.is_relative_to(workspace.root)
    assert load_profile() == UserProfile("Olli Sihteeri", "hallintojohtaja")
    assert list(path.parent.glob("*.tmp")) == []  # written whole, no leftovers


def test_a_damaged_profile_only_costs_the_defaults(tmp_path: Path) -> None:
    broken = tmp_path / "kayttaja.json"
    broken.write_text("{ei jsonia", encoding="utf-8")
    assert load_profile(broken) == UserProfile()
    broken.write_text("[1, 2]", encoding="utf-8")
    assert load_profile(broken) == UserProfile()


def test_a_new_draft_gets_the_user_as_preparer(workspace: Workspace) -> None:
    profile = UserProfile("Olli Sihteeri", "hallintojohtaja")
    template = workspace.templates.get("kunnanhallitus")
    body = workspace.organizations.get("kh")
    assert body is not None
    item = drafting.new_item(template, body, "Esimerkkilä", preparer=profile.preparer())
    saved = workspace.items.get(workspace.items.save(item).id or 0)
    assert saved is not None
    assert (saved.preparer.name, saved.preparer.title) == ("Olli Sihteeri", "hallintojohtaja")
    assert drafting.new_item(template, body, "Esimerkkilä").preparer.name == ""


def test_secretary_participant() -> None:
    assert UserProfile().secretary() == []
    (secretary,) = UserProfile("Olli Sihteeri", "hallintojohtaja").secretary()
    assert secretary.role is ParticipantRole.SECRETARY
    assert (secretary.name, secretary.title) == ("Olli Sihteeri", "hallintojohtaja")


def test_welcome_stores_facts_profile_and_is_done(workspace: Workspace) -> None:
    settings = load_settings(workspace.db)
    settings.address = "Kirjaamo, PL 1"
    save_settings(workspace.db, settings)
    assert welcome_needed(workspace.db)
    complete_welcome(
        workspace.db,
        WelcomeAnswers(
            municipality="Pikkula",
            municipality_sv="Småby",
            administrative_court="helsinki",
            name="Olli Sihteeri",
            title="hallintojohtaja",
        ),
    )
    stored = load_settings(workspace.db)
    assert (stored.municipality, stored.municipality_sv) == ("Pikkula", "Småby")
    assert stored.administrative_court == "helsinki"
    assert stored.address == "Kirjaamo, PL 1"  # what the welcome does not ask stays
    assert load_profile() == UserProfile("Olli Sihteeri", "hallintojohtaja")
    assert not welcome_needed(workspace.db)
    again = current_answers(workspace.db)
    assert (again.municipality, again.name) == ("Pikkula", "Olli Sihteeri")


def test_welcome_refuses_an_unusable_house_style_before_storing(
    workspace: Workspace, tmp_path: Path
) -> None:
    bad = tmp_path / "tyyli.docx"
    bad.write_bytes(b"not a docx")
    with pytest.raises(PaatospajaError):
        complete_welcome(
            workspace.db, WelcomeAnswers(municipality="Pikkula", house_style=str(bad), name="X")
        )
    assert welcome_needed(workspace.db)
    assert load_settings(workspace.db).municipality != "Pikkula"
    assert load_profile() == UserProfile()
