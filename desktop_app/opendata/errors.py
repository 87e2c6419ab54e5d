"""Why an open-data export was refused; the wording is in the catalogs (``opendata.*``)."""

from __future__ import annotations

from typing import Any

from desktop_app.errors import PaatospajaError


class OpenDataNotPublishable(PaatospajaError):
    """The publishing check has blocking findings: nothing is exported before they are fixed.

    ``findings`` are the check's own findings, for a list that names each place.
    """

    code = "opendata.not_publishable"

    def __init__(self, findings: list[Any]) -> None:
        blocking = [finding for finding in findings if finding.blocks]
        places = "; ".join(
            f"{finding.target}: {finding.text()}" if finding.target else finding.text()
            for finding in blocking
        )
        super().__init__("", count=len(blocking), places=places)
        self.findings = findings


class OpenDataLeak(PaatospajaError):
    """A record still holds personal data after the redaction; no file was written.

    ``leaks`` lists each place (file, record, field) with a masked excerpt.
    """

    code = "opendata.leak"

    def __init__(self, folder: str, leaks: list[Any]) -> None:
        places = "; ".join(leak.place() for leak in leaks)
        super().__init__("", folder=folder, count=len(leaks), places=places)
        self.leaks = leaks


class OpenDataInvalid(PaatospajaError):
    """A record does not match its schema: the export would not load into an API."""

    code = "opendata.invalid"

    def __init__(self, resource: str, origin_id: str, reason: str) -> None:
        super().__init__(reason, resource=resource, origin_id=origin_id, reason=reason)
