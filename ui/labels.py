"""Display names of the core's enumerations (the core holds codes, not wording).

Functions, not module constants: the translation must be looked up after the translator
for the chosen language has been installed, not when the module is first imported.
Each literal sits inside QCoreApplication.translate("labels", ...) itself: that is the
call pyside6-lupdate finds (a wrapper such as _tr(text) would hide the strings from it).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.model import AppealType, BodyKind, ItemState


def state_label(state: ItemState) -> str:
    return {
        ItemState.DRAFT: QCoreApplication.translate("labels", "Luonnos"),
        ItemState.READY: QCoreApplication.translate("labels", "Valmis esiteltäväksi"),
        ItemState.ON_AGENDA: QCoreApplication.translate("labels", "Esityslistalla"),
        ItemState.DECIDED: QCoreApplication.translate("labels", "Päätetty"),
    }[state]


def appeal_label(appeal: AppealType) -> str:
    return {
        AppealType.CORRECTION: QCoreApplication.translate("labels", "Oikaisuvaatimus (14 pv)"),
        AppealType.MUNICIPAL_APPEAL: QCoreApplication.translate(
            "labels", "Kunnallisvalitus (30 pv)"
        ),
        AppealType.ADMINISTRATIVE_APPEAL: QCoreApplication.translate("labels", "Hallintovalitus"),
        AppealType.NONE: QCoreApplication.translate("labels", "Ei muutoksenhakua (KuntaL 136 §)"),
    }[appeal]


def body_kind_label(kind: BodyKind) -> str:
    return {
        BodyKind.COUNCIL: QCoreApplication.translate("labels", "Valtuusto"),
        BodyKind.BOARD: QCoreApplication.translate("labels", "Hallitus"),
        BodyKind.COMMITTEE: QCoreApplication.translate("labels", "Lautakunta"),
        BodyKind.SUBCOMMITTEE: QCoreApplication.translate("labels", "Jaosto"),
        BodyKind.OFFICE_HOLDER: QCoreApplication.translate("labels", "Viranhaltija"),
    }[kind]
