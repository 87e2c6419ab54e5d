"""PDF/A-2b with tags through LibreOffice, when it is installed.

The accessibility law wants a tagged PDF (a structure tree for screen readers) and archives
want PDF/A; LibreOffice's writer_pdf_Export gives both with ``SelectPdfVersion`` 2 and
``UseTaggedPDF`` (the JSON filter options are understood since LibreOffice 7.4). Each run
gets its own throw-away profile, so a LibreOffice the user has open does not block it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from desktop_app.atomic import atomic_writer
from desktop_app.errors import PaatospajaError

PDF_FILTER = (
    'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"},'
    '"UseTaggedPDF":{"type":"boolean","value":"true"}}'
)
TIMEOUT_SECONDS = 180


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


def convert_to_pdf(docx: Path, target: Path, soffice: Path | None = None) -> Path:
    """Write ``target`` (PDF/A-2b, tagged) from ``docx``; raises :class:`PdfConversionFailed`."""
    program = soffice or find_soffice()
    if program is None:
        raise PdfConversionFailed("LibreOffice ei ole asennettu", path=str(target))
    with tempfile.TemporaryDirectory(prefix="paatospaja-pdf-") as temp:
        work = Path(temp)
        source = work / "julkaisu.docx"
        shutil.copyfile(docx, source)
        command = [
            str(program),
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            PDF_FILTER,
            "--outdir",
            str(work / "out"),
            str(source),
        ]
        try:
            completed = subprocess.run(
                command, capture_output=True, timeout=TIMEOUT_SECONDS, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            raise PdfConversionFailed(str(error), path=str(target)) from error
        produced = work / "out" / "julkaisu.pdf"
        if completed.returncode != 0 or not produced.is_file():
            detail = completed.stderr.decode("utf-8", errors="replace").strip()[-300:]
            raise PdfConversionFailed(detail or "ei tulostetta", path=str(target))
        data = produced.read_bytes()
    with atomic_writer(target) as handle:
        handle.write(data)
    return target
