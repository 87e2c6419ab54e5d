"""The command line speaks the language of ``--lang``: labels, sentences, progress, errors.

The commands run for real (``paatospaja`` as installed: the launcher, then the command in
the core) against a real workspace. What the user typed or the documents hold (titles, ids,
the Finnish text of a Finnish item) is data and is taken out of the output first; whatever
is left is the program's own wording and must not be Finnish.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop_app.messages import _catalog, message
from tests.test_no_finnish_literals import FINNISH_WORDS
from ui.launcher import main as paatospaja

TITLE = "Road maintenance contract 2026"


def _run(capsys: pytest.CaptureFixture[str], *argv: str, status: int = 0) -> str:
    """The command's stdout and stderr together, after checking its exit status."""
    try:
        code = paatospaja(list(argv))
    except SystemExit as stopped:  # argparse: --help and usage errors
        code = int(stopped.code or 0)
    captured = capsys.readouterr()
    assert code == status, captured.out + captured.err
    return captured.out + captured.err


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, object]:
    assert paatospaja(list(argv)) == 0
    return dict(json.loads(capsys.readouterr().out))


def _strings(value: object) -> list[str]:
    """Every text in a JSON result: the data the plain output repeats."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for inner in value.values() for text in _strings(inner)]
    if isinstance(value, list):
        return [text for inner in value for text in _strings(inner)]
    return []


def _words(texts: Iterable[str]) -> set[str]:
    return {word.casefold() for text in texts for word in re.findall(r"[^\W\d_]{2,}", text)}


def _finnish_vocabulary() -> frozenset[str]:
    """Words only the Finnish catalog uses (not the Swedish or English one), and common ones."""
    other = _words(_catalog("sv").values()) | _words(_catalog("en").values())
    return frozenset((_words(_catalog("fi").values()) - other) | FINNISH_WORDS)


def _finnish_lines(output: str, data: list[str]) -> list[str]:
    """Lines with Finnish words once the data and the option names (``--toimielin``) are out."""
    vocabulary = _finnish_vocabulary()
    found = []
    for line in output.splitlines():
        for text in sorted((d for d in data if d.strip()), key=len, reverse=True):
            line = line.replace(text, " ")
        line = re.sub(r"--[\w-]+", " ", line)
        if _words([line]) & vocabulary:
            found.append(line)
    return found


@dataclass
class Prepared:
    ws: list[str]  # --workspace FOLDER
    item: str
    meeting: str
    data: list[str]  # what the outputs repeat of the user's data


@pytest.fixture
def prepared(workspace_dir: Path, capsys: pytest.CaptureFixture[str]) -> Prepared:
    """A meeting with one item, built in Finnish; its ids and the data the outputs repeat."""
    ws = ["--workspace", str(workspace_dir)]
    item = _json(capsys, "item", "new", "--template", "kunnanhallitus", "--body", "kh",
                 "--title", TITLE, *ws, "--json")["item"]  # fmt: skip
    meeting = _json(capsys, "meeting", "new", "--body", "kh", "--date", "2026-03-02",
                    "--start", "18:00", "--no-standing", *ws, "--json")["meeting"]  # fmt: skip
    _json(capsys, "meeting", "add-item", str(meeting), str(item), *ws, "--json")
    data = [str(workspace_dir), TITLE]
    data += _strings(_json(capsys, "item", "show", str(item), *ws, "--json"))
    data += _strings(_json(capsys, "meeting", "show", str(meeting), *ws, "--json"))
    data += _strings(_json(capsys, "info", *ws, "--json"))
    return Prepared(ws, str(item), str(meeting), data)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_line_follows_lang(
    language: str,
    prepared: Prepared,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PAATOSPAJA_LANG", "fi")  # restored afterwards: --lang sets it
    ws, data, item, meeting = prepared.ws, prepared.data, prepared.item, prepared.meeting
    lang = ["--lang", language]
    outputs = {
        "info": _run(capsys, *lang, "info", *ws),
        "search": _run(capsys, *lang, "search", "qwzxv", *ws),
        "reindex": _run(capsys, *lang, "reindex", *ws),
        "meeting show": _run(capsys, *lang, "meeting", "show", meeting, *ws),
        "item show": _run(capsys, *lang, "item", "show", item, *ws),
        "check": _run(capsys, *lang, "check", meeting, *ws, status=1),
        "missing item": _run(capsys, *lang, "item", "show", "9999", *ws, status=2),
        "bad value": _run(
            capsys, *lang, "item", "set", item, "--field", "public=maybe", *ws, status=2
        ),
        "usage error": _run(capsys, *lang, "meeting", "show", status=2),
        "help": _run(capsys, *lang, "meeting", "set", "--help"),
        # --lang after the command works too
        "lang last": _run(capsys, "privacy", "list", meeting, *ws, *lang),
    }
    for command, output in outputs.items():
        assert output.strip(), command
        assert not _finnish_lines(output, data), (command, _finnish_lines(output, data))

    # the program's own words in the language asked for, not keys or codes
    assert f"{message('cli.field.checkers', language)}:" in outputs["meeting show"]
    assert f"{message('cli.field.title', language)}: {TITLE}" in outputs["item show"]
    assert message("cli.search.no_hits", language) in outputs["search"]
    assert message("item.not_found", language, item_id=9999) in outputs["missing item"]
    assert message("cli.help.checked_on", language) in outputs["help"]
    assert message("publish.place.checkers", language) in outputs["check"]
    assert message("cli.info.decisions", language) in outputs["info"]
    assert message("search.progress.ready", language) in outputs["search"]  # progress


def test_finnish_is_the_default_and_matches_the_catalog(
    prepared: Prepared, capsys: pytest.CaptureFixture[str]
) -> None:
    ws, meeting = prepared.ws, prepared.meeting
    shown = _run(capsys, "meeting", "show", meeting, *ws)
    assert "Pöytäkirjantarkastajat:" in shown and "Julkaistu: ei" in shown
    assert "checkers" not in shown  # a label, never the JSON key
    # the check the other languages pass does find the Finnish wording
    assert _finnish_lines(shown, prepared.data)
    assert _finnish_lines(_run(capsys, "info", *ws), prepared.data)


def test_the_json_keys_stay_the_same_in_every_language(
    prepared: Prepared,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Scripts read the keys: they do not change with the reader's language."""
    monkeypatch.setenv("PAATOSPAJA_LANG", "fi")
    ws, meeting = prepared.ws, prepared.meeting
    keys = {
        language: list(_json(capsys, "--lang", language, "meeting", "show", meeting, *ws, "--json"))
        for language in ("fi", "sv", "en")
    }
    assert keys["fi"] == keys["sv"] == keys["en"] and "checkers" in keys["fi"]
