"""The welcome's answers on a seeded workspace: the sample municipality is never offered."""

from pathlib import Path

from desktop_app.first_start import WelcomeAnswers, complete_welcome, current_answers
from desktop_app.settings import load_settings
from desktop_app.workspace import Workspace


def test_the_sample_municipality_is_not_offered_as_the_answer(
    workspace: Workspace, tmp_path: Path
) -> None:
    assert load_settings(workspace.db).municipality  # seeded with the fictional one
    answers = current_answers(workspace.db, tmp_path / "profile.json")
    assert answers.municipality == "" and answers.municipality_sv == ""


def test_a_blank_answer_keeps_the_name_the_workspace_has(
    workspace: Workspace, tmp_path: Path
) -> None:
    before = load_settings(workspace.db)
    complete_welcome(workspace.db, WelcomeAnswers(name="Maija"), tmp_path / "profile.json")
    after = load_settings(workspace.db)
    assert (after.municipality, after.municipality_sv) == (
        before.municipality,
        before.municipality_sv,
    )
    complete_welcome(
        workspace.db, WelcomeAnswers(municipality="Pikkula"), tmp_path / "profile.json"
    )
    assert load_settings(workspace.db).municipality == "Pikkula"
    assert current_answers(workspace.db, tmp_path / "profile.json").municipality == "Pikkula"


def test_naming_the_municipality_drops_the_sample_registry_and_domains(
    workspace: Workspace, tmp_path: Path
) -> None:
    before = load_settings(workspace.db)
    assert before.address and before.own_domains  # the sample municipality's
    complete_welcome(workspace.db, WelcomeAnswers(name="Maija"), tmp_path / "profile.json")
    kept = load_settings(workspace.db)
    assert (kept.address, kept.own_domains) == (before.address, before.own_domains)
    complete_welcome(
        workspace.db, WelcomeAnswers(municipality="Pikkulan kunta"), tmp_path / "profile.json"
    )
    after = load_settings(workspace.db)
    assert after.address == "" and after.own_domains == ""
