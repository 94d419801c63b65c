"""GUI speed, each figure with its ratio to a baseline measured in the same run.

1. Start to main window ready (process start, imports, database opened, window shown,
   overview figures displayed) with the demo programme, against a bare PySide6
   QMainWindow shown from a fresh process. Target: at most 2x.
2. The participants page with 100,000 participants: open it (first page shown) and
   answer a search, against the same with 1,000 participants. Target: within 1.5x.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_gui.py
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
RUNS = 5

from app.config import Paths

BARE = """
import time; t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 800); w.show(); app.processEvents()
print(time.perf_counter() - t0)
"""

OURS = """
import time; t0 = time.perf_counter()
import sys
from app.config import Paths
from app.gui.app import create_main_window, make_application, open_workspace
from PySide6.QtWidgets import QApplication
app = make_application([])
ws = open_workspace(Paths(__import__("pathlib").Path(sys.argv[1])), None, "")
w = create_main_window(ws); w.show()
w.ctx.runner.wait(); app.processEvents()
assert w.pages["overview"].card_values["activity"].text() not in ("-", "0")
print(time.perf_counter() - t0)
w.close(); ws.close()
"""


def _process_seconds(code: str, *args: str) -> float:
    """Wall time from process start to the script's last print (includes interpreter
    start-up, measured outside)."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                   check=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return time.perf_counter() - start


CORE = "import app.services.workspace, app.store.models"


def startup(home: Path) -> None:
    bare = statistics.median(_process_seconds(BARE) for _ in range(RUNS))
    ours = statistics.median(_process_seconds(OURS, str(home)) for _ in range(RUNS))
    core = statistics.median(_process_seconds(CORE) for _ in range(RUNS))
    print(f"start to window ready: bare QMainWindow {bare * 1000:.0f} ms, FocalPoint with "
          f"demo {ours * 1000:.0f} ms, ratio {ours / bare:.2f} (target <= 2.0)")
    print(f"  of which a process that only imports the Qt-free core (SQLAlchemy, Alembic, "
          f"models): {core * 1000:.0f} ms, ratio {core / bare:.2f} to the bare window")


def make_demo_home(base: Path) -> Path:
    from app.services import demo
    from app.services.workspace import init_node

    home = base / "demo"
    ws = init_node(Paths(home), kind="field", name="MONUSCO Goma", mission="MONUSCO",
                   operator="bench")
    demo.load_demo(ws)
    ws.close()
    return home


def make_people_home(base: Path, n: int) -> Path:
    from app.services.attendance import name_key
    from app.services.workspace import init_node
    from app.store.models import Participant

    home = base / f"people{n}"
    ws = init_node(Paths(home), kind="field", name="Bench", mission="MONUSCO",
                   operator="bench")
    first = ["Élodie", "Jean", "Amina", "Olga", "Ivan", "Fatima", "Mohamed", "Grace"]
    last = ["Mbeki", "Kabila", "Nurlanova", "Petrov", "Haddad", "Tshisekedi", "Karimov",
            "Lumumba", "Ilunga", "Sadykov"]
    rows = []
    for i in range(n):
        name = f"{first[i % len(first)]} {last[(i * 7) % len(last)]} {i}"
        rows.append({"id": str(uuid.uuid4()), "full_name": name,
                     "name_key": name_key(name, "PNC"), "sex": "fm"[i % 2],
                     "category": "police", "actor_type": "state", "organisation": "PNC",
                     "owner_mission": "MONUSCO"})
    with ws.session() as s:
        for chunk in range(0, n, 20_000):
            s.bulk_insert_mappings(Participant, rows[chunk:chunk + 20_000])
        s.commit()
    ws.close()
    return home


def participants_page_seconds(home: Path) -> float:
    """Open the participants page (first page loaded) and answer a search."""
    from PySide6.QtWidgets import QApplication

    from app.gui.app import create_main_window
    from app.services.workspace import Workspace

    ws = Workspace.open(Paths(home))
    window = create_main_window(ws)
    window.show()
    window.ctx.runner.wait()
    times = []
    for _ in range(RUNS):
        window.pages.pop("participants", None)
        start = time.perf_counter()
        page = window.show_page("participants")
        QApplication.processEvents()
        assert page.model.rowCount() == 200
        page.search.setText("mbeki")
        page.refresh()  # what the search-as-you-type timer calls
        QApplication.processEvents()
        assert page.model.rowCount() > 0
        times.append(time.perf_counter() - start)
        window.ctx.runner.wait()
    window.ctx.runner.wait()
    window.close()
    ws.close()
    return statistics.median(times)


def participants(base: Path) -> None:
    small = participants_page_seconds(make_people_home(base, 1_000))
    large = participants_page_seconds(make_people_home(base, 100_000))
    print(f"participants page open + search: 1,000 people {small * 1000:.0f} ms, 100,000 "
          f"people {large * 1000:.0f} ms, ratio {large / small:.2f} (target <= 1.5)")


if __name__ == "__main__":
    from app.gui.app import make_application

    make_application([])
    with tempfile.TemporaryDirectory(prefix="focalpoint-bench-") as folder:
        base = Path(folder)
        startup(make_demo_home(base))
        participants(base)
        shutil.rmtree(base, ignore_errors=True)
