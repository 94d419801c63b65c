"""Benchmark: attendance report of 5,000 participants over 5 days.

Prints the time of the full attendance report (summary, charts, disaggregations and
the participants table) and of a plain ReportLab ``Table`` of the same rows built in
the same run, and their ratio (target: at most 2x). Then the peak memory of the
report at 1,000 and 5,000 participants (tracemalloc) and how it grows against the
rows (target: no faster than the rows, i.e. growth ratio <= 5.0 for 5x the rows).

Finally the same activity stored in a real node (SQLite): the time of
``reporting.attendance_report`` end to end (SQL query, figures, PDF) against the plain
table of the rows it read, in the same run.

Run: /tmp/venv/bin/python tests/benchmarks/bench_reports.py [participants]
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from app.reports.attendance import build_attendance
from app.reports.data import ActivityData, ActivityInfo, Day, Meta, Person
from app.reports.pdf import grid_style
from app.reports.text import register_fonts

FIRST = ["Élodie", "Алишер", "Айгерім", "François", "Amani", "Fatou", "Ахмед", "Jean-Pierre"]
LAST = ["Mbéki-Nsanga", "Усманов", "Сәрсенбаева", "Kabongo", "Tshisekedi", "Диалло", "Lukusa"]
ORGS = ["Tribunal de Grande Instance de Beni", "Police nationale congolaise",
        "МВД Республики Узбекистан", "Шекара қызметі", "Prison centrale de Bunia"]
CATS = ["magistrate", "police", "corrections", "military", "border", "civil_society"]


def make_data(n: int, days: int = 5) -> ActivityData:
    """A synthetic activity with ``n`` participants over ``days`` days."""
    rnd = random.Random(42)
    start = dt.date(2024, 9, 10)
    day_list = tuple(Day(f"day-{i}", start + dt.timedelta(days=i)) for i in range(days))
    people = tuple(Person(
        participant_id=f"p-{i:06d}", full_name=f"{rnd.choice(FIRST)} {rnd.choice(LAST)} {i}",
        sex=rnd.choice("fm"), category=rnd.choice(CATS), organisation=rnd.choice(ORGS),
        position="Officer", country=rnd.choice(["CD", "UZ", "KZ", "LY"]),
        days_present=frozenset(d.id for d in day_list if rnd.random() < 0.85),
        pre_score=float(rnd.randint(20, 70)), post_score=float(rnd.randint(50, 99)),
        certificate=rnd.random() < 0.8) for i in range(n))
    activity = ActivityInfo("a-1", "Deradicalisation and reintegration of prisoners",
                            "training", "MONUSCO", "MONUSCO", start,
                            start + dt.timedelta(days=days - 1), "Beni", "CD")
    return ActivityData(activity, day_list, people)


def plain_table(data: ActivityData, out: Path) -> None:
    """The baseline: one plain ReportLab Table of the same rows, split by platypus."""
    header = ["No.", "Name", "Organisation", "Category", "Sex", "Country", "Role",
              *(f"D{i}" for i in range(1, len(data.days) + 1)), "Pre", "Post", "Cert."]
    rows = [header]
    for i, p in enumerate(data.people, start=1):
        rows.append([str(i), p.full_name, p.organisation, p.category, p.sex, p.country or "",
                     p.role, *("✓" if d.id in p.days_present else "" for d in data.days),
                     f"{p.pre_score:.0f}", f"{p.post_score:.0f}", "✓" if p.certificate else ""])
    table = Table(rows, repeatRows=1)
    table.setStyle(TableStyle(grid_style(1, 8)))
    SimpleDocTemplate(str(out), pagesize=landscape(A4)).build([table])


def report(data: ActivityData, out: Path) -> None:
    meta = Meta(dt.datetime.now(dt.UTC), "Benchmark node", "bench")
    build_attendance(data, out, meta)


def timed(func: Callable[..., object], *args: object) -> float:
    started = time.perf_counter()
    func(*args)
    return time.perf_counter() - started


def peak_memory(n: int, folder: Path) -> int:
    data = make_data(n)
    tracemalloc.start()
    report(data, folder / f"mem-{n}.pdf")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def stored_node(data: ActivityData, home: Path) -> tuple[object, str]:
    """A field node holding ``data`` as one activity (one transaction, through services)."""
    from app.config import Paths
    from app.services import activities, attendance, network
    from app.services.workspace import init_node

    ws = init_node(Paths(home), kind="field", name="Bench node", mission="MONUSCO",
                   operator="bench")
    a = data.activity
    mission = network.mission_by_code(ws, "MONUSCO")
    activity = activities.create_activity(ws, {
        "title": a.title, "kind": a.kind, "mission_id": mission["id"],
        "start_date": a.start_date, "end_date": a.end_date, "venue_city": a.venue_city})
    days = {f"day-{i}": d["id"] for i, d in enumerate(activities.days_of(ws, activity["id"]))}
    with ws.transaction() as tx:
        for p in data.people:
            person = attendance.create_participant_in(tx, {
                "full_name": p.full_name, "sex": p.sex, "category": p.category,
                "organisation": p.organisation, "position": p.position,
                "country": p.country, "actor_type": "state"}, allow_duplicate=True)
            attendance.register_in(tx, activity["id"], person.id,
                                   days_present=[days[d] for d in sorted(p.days_present)],
                                   pre_score=p.pre_score, post_score=p.post_score,
                                   certificate=p.certificate)
    return ws, activity["id"]


def end_to_end(data: ActivityData, folder: Path) -> None:
    from app.services import reporting

    started = time.perf_counter()
    ws, activity_id = stored_node(data, folder / "node")
    print(f"(stored {len(data.people)} participants in a node in "
          f"{time.perf_counter() - started:.1f} s)")
    ours = timed(reporting.attendance_report, ws, activity_id, folder / "e2e.pdf")
    baseline = timed(plain_table, reporting.activity_data(ws, activity_id), folder / "p.pdf")
    print(f"end to end from the database: {ours:.2f} s; plain table of its rows: "
          f"{baseline:.2f} s; ratio {ours / baseline:.2f} (target <= 2.0)")
    ws.close()  # type: ignore[attr-defined]


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    register_fonts()
    data = make_data(n)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        report(make_data(50), folder / "warm.pdf")  # fonts and caches, as in real use
        baseline = timed(plain_table, data, folder / "plain.pdf")
        ours = timed(report, data, folder / "report.pdf")
        print(f"attendance report, {n} participants x 5 days: {ours:.2f} s")
        print(f"plain ReportLab table of the same rows:     {baseline:.2f} s")
        print(f"ratio report / plain table: {ours / baseline:.2f} (target <= 2.0)")
        small, large = n // 5, n
        mem_small, mem_large = peak_memory(small, folder), peak_memory(large, folder)
        print(f"peak memory, {small} participants: {mem_small / 2**20:.1f} MiB "
              f"({mem_small / small / 1024:.1f} KiB per row)")
        print(f"peak memory, {large} participants: {mem_large / 2**20:.1f} MiB "
              f"({mem_large / large / 1024:.1f} KiB per row)")
        print(f"memory growth for {large // small}x the rows: {mem_large / mem_small:.2f}x "
              f"(target <= {large / small:.1f})")
        end_to_end(data, folder)


if __name__ == "__main__":
    main()
