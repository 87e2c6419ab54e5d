"""What a secretary types into the decision form, turned into the record the minutes print.

The form is only text fields: names separated by commas, one vote with its three sides, and
attendance lines. Reading them here keeps the rules (which side counts how many, when a vote
exists at all) testable without a window and the same for every way the record is entered.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.domain.model import Disqualification
from desktop_app.meetings.clock import parse_attendance
from desktop_app.meetings.model import DecisionKind, EntryDecision, Vote, VoteSide
from desktop_app.meetings.wording import vote_sides
from desktop_app.reuse import text_to_html

#: The sides of a Finnish municipal vote, in the order the minutes list them.
VOTE_SIDES = vote_sides("fi")


def names_from_text(text: str) -> list[str]:
    """Typed "Pekka Malli, Liisa Kokeilu" is two names; an empty part (a trailing comma) is none."""
    return [name.strip() for name in text.split(",") if name.strip()]


@dataclass
class DecisionForm:
    """The decision form's fields as typed; ``yes``/``no``/``blank`` are comma-separated names."""

    kind: DecisionKind
    text: str = ""
    handling: str = ""
    vote_question: str = ""
    yes: str = ""
    no: str = ""
    blank: str = ""
    vote_result: str = ""
    disqualifications: list[Disqualification] = field(default_factory=list)
    attendance: str = ""
    language: str = "fi"  # the document's: the vote sides and clock word are its wording

    def votes(self) -> list[Vote]:
        """A vote only when its question was written: names alone record no vote."""
        question = self.vote_question.strip()
        if not question:
            return []
        sides = [
            VoteSide(label, len(names_from_text(names)), names_from_text(names))
            for label, names in zip(
                vote_sides(self.language), (self.yes, self.no, self.blank), strict=True
            )
        ]
        return [Vote(question, sides, self.vote_result.strip())]

    def record(self) -> EntryDecision:
        return EntryDecision(
            kind=self.kind,
            text=text_to_html(self.text),
            handling=text_to_html(self.handling),
            votes=self.votes(),
            disqualifications=list(self.disqualifications),
            attendance=parse_attendance(self.attendance, self.language),
        )
