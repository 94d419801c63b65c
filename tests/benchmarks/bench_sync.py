"""Benchmark: export and HQ import of a field node with N participants and their
attendance (default 100,000 each), against a baseline measured in the same run:
stdlib ``json.loads`` of the same rows plus ``sqlite3`` ``executemany`` into tables of
the same columns. Also the peak memory of the import (in a child process, against the
bundle size) and the time of a duplicate re-import.

Baseline and import are measured ROUNDS times, alternately (the import each time into
a fresh copy of the same HQ database), and the medians are compared.

Run: /tmp/venv/bin/python tests/benchmarks/bench_sync.py [N [ROUNDS]]
"""

from __future__ import annotations

import datetime as dt
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration"))

from sync_support import PASS, keyed, trust_both

from app.config import Paths
from app.services import activities, syncing
from app.services import keys as keysvc
from app.services.workspace import Workspace, init_node
from app.store.models import Attendance, ChangeLog, Participant, Setting
from app.store.serialize import to_json
from app.sync import phases

FIRST = ["Amani", "Jean", "Aisha", "Paul", "Fatima", "Omar", "Grace", "Ivan", "Leila", "Musa"]
LAST = ["Kabila", "Mbala", "Haddad", "Karimov", "Nsimba", "Traore", "Kasongo", "Aliyev"]


def node(root: Path, name: str, kind: str, mission: str | None) -> Workspace:
    paths = Paths(root / name)
    paths.ensure()
    return keyed(init_node(paths, kind=kind, name=name, mission=mission, operator="bench"))


def rows(n: int, activity_id: str, day_ids: list[str]) -> tuple[list[dict], list[dict]]:
    now = dt.datetime.now(dt.UTC)
    people, attend = [], []
    for i in range(n):
        pid = str(uuid.uuid4())
        name = f"{FIRST[i % 10]} {LAST[i % 8]} {i}"
        people.append({
            "id": pid, "version": 1, "created_at": now, "created_by": "bench",
            "updated_at": now, "updated_by": "bench", "deleted": False,
            "owner_mission": "MONUSCO", "full_name": name, "native_name": "",
            "name_key": name.lower() + "|police nationale congolaise", "sex": "FM"[i % 2],
            "age_band": "25-34", "disability": False, "entity_id": None,
            "organisation": "Police nationale congolaise", "position": "Officer",
            "category": "police", "actor_type": "state", "country": "CD",
            "email": f"person{i}@example.org", "phone": ""})
        attend.append({
            "id": str(uuid.uuid4()), "version": 1, "created_at": now, "created_by": "bench",
            "updated_at": now, "updated_by": "bench", "deleted": False,
            "owner_mission": "MONUSCO", "activity_id": activity_id, "participant_id": pid,
            "role": "participant", "days_present": day_ids, "pre_score": 40.0 + i % 50,
            "post_score": 60.0 + i % 40, "certificate": True, "commitment_signed": False})
    return people, attend


def load_field(ws: Workspace, n: int) -> tuple[list[dict], list[dict]]:
    """Bulk-insert N participants and N attendance rows with matching change-log rows."""
    act = activities.create_activity(ws, {
        "title": "Deradicalisation training", "kind": "training",
        "mission_id": next(iter(_mission_ids(ws))), "start_date": "2024-05-06",
        "end_date": "2024-05-08", "venue_city": "Beni", "venue_country": "CD"})
    day_ids = [d["id"] for d in activities.days_of(ws, act["id"])]
    people, attend = rows(n, act["id"], day_ids)
    with ws.session() as s:
        seq = int(s.get(Setting, "change_seq").value)
        log = []
        for model, batch in ((Participant, people), (Attendance, attend)):
            s.execute(model.__table__.insert(), batch)
            fields = model.data_fields()
            for r in batch:
                seq += 1
                log.append({
                    "change_id": f"{ws.node.id}:{seq}", "origin": ws.node.id,
                    "origin_seq": seq, "table_name": model.__tablename__,
                    "record_id": r["id"], "op": "upsert", "base_version": 0, "version": 1,
                    "changed_at": r["created_at"], "changed_by": "bench",
                    "fields": {f: to_json(r[f]) for f in fields}, "before": {},
                    "owner_mission": "MONUSCO", "received_from": None, "bundle_id": None})
        s.execute(ChangeLog.__table__.insert(), log)
        s.get(Setting, "change_seq").value = seq
        s.commit()
    return people, attend


