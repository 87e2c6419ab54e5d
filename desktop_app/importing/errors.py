"""Why one file could not be imported; the import itself goes on with the other files."""

from __future__ import annotations

from desktop_app.errors import PaatospajaError


class ExtractionFailed(PaatospajaError):
    """Base: ``code`` says why, and the sentence for it lives in resources/messages."""

    code = "import.unreadable"


class FileTooLarge(ExtractionFailed):
    code = "import.too_large"


class ZipBomb(ExtractionFailed):
    code = "import.zip_bomb"


class DocxCorrupt(ExtractionFailed):
    code = "import.docx_corrupt"


class PdfUnreadable(ExtractionFailed):
    code = "import.pdf_unreadable"


class PdfEncrypted(ExtractionFailed):
    code = "import.pdf_encrypted"


class NoText(ExtractionFailed):
    code = "import.no_text"


class BinaryText(ExtractionFailed):
    code = "import.binary"


class UnknownEncoding(ExtractionFailed):
    code = "import.unknown_encoding"


class EmptyFile(ExtractionFailed):
    code = "import.empty"


class BadJsonLine(ExtractionFailed):
    code = "import.bad_json_line"


class ImportPathMissing(PaatospajaError):
    code = "import.path_missing"
