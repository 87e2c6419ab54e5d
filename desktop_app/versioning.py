"""When typing earns a version in the item's history.

The autosave writes the item within seconds, so no keystroke is ever lost; the history is
something else: the moments a person may want to return to. Keeping a version at every
short pause (the editor once kept one every ~0.8 s of typing, 36 in three minutes) buried
those moments among keystrokes. Saving, a state change, putting the item on an agenda and
recording the decision always keep a version (the caller does that); this policy decides
only the quiet ones that typing earns.

Why the numbers:

* ``pause_seconds = 30``: a writer stops for a second or two inside a sentence and for a
  few seconds between sentences. Half a minute of silence is a real break — reading a
  source, a phone call, switching to another item — and the text before such a break is a
  state worth returning to.
* ``min_interval_seconds = 300``: at most one pause version per five minutes, i.e. at most
  twelve an hour and a few dozen in a day of drafting, so the list stays readable in a
  narrow side panel. Five minutes of work is also about what a person accepts to redo.

All times are seconds on one monotonic clock (``time.monotonic()``), passed in by the
caller: the policy is pure, so it is tested without sleeping and a change of the wall clock
(daylight saving, a clock sync) cannot make it keep or skip a version.
"""

from __future__ import annotations


class VersionPolicy:
    """Decides when a pause in typing is worth a version; one instance per opened item."""

    def __init__(self, pause_seconds: float = 30.0, min_interval_seconds: float = 300.0) -> None:
        if pause_seconds < 0 or min_interval_seconds < 0:
            raise ValueError("the pause and the interval are lengths of time, never negative")
        self.pause_seconds = pause_seconds
        self.min_interval_seconds = min_interval_seconds
        self._last_edit: float | None = None
        self._last_kept: float | None = None
        self._dirty = False

    def reset(self) -> None:
        """Start afresh, as when another item is opened: no edits, no version kept yet."""
        self._last_edit = None
        self._last_kept = None
        self._dirty = False

    def edited(self, now: float) -> None:
        """The user changed the item at ``now``."""
        self._last_edit = now
        self._dirty = True

    def version_kept(self, now: float) -> None:
        """A version was kept at ``now``, for whatever reason: it covers the edits before it."""
        self._last_kept = now
        self._dirty = False

    @property
    def has_unkept_edits(self) -> bool:
        """Whether there were edits since the last kept version (or since the item opened)."""
        return self._dirty

    def _due_at(self) -> float | None:
        if not self._dirty or self._last_edit is None:
            return None
        due = self._last_edit + self.pause_seconds
        if self._last_kept is not None:
            # Without a version since the item was opened, only the pause counts: the first
            # quiet moment of a session is always worth keeping.
            due = max(due, self._last_kept + self.min_interval_seconds)
        return due

    def pause_version_due(self, now: float) -> bool:
        """True when typing has paused long enough, and long enough after the last version."""
        due = self._due_at()
        return due is not None and now >= due

    def next_check_in(self, now: float) -> float | None:
        """Seconds a timer should wait before asking again; None when nothing is pending.

        Zero means a version is due now. An edit after the timer was started only moves the
        moment later, so asking again when the timer fires (and re-arming) is enough.
        """
        due = self._due_at()
        if due is None:
            return None
        return max(0.0, due - now)
