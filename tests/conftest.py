"""Shared fixtures: a freshly migrated database per node, copied from a template.

SQLite by default. Modules marked ``pytestmark = pytest.mark.both_backends`` run
their node-using tests on SQLite and, when ``FOCALPOINT_TEST_PG_URL`` names a
PostgreSQL server (``.ci/run`` starts a throwaway one), on PostgreSQL too: each node
then gets its own database created from a migrated template database.

Qt runs offscreen; the project's own DeprecationWarnings are errors (pyproject).
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("FOCALPOINT_HOME", None)
os.environ.pop("FOCALPOINT_DB", None)

from app.config import Paths
from app.services.workspace import Workspace, init_node
from app.store import db

PG_ENV = "FOCALPOINT_TEST_PG_URL"
# one per test process: two runs on one server (engineers, CI) must not drop each
# other's template while it is being copied
PG_TEMPLATE = f"fp_test_template_{os.getpid()}"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "both_backends: run on SQLite and on PostgreSQL (when configured)")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_backend" not in metafunc.fixturenames:
        return
    backends = ["sqlite"]
    if metafunc.definition.get_closest_marker("both_backends"):
        backends.append("postgresql")
    metafunc.parametrize("db_backend", backends, indirect=True)


@pytest.fixture
def db_backend(request: pytest.FixtureRequest) -> str:
    """'sqlite' or 'postgresql' (skipped when no server is configured)."""
    backend = getattr(request, "param", "sqlite")
    if backend == "postgresql" and not os.environ.get(PG_ENV):
        pytest.skip(f"PostgreSQL suites need {PG_ENV} (bash .ci/run sets it)")
    return backend


def _pg_admin_url() -> str:
    return os.environ[PG_ENV]


def _pg_url_for(database: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(_pg_admin_url()).set(database=database).render_as_string(
        hide_password=False)


def _pg_execute(sql: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(_pg_admin_url(), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(sql))
    engine.dispose()


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """A PostgreSQL database at the head revision, to copy per node."""
    _pg_execute(f"DROP DATABASE IF EXISTS {PG_TEMPLATE} WITH (FORCE)")
    _pg_execute(f"CREATE DATABASE {PG_TEMPLATE}")
    engine = db.make_engine(_pg_url_for(PG_TEMPLATE))
    db.upgrade(engine)
    engine.dispose()
    yield PG_TEMPLATE
    _pg_execute(f"DROP DATABASE IF EXISTS {PG_TEMPLATE} WITH (FORCE)")


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
def make_node(tmp_path: Path, migrated_template: Path, db_backend: str,
              request: pytest.FixtureRequest) -> Iterator[NodeFactory]:
    """Make nodes (each its own home and database): ``make_node("field", "MONUSCO Goma",
    "MONUSCO")``. Closed (and PostgreSQL databases dropped) at the end of the test."""
    made: list[Workspace] = []
    pg_databases: list[str] = []

    def factory(kind: str = "field", name: str = "MONUSCO Goma",
                mission: str | None = "MONUSCO", operator: str = "Test Operator",
                home: Path | None = None) -> Workspace:
        home = home or tmp_path / f"node{len(made)}"
        paths = Paths(home)
        paths.ensure()
        db_url = None
        if db_backend == "postgresql":
            template = request.getfixturevalue("pg_template")
            name_db = f"fp_test_{uuid.uuid4().hex[:12]}"
            _pg_execute(f"CREATE DATABASE {name_db} TEMPLATE {template}")
            pg_databases.append(name_db)
            db_url = _pg_url_for(name_db)
        else:
            shutil.copyfile(migrated_template, paths.database)
        ws = init_node(paths, kind=kind, name=name, mission=mission if kind == "field" else None,
                       operator=operator, db_url=db_url)
        made.append(ws)
        return ws

    yield factory
    for ws in made:
        ws.close()
    for name_db in pg_databases:
        _pg_execute(f"DROP DATABASE IF EXISTS {name_db} WITH (FORCE)")


@pytest.fixture
def ws(make_node: NodeFactory) -> Workspace:
    """A field node of MONUSCO with an empty programme."""
    return make_node()
