"""Bringing earlier decisions into the workspace: JSON Lines and folders of documents."""
