"""PDF/UA-1 and PDF/A-2b, tagged, through LibreOffice, with the index's page numbers filled in.

The accessibility law wants a tagged PDF that a screen reader can follow (PDF/UA-1, declared
as ``pdfuaid:part`` 1 in the XMP metadata) and archives want PDF/A; LibreOffice's
writer_pdf_Export gives both at once with ``SelectPdfVersion`` 2, ``UseTaggedPDF`` and
``PDFUACompliance`` (LibreOffice 7.2 and later; the JSON filter options of ``--convert-to``
since 7.4).

A DOCX written without layout cannot know on which page each § lands, so its table of
contents carries no page numbers. ``--convert-to`` has no option to update indexes, and
LibreOffice ignores Word's ``w:updateFields``, so the conversion runs a small Basic macro
instead: it opens the file hidden, updates every index, and stores the PDF with the same
filter options. The macro lives in the throw-away profile each run gets (so a LibreOffice the
user has open neither blocks nor sees it); the profile is first initialised on its own,
because LibreOffice's first start replaces the profile's Basic libraries with its defaults.
A table of contents built from outline levels is switched to the "Heading N" styles before
the update, so that the cover title (outline level 1, the PDF's H1) is not listed. If the
macro produces nothing, the plain conversion runs and the index keeps its static list.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from desktop_app.atomic import atomic_writer
from desktop_app.errors import PaatospajaError

FILTER_OPTIONS: dict[str, tuple[str, str]] = {
    "SelectPdfVersion": ("long", "2"),  # PDF/A-2b
    "UseTaggedPDF": ("boolean", "true"),
    "PDFUACompliance": ("boolean", "true"),
}
PDF_FILTER = "pdf:writer_pdf_Export:" + json.dumps(
    {name: {"type": kind, "value": value} for name, (kind, value) in FILTER_OPTIONS.items()},
    separators=(",", ":"),
)
TIMEOUT_SECONDS = 180
_MODULE = "PaatospajaPdf"


class PdfConversionFailed(PaatospajaError):
    code = "publish.pdf_failed"


def find_soffice() -> Path | None:
    """LibreOffice's soffice on PATH, or in its usual Windows folders."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return Path(found)
    for variable in ("ProgramFiles", "ProgramFiles(x86)"):
        base = os.environ.get(variable)
        if base:
            candidate = Path(base) / "LibreOffice" / "program" / "soffice.exe"
            if candidate.is_file():
                return candidate
    return None


def _basic_value(kind: str, value: str) -> str:
    if kind == "boolean":
        return "True" if value == "true" else "False"
    return value if kind == "long" else '"' + value.replace('"', '""') + '"'


def macro_module(source: Path, target: Path, error_file: Path) -> str:
    """The Basic module (``.xba`` XML) that updates the indexes of ``source`` and exports it.

    Paths go in as file URLs, which percent-encode quotes and other specials, so they are
    safe inside Basic string literals. Any error is written to ``error_file`` and LibreOffice
    ends: a headless instance must never wait on a dialog.
    """
    filter_lines = "\n".join(
        f'  fd({index}).Name = "{name}" : fd({index}).Value = {_basic_value(kind, value)}'
        for index, (name, (kind, value)) in enumerate(FILTER_OPTIONS.items())
    )
    code = f"""Sub ExportPdf
  On Error GoTo Failed
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = "Hidden" : args(0).Value = True
  doc = StarDesktop.loadComponentFromURL("{source.as_uri()}", "_blank", 0, args())
  indexes = doc.getDocumentIndexes()
  For i = 0 To indexes.getCount() - 1
    index = indexes.getByIndex(i)
    If index.supportsService("com.sun.star.text.ContentIndex") Then
      If index.CreateFromOutline Then
        index.CreateFromOutline = False
        index.CreateFromLevelParagraphStyles = True
        levels = index.LevelParagraphStyles
        For level = 1 To index.Level
          levels.replaceByIndex(level - 1, Array("Heading " & level))
        Next level
      End If
    End If
    index.update()
  Next i
  Dim fd({len(FILTER_OPTIONS) - 1}) As New com.sun.star.beans.PropertyValue
{filter_lines}
  Dim store(1) As New com.sun.star.beans.PropertyValue
  store(0).Name = "FilterName" : store(0).Value = "writer_pdf_Export"
  store(1).Name = "FilterData" : store(1).Value = fd()
  doc.storeToURL("{target.as_uri()}", store())
  doc.close(True)
  StarDesktop.terminate()
  Exit Sub
Failed:
  channel = FreeFile
  Open "{error_file.as_uri()}" For Output As #channel
  Print #channel, "Basic error " & Err & " line " & Erl & ": " & Error$
  Close #channel
  StarDesktop.terminate()
End Sub
"""
    code = escape(code)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN"'
        ' "module.dtd">\n'
        '<script:module xmlns:script="http://openoffice.org/2000/script"'
        f' script:name="{_MODULE}" script:language="StarBasic">{code}</script:module>\n'
    )


