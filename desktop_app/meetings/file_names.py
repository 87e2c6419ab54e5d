"""The file names offered when a meeting's documents are saved: "KH-3-2026-esityslista.docx".

The body's short name, the meeting's number and year and what the document is, in ASCII
without spaces: the names survive e-mail, web publishing systems and case-insensitive
Windows folders, and sort by meeting in a folder.
"""

from __future__ import annotations

from desktop_app.domain.model import Meeting, Organization

#: By the export's kind ("agenda", "minutes", "item"): meetings sit below the export layer.
_DOCUMENT = {"agenda": "esityslista", "minutes": "poytakirja", "item": "asia"}


def suggested_file_name(
    kind: str,
    meeting: Meeting,
    organization: Organization | None,
    *,
    public: bool = False,
    after_appeal: bool = False,
) -> str:
    """The name for ``kind`` of document; with ``public`` the minutes' web version.

    ``after_appeal`` names the web version published once the appeal period has ended.
    """
    short = (organization.short_name if organization else meeting.organization_id) or "kokous"
    name = f"{short}-{meeting.number}-{meeting.year}-{_DOCUMENT[kind]}"
    if public:
        name += "-julkinen-muutoksenhaun-jalkeen" if after_appeal else "-julkinen"
    return f"{name}.docx"
