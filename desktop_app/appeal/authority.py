"""The authority named in an instruction: "Esimerkkilän kunnanhallitus", not "the body".

A request for correction goes to the body that decided; for an office-holder's decision to
the body above the office-holder (Kuntalaki 134 §). The name is built from the
municipality's own name so that the instruction reads as a real municipality's does.
"""

from __future__ import annotations

from desktop_app.domain.model import BodyKind, Organization

_FINNISH_KINDS = (" kunta", " kaupunki")


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def body_authority(organization: Organization, municipality: str, language: str = "fi") -> str:
    """``organization`` named with its municipality, in the instruction's language."""
    if language == "sv":
        name = organization.name_sv or organization.name
        place = municipality.strip()
        if place.endswith(" kommun"):
            place = place.removesuffix(" kommun")
        elif place.endswith(" stad"):
            place = place.removesuffix(" stad")
        return f"{name} i {place}" if place and place not in name else name
    name = organization.name.strip()
    place = municipality.strip()
    if not place:
        return name
    for kind in _FINNISH_KINDS:
        if place.endswith(kind):
            genitive = place.removesuffix(kind)
            if genitive in name:
                return name
            return f"{genitive} {_lower_first(name)}"
    return name if place in name else f"{place}, {_lower_first(name)}"


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
