"""The appeal route follows the decision: the rule table, recording, overrides, the checks."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.appeal.rules import derive_route, load_rules
from desktop_app.domain.model import AgendaItem, AppealBasis, AppealType, BodyKind
from desktop_app.domain.serialize import item_from_dict, item_to_dict
from desktop_app.meetings.model import DecisionKind, EntryDecision
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.messages import message
from desktop_app.publishing.appeal_checks import appeal_findings
from desktop_app.publishing.checks import check_packet
from desktop_app.publishing.review import load_review
from desktop_app.storage.database import connect, schema_version
from desktop_app.storage.items import ItemRepository
from desktop_app.storage.migrations import MIGRATIONS
from desktop_app.storage.organizations import OrganizationRepository
from desktop_app.templating.appeal import load_appeal_instructions
from desktop_app.workspace import Workspace
from tests.appeal_meeting import BOARD_ITEMS, AppealMeetings, build


@pytest.fixture
def meetings(workspace: Workspace) -> AppealMeetings:
    return build(workspace)


def _decided(kind: DecisionKind) -> EntryDecision:
    return EntryDecision(kind)


A, B, K = AppealType, BodyKind, DecisionKind


@pytest.mark.parametrize(
    ("body", "kind", "basis", "standing", "expected", "citation"),
    [
        (B.BOARD, K.TABLED, "", False, A.NONE, "136 §"),
        (B.COUNCIL, K.RETURNED, "", False, A.NONE, "136 §"),
        (B.BOARD, K.AS_PROPOSED, "", True, A.NONE, "136 §"),
        (B.COMMITTEE, K.AS_PROPOSED, "preparatory", False, A.NONE, "136 §"),
        (B.BOARD, K.AS_PROPOSED, "informational", False, A.NONE, "136 §"),
        (B.COUNCIL, K.AS_PROPOSED, "", False, A.MUNICIPAL_APPEAL, "135 §"),
        (B.COUNCIL, K.AFTER_VOTE, "", False, A.MUNICIPAL_APPEAL, "135 §"),
        (B.BOARD, K.AS_PROPOSED, "correction_request", False, A.MUNICIPAL_APPEAL, "135 §"),
        (B.BOARD, K.REJECTED, "", False, A.CORRECTION, "134 §"),
        (B.COMMITTEE, K.MODIFIED, "", False, A.CORRECTION, "134 §"),
        (B.SUBCOMMITTEE, K.AS_PROPOSED, "", False, A.CORRECTION, "134 §"),
        (B.OFFICE_HOLDER, K.AS_PROPOSED, "", False, A.CORRECTION, "134 §"),
        (B.COUNCIL, K.AS_PROPOSED, "procurement", False, A.PROCUREMENT, "146 §"),
        (B.BOARD, K.TABLED, "procurement", False, A.NONE, "136 §"),
        (B.BOARD, K.AS_PROPOSED, "special_law", False, A.ADMINISTRATIVE_APPEAL, "808/2019"),
    ],
)  # fmt: skip
def test_the_rule_table_gives_each_kind_of_decision_its_route(
    body: BodyKind,
    kind: DecisionKind,
    basis: str,
    standing: bool,
    expected: AppealType,
    citation: str,
) -> None:
    item = AgendaItem(None, "x", "kunnanhallitus", appeal_basis=basis, appeal_law="jatelaki")
    route = derive_route(body, _decided(kind), item, standing=standing)
    assert route.appeal_type is expected
    assert citation in route.citation and route.rule
    assert route.law == ("jatelaki" if expected is AppealType.ADMINISTRATIVE_APPEAL else "")


def test_every_rule_routes_to_an_instruction_that_ships_with_the_app() -> None:
    instructions = load_appeal_instructions()
    rules = load_rules()
    assert {rule.route for rule in rules} <= set(instructions)
    assert set(AppealBasis) - {AppealBasis.ORDINARY} <= {
        basis for rule in rules for basis in (rule.bases or ())
    }
    assert rules[-1].decisions is rules[-1].bases is rules[-1].bodies is None  # a catch-all


def test_a_workspace_rule_table_replaces_the_bundled_one(tmp_path: Path) -> None:
    (tmp_path / "rules.toml").write_text(
        '[[rule]]\nid = "all"\nroute = "kunnallisvalitus"\ncitation = "oma"\n', encoding="utf-8"
    )
    item = AgendaItem(None, "x", "kunnanhallitus")
    route = derive_route(BodyKind.BOARD, None, item, standing=False, rules=load_rules(tmp_path))
    assert (route.appeal_type, route.citation) == (AppealType.MUNICIPAL_APPEAL, "oma")


def test_recording_gives_every_item_the_route_of_its_decision(
    workspace: Workspace, meetings: AppealMeetings
) -> None:
    for title, (_, _, _, expected) in BOARD_ITEMS.items():
        assert workspace.items.get(meetings.items[title]).appeal_type is expected, title
    assert meetings.standing
    for item_id in meetings.standing:
        assert workspace.items.get(item_id).appeal_type is AppealType.NONE
    council = workspace.items.get(meetings.items["Valtuuston päätös"])
    assert council.appeal_type is AppealType.MUNICIPAL_APPEAL
    own = workspace.items.get(meetings.items["Viranhaltijan päätös"])
    assert own.appeal_type is AppealType.CORRECTION
    special = workspace.items.get(meetings.items["Ranta-asemakaavan poikkeamislupa"])
    assert special.appeal_law == "alueidenkayttolaki"


def test_an_override_with_a_reason_survives_recording_and_reload(
    workspace: Workspace, meetings: AppealMeetings, workspace_dir: Path
) -> None:
    repository = MeetingRepository(workspace.db)
    item_id = meetings.items["Hyväksytty asia"]
    item = workspace.items.get(item_id)
    item.appeal_type = AppealType.NONE
    item.appeal_reason = "Täytäntöönpanopäätös, KuntaL 136 §"
    workspace.items.save(item)
    entry = next(e for e in repository.entries(meetings.board) if e.item_id == item_id)
    assert entry.id is not None
    repository.record_decision(entry.id, EntryDecision(DecisionKind.AS_PROPOSED))
    workspace.close()
    reopened = Workspace.open(workspace_dir)
    try:
        again = reopened.items.get(item_id)
        assert again.appeal_type is AppealType.NONE
        assert again.appeal_reason == "Täytäntöönpanopäätös, KuntaL 136 §"
        assert reopened.items.version(item_id, reopened.items.versions(item_id)[0].number)
        history = reopened.items.versions(item_id)
        assert "appeal_type" in {change for v in history for change in v.changes}
    finally:
        reopened.close()


def test_an_override_without_a_reason_is_replaced_by_the_derived_route(
    workspace: Workspace, meetings: AppealMeetings
) -> None:
    repository = MeetingRepository(workspace.db)
    item_id = meetings.items["Pöydälle pantu asia"]
    item = workspace.items.get(item_id)
    item.appeal_type = AppealType.CORRECTION
    workspace.items.save(item)
    entry = next(e for e in repository.entries(meetings.board) if e.item_id == item_id)
    assert entry.id is not None
    repository.record_decision(entry.id, EntryDecision(DecisionKind.TABLED))
    assert workspace.items.get(item_id).appeal_type is AppealType.NONE


@pytest.mark.parametrize("kind", [DecisionKind.TABLED, DecisionKind.RETURNED])
def test_a_reason_left_from_an_earlier_override_never_opens_an_appeal_against_a_ban(
    workspace: Workspace, meetings: AppealMeetings, kind: DecisionKind
) -> None:
    repository = MeetingRepository(workspace.db)
    item_id = meetings.items["Pöydälle pantu asia"]
    item = workspace.items.get(item_id)
    item.appeal_type = AppealType.CORRECTION
    item.appeal_reason = "x"  # written for another handling of the item
    workspace.items.save(item)
    entry = next(e for e in repository.entries(meetings.board) if e.item_id == item_id)
    assert entry.id is not None
    repository.record_decision(entry.id, EntryDecision(kind))
    stored = workspace.items.get(item_id)
    assert stored.appeal_type is AppealType.NONE and stored.appeal_reason == ""


@pytest.mark.parametrize("kind", [DecisionKind.TABLED, DecisionKind.RETURNED])
def test_the_checks_block_an_appeal_route_on_a_tabled_or_returned_item_whatever_the_reason(
    kind: DecisionKind,
) -> None:
    item = AgendaItem(None, "tela", "lautakunta", appeal_type=AppealType.CORRECTION)
    item.appeal_reason = "x"
    assert _codes(item, BodyKind.COMMITTEE, _decided(kind)) == ["publish.appeal_mismatch"]
    standing = appeal_findings(
        item, "§ 1", BodyKind.BOARD, load_appeal_instructions(), record=None, standing=True
    )
    assert [f.code for f in standing] == ["publish.appeal_mismatch"]


def _codes(item: AgendaItem, body: BodyKind, record: EntryDecision | None) -> list[str]:
    found = appeal_findings(item, "§ 5", body, load_appeal_instructions(), record=record)
    assert all(f.blocks for f in found)
    return [f.code for f in found]


def test_the_checks_block_a_route_against_the_rules_until_a_reason_is_written() -> None:
    accepted = _decided(DecisionKind.AS_PROPOSED)
    item = AgendaItem(None, "kh", "kunnanhallitus", appeal_type=AppealType.ADMINISTRATIVE_APPEAL)
    item.appeal_law = "jatelaki"
    assert _codes(item, BodyKind.BOARD, accepted) == ["publish.appeal_mismatch"]
    item.appeal_reason = "Jätelain 137 §:n mukainen päätös"
    assert _codes(item, BodyKind.BOARD, accepted) == []
    item.appeal_law = ""
    assert _codes(item, BodyKind.BOARD, accepted) == ["publish.appeal_law_missing"]


def test_the_checks_want_a_ground_for_no_appeal_unless_the_rules_say_so() -> None:
    item = AgendaItem(None, "kh", "kunnanhallitus", appeal_type=AppealType.NONE)
    assert _codes(item, BodyKind.BOARD, _decided(DecisionKind.AS_PROPOSED)) == [
        "publish.appeal_none_ground"
    ]
    assert _codes(item, BodyKind.BOARD, _decided(DecisionKind.TABLED)) == []
    item.appeal_reason = "Vain täytäntöönpanoa (KuntaL 136 §)"
    assert _codes(item, BodyKind.BOARD, _decided(DecisionKind.AS_PROPOSED)) == []


def test_the_checks_refuse_the_routes_the_law_never_allows_even_with_a_reason() -> None:
    accepted = _decided(DecisionKind.AS_PROPOSED)
    council = AgendaItem(None, "kv", "valtuusto", appeal_type=AppealType.CORRECTION)
    council.appeal_reason = "näin on ennenkin tehty"
    assert _codes(council, BodyKind.COUNCIL, accepted) == ["publish.appeal_council"]
    board = AgendaItem(None, "kh", "kunnanhallitus", appeal_type=AppealType.MUNICIPAL_APPEAL)
    assert _codes(board, BodyKind.BOARD, accepted) == ["publish.appeal_board_municipal"]
    board.appeal_basis = AppealBasis.CORRECTION_REQUEST.value
    assert _codes(board, BodyKind.BOARD, accepted) == []


def test_a_missing_instruction_or_period_still_blocks() -> None:
    item = AgendaItem(None, "kh", "kunnanhallitus", appeal_type=AppealType.PROCUREMENT)
    item.appeal_basis = AppealBasis.PROCUREMENT.value
    accepted = _decided(DecisionKind.AS_PROPOSED)
    assert appeal_findings(item, "§ 1", BodyKind.BOARD, {}, record=accepted)[0].code == (
        "publish.appeal_missing"
    )
    instructions = load_appeal_instructions()
    assert _codes(item, BodyKind.BOARD, accepted) == []
    assert instructions[AppealType.PROCUREMENT].period_days == 14


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
@pytest.mark.parametrize(
    "code",
    [
        "publish.appeal_mismatch",
        "publish.appeal_none_ground",
        "publish.appeal_board_municipal",
        "publish.appeal_law_missing",
    ],
)
def test_every_new_finding_has_a_sentence_in_each_language(code: str, language: str) -> None:
    text = message(code, language, type="x", expected="y", citation="z", target="§ 1")
    assert text != code and "{" not in text


def test_the_new_fields_survive_serialisation_and_the_database(workspace: Workspace) -> None:
    item = AgendaItem(
        None,
        "kh",
        "kunnanhallitus",
        appeal_type=AppealType.ADMINISTRATIVE_APPEAL,
        appeal_basis="special_law",
        appeal_law="ymparistonsuojelulaki",
        appeal_reason="",
    )
    again = item_from_dict(item_to_dict(item))
    assert (again.appeal_basis, again.appeal_law) == ("special_law", "ymparistonsuojelulaki")
    saved = workspace.items.save(item)
    assert saved.id is not None
    stored = workspace.items.get(saved.id)
    assert (stored.appeal_type, stored.appeal_law) == (
        AppealType.ADMINISTRATIVE_APPEAL,
        "ymparistonsuojelulaki",
    )


def test_a_workspace_of_the_previous_schema_gets_the_new_columns_empty(tmp_path: Path) -> None:
    path = tmp_path / "vanha.sqlite3"
    raw = sqlite3.connect(path)
    for migration in MIGRATIONS:
        if migration.version <= 8:
            migration.apply(raw)
    raw.execute("PRAGMA user_version = 8")
    raw.execute(
        "INSERT INTO organizations (id, name, kind) VALUES ('kh', 'Kunnanhallitus', 'hallitus')"
    )
    raw.execute(
        "INSERT INTO agenda_items (organization_id, template_id, title, appeal_type, created,"
        " modified) VALUES ('kh', 'kunnanhallitus', 'Vanha asia', 'oikaisuvaatimus', '2026-01-01',"
        " '2026-01-01')"
    )
    raw.commit()
    raw.close()
    connection = connect(path)
    try:
        assert schema_version(connection) >= 9
        item = ItemRepository(connection).all()[0]
        assert (item.title, item.appeal_basis, item.appeal_law, item.appeal_reason) == (
            "Vanha asia",
            "",
            "",
            "",
        )
        board = OrganizationRepository(connection).get("kh")
        assert board is not None and board.parent_id == ""
    finally:
        connection.close()


def _appeal_codes_of_meeting(workspace: Workspace, meeting_id: int) -> list[tuple[str, str]]:
    review = load_review(workspace, meeting_id)
    findings = check_packet(review.packet, review.contexts, appeals=workspace.appeals)
    return [(f.target, f.code) for f in findings if f.code.startswith("publish.appeal")]


def test_the_meeting_check_passes_the_recorded_routes_and_flags_an_unexplained_change(
    workspace: Workspace, meetings: AppealMeetings
) -> None:
    for meeting_id in (meetings.board, meetings.council, meetings.office_holder):
        assert _appeal_codes_of_meeting(workspace, meeting_id) == []
    repository = MeetingRepository(workspace.db)
    tabled_id = meetings.items["Pöydälle pantu asia"]
    number = next(e.number for e in repository.entries(meetings.board) if e.item_id == tabled_id)
    tabled = workspace.items.get(tabled_id)
    tabled.appeal_type = AppealType.CORRECTION  # a tabled § given a real appeal route
    workspace.items.save(tabled)
    assert _appeal_codes_of_meeting(workspace, meetings.board) == [
        (f"§ {number}", "publish.appeal_mismatch")
    ]
    tabled.appeal_reason = "Asia ratkaistiin samalla kertaa lopullisesti"
    workspace.items.save(tabled)  # a tabled § only prepares (KuntaL 136 §): no reason helps
    assert _appeal_codes_of_meeting(workspace, meetings.board) == [
        (f"§ {number}", "publish.appeal_mismatch")
    ]


def test_a_new_workspace_names_the_body_above_each_sample_office_holder(tmp_path: Path) -> None:
    from desktop_app.appeal.authority import correction_authority

    workspace = Workspace.open(tmp_path / "uusi")
    try:
        organizations = {o.id: o for o in workspace.organizations.all()}
        assert organizations["kunnanjohtaja"].parent_id == "kh"
        assert organizations["tekninen-johtaja"].parent_id == "tela"
        office_holder = organizations["tekninen-johtaja"]
        parent = workspace.organizations.parent(office_holder)
        assert parent is not None and parent.id == "tela"
        named = correction_authority(office_holder, parent, workspace.municipality)
        assert named == correction_authority(parent, None, workspace.municipality)
        assert "lautakunta" in named
    finally:
        workspace.close()


@pytest.mark.parametrize(
    ("body", "law", "expected"),
    [
        (BodyKind.OFFICE_HOLDER, "varhaiskasvatuslaki", AppealType.CORRECTION),
        (BodyKind.OFFICE_HOLDER, "rakentamislaki", AppealType.CORRECTION),
        (BodyKind.OFFICE_HOLDER, "jatelaki", AppealType.ADMINISTRATIVE_APPEAL),
        (BodyKind.COMMITTEE, "varhaiskasvatuslaki", AppealType.ADMINISTRATIVE_APPEAL),
    ],
)
def test_a_special_law_may_send_an_office_holders_decision_to_correction_first(
    body: BodyKind, law: str, expected: AppealType
) -> None:
    item = AgendaItem(None, "x", "viranhaltijapaatos")
    item.appeal_basis = AppealBasis.SPECIAL_LAW.value
    item.appeal_law = law
    route = derive_route(body, _decided(DecisionKind.AS_PROPOSED), item, standing=False)
    assert route.appeal_type is expected
