"""When typing earns a version: the pause and the minimum interval, with explicit clocks."""

from __future__ import annotations

import pytest

from desktop_app.versioning import VersionPolicy


def test_nothing_is_due_without_edits() -> None:
    policy = VersionPolicy()
    assert not policy.pause_version_due(1000.0)
    assert policy.next_check_in(1000.0) is None


def test_first_pause_after_opening_only_needs_the_pause() -> None:
    policy = VersionPolicy(pause_seconds=30, min_interval_seconds=300)
    policy.edited(10.0)
    assert not policy.pause_version_due(39.9)
    assert policy.next_check_in(20.0) == pytest.approx(20.0)
    assert policy.pause_version_due(40.0)
    assert policy.next_check_in(45.0) == 0.0


def test_typing_every_second_never_earns_a_version() -> None:
    """The old behaviour (a version per short pause) must not come back."""
    policy = VersionPolicy()
    kept = 0
    now = 0.0
    for _ in range(180):  # three minutes of typing, a keystroke a second
        policy.edited(now)
        now += 1.0
        if policy.pause_version_due(now):
            kept += 1
            policy.version_kept(now)
    assert kept == 0


def test_edits_move_the_pause_later() -> None:
    policy = VersionPolicy(pause_seconds=30)
    policy.edited(0.0)
    policy.edited(25.0)
    assert not policy.pause_version_due(40.0)
    assert policy.next_check_in(40.0) == pytest.approx(15.0)
    assert policy.pause_version_due(55.0)


def test_minimum_interval_after_a_kept_version() -> None:
    policy = VersionPolicy(pause_seconds=30, min_interval_seconds=300)
    policy.edited(0.0)
    assert policy.pause_version_due(30.0)
    policy.version_kept(30.0)
    assert not policy.pause_version_due(31.0)  # the version covers the edits before it
    policy.edited(40.0)
    # paused long enough at 70 s, but the last version is only 40 s old
    assert not policy.pause_version_due(70.0)
    assert policy.next_check_in(70.0) == pytest.approx(260.0)
    assert not policy.pause_version_due(329.9)
    assert policy.pause_version_due(330.0)


def test_pause_still_needed_after_the_interval() -> None:
    policy = VersionPolicy(pause_seconds=30, min_interval_seconds=300)
    policy.version_kept(0.0)
    policy.edited(400.0)
    assert not policy.pause_version_due(420.0)
    assert policy.next_check_in(420.0) == pytest.approx(10.0)
    assert policy.pause_version_due(430.0)


def test_a_version_kept_for_another_reason_counts() -> None:
    """A Ctrl+S or a state change resets the clock: no pause version right after it."""
    policy = VersionPolicy(pause_seconds=30, min_interval_seconds=300)
    policy.edited(0.0)
    policy.version_kept(5.0)  # the user saved
    assert not policy.has_unkept_edits
    assert policy.next_check_in(100.0) is None
    policy.edited(6.0)
    assert policy.has_unkept_edits
    assert not policy.pause_version_due(100.0)
    assert policy.pause_version_due(305.0)


def test_reset_forgets_the_previous_item() -> None:
    policy = VersionPolicy(pause_seconds=30, min_interval_seconds=300)
    policy.edited(0.0)
    policy.version_kept(30.0)
    policy.reset()
    policy.edited(40.0)
    assert policy.pause_version_due(70.0)  # only the pause applies for the new item


def test_negative_lengths_are_refused() -> None:
    with pytest.raises(ValueError):
        VersionPolicy(pause_seconds=-1)
    with pytest.raises(ValueError):
        VersionPolicy(min_interval_seconds=-1)
