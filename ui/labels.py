"""Finnish display names of the core's enumerations (the core holds codes, not wording)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.model import AppealType, BodyKind, ItemState


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


STATE_LABELS: dict[ItemState, str] = {
    ItemState.DRAFT: _tr("Luonnos"),
    ItemState.READY: _tr("Valmis esiteltäväksi"),
    ItemState.ON_AGENDA: _tr("Esityslistalla"),
    ItemState.DECIDED: _tr("Päätetty"),
}

APPEAL_LABELS: dict[AppealType, str] = {
    AppealType.CORRECTION: _tr("Oikaisuvaatimus (14 pv)"),
    AppealType.MUNICIPAL_APPEAL: _tr("Kunnallisvalitus (30 pv)"),
    AppealType.ADMINISTRATIVE_APPEAL: _tr("Hallintovalitus"),
    AppealType.NONE: _tr("Ei muutoksenhakua (KuntaL 136 §)"),
}

BODY_KIND_LABELS: dict[BodyKind, str] = {
    BodyKind.COUNCIL: _tr("Valtuusto"),
    BodyKind.BOARD: _tr("Hallitus"),
    BodyKind.COMMITTEE: _tr("Lautakunta"),
    BodyKind.SUBCOMMITTEE: _tr("Jaosto"),
    BodyKind.OFFICE_HOLDER: _tr("Viranhaltija"),
}
