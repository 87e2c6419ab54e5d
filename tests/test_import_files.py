"""Importing JSON Lines and folders of DOCX/PDF/HTML/TXT; re-import and prune."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import docx
import pytest

from desktop_app.importing.errors import UnknownEncoding
from desktop_app.importing.extract import decode_text, extract
from desktop_app.importing.importer import ImportInputs, file_source_id, run
from desktop_app.search.service import SearchService
from desktop_app.storage.database import connect, schema_version, upgrade
from desktop_app.storage.decisions import DecisionRepository
from desktop_app.tasks import TaskState


def make_pdf(path: Path, lines: list[str]) -> None:
    """A minimal valid PDF with a text layer (Helvetica, WinAnsi for ä and ö)."""

    def literal(text: str) -> bytes:
        raw = text.encode("cp1252")
        return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

    content = (
        b"BT /F1 12 Tf 72 720 Td 14 TL "
        + b" ".join(literal(line) + b" Tj T*" for line in lines)
        + b" ET"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    path.write_bytes(bytes(out))


def make_docx(path: Path, title: str, paragraphs: list[str]) -> None:
    document = docx.Document()
    document.add_heading(title, level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Toimintakulut"
    table.rows[0].cells[1].text = "-394 023"
    document.save(str(path))


def make_folder(root: Path) -> None:
    (root / "2024" / "kh").mkdir(parents=True)
    make_docx(
        root / "2024" / "kh" / "tontti.docx",
        "Tontin myynti Keskustasta",
        ["Kaupunginhallitus päättää myydä tontin 12.3.2024.", "Päätös on lopullinen."],
    )
    make_pdf(
        root / "2024" / "asemakaava.pdf",
        ["Asemakaavan muutos Ritamaella", "Ympäristölautakunta hyväksyi 5.6.2024."],
    )
    (root / "avustus.html").write_text(
        "<html><head><title>Avustusten jakaminen</title><style>p{}</style></head>"
        "<body><h1>Avustukset</h1><p>Kulttuuriavustukset &amp; urheilu 1.2.2025</p>"
        "<script>alert('x')</script></body></html>",
        encoding="utf-8",
    )
    (root / "vanha.txt").write_bytes(
        "Vesihuoltolaitoksen hinnasto 2023\nMaksut nousevat.".encode("cp1252")
    )
    (root / "bom.txt").write_bytes("\ufeffKiinteistöveroprosentit vahvistettiin".encode())
    (root / "ohita.xlsx").write_bytes(b"not imported")
    (root / "2024" / "kh" / "~$tontti.docx").write_bytes(b"Word lock file")


def import_paths(db_path: Path, *paths: Path, prune: bool = False):
    seen: list[tuple[int, int]] = []
    state = TaskState(lambda done, total, message: seen.append((done, total)))
    report = run(ImportInputs([*paths], db_path, prune=prune), state)
    assert seen, "no progress was reported"
    return report


def test_folder_of_documents_is_imported_and_searchable(tmp_path: Path) -> None:
    root = tmp_path / "päätökset"
    make_folder(root)
    db_path = tmp_path / "db.sqlite3"
    report = import_paths(db_path, root)
    assert report.failed == []
    assert len(report.imported) == 5
    connection = connect(db_path)
    repository = DecisionRepository(connection)
    docx_record = repository.get(file_source_id(root / "2024" / "kh" / "tontti.docx"))
    assert docx_record is not None
    assert docx_record.title == "Tontin myynti Keskustasta"
    assert "Toimintakulut | -394 023" in docx_record.text
    assert str(docx_record.date) == "2024-03-12"
    pdf_record = repository.get(file_source_id(root / "2024" / "asemakaava.pdf"))
    assert pdf_record is not None and "Ympäristölautakunta" in pdf_record.text
    html_record = repository.get(file_source_id(root / "avustus.html"))
    assert html_record is not None
    assert html_record.title == "Avustusten jakaminen"
    assert "alert" not in html_record.text and "& urheilu" in html_record.text
    txt_record = repository.get(file_source_id(root / "vanha.txt"))
    assert txt_record is not None and "Vesihuoltolaitoksen" in txt_record.text
    bom_record = repository.get(file_source_id(root / "bom.txt"))
    assert bom_record is not None and bom_record.text.startswith("Kiinteistöveroprosentit")
    connection.close()
    with SearchService.open(tmp_path / "index", db_path, check_in_background=False) as service:
        service.index_decisions(report.changed_ids)
        for query, expected in [
            ("kaava", "asemakaava.pdf"),
            ("tontti", "tontti.docx"),
            ("avustus", "avustus.html"),
            ("hinnasto", "vanha.txt"),
        ]:
            assert any(h.source_id.endswith(expected) for h in service.search(query).hits)


def test_reimport_updates_instead_of_duplicating_and_prune_removes(tmp_path: Path) -> None:
    root = tmp_path / "kansio"
    make_folder(root)
    db_path = tmp_path / "db.sqlite3"
    import_paths(db_path, root)
    again = import_paths(db_path, root)
    assert again.imported == [] and again.updated == [] and len(again.unchanged) == 5
    (root / "vanha.txt").write_text("Vesihuoltolaitoksen hinnasto 2024, uusi", encoding="utf-8")
    changed = import_paths(db_path, root)
    assert changed.updated == [file_source_id(root / "vanha.txt")]
    gone = file_source_id(root / "avustus.html")
    (root / "avustus.html").unlink()
    kept = import_paths(db_path, root)
    assert kept.removed == []
    pruned = import_paths(db_path, root, prune=True)
    assert pruned.removed == [gone]
    connection = connect(db_path)
    count = connection.execute(
        "SELECT COUNT(*) FROM decisions WHERE source_id LIKE 'file:%'"
    ).fetchone()[0]
    files = connection.execute("SELECT COUNT(*) FROM imported_files").fetchone()[0]
    connection.close()
    assert count == 4 and files == 4


def decision_count(db_path: Path) -> int:
    connection = connect(db_path)
    count = connection.execute("SELECT COUNT(*) FROM decisions").fetchone()[0]
    connection.close()
    return int(count)


def test_folders_that_share_a_name_are_kept_apart(tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "docs", tmp_path / "b" / "docs"
    for folder, words in ((first, "Ensimmäinen kokous"), (second, "Toinen kokous")):
        folder.mkdir(parents=True)
        (folder / "muistio.txt").write_text(words, encoding="utf-8")
    db_path = tmp_path / "db.sqlite3"
    assert len(import_paths(db_path, first).imported) == 1
    assert len(import_paths(db_path, second).imported) == 1
    assert decision_count(db_path) == 2


def test_a_subfolder_or_the_folder_above_imports_the_same_files_once(tmp_path: Path) -> None:
    root = tmp_path / "päätökset"
    make_folder(root)
    db_path = tmp_path / "db.sqlite3"
    import_paths(db_path, root)
    count = decision_count(db_path)
    again = import_paths(db_path, root / "2024")
    assert again.imported == [] and len(again.unchanged) == 2
    above = import_paths(db_path, tmp_path)
    assert above.imported == [] and above.updated == []
    assert decision_count(db_path) == count


def test_a_moved_file_is_updated_and_its_old_folder_does_not_prune_it(tmp_path: Path) -> None:
    old, new = tmp_path / "vanha", tmp_path / "uusi"
    old.mkdir()
    new.mkdir()
    (old / "muistio.txt").write_text("Vesihuollon hinnasto 2025", encoding="utf-8")
    (old / "toinen.txt").write_text("Toinen muistio", encoding="utf-8")
    db_path = tmp_path / "db.sqlite3"
    (first,) = [i for i in import_paths(db_path, old).imported if "muistio" in i]
    (old / "muistio.txt").rename(new / "hinnasto.txt")
    moved = import_paths(db_path, new)
    assert moved.imported == [] and first in moved.updated + moved.unchanged
    pruned = import_paths(db_path, old, prune=True)
    assert pruned.removed == []
    assert decision_count(db_path) == 2


def test_a_new_file_where_a_moved_one_was_is_another_decision(tmp_path: Path) -> None:
    first, second = tmp_path / "d", tmp_path / "e"
    first.mkdir()
    second.mkdir()
    (first / "ptk.txt").write_text("Tammikuun pöytäkirja", encoding="utf-8")
    db_path = tmp_path / "db.sqlite3"
    import_paths(db_path, first)
    (first / "ptk.txt").rename(second / "ptk.txt")
    import_paths(db_path, second)
    (first / "ptk.txt").write_text("Helmikuun pöytäkirja", encoding="utf-8")
    assert len(import_paths(db_path, first).imported) == 1
    assert decision_count(db_path) == 2


def test_a_file_seen_through_two_folders_survives_pruning_after_a_move(tmp_path: Path) -> None:
    docs = tmp_path / "a" / "docs"
    docs.mkdir(parents=True)
    (docs / "x.txt").write_text("Epsilalan koulun muistio", encoding="utf-8")
    (tmp_path / "c").mkdir()
    db_path = tmp_path / "db.sqlite3"
    import_paths(db_path, docs)
    import_paths(db_path, tmp_path / "a")  # the folder above: the same decision
    (docs / "x.txt").rename(tmp_path / "c" / "x.txt")
    moved = import_paths(db_path, tmp_path / "c")
    assert moved.imported == []
    assert import_paths(db_path, docs, prune=True).removed == []
    assert import_paths(db_path, tmp_path / "a", prune=True).removed == []
    assert decision_count(db_path) == 1


def test_jsonl_keeps_source_ids_and_reports_bad_lines(tmp_path: Path, corpus_path: Path) -> None:
    source = tmp_path / "some.jsonl"
    with corpus_path.open(encoding="utf-8") as handle:
        lines = [next(handle) for _ in range(30)]
    finnish_date = json.dumps({"id": "fi-date", "title": "Päiväys", "date": "31.12.2024"})
    source.write_text(
        "".join(lines)
        + "{broken\n"
        + json.dumps({"title": "no id"})
        + "\n\n"
        + finnish_date
        + "\n"
        + json.dumps({"id": "tyhja", "title": " ", "text": ""})
        + "\n",
        encoding="utf-8",
    )
    db_path = tmp_path / "db.sqlite3"
    report = import_paths(db_path, source)
    ids = [json.loads(line)["id"] for line in lines] + ["fi-date"]
    assert report.imported == ids
    assert [f.code for f in report.failed] == ["import.bad_json_line"] * 3
    assert report.failed[0].path.endswith("some.jsonl:31")
    assert "(kohta 2)" in report.failed[0].message
    assert "id-kenttä puuttuu" in report.failed[1].message
    assert "otsikko ja teksti puuttuvat" in report.failed[2].message
    connection = connect(db_path)
    dated = DecisionRepository(connection).get("fi-date")
    connection.close()
    assert dated is not None and str(dated.date) == "2024-12-31"
    again = import_paths(db_path, source)
    assert again.imported == [] and again.unchanged == ids


def test_text_decoding_choices() -> None:
    assert decode_text("äö".encode()) == "äö"
    assert decode_text(b"\xef\xbb\xbfabc") == "abc"
    assert decode_text("päätös €".encode("cp1252")) == "päätös €"
    old_text = "Näin säännöt ¼ pidetään kunnan kokouksissa. " * 3
    latin = old_text.encode("latin-1") + b"\x81"  # \x81 is not in cp1252
    assert decode_text(latin) == old_text + "\x81"
    assert decode_text("ää".encode("utf-16")) == "ää"
    damaged = "Kunnanhallitus päättää myydä tontin. ".encode() * 20
    assert decode_text(damaged[:100] + b"\xff" + damaged[100:]).count("\ufffd") == 1
    random_bytes = bytes((i * 131 + 7) % 128 + 128 for i in range(3000))
    with pytest.raises(UnknownEncoding):
        decode_text(random_bytes)


def test_cancel_keeps_what_was_imported(tmp_path: Path) -> None:
    root = tmp_path / "kansio"
    make_folder(root)
    state = TaskState(lambda done, total, message: state.cancel() if done >= 2 else None)
    report = run(ImportInputs([root], tmp_path / "db.sqlite3"), state)
    assert report.cancelled
    assert 1 <= len(report.imported) < 5


def test_missing_path_is_reported(tmp_path: Path) -> None:
    report = run(ImportInputs([tmp_path / "ei-ole"], tmp_path / "db.sqlite3"), TaskState())
    assert [f.code for f in report.failed] == ["import.path_missing"]
    assert "ei-ole" in report.failed[0].message


def test_extract_reads_single_pdf(tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    make_pdf(path, ["Päätös (ote)", "Hyväksyttiin 1.1.2020"])
    extracted = extract(path)
    assert "Päätös (ote)" in extracted.text
    assert str(extracted.date) == "2020-01-01"


def test_upgrade_from_version_3_keeps_decisions(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    connection = sqlite3.connect(path, isolation_level=None)
    upgrade(connection, to_version=3)
    connection.execute(
        "INSERT INTO decisions (source_id, title, text, imported) VALUES ('v3', 'Vanha', 'x', 'y')"
    )
    connection.close()
    upgraded = connect(path)
    assert schema_version(upgraded) >= 4
    assert DecisionRepository(upgraded).get("v3") is not None
    assert upgraded.execute("SELECT COUNT(*) FROM imported_files").fetchone()[0] == 0
    upgraded.close()
