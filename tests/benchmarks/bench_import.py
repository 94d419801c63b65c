"""Benchmark: importing a participant list of 2,000 rows (CSV and XLSX).

Prints, measured in the same run on fresh nodes:
- the CSV import (read, clean, match, create and register in one transaction) against
  the baseline of registering the same people one by one as walk-ins (one transaction
  each, what a registrar does by hand); target: ratio <= 1.0;
- the same list imported again (everyone already registered: nothing written);
- reading the XLSX file against openpyxl merely iterating its cells; target <= 3.0.

Run: /tmp/venv/bin/python tests/benchmarks/bench_import.py [rows]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl

from app.config import Paths
from app.services import activities, attendance, importing, network
from app.services.import_reader import read_rows
from app.services.workspace import Workspace, init_node

FIRST = ["Élodie", "Алишер", "François", "Amani", "Fatou", "Jean-Pierre", "Gulnara", "Hassan"]
LAST = ["Mbéki-Nsanga", "Усманов", "Kabongo", "Tshisekedi", "Diallo", "Lukusa", "Karimova"]
ORGS = ["Tribunal de Grande Instance de Beni", "Police nationale congolaise",
        "МВД Республики Узбекистан", "Prison centrale de Bunia", "Femmes pour la paix"]
CATS = ["magistrat", "policier", "corrections", "militaire", "border", "société civile"]
HEADER = ["Nom complet", "Sexe", "Catégorie", "Organisation", "Fonction", "Pays", "Courriel"]


def people(n: int) -> list[list[Any]]:
    rnd = random.Random(11)
    return [[f"{rnd.choice(FIRST)} {rnd.choice(LAST)} {i}", rnd.choice("FH"), rnd.choice(CATS),
             rnd.choice(ORGS), "Officier", rnd.choice(["RDC", "UZ", "Ouganda"]),
             f"p{i}@example.org"] for i in range(n)]


def node(root: Path, name: str) -> tuple[Workspace, str]:
    ws = init_node(Paths(root / name), kind="field", name=name, mission="MONUSCO",
                   operator="bench")
    mission = network.mission_by_code(ws, "MONUSCO")
    activity = activities.create_activity(ws, {
        "title": "Benchmark", "kind": "training", "mission_id": mission["id"],
        "start_date": "2024-09-10", "end_date": "2024-09-12"})
    return ws, activity["id"]


def timed(label: str, func: Callable[[], Any]) -> float:
    start = time.perf_counter()
    func()
    elapsed = time.perf_counter() - start
    print(f"{label:<48} {elapsed:8.2f} s")
    return elapsed


def walk_ins(ws: Workspace, activity: str, rows: list[list[Any]]) -> None:
    for name, sex, cat, org, position, country, email in rows:
        attendance.add_walk_in(ws, activity, {
            "full_name": name, "sex": sex, "category": importing.clean_row(
                {"category": cat})[0].get("category", "other"),
            "actor_type": "state", "organisation": org, "position": position,
            "country": {"RDC": "CD", "Ouganda": "UG"}.get(country, country), "email": email})


def main(n: int = 2000) -> None:
    rows = people(n)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        csv_path = root / "list.csv"
        csv_path.write_text("\n".join(";".join(map(str, r)) for r in [HEADER, *rows]),
                            encoding="utf-8")
        book = openpyxl.Workbook()
        book.active.append(["Liste des participants"])
        for r in [HEADER, *rows]:
            book.active.append(r)
        xlsx_path = root / "list.xlsx"
        book.save(xlsx_path)

        print(f"Participant list of {n} rows")
        ws, activity = node(root, "import")
        imported = timed("import_participants (CSV, one transaction)",
                         lambda: importing.import_participants(ws, csv_path, activity))
        again = timed("the same list again (all already registered)",
                      lambda: importing.import_participants(ws, csv_path, activity))
        ws.close()
        base_ws, base_activity = node(root, "baseline")
        baseline = timed("baseline: add_walk_in one by one",
                         lambda: walk_ins(base_ws, base_activity, rows))
        base_ws.close()
        read_xlsx = timed("read_rows (XLSX)", lambda: read_rows(xlsx_path))

        def iterate() -> None:
            wb = openpyxl.load_workbook(xlsx_path, read_only=True, data_only=True)
            for _ in wb.worksheets[0].iter_rows(values_only=True):
                pass
            wb.close()

        raw_xlsx = timed("baseline: openpyxl iterating the cells", iterate)
        print(f"import / walk-ins ratio: {imported / baseline:.2f} (target <= 1.0)")
        print(f"re-import / import ratio: {again / imported:.2f}")
        print(f"read_rows / openpyxl ratio: {read_xlsx / raw_xlsx:.2f} (target <= 3.0)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
