"""Two hundred broken files in one folder: each is reported with its reason, the rest imported."""

from __future__ import annotations

import io
import random
import tracemalloc
import zipfile
from collections import Counter
from pathlib import Path

import docx

from desktop_app.importing.importer import ImportInputs, run
from desktop_app.search.service import SearchService
from desktop_app.tasks import TaskState


def docx_bytes(title: str) -> bytes:
    document = docx.Document()
    document.add_paragraph(title)
    document.add_paragraph("Lautakunta päätti asiasta yksimielisesti.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def zip_bomb() -> bytes:
    """A .docx-looking archive whose document.xml unpacks to 80 MB of zeros."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as member:
            chunk = b"\0" * (1 << 20)
            for _ in range(80):
                member.write(chunk)
    return buffer.getvalue()


def build_folder(root: Path) -> dict[str, str]:
    """Write the broken files; return the expected reason code for each file name."""
    rng = random.Random(3)
    root.mkdir()
    expected: dict[str, str] = {}
    good = docx_bytes("Kelvollinen")
    bomb = zip_bomb()
    for i in range(45):
        name = f"katkennut-{i}.docx"
        (root / name).write_bytes(good[: rng.randrange(100, len(good) - 100)])
        expected[name] = "import.docx_corrupt"
    for i in range(45):
        name = f"satunnainen-{i}.pdf"
        (root / name).write_bytes(rng.randbytes(rng.randrange(10, 5000)))
        expected[name] = "import.pdf_unreadable"
    for i in range(20):
        name = f"pommi-{i}.docx"
        (root / name).write_bytes(bomb)
        expected[name] = "import.zip_bomb"
    for i in range(30):
        name = f"binaari-{i}.txt"
        (root / name).write_bytes(b"\x00\x01" + rng.randbytes(2000))
        expected[name] = "import.binary"
    for i in range(15):  # no control characters, but not UTF-8 and not any Nordic text
        name = f"ei-utf8-{i}.txt"
        (root / name).write_bytes(bytes(rng.randrange(128, 256) for _ in range(2000)))
        expected[name] = "import.unknown_encoding"
    for i in range(25):
        name = f"tyhja-{i}.html"
        (root / name).write_text("<html><script>x()</script></html>", encoding="utf-8")
        expected[name] = "import.no_text"
    for i in range(19):
        name = f"ei-zip-{i}.docx"
        (root / name).write_bytes(rng.randbytes(300))
        expected[name] = "import.docx_corrupt"
    huge = root / "valtava.txt"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    expected[huge.name] = "import.too_large"
    assert len(expected) == 200
    return expected


def test_corrupt_files_are_reported_and_valid_ones_searchable(tmp_path: Path) -> None:
    root = tmp_path / "sekalaiset"
    expected = build_folder(root)
    valid = {
        "hyva-1.docx": "Uimahallin urakka",
        "hyva-2.txt": "Katuvalaistuksen saneeraus",
        "hyva-3.html": "Päiväkodin nimeäminen",
    }
    (root / "hyva-1.docx").write_bytes(docx_bytes(valid["hyva-1.docx"]))
    (root / "hyva-2.txt").write_text(valid["hyva-2.txt"] + "\nteksti", encoding="utf-8")
    (root / "hyva-3.html").write_text(f"<h1>{valid['hyva-3.html']}</h1><p>x</p>", encoding="utf-8")
    db_path = tmp_path / "db.sqlite3"

    tracemalloc.start()
    try:
        report = run(ImportInputs([root], db_path), TaskState())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    reasons = {Path(f.path).name: f.code for f in report.failed}
    assert reasons == expected
    assert all(Path(f.path).name in f.message for f in report.failed)
    assert Counter(reasons.values())["import.zip_bomb"] == 20
    assert len(report.imported) == 3
    assert peak < 64 * 1024 * 1024, f"import peaked at {peak / 1048576:.0f} MB"

    with SearchService.open(tmp_path / "index", db_path, check_in_background=False) as service:
        for name, title in valid.items():
            hits = service.search(title).hits
            assert hits and hits[0].source_id.endswith(name), title
