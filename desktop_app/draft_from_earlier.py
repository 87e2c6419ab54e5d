"""A new draft from an earlier decision, stored: the use case behind "Uusi luonnos tämän pohjalta".

Which body and which template the draft gets is a rule of the product, not of a window, so
the command line and the window make the same draft of the same decision.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.model import AgendaItem, DecisionRecord, Organization, Person
from desktop_app.reuse import draft_from_decision, organization_for
from desktop_app.workspace import Workspace


@dataclass(frozen=True)
class DraftFromDecision:
    item: AgendaItem  # as stored, with its id
    organization: Organization
    # False: the decision's body is not in the workspace and another one was chosen
    same_body: bool


def save_draft_from_decision(
    workspace: Workspace, record: DecisionRecord, preparer: Person | None = None
) -> DraftFromDecision:
    """Store a draft of the same case with ``record``'s parts as its starting text.

    The body is the workspace's own of that name, else one of the same kind; the template is
    the first one for that kind of body, else the first one there is.
    """
    organization, same_body = organization_for(record, workspace.organizations.all())
    templates = workspace.templates.all()
    template = next((t for t in templates if t.body_kind == organization.kind), templates[0])
    item = draft_from_decision(record, template, organization, workspace.municipality)
    if preparer is not None and preparer.name:  # the one starting it, as for any new draft
        item.preparer = preparer
    workspace.items.save(item)
    stored = workspace.items.get(item.id or 0)
    return DraftFromDecision(stored, organization, same_body)
