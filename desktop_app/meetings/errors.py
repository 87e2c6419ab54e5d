"""Errors of meeting handling; their sentences are in resources/messages under the code."""

from __future__ import annotations

from desktop_app.errors import PaatospajaError


class MeetingNotFound(PaatospajaError):
    code = "meeting.not_found"


class EntryNotFound(PaatospajaError):
    code = "meeting.entry_not_found"


class MeetingNumberTaken(PaatospajaError):
    code = "meeting.number_taken"


class MeetingPublished(PaatospajaError):
    """The minutes are published: the agenda and its § numbers can no longer change."""

    code = "meeting.published"


class PublishOutOfOrder(PaatospajaError):
    code = "meeting.publish_order"


class ItemAlreadyOnAgenda(PaatospajaError):
    code = "meeting.item_on_agenda"


class RecordInvalid(PaatospajaError):
    code = "meeting.record_invalid"


class ItemOfAnotherBody(PaatospajaError):
    """An item prepared for one body cannot be decided in another body's meeting."""

    code = "meeting.item_other_body"
