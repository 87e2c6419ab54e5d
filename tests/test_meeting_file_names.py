"""The file names offered for a meeting's documents."""

from datetime import datetime

from desktop_app.domain.model import BodyKind, Meeting, Organization
from desktop_app.export.task import ExportKind
from desktop_app.meetings.file_names import suggested_file_name

MEETING = Meeting(None, "kh", 3, 2026, start=datetime(2026, 3, 2, 17))


def _board(short_name: str) -> Organization:
    return Organization("kh", "Kunnanhallitus", BodyKind.BOARD, short_name=short_name)


def test_each_document_is_named_by_body_number_year_and_kind() -> None:
    board = _board("KH")
    assert suggested_file_name(ExportKind.AGENDA, MEETING, board) == "KH-3-2026-esityslista.docx"
    assert suggested_file_name(ExportKind.MINUTES, MEETING, board) == "KH-3-2026-poytakirja.docx"
    assert suggested_file_name(ExportKind.ITEM, MEETING, board) == "KH-3-2026-asia.docx"


def test_the_web_versions_say_so_and_which_one() -> None:
    board = _board("KH")
    assert suggested_file_name(ExportKind.MINUTES, MEETING, board, public=True) == (
        "KH-3-2026-poytakirja-julkinen.docx"
    )
    assert suggested_file_name(
        ExportKind.MINUTES, MEETING, board, public=True, after_appeal=True
    ) == ("KH-3-2026-poytakirja-julkinen-muutoksenhaun-jalkeen.docx")


def test_without_a_short_name_the_body_id_or_a_plain_word_stands_in() -> None:
    assert suggested_file_name(ExportKind.AGENDA, MEETING, None) == "kh-3-2026-esityslista.docx"
    assert suggested_file_name(ExportKind.AGENDA, MEETING, _board("")) == (
        "kokous-3-2026-esityslista.docx"
    )
