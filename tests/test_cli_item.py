"""``paatospaja item new|show``: an item drafted by a script is the window's item."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from desktop_app import drafting
from desktop_app.cli import main
from desktop_app.cli.item import settable_fields
from desktop_app.domain.model import AppealType, ItemState, Section
from desktop_app.workspace import Workspace


@contextmanager
def _opened(folder: Path) -> Iterator[Workspace]:
    workspace = Workspace.open(folder)
    try:
        yield workspace
    finally:
        workspace.close()


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:  # type: ignore[type-arg]
    assert main(list(argv)) == 0
    return dict(json.loads(capsys.readouterr().out))


def _refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 2
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return captured.err.strip()


def test_new_item_starts_from_the_template_and_takes_the_given_values(
    workspace_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = ["--workspace", str(workspace_dir)]
    reasons = tmp_path / "perustelut.html"
    reasons.write_text("<p>Kuntalain 14 § ja <b>hallintosääntö</b>.</p>", encoding="utf-8")
    created = _json(
        capsys, "item", "new", "--template", "kunnanhallitus", "--body", "kh",
        "--title", "Tontin myynti", "--field", "dno=KH 12/10.00.00/2026",
        "--field", "preparer.name=Olli Sihteeri", "--field", "contact.phone=040 123 4567",
        "--field", "public=ei", "--field", "secrecy_ground=JulkL 24 § 1 mom 20 k",
        "--field", "state=valmis", "--field", "appeal_type=kunnallisvalitus",
        "--field", "appeal_basis=correction_request",
        "--section", "selostus=Ensimmäinen kappale.\n\nToinen kappale.",
        "--section", f"perustelut=@{reasons}", *ws, "--json",
    )  # fmt: skip
    item_id = int(created["item"])
    assert created["revision"] == 1
    with _opened(workspace_dir) as workspace:
        item = workspace.items.get(item_id)
        organization = workspace.organizations.get("kh")
        assert organization is not None
        started = drafting.new_item(
            workspace.templates.get("kunnanhallitus"), organization, workspace.municipality
        )
    assert item.title == "Tontin myynti" and item.dno == "KH 12/10.00.00/2026"
    assert item.preparer.name == "Olli Sihteeri" and item.contact.phone == "040 123 4567"
    assert item.public is False and item.secrecy_ground == "JulkL 24 § 1 mom 20 k"
    assert item.state is ItemState.READY
    assert item.appeal_type is AppealType.MUNICIPAL_APPEAL
    assert item.appeal_basis == "correction_request"  # stored as its text, as the model does
    assert item.section(Section.DESCRIPTION) == "<p>Ensimmäinen kappale.</p><p>Toinen kappale.</p>"
    assert item.section(Section.REASONS) == "<p>Kuntalain 14 § ja <b>hallintosääntö</b>.</p>"
    # what the script did not name comes from the template, as in the window
    assert item.section(Section.PROPOSAL) == started.section(Section.PROPOSAL) != ""
    assert item.for_information == started.for_information

    shown = _json(capsys, "item", "show", str(item_id), *ws, "--json")
    assert shown["item"] == item_id and shown["revision"] == item.revision
    assert shown["public"] is False and shown["state"] == "valmis"
    assert shown["preparer"]["name"] == "Olli Sihteeri"
    assert shown["sections"]["perustelut"] == item.section(Section.REASONS)
    assert list(shown["sections"]) == [s.value for s in Section if s in item.sections]

    assert main(["item", "new", "--template", "kunnanhallitus", "--body", "kh", *ws]) == 0
    assert capsys.readouterr().out.strip().isdigit()  # the plain output is the id alone
    assert main(["item", "show", str(item_id), *ws]) == 0
    assert "Diaarinumero: KH 12/10.00.00/2026" in capsys.readouterr().out  # labels, not keys


def test_a_swedish_item_starts_from_the_swedish_texts(
    workspace_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = ["--workspace", str(workspace_dir), "--json"]
    created = _json(capsys, "item", "new", "--template", "kunnanhallitus", "--body", "kh",
                    "--field", "language=sv", *ws)  # fmt: skip
    shown = _json(capsys, "item", "show", str(created["item"]), *ws)
    with _opened(workspace_dir) as workspace:
        organization = workspace.organizations.get("kh")
        assert organization is not None
        swedish = drafting.new_item(
            workspace.templates.get("kunnanhallitus"), organization, workspace.municipality, "sv"
        )
    assert shown["language"] == "sv"
    assert shown["sections"]["paatosehdotus"] == swedish.section(Section.PROPOSAL)


def test_unknown_names_and_bad_values_are_refused_with_what_is_allowed(
    workspace_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["item", "new", "--template", "kunnanhallitus", "--body", "kh",
            "--workspace", str(workspace_dir)]  # fmt: skip
    error = _refused(capsys, *base, "--field", "diaari=12")
    assert "diaari" in error and "dno" in error and "preparer.email" in error
    error = _refused(capsys, *base, "--field", "state=valmiina")
    assert "valmiina" in error and "esityslistalla" in error
    error = _refused(capsys, *base, "--field", "public=ehkä")
    assert "kyllä" in error
    error = _refused(capsys, *base, "--field", "appeal_basis=tavallinen")
    assert "tavallinen" in error and "'procurement'" in error
    error = _refused(capsys, *base, "--section", "liitteet=<p>x</p>")
    assert "liitteet" in error and "selostus" in error
    error = _refused(capsys, *base, "--section", "selostus=@ei-ole.html")
    assert "ei-ole.html" in error
    error = _refused(capsys, "item", "new", "--template", "kunnanhallitus", "--body", "xx",
                     "--workspace", str(workspace_dir))  # fmt: skip
    assert "xx" in error and "kh" in error
    error = _refused(capsys, "item", "new", "--template", "ei-pohjaa", "--body", "kh",
                     "--workspace", str(workspace_dir))  # fmt: skip
    assert "ei-pohjaa" in error
    assert "999" in _refused(capsys, "item", "show", "999", "--workspace", str(workspace_dir))
    with _opened(workspace_dir) as workspace:
        assert workspace.items.all() == []  # nothing refused was half-written


def test_the_settable_fields_follow_the_model() -> None:
    fields = settable_fields()
    for name in ("dno", "task_class", "presenter", "parties", "earlier_handling",
                 "for_information", "language", "appeal_type", "public", "secrecy_ground",
                 "state", "preparer.name", "preparer.title", "preparer.phone",
                 "preparer.email", "contact.name", "contact.email", "appeal_basis",
                 "appeal_law", "appeal_reason"):  # fmt: skip
        assert name in fields, name
    for name in ("id", "revision", "sections", "attachments", "created", "preparer"):
        assert name not in fields


def test_item_set_changes_fields_and_sections_and_refuses_a_stale_revision(
    workspace_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = ["--workspace", str(workspace_dir)]
    created = _json(
        capsys, "item", "new", "--template", "kunnanhallitus", "--body", "kh", "--json", *ws
    )
    item_id = str(created["item"])
    changed = _json(
        capsys, "item", "set", item_id, "--title", "Katuvalojen uusiminen",
        "--field", "contact.name=Olli Sihteeri",
        "--section", "perustelut=<p>Kuntalain 14 §:n mukaan …</p>", "--json", *ws,
    )  # fmt: skip
    assert changed["revision"] > created["revision"]
    shown = _json(capsys, "item", "show", item_id, "--json", *ws)
    assert shown["title"] == "Katuvalojen uusiminen"
    assert shown["contact"]["name"] == "Olli Sihteeri"
    assert "Kuntalain 14" in shown["sections"]["perustelut"]

    reason = _refused(
        capsys, "item", "set", item_id, "--title", "Vanha", "--revision",
        str(created["revision"]), *ws,
    )  # fmt: skip
    assert "muutettu toisaalla" in reason
    with _opened(workspace_dir) as workspace:  # the newer write is what stays
        assert workspace.items.get(int(item_id)).title == "Katuvalojen uusiminen"
