"""Writing a report file atomically, with one-sentence errors for the user.

The report is written to a temporary file in the target folder and renamed over the
target only when complete, so a crash or a full disk never leaves half a PDF behind
under the name the user asked for. The file is private to its owner (mode 0600 on
POSIX): reports hold personal data.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from app.domain.errors import StorageError, ValidationError

SUFFIXES = {"pdf": ".pdf", "xlsx": ".xlsx"}


def check_target(out: Path, kind: str) -> Path:
    """``out`` as an absolute path; refuses a folder or a wrong extension."""
    out = Path(out).expanduser()
    suffix = SUFFIXES[kind]
    if out.is_dir():
        raise ValidationError({"out": f"{out} is a folder; give a file name ending in {suffix}"},
                              "report", "made")
    if out.suffix.lower() != suffix:
        raise ValidationError({"out": f"The file name must end in {suffix}"}, "report",
                              "made")
    return out.resolve()


def storage_error(exc: OSError, out: Path) -> StorageError:
    """One sentence for an I/O failure writing ``out``."""
    folder = out.parent
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageError(f"The disk holding {folder} is full; free some space and print "
                            "the report again.")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageError(f"FocalPoint may not write in {folder}; choose a folder you can "
                            "write to.")
    if exc.errno == errno.ENOENT and not folder.exists():
        return StorageError(f"The folder {folder} does not exist; create it or choose "
                            "another one.")
    return StorageError(f"The report could not be written to {out} ({exc.strerror}); check "
                        "the folder and the free space.")


@contextlib.contextmanager
def atomic_output(out: Path) -> Iterator[Path]:
    """Yield a temporary path next to ``out``; rename it to ``out`` on success."""
    try:
        fd, name = tempfile.mkstemp(prefix=f".{out.stem}.", suffix=".part", dir=out.parent)
        os.close(fd)
    except OSError as exc:
        raise storage_error(exc, out) from exc
    tmp = Path(name)
    try:
        yield tmp
        try:
            os.replace(tmp, out)
        except PermissionError as exc:
            if out.exists():  # e.g. the old report is open in a PDF viewer on Windows
                raise StorageError(
                    f"{out.name} is open in another program or read-only; close it and "
                    "print again, or choose another file name.") from exc
            raise
    except OSError as exc:
        raise storage_error(exc, out) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
