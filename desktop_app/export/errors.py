"""Errors of exporting; their sentences are in resources/messages under the code."""

from __future__ import annotations

from desktop_app.errors import PaatospajaError, TargetLocked


class HouseStyleInvalid(PaatospajaError):
    """The municipality's style file is not a Word document we can build on."""

    code = "export.house_style_invalid"


class LogoInvalid(PaatospajaError):
    code = "export.logo_invalid"


class AppealInstructionMissing(PaatospajaError):
    """Minutes without the instruction of one of their appeal types would be unlawful."""

    code = "export.appeal_missing"


class ExportTargetLocked(TargetLocked):
    """Like :class:`TargetLocked`, with a free file name to suggest instead."""

    code = "export.target_locked"
