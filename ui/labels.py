"""Display names of the core's enumerations (the core holds codes, not wording).

Functions, not module constants: the translation must be looked up after the translator
for the chosen language has been installed, not when the module is first imported.
Each literal sits inside QCoreApplication.translate("labels", ...) itself: that is the
call pyside6-lupdate finds (a wrapper such as _tr(text) would hide the strings from it).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.model import AppealBasis, AppealType, ItemState


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
        AppealType.PROCUREMENT: QCoreApplication.translate(
            "labels", "Hankintaoikaisu ja valitus markkinaoikeuteen (14 pv)"
        ),
        AppealType.NONE: QCoreApplication.translate("labels", "Ei muutoksenhakua (KuntaL 136 §)"),
    }[appeal]


def appeal_basis_label(basis: AppealBasis) -> str:
    return {
        AppealBasis.ORDINARY: QCoreApplication.translate("labels", "Tavallinen päätös"),
        AppealBasis.PROCUREMENT: QCoreApplication.translate("labels", "Hankintapäätös"),
        AppealBasis.SPECIAL_LAW: QCoreApplication.translate(
            "labels", "Erityislain mukainen päätös"
        ),
        AppealBasis.CORRECTION_REQUEST: QCoreApplication.translate(
            "labels", "Päätös oikaisuvaatimukseen"
        ),
        AppealBasis.PREPARATORY: QCoreApplication.translate(
            "labels", "Vain valmistelu tai täytäntöönpano"
        ),
        AppealBasis.INFORMATIONAL: QCoreApplication.translate("labels", "Tiedoksi merkitseminen"),
    }[basis]


def section_label(section: str) -> str:
    """The general name of a section (a ``Section``); a template may word its own heading."""
    labels = {
        "selostus": QCoreApplication.translate("labels", "Selostus"),
        "perustelut": QCoreApplication.translate("labels", "Perustelut"),
        "paatosehdotus": QCoreApplication.translate("labels", "Päätösehdotus"),
        "paatos": QCoreApplication.translate("labels", "Päätös"),
        "kasittely": QCoreApplication.translate("labels", "Käsittely"),
    }
    return labels.get(str(section), str(section))


def unit_label(code: str) -> str:
    """The label of a changed unit (``changes.changed_fields``), as the item editor names it.

    An unknown code (a field added later) is shown as it is rather than hidden.
    """
    if code.startswith("section:"):
        return section_label(code.removeprefix("section:"))
    labels = {
        "title": QCoreApplication.translate("labels", "Otsikko"),
        "organization_id": QCoreApplication.translate("labels", "Toimielin"),
        "template_id": QCoreApplication.translate("labels", "Asiapohja"),
        "language": QCoreApplication.translate("labels", "Kieli"),
        "state": QCoreApplication.translate("labels", "Tila"),
        "dno": QCoreApplication.translate("labels", "Dno"),
        "task_class": QCoreApplication.translate("labels", "Tehtäväluokka"),
        "earlier_handling": QCoreApplication.translate("labels", "Aikaisempi käsittely"),
        "preparer": QCoreApplication.translate("labels", "Valmistelija"),
        "contact": QCoreApplication.translate("labels", "Lisätiedot antaa"),
        "presenter": QCoreApplication.translate("labels", "Esittelijä"),
        "parties": QCoreApplication.translate("labels", "Asianosaiset"),
        "decision_date": QCoreApplication.translate("labels", "Päätöspäivä"),
        "attachments": QCoreApplication.translate("labels", "Liitteet"),
        "for_information": QCoreApplication.translate("labels", "Tiedoksi"),
        "appeal_type": QCoreApplication.translate("labels", "Muutoksenhaku"),
        "appeal_basis": QCoreApplication.translate("labels", "Päätöksen laji"),
        "appeal_law": QCoreApplication.translate("labels", "Erityislaki"),
        "appeal_reason": QCoreApplication.translate("labels", "Muutoksenhaun perustelu"),
        "disqualifications": QCoreApplication.translate("labels", "Esteellisyydet"),
        "public": QCoreApplication.translate("labels", "Julkisuus"),
        "secrecy_ground": QCoreApplication.translate("labels", "Salassapitoperuste"),
    }
    return labels.get(code, code)
