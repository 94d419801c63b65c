"""Shared fixtures: a freshly migrated SQLite file per test, copied from a template.

Qt runs offscreen; the project's own DeprecationWarnings are errors (pyproject).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("FOCALPOINT_HOME", None)
os.environ.pop("FOCALPOINT_DB", None)

from app.config import Paths
from app.services.workspace import Workspace, init_node
from app.store import db


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database at the head revision, migrated once per test session."""
    folder = tmp_path_factory.mktemp("template")
    path = folder / "focalpoint.db"
    engine = db.make_engine(db.sqlite_url(path))
    db.upgrade(engine)
    engine.dispose()
    return path


NodeFactory = Callable[..., Workspace]


@pytest.fixture
def make_node(tmp_path: Path, migrated_template: Path) -> Iterator[NodeFactory]:
    """Make nodes (each its own home and database): ``make_node("field", "MONUSCO Goma",
    "MONUSCO")``. Closed at the end of the test."""
    made: list[Workspace] = []

    def factory(kind: str = "field", name: str = "MONUSCO Goma",
                mission: str | None = "MONUSCO", operator: str = "Test Operator",
                home: Path | None = None) -> Workspace:
        home = home or tmp_path / f"node{len(made)}"
        paths = Paths(home)
        paths.ensure()
        shutil.copyfile(migrated_template, paths.database)
        ws = init_node(paths, kind=kind, name=name, mission=mission if kind == "field" else None,
                       operator=operator)
        made.append(ws)
        return ws

    yield factory
    for ws in made:
        ws.close()


@pytest.fixture
def ws(make_node: NodeFactory) -> Workspace:
    """A field node of MONUSCO with an empty programme."""
    return make_node()
