"""Wall time per import phase, kept for the latest import in this process.

Benchmarks print it and the import writes it to the debug log (names and seconds only,
never content)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

#: Seconds spent in each phase of the latest import, in the order phases first ran.
PHASES: dict[str, float] = {}


def reset() -> None:
    """Forget the phases of the previous import."""
    PHASES.clear()


@contextmanager
def phase(name: str) -> Iterator[None]:
    """Add the wall time of the block to ``PHASES[name]``."""
    start = time.perf_counter()
    try:
        yield
    finally:
        PHASES[name] = PHASES.get(name, 0.0) + time.perf_counter() - start
