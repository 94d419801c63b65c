"""Benchmark: the headquarters targets of issue 7, each against a baseline in the same run.

1. ``import``: HQ import into PostgreSQL of a bundle of N records (default 100,000: N/2
   participants + N/2 attendance rows) exported by a SQLite field node, through the real
   code paths (``syncing.export_bundle`` / ``syncing.import_bundle``). Baseline: stdlib
   ``json.loads`` of the same rows plus psycopg ``executemany`` into PostgreSQL tables of
   the same columns (``CREATE TABLE ... (LIKE participant)``); COPY is printed as well.
   Target: import <= 3x the executemany baseline.
2. ``dashboard``: ``dashboard.indicators`` over 1,000,000 attendance rows (bulk Core
   inserts), against one hand-written GROUP BY query per indicator. Target: <= 2x.
   SQLite by default; ``--pg`` also on PostgreSQL.

Run: /tmp/venv/bin/python tests/benchmarks/bench_hq.py [import|dashboard|all] [--records N]
     [--attendance N] [--pg]
PostgreSQL: FOCALPOINT_BENCH_PG_URL, else FOCALPOINT_TEST_PG_URL, else the local test
server postgresql+psycopg://fp@127.0.0.1:54329/postgres. Databases made here are dropped.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
from psycopg.types.json import Jsonb
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "integration"))
sys.path.insert(0, str(HERE))

from bench_hq_fill import fill_programme
from bench_sync import load_field, print_phases
from sync_support import PASS, keyed, trust_both

from app.config import Paths
from app.services import dashboard, syncing
from app.services import keys as keysvc
from app.services.workspace import Workspace, init_node
from app.store.serialize import to_json
from app.sync import phases

DEFAULT_PG = "postgresql+psycopg://fp@127.0.0.1:54329/postgres"


def pg_admin_url() -> str:
    return (os.environ.get("FOCALPOINT_BENCH_PG_URL") or os.environ.get("FOCALPOINT_TEST_PG_URL")
            or DEFAULT_PG)


@contextmanager
def pg_database(prefix: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database (SQLAlchemy URL), dropped afterwards."""
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = create_engine(pg_admin_url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    try:
        yield make_url(pg_admin_url()).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


def libpq(url: str) -> str:
    """A SQLAlchemy psycopg URL as a libpq connection string for plain psycopg."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def best_of(runs: int, func: Callable[[], Any]) -> float:
    """The fastest of ``runs`` timings of ``func()``."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


# --- 1. HQ import into PostgreSQL ----------------------------------------------------------


def _pg_value(value: Any) -> Any:
    return Jsonb(value) if isinstance(value, list | dict) else value


def pg_baseline(url: str, people: list[dict], attend: list[dict]) -> dict[str, float]:
    """json.loads of the rows + psycopg executemany (and, separately, COPY) into
    PostgreSQL tables with the same columns and types as the real ones."""
    payload = json.dumps([{k: to_json(v) for k, v in r.items()} for r in people + attend])
    split = len(people)
    out = {}
    with psycopg.connect(libpq(url), autocommit=True) as con:
        for table in ("participant", "attendance"):
            for how in ("many", "copy"):
                con.execute(f"CREATE TABLE b_{how}_{table} (LIKE {table} INCLUDING DEFAULTS)")
        for how in ("many", "copy"):
            start = time.perf_counter()
            data = json.loads(payload)
            with con.transaction():
                for table, part in (("participant", data[:split]),
                                    ("attendance", data[split:])):
                    cols = list(part[0])
                    rows = [tuple(_pg_value(r[c]) for c in cols) for r in part]
                    names = ", ".join(cols)
                    if how == "many":
                        marks = ", ".join(["%s"] * len(cols))
                        with con.cursor() as cur:
                            cur.executemany(f"INSERT INTO b_many_{table} ({names}) "
                                            f"VALUES ({marks})", rows)
                    else:
                        with con.cursor() as cur, cur.copy(
                                f"COPY b_copy_{table} ({names}) FROM STDIN") as copy:
                            for row in rows:
                                copy.write_row(row)
            out[how] = time.perf_counter() - start
    return out


def bench_import(n: int) -> None:
    """HQ import of an N-record bundle into PostgreSQL against the baseline."""
    root = Path(tempfile.mkdtemp(prefix="fp-bench-hq-"))
    try:
        with pg_database("fp_bench_hq") as hq_url, pg_database("fp_bench_base") as base_url:
            paths = Paths(root / "field")
            paths.ensure()
            field = keyed(init_node(paths, kind="field", name="field", mission="MONUSCO",
                                    operator="bench"))
            paths = Paths(root / "hq")
            paths.ensure()
            hq = keyed(init_node(paths, kind="hq", name="hq", mission=None, operator="bench",
                                 db_url=hq_url))
            trust_both(field, hq)
            t = time.perf_counter()
            people, attend = load_field(field, n // 2)
            print(f"setup: {len(people)} participants + {len(attend)} attendance rows "
                  f"in {time.perf_counter() - t:.1f} s")
            # The baseline tables copy the real columns: migrate its database first.
            Workspace.open(Paths(root / "base"), base_url, "bench", create=True).close()
            base = pg_baseline(base_url, people, attend)
            del people, attend
            t = time.perf_counter()
            bundle = syncing.export_bundle(field, hq.node.id, keysvc.unlock(field, PASS),
                                           out_dir=root / "usb")
            export_s = time.perf_counter() - t
            ident = keysvc.unlock(hq, PASS)
            phases.reset()
            t = time.perf_counter()
            result = syncing.import_bundle(hq, Path(bundle["path"]), lambda: ident)
            import_s = time.perf_counter() - t
            import_phases = dict(phases.PHASES)
            print(f"bundle: {bundle['changes']} changes, {bundle['bytes'] / 1048576:.1f} MiB; "
                  f"export from SQLite {export_s:.2f} s")
            print(f"baseline json.loads + psycopg executemany: {base['many']:.2f} s; "
                  f"json.loads + COPY: {base['copy']:.2f} s")
            print(f"HQ import into PostgreSQL: {import_s:.2f} s = "
                  f"{import_s / base['many']:.2f}x executemany baseline (target <= 3x), "
                  f"{import_s / base['copy']:.2f}x COPY; {result['status']}, "
                  f"{result['applied']} applied")
            print_phases(import_phases, import_s, base["many"])
            field.close()
            hq.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)


# --- 2. dashboard over 1,000,000 attendance rows --------------------------------------------

LIVE = "NOT {t}.deleted"
HAND_WRITTEN = {
    "activities by kind": "SELECT kind, count(*) FROM activity WHERE NOT deleted GROUP BY kind",
    "beneficiaries, score pairs, average gain": """
        SELECT count(DISTINCT p.id), count(a.pre_score + a.post_score),
               avg(a.post_score - a.pre_score)
        FROM attendance a JOIN activity ac ON ac.id = a.activity_id
        JOIN participant p ON p.id = a.participant_id
        WHERE NOT a.deleted AND NOT ac.deleted AND NOT p.deleted AND a.role = 'participant'""",
    **{f"beneficiaries by {col}": f"""
        SELECT p.{col}, count(DISTINCT p.id)
        FROM attendance a JOIN activity ac ON ac.id = a.activity_id
        JOIN participant p ON p.id = a.participant_id
        WHERE NOT a.deleted AND NOT ac.deleted AND NOT p.deleted AND a.role = 'participant'
        GROUP BY p.{col}""" for col in ("sex", "category", "actor_type", "country")},
    "assessments": "SELECT count(*) FROM assessment WHERE NOT deleted",
    "findings heat map": """
        SELECT f.thematic_area, f.severity, count(*), count(f.initiative_id)
        FROM finding f JOIN assessment s ON s.id = f.assessment_id
        WHERE NOT f.deleted AND NOT s.deleted GROUP BY f.thematic_area, f.severity""",
    "initiatives": "SELECT count(*) FROM initiative WHERE NOT deleted",
    "lessons": "SELECT count(*) FROM lesson WHERE NOT deleted AND date_shared IS NOT NULL",
    "missions active": """
        SELECT count(DISTINCT m) FROM (
          SELECT mission_id AS m FROM activity WHERE NOT deleted
          UNION ALL SELECT mission_id FROM assessment WHERE NOT deleted
          UNION ALL SELECT mission_id FROM initiative WHERE NOT deleted
          UNION ALL SELECT mission_id FROM lesson WHERE NOT deleted
                                                AND date_shared IS NOT NULL) x""",
    "missions": "SELECT count(*) FROM mission WHERE NOT deleted",
}


def hand_written(ws: Workspace) -> dict[str, list[tuple]]:
    """The same figures from one hand-written query per indicator."""
    with ws.engine.connect() as conn:
        return {name: [tuple(r) for r in conn.execute(text(sql))]
                for name, sql in HAND_WRITTEN.items()}


def bench_dashboard(ws: Workspace, label: str, attendance: int) -> None:
    """Fill ``ws`` and time the dashboard against the hand-written queries."""
    t = time.perf_counter()
    counts = fill_programme(ws, attendance)
    print(f"[{label}] filled {counts} in {time.perf_counter() - t:.1f} s")
    figures = dashboard.indicators(ws)
    base = hand_written(ws)
    assert figures["beneficiaries"]["total"] == base[
        "beneficiaries, score pairs, average gain"][0][0], "the two disagree"
    assert figures["activities"]["total"] == sum(n for _k, n in base["activities by kind"])
    hand_s = best_of(3, lambda: hand_written(ws))
    dash_s = best_of(3, lambda: dashboard.indicators(ws))
    print(f"[{label}] hand-written GROUP BY queries: {hand_s:.2f} s; dashboard refresh: "
          f"{dash_s:.2f} s = {dash_s / hand_s:.2f}x (target <= 2x); "
          f"{figures['beneficiaries']['total']:,} beneficiaries")
    t = time.perf_counter()
    behind = dashboard.records_behind(ws, "beneficiaries", key={"sex": "f"})
    print(f"[{label}] click-through (women, first {len(behind['rows'])} rows): "
          f"{time.perf_counter() - t:.2f} s")


def run_dashboard(attendance: int, pg: bool) -> None:
    root = Path(tempfile.mkdtemp(prefix="fp-bench-dash-"))
    try:
        paths = Paths(root / "sqlite")
        paths.ensure()
        ws = init_node(paths, kind="hq", name="hq", mission=None, operator="bench")
        bench_dashboard(ws, "SQLite", attendance)
        ws.close()
        if pg:
            with pg_database("fp_bench_dash") as url:
                paths = Paths(root / "pg")
                paths.ensure()
                ws = init_node(paths, kind="hq", name="hq", mission=None, operator="bench",
                               db_url=url)
                bench_dashboard(ws, "PostgreSQL", attendance)
                ws.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("which", nargs="?", default="all", choices=("import", "dashboard", "all"))
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--attendance", type=int, default=1_000_000)
    parser.add_argument("--pg", action="store_true", help="dashboard on PostgreSQL too")
    args = parser.parse_args()
    if args.which in ("import", "all"):
        bench_import(args.records)
    if args.which in ("dashboard", "all"):
        run_dashboard(args.attendance, args.pg)


if __name__ == "__main__":
    main()