def _run(command: list[str], target: Path) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(command, capture_output=True, timeout=TIMEOUT_SECONDS, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise PdfConversionFailed(str(error), path=str(target)) from error


def _register_module(profile: Path) -> bool:
    """Add the macro module to the profile's Standard library; False if there is none."""
    library = profile / "user" / "basic" / "Standard"
    index = library / "script.xlb"
    try:
        listing = index.read_text(encoding="utf-8")
    except OSError:
        return False
    entry = f'<library:element library:name="{_MODULE}"/>'
    if entry not in listing:
        listing = listing.replace("</library:library>", f" {entry}\n</library:library>")
        index.write_text(listing, encoding="utf-8")
    return True


def _with_index_update(program: Path, work: Path, source: Path, produced: Path) -> str:
    """Convert through the macro; returns "" on success, else why it did not happen."""
    profile = work / "profile"
    environment = f"-env:UserInstallation={profile.as_uri()}"
    init = _run(
        [str(program), environment, "--headless", "--norestore", "--terminate_after_init"],
        produced,
    )
    if init.returncode != 0 or not _register_module(profile):
        return "profile"
    error_file = work / "macro-error.txt"
    module = profile / "user" / "basic" / "Standard" / f"{_MODULE}.xba"
    module.write_text(macro_module(source, produced, error_file), encoding="utf-8")
    _run(
        [
            str(program),
            environment,
            "--headless",
            "--norestore",
            f"macro:///Standard.{_MODULE}.ExportPdf",
        ],
        produced,
    )
    if produced.is_file() and produced.stat().st_size:
        return ""
    if error_file.is_file():
        return error_file.read_text(encoding="utf-8", errors="replace").strip() or "macro"
    return "macro"


def _plain(program: Path, work: Path, source: Path, produced: Path, target: Path) -> None:
    completed = _run(
        [
            str(program),
            f"-env:UserInstallation={(work / 'plain-profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            PDF_FILTER,
            "--outdir",
            str(produced.parent),
            str(source),
        ],
        target,
    )
    if completed.returncode != 0 or not produced.is_file():
        detail = completed.stderr.decode("utf-8", errors="replace").strip()[-300:]
        raise PdfConversionFailed(detail or "publish.reason.no_pdf_output", path=str(target))


def convert_to_pdf(
    docx: Path, target: Path, soffice: Path | None = None, *, record_pages: bool = True
) -> Path:
    """Write ``target`` (PDF/UA-1, PDF/A-2b, tagged, index with page numbers) from ``docx``.

    With ``record_pages`` the laid-out page count is written into ``docx``'s app.xml, where
    the export could only estimate it. Raises :class:`PdfConversionFailed`.
    """
    program = soffice or find_soffice()
    if program is None:
        raise PdfConversionFailed("publish.reason.no_libreoffice", path=str(target))
    with tempfile.TemporaryDirectory(prefix="paatospaja-pdf-") as temp:
        work = Path(temp)
        source = work / "julkaisu.docx"
        shutil.copyfile(docx, source)
        produced = work / "out" / "julkaisu.pdf"
        produced.parent.mkdir()
        if _with_index_update(program, work, source, produced):
            produced.unlink(missing_ok=True)
            _plain(program, work, source, produced, target)
        data = produced.read_bytes()
    with atomic_writer(target) as handle:
        handle.write(data)
    if record_pages:
        _record_pages(Path(docx), target)
    return target


def _record_pages(docx: Path, pdf: Path) -> None:
    """Best effort: a DOCX that Word holds open keeps its estimate, the PDF is still made."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    from desktop_app.export.package import set_page_count

    with contextlib.suppress(OSError, PdfReadError, PaatospajaError, ValueError):
        pages = len(PdfReader(pdf).pages)
        data = set_page_count(docx.read_bytes(), pages)
        with atomic_writer(docx) as handle:
            handle.write(data)
