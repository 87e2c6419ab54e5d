from pathlib import Path

from desktop_app.workspace import Workspace


def test_new_workspace_is_seeded_with_bodies_and_samples(workspace_dir: Path) -> None:
    workspace = Workspace.open(workspace_dir)
    try:
        assert workspace.decisions.count() > 0
        assert {o.id for o in workspace.organizations.all()} >= {"kv", "kh", "kunnanjohtaja"}
        assert (workspace_dir / "templates").is_dir()
    finally:
        workspace.close()
