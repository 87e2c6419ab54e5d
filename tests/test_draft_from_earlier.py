"""A draft made from an earlier decision is stored under the right body and template."""

from __future__ import annotations

from datetime import date

from desktop_app.domain.model import BodyKind, DecisionRecord, Person, Section
from desktop_app.draft_from_earlier import save_draft_from_decision
from desktop_app.workspace import Workspace


def _decision(body: str) -> DecisionRecord:
    return DecisionRecord(
        source_id="kh-2025-12",
        title="Tontin myynti Kalliolta",
        text="Selostus\n\nKunta omistaa tontin 5.\n\nPäätös\n\nEhdotus hyväksyttiin.",
        date=date(2025, 3, 4),
        body_org=body,
    )


def test_a_draft_of_a_workspace_body_is_stored_with_that_bodys_template(
    workspace: Workspace,
) -> None:
    board = next(o for o in workspace.organizations.all() if o.kind == BodyKind.BOARD)
    made = save_draft_from_decision(workspace, _decision(board.name))
    assert made.same_body and made.organization == board
    stored = workspace.items.get(made.item.id or 0)
    assert stored.organization_id == board.id
    assert workspace.templates.get(stored.template_id).body_kind == BodyKind.BOARD
    assert stored.title == "Tontin myynti Kalliolta"
    assert "Kunta omistaa tontin 5." in stored.section(Section.DESCRIPTION)
    assert "hyväksyttiin" not in stored.section(Section.DECISION)  # that meeting's own


def test_a_body_the_workspace_lacks_gets_one_of_the_same_kind(workspace: Workspace) -> None:
    made = save_draft_from_decision(workspace, _decision("Tekninen lautakunta Muualla"))
    assert not made.same_body
    assert made.organization.kind == BodyKind.COMMITTEE
    assert workspace.items.get(made.item.id or 0).organization_id == made.organization.id


def test_the_user_starting_the_draft_is_its_preparer(workspace: Workspace) -> None:
    board = next(o for o in workspace.organizations.all() if o.kind == BodyKind.BOARD)
    me = Person("Maija Meikäläinen", "hallintosihteeri")
    made = save_draft_from_decision(workspace, _decision(board.name), me)
    assert workspace.items.get(made.item.id or 0).preparer == me
