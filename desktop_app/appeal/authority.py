"""The authority named in an instruction: "Esimerkkilän kunnanhallitus", not "the body".

A request for correction goes to the body that decided; for an office-holder's decision to
the body above the office-holder (Kuntalaki 134 §). The name is built from the
municipality's own name so that the instruction reads as a real municipality's does.
"""

from __future__ import annotations

from desktop_app.appeal.wording import appeal_wording
from desktop_app.domain.model import BodyKind, Organization


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def body_authority(organization: Organization, municipality: str, language: str = "fi") -> str:
    """``organization`` named with its municipality, in the instruction's language.

    Finnish puts the municipality in the genitive before the body ("Esimerkkilän
    kunnanhallitus"), Swedish after it ("Kommunstyrelsen i Exempelby"); the patterns are
    the wording data's.
    """
    words = appeal_wording("sv" if language == "sv" else "fi")
    name = (organization.name_sv or organization.name) if language == "sv" else organization.name
    name = name.strip()
    place = municipality.strip()
    if not place:
        return name
    pattern = words["without_municipality_word"]
    for word in words["municipality_words"]:
        if place.endswith(word):
            place = place.removesuffix(word)
            pattern = words["with_municipality_word"]
            break
    if place in name:
        return name
    return str(pattern).format(place=place, name=name, name_lower=_lower_first(name))


def correction_authority(
    organization: Organization,
    parent: Organization | None,
    municipality: str,
    language: str = "fi",
) -> str:
    """Who decides on a request for correction of ``organization``'s decision.

    An office-holder's parent body when there is one; without it the office-holder's own
    name is the best the data allows (the appeal check and the settings say what is missing).
    """
    if organization.kind is BodyKind.OFFICE_HOLDER and parent is not None:
        return body_authority(parent, municipality, language)
    return body_authority(organization, municipality, language)
