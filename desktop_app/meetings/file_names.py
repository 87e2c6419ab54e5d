"""The file names offered when a meeting's documents are saved: "KH-3-2026-esityslista.docx".

The body's short name, the meeting's number and year and what the document is, in ASCII
without spaces: the names survive e-mail, web publishing systems and case-insensitive
Windows folders, and sort by meeting in a folder.
"""

from __future__ import annotations

from desktop_app.domain.model import Meeting, Organization
from desktop_app.meetings.wording import wording


def suggested_file_name(
    kind: str,
    meeting: Meeting,
    organization: Organization | None,
    *,
    public: bool = False,
    after_appeal: bool = False,
    language: str | None = None,
) -> str:
    """The name for ``kind`` of document; with ``public`` the minutes' web version.

    ``after_appeal`` names the web version published once the appeal period has ended. The
    words are the document's language (the meeting's unless ``language`` says otherwise);
    ``kind`` is the export's ("agenda", "minutes", "item"): meetings sit below the export layer.
    """
    words = wording(language or meeting.language)
    short = (organization.short_name if organization else meeting.organization_id) or words[
        "file_meeting"
    ]
    name = f"{short}-{meeting.number}-{meeting.year}-{words[f'file_{kind}']}"
    if public:
        name += "-" + words["file_after_appeal" if after_appeal else "file_public"]
    return f"{name}.docx"
