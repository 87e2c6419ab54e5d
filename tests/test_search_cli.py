"""The command line: import, search (text and JSON lines) and reindex."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli import main


@pytest.fixture
def small_jsonl(tmp_path: Path, corpus_path: Path) -> Path:
    target = tmp_path / "decisions.jsonl"
    with corpus_path.open(encoding="utf-8") as handle:
        target.write_text(
            "".join(line for i, line in enumerate(handle) if i % 9 == 0), encoding="utf-8"
        )
    return target


def test_import_search_reindex(
    tmp_path: Path, small_jsonl: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = str(tmp_path / "ws")
    assert main(["import", str(small_jsonl), "--workspace", workspace]) == 0
    out = capsys.readouterr()
    assert "Uusia: 240" in out.out
    assert "%" in out.err  # progress goes to stderr

    assert main(["search", "asemakaava", "--json", "--limit", "3", "--workspace", workspace]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(lines) == 3
    assert set(lines[0]) >= {"id", "title", "date", "score"}
    assert any("asemakaav" in line["title"].lower() for line in lines)

    assert main(["reindex", "--workspace", workspace]) == 0
    assert "Hakemistossa" in capsys.readouterr().out
    assert main(["search", "asemakaava", "--json", "--limit", "3", "--workspace", workspace]) == 0
    again = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [x["id"] for x in again] == [x["id"] for x in lines]


def test_malformed_query_on_the_command_line(
    tmp_path: Path, small_jsonl: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = str(tmp_path / "ws")
    main(["import", str(small_jsonl), "--workspace", workspace])
    capsys.readouterr()
    assert main(["search", '"talousarvio (', "--workspace", workspace]) == 0
    captured = capsys.readouterr()
    assert "haettiin pelkillä sanoilla" in captured.err
    assert captured.out.strip()


def test_import_exit_status_when_everything_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "rikki"
    folder.mkdir()
    (folder / "a.pdf").write_bytes(b"not a pdf")
    assert main(["import", str(folder), "--workspace", str(tmp_path / "ws")]) == 1
    out = capsys.readouterr().out
    assert "Epäonnistuneita: 1" in out
    assert "import.pdf_unreadable" in out