def _mission_ids(ws: Workspace) -> list[str]:
    from app.services import records

    return [m["id"] for m in records.list_all(ws, "mission")]


def baseline(people: list[dict], attend: list[dict], folder: Path) -> float:
    """json.loads of the same rows + sqlite3 executemany into same-column tables."""
    text = json.dumps([{k: to_json(v) for k, v in r.items()} for r in people + attend])
    path = folder / "baseline.db"
    path.unlink(missing_ok=True)  # a fresh database each round
    con = sqlite3.connect(path)
    for name, sample in (("participant", people[0]), ("attendance", attend[0])):
        con.execute(f"CREATE TABLE {name} ({', '.join(sample)})")
    con.commit()
    start = time.perf_counter()
    data = json.loads(text)
    split = len(people)
    for name, part in (("participant", data[:split]), ("attendance", data[split:])):
        cols = list(part[0])
        con.executemany(f"INSERT INTO {name} VALUES ({', '.join('?' * len(cols))})",
                        [tuple(json.dumps(v) if isinstance(v, list) else v for v in r.values())
                         for r in part])
    con.commit()
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


def print_phases(split: dict[str, float], total: float, base: float) -> None:
    """One line per phase: seconds, share of the total and its ratio to the baseline."""
    for name, secs in split.items():
        print(f"    {name:<30} {secs:6.2f} s  {secs / total:5.1%}  {secs / base:5.2f}x base")
    rest = total - sum(split.values())
    print(f"    {'(rest)':<30} {rest:6.2f} s  {rest / total:5.1%}  {rest / base:5.2f}x base")
    if "plan" in split:
        names = list(split)
        read = sum(split[n] for n in names[:names.index("plan")])
        print(f"    = read half (steps 1-6) {read:.2f} s = {read / base:.2f}x base; "
              f"plan + write + commit {total - read - rest:.2f} s = "
              f"{(total - read - rest) / base:.2f}x base")


CHILD = """
import json, sys, time
sys.path.insert(0, {support!r})
from pathlib import Path
from app.config import Paths
from app.services import keys as keysvc, syncing
from app.services.workspace import Workspace
from app.sync.phases import PHASES
ws = Workspace.open(Paths(Path({home!r})))
ident = keysvc.unlock(ws, {pw!r})
def status(key):
    for line in open("/proc/self/status"):
        if line.startswith(key):
            return int(line.split()[1]) * 1024
with open("/proc/self/clear_refs", "w") as fh:
    fh.write("5")  # reset the peak RSS counter (VmHWM) to the current RSS
before = status("VmRSS:")
start = time.perf_counter()
result = syncing.import_bundle(ws, Path({bundle!r}), lambda: ident)
elapsed = time.perf_counter() - start
peak = status("VmHWM:")
phases = dict(PHASES)
start = time.perf_counter()
ws.wait_for_checkpoint()
checkpoint = time.perf_counter() - start
start = time.perf_counter()
dup = syncing.import_bundle(ws, Path({bundle!r}), lambda: ident)
dup_elapsed = time.perf_counter() - start
print(json.dumps({{"elapsed": elapsed, "before": before, "peak": peak, "status": result["status"],
                  "applied": result["applied"], "dup": dup["status"], "dup_elapsed": dup_elapsed,
                  "checkpoint": checkpoint, "phases": phases, "dup_phases": dict(PHASES)}}))
"""


