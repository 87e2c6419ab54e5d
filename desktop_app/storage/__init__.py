"""SQLite storage: the source of truth of a workspace."""
