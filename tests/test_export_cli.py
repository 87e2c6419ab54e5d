"""The command line: build a meeting by script and export its documents."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from desktop_app.cli import main
from desktop_app.domain.model import AgendaItem, ItemState, Section
from desktop_app.workspace import Workspace


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:  # type: ignore[type-arg]
    assert main(list(argv)) == 0
    return dict(json.loads(capsys.readouterr().out))


def test_a_meeting_built_and_exported_from_the_command_line(
    workspace_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = ["--workspace", str(workspace_dir), "--json"]
    created = _json(
        capsys,
        "meeting",
        "new",
        "--body",
        "kh",
        "--date",
        "2026-03-02",
        "--start",
        "18:00",
        "--end",
        "19:30",
        "--place",
        "Kunnantalo",
        *ws,
    )
    assert created["number"] == "1/2026"
    meeting = str(created["meeting"])
    workspace = Workspace.open(workspace_dir)
    try:
        item = workspace.items.save(
            AgendaItem(
                None,
                "kh",
                "kunnanhallitus",
                title="Tonttikauppa",
                dno="KH 5/10.00.00/2026",
                state=ItemState.READY,
                sections={Section.PROPOSAL: "<p>Kunnanhallitus päättää myydä tontin.</p>"},
            )
        )
    finally:
        workspace.close()
    added = _json(capsys, "meeting", "add-item", meeting, str(item.id), *ws)
    assert added["section"] == 5
    _json(
        capsys,
        "meeting",
        "add-participant",
        meeting,
        "Aino Esimerkki",
        "--role",
        "puheenjohtaja",
        *ws,
    )
    _json(capsys, "meeting", "add-participant", meeting, "Olli Sihteeri", "--role", "sihteeri", *ws)
    moved = _json(capsys, "meeting", "move", str(added["entry"]), "0", *ws)
    assert moved["section"] == 1
    shown = _json(capsys, "meeting", "show", meeting, *ws)
    assert [e["section"] for e in shown["entries"]] == [1, 2, 3, 4, 5, 6]
    assert shown["entries"][0]["title"] == "Tonttikauppa"
    for entry in shown["entries"]:
        _json(capsys, "meeting", "record", str(entry["entry"]), *ws)
    assert _json(capsys, "meeting", "publish", meeting, *ws)["published"]

    for kind, object_id in (("item", str(item.id)), ("agenda", meeting), ("minutes", meeting)):
        out = workspace_dir / f"{kind}.docx"
        code = main(
            ["export", kind, object_id, "--out", str(out), "--workspace", str(workspace_dir)]
        )
        assert code == 0 and capsys.readouterr().out.strip() == str(out)
        headings = [
            p.text for p in docx.Document(str(out)).paragraphs if p.style.name == "Heading 1"
        ]
        assert "§ 1 Tonttikauppa" in headings


def test_command_line_errors_are_one_finnish_sentence(
    workspace_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = ["--workspace", str(workspace_dir)]
    main(["meeting", "new", "--body", "kh", "--date", "2026-03-02", "--start", "18:00", *ws])
    capsys.readouterr()
    style = workspace_dir / "tyyli.dotx"
    style.write_text("ei ole Word", encoding="utf-8")
    # a real process: an error the command line does not catch would print its traceback
    # to the process's stderr, which is where this looks
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "ui.launcher",
            "export",
            "agenda",
            "1",
            "--out",
            str(workspace_dir / "a.docx"),
            "--house-style",
            str(style),
            *ws,
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 2 and done.stderr.startswith("Tyylipohja"), done.stderr
    assert not (workspace_dir / "a.docx").exists()
    assert main(["export", "minutes", "99", "--out", str(workspace_dir / "m.docx"), *ws]) == 2
    assert "Kokousta 99 ei löydy." in capsys.readouterr().err
    again = ["meeting", "new", "--body", "kh", "--date", "2026-05-02", "--start", "18:00"]
    assert main([*again, "--number", "1", *ws]) == 2
    assert "on jo kokous 1/2026" in capsys.readouterr().err
