"""Benchmark: the fixed cost of importing one tiny bundle (one changed record), in a
small process and in a process holding millions of older objects (a long-running window,
or the test suite), to show the cost does not grow with the size of the process.

In the same run, the same imports with the old full garbage collections (two per import,
patched back in) serve as the baseline the figures are compared with.

Run: /tmp/venv/bin/python tests/benchmarks/bench_import_fixed.py [ROUNDS] [BALLAST]
"""

from __future__ import annotations

import gc
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration"))

from sync_support import PASS, keyed, recv, send, trust_both

from app.config import Paths
from app.services import attendance, records, sync_verify, syncing
from app.services import keys as keysvc
from app.services.workspace import Workspace, init_node


def node(root: Path, name: str, kind: str, mission: str | None) -> Workspace:
    paths = Paths(root / name)
    paths.ensure()
    return keyed(init_node(paths, kind=kind, name=name, mission=mission, operator="bench"))


def import_times(field: Workspace, hq: Workspace, pid: str, rounds: int) -> list[float]:
    """Seconds per import at HQ of a bundle holding one edit; HQ's answer acknowledges
    it, so every bundle stays one change long."""
    ident = keysvc.unlock(hq, PASS)
    out = []
    for i in range(rounds):
        records.update(field, "participant", pid, {"position": f"Officer {i}"})
        path = send(field, hq)
        start = time.perf_counter()
        result = syncing.import_bundle(hq, path, lambda: ident)
        out.append(time.perf_counter() - start)
        assert result["status"] == "imported" and result["applied"] == 1, result
        recv(field, send(hq, field))  # the acknowledgement
    return out


def measure(label: str, collect: Callable[[], None], field: Workspace, hq: Workspace,
            pid: str, rounds: int) -> float:
    sync_verify.free_young_cycles = collect  # type: ignore[assignment]
    times = import_times(field, hq, pid, rounds)
    median = statistics.median(times)
    print(f"  {label:<34} median {median * 1000:7.1f} ms  "
          f"(min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f})")
    return median


def main(rounds: int, ballast_size: int) -> None:
    root = Path(tempfile.mkdtemp(prefix="fp-bench-fixed-"))
    young = sync_verify.free_young_cycles
    try:
        field = node(root, "field", "field", "MONUSCO")
        hq = node(root, "hq", "hq", None)
        trust_both(field, hq)
        pid = attendance.create_participant(field, {
            "full_name": "Amani Kabila", "sex": "F", "category": "police",
            "actor_type": "state"})["id"]
        recv(hq, send(field, hq))
        recv(field, send(hq, field))
        results: dict[tuple[str, int], float] = {}
        ballast: list[list[int]] = []
        for size in (0, ballast_size):
            ballast = [[i] for i in range(size)]
            gc.collect()
            print(f"process with {len(gc.get_objects()):,} tracked objects "
                  f"({size:,} added):")
            for label, fn in (("young collections (now)", young),
                              ("full collections (before)", lambda: gc.collect())):
                results[(label, size)] = measure(label, fn, field, hq, pid, rounds)
        del ballast
        now, before = "young collections (now)", "full collections (before)"
        print(f"per-import fixed cost, small process: now {results[(now, 0)] * 1000:.1f} ms, "
              f"before {results[(before, 0)] * 1000:.1f} ms")
        print(f"per-import fixed cost, large process: now "
              f"{results[(now, ballast_size)] * 1000:.1f} ms = "
              f"{results[(now, ballast_size)] / results[(now, 0)]:.2f}x the small process; "
              f"before {results[(before, ballast_size)] * 1000:.1f} ms = "
              f"{results[(before, ballast_size)] / results[(before, 0)]:.2f}x; "
              f"now/before {results[(now, ballast_size)] / results[(before, ballast_size)]:.2f}")
        field.close()
        hq.close()
    finally:
        sync_verify.free_young_cycles = young  # type: ignore[assignment]
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 30,
         int(sys.argv[2]) if len(sys.argv) > 2 else 3_000_000)
