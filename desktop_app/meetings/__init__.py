"""Meetings of a body: participants, the agenda with its § numbers, and the decisions recorded."""
