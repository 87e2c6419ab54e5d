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
    assert "a.pdf" in out and "import.pdf_unreadable" not in out  # a sentence, not a code


def test_partial_failure_missing_files_and_no_hits_are_told(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "kansio"
    folder.mkdir()
    (folder / "hyva.txt").write_text("Kunnanhallituksen päätös vesimaksuista", encoding="utf-8")
    (folder / "toinen.txt").write_text("Toinen päätös", encoding="utf-8")
    (folder / "rikki.pdf").write_bytes(b"not a pdf")
    workspace = str(tmp_path / "ws")
    assert main(["import", str(folder), "--workspace", workspace]) == 1  # one file failed
    captured = capsys.readouterr()
    assert "Uusia: 2" in captured.out and "Uusi työtila luotiin" in captured.err
    (folder / "toinen.txt").unlink()
    (folder / "rikki.pdf").unlink()
    assert main(["import", str(folder), "--workspace", workspace]) == 0
    assert "--prune" in capsys.readouterr().out
    assert main(["search", "zzzyyyxxx", "--workspace", workspace]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "Ei osumia." in captured.err
    with pytest.raises(SystemExit) as stopped:
        main(["search", "vesi", "--limit", "0", "--workspace", workspace])
    assert stopped.value.code == 2
    assert "pienin sallittu on 1" in capsys.readouterr().err


def test_options_before_the_command_run_the_command() -> None:
    from ui.launcher import _command_line

    commands = {"info", "search"}
    assert _command_line(["--workspace", "X", "info"], commands) == ["info", "--workspace", "X"]
    assert _command_line(["--workspace=X", "search", "kaava"], commands) == [
        "search",
        "kaava",
        "--workspace",
        "X",
    ]
    with pytest.raises(SystemExit):
        _command_line(["--lang", "xx", "info"], commands)
    assert _command_line(["--workspace", "X"], commands) is None  # the window
    assert _command_line([], commands) is None
    assert _command_line(["-style", "fusion"], commands) is None  # Qt's options
    # a mistyped command is the command line's to answer, not a window to open
    assert _command_line(["serach", "kaava"], commands) == ["serach", "kaava"]


def test_search_tries_again_while_another_process_switches_the_index(
    tmp_path: Path,
    small_jsonl: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop_app.cli import search as search_command
    from desktop_app.search.service import SearchService

    workspace = str(tmp_path / "ws")
    main(["import", str(small_jsonl), "--workspace", workspace])
    capsys.readouterr()
    real_search = SearchService.search
    failures = [FileNotFoundError(2, "No such file", "gen-2/MAIN_x.seg")]

    def search_once_gone(self: SearchService, *args: object, **kwargs: object) -> object:
        if failures:
            raise failures.pop()
        return real_search(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(SearchService, "search", search_once_gone)
    monkeypatch.setattr(search_command, "RETRY_PAUSE_S", 0.01)
    assert main(["search", "asemakaava", "--workspace", workspace]) == 0
    assert "asemakaav" in capsys.readouterr().out.lower()
    failures.extend(FileNotFoundError(2, "gone") for _ in range(search_command.RETRIES))
    assert main(["search", "asemakaava", "--workspace", workspace]) == 1
    assert "Yritä hetken kuluttua uudelleen" in capsys.readouterr().err


def test_the_workspace_before_a_nested_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_app.cli import command_names
    from ui.launcher import _command_line

    workspace = str(tmp_path / "ws")
    arguments = ["meeting", "new", "--body", "kh", "--date", "2026-12-01", "--start", "18:00"]
    command = _command_line(["--workspace", workspace, *arguments], command_names())
    assert command is not None
    assert main(command) == 0
    assert "Kokous:" in capsys.readouterr().out


def test_a_mistyped_command_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["serach", "kaava"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "tuntematon valinta" in err and "search" in err


def test_json_lines_carry_the_did_you_mean_suggestion(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.search_decisions import FINNISH

    source = tmp_path / "decisions.jsonl"
    source.write_text(
        "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in FINNISH), encoding="utf-8"
    )
    workspace = str(tmp_path / "ws")
    assert main(["import", str(source), "--workspace", workspace]) == 0
    capsys.readouterr()
    assert main(["search", "kiinteistövreo", "--json", "--workspace", workspace]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    # (the workspace's own sample decisions may also be about the property tax)
    assert {"vero-0", "vero-1", "vero-2"} <= {line["id"] for line in lines}
    assert {line["suggestion"] for line in lines} == {"kiinteistövero"}
    assert main(["search", "kiinteistövero", "--json", "--workspace", workspace]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines and {line["suggestion"] for line in lines} == {""}
    assert main(["search", "kiinteistövreo", "--workspace", workspace]) == 0
    assert "Tarkoititko: kiinteistövero" in capsys.readouterr().err