def import_in_child(hq_home: Path, bundle: str) -> dict:
    """One import of ``bundle`` into the HQ node at ``hq_home``, in a fresh process."""
    child = CHILD.format(support=str(Path(__file__).resolve().parents[1] / "integration"),
                         home=str(hq_home), pw=PASS, bundle=bundle)
    proc = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True,
                          check=True, env=dict(os.environ))
    return json.loads(proc.stdout.strip().splitlines()[-1])


def median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def main(n: int, rounds: int) -> None:
    root = Path(tempfile.mkdtemp(prefix="fp-bench-"))
    try:
        field = node(root, "field", "field", "MONUSCO")
        hq = node(root, "hq", "hq", None)
        trust_both(field, hq)
        t = time.perf_counter()
        people, attend = load_field(field, n)
        print(f"setup: {n} participants + {n} attendance in {time.perf_counter() - t:.1f} s")
        ident = keysvc.unlock(field, PASS)
        os.sync()  # the setup's writes are flushed now, not during a measurement
        phases.reset()
        t = time.perf_counter()
        out = syncing.export_bundle(field, hq.node.id, ident, out_dir=root / "usb")
        export_s = time.perf_counter() - t
        size = out["bytes"]
        export_phases = dict(phases.PHASES)
        hq.close()
        pristine = root / "hq-before-import"
        shutil.copytree(hq.paths.home, pristine)
        # Baseline and import alternate, each after a flush of pending writes, so that
        # both meet the same machine: its speed varies by a third within minutes here.
        bases, runs = [], []
        for _ in range(rounds):
            os.sync()
            bases.append(baseline(people, attend, root))
            shutil.rmtree(hq.paths.home)
            shutil.copytree(pristine, hq.paths.home)
            os.sync()
            runs.append(import_in_child(hq.paths.home, out["path"]))
        del people, attend
        base = median(bases)
        times = [r["elapsed"] for r in runs]
        res = sorted(runs, key=lambda r: r["elapsed"])[len(runs) // 2]  # the median run
        growth = max(r["peak"] - r["before"] for r in runs)
        print(f"bundle: {out['changes']} changes, {size / 1048576:.1f} MiB (encrypted)")
        print(f"baseline (json.loads + sqlite3 executemany), median of {rounds}: {base:.2f} s "
              f"(runs: {', '.join(f'{b:.2f}' for b in bases)})")
        print(f"export: {export_s:.2f} s = {export_s / base:.2f}x baseline (target <= 3x)")
        print_phases(export_phases, export_s, base)
        print(f"import, median of {rounds}: {median(times):.2f} s = "
              f"{median(times) / base:.2f}x the median baseline (target <= 3x); "
              f"{res['status']}, {res['applied']} applied")
        pairs = list(zip(times, bases, strict=True))
        print(f"    each run against the baseline measured just before it: "
              f"{', '.join(f'{t:.2f} s = {t / b:.2f}x' for t, b in pairs)}; "
              f"median {median([t / b for t, b in pairs]):.2f}x")
        print("    the median run, by phase:")
        print_phases(res["phases"], res["elapsed"], base)
        print(f"    then the write-ahead log copied into the database file on a thread "
              f"(not in the figures above): {median([r['checkpoint'] for r in runs]):.2f} s")
        print(f"import peak memory growth (largest of {rounds}): {growth / 1048576:.0f} MiB = "
              f"{growth / size:.2f}x bundle size (target <= 4x)")
        dups = [r["dup_elapsed"] for r in runs]
        print(f"duplicate re-import (after that copy), slowest of {rounds}: {max(dups):.3f} s "
              f"({res['dup']}; target < 1 s)")
        print_phases(res["dup_phases"], res["dup_elapsed"], base)
        print(f"(ru_maxrss of this parent process: "
              f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MiB)")
        field.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000,
         int(sys.argv[2]) if len(sys.argv) > 2 else 3)
