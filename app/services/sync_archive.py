"""The archive copy of an imported bundle (SYNC-SPEC 6, step 8), made in a background
thread while the import writes to the database, kept only if the import commits.

The copy is checked against the hash of the bytes that were verified, so a file
replaced on the stick during the import is never archived under the imported name."""

from __future__ import annotations

import hashlib
import logging
import shutil
import threading
import uuid
from pathlib import Path

log = logging.getLogger(__name__)


class ArchiveCopy:
    """Copy ``source`` to a hidden temporary file beside ``target`` in a thread; then
    :meth:`keep` renames it into place (after the commit) or :meth:`discard` removes it."""

    def __init__(self, source: Path, target: Path, file_hash: str) -> None:
        self.source, self.target, self.file_hash = source, target, file_hash
        # unique: parallel importers of one bundle each copy to their own file
        self.tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex}.partial")
        self.error: str | None = None
        self._thread = threading.Thread(target=self._copy, name="bundle-archive", daemon=True)
        self._thread.start()

    def _copy(self) -> None:
        try:
            self.target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(self.source, self.tmp)  # sendfile: the GIL is released
            with open(self.tmp, "rb") as fh:
                digest = hashlib.file_digest(fh, "sha256").hexdigest()
            if digest != self.file_hash:
                self.error = "the file changed on its medium during the import"
        except OSError as exc:
            self.error = type(exc).__name__

    def keep(self) -> bool:
        """Wait for the copy and give it its final name; False (logged) if it failed."""
        self._thread.join()
        if self.error is None:
            try:
                self.tmp.replace(self.target)
                return True
            except OSError as exc:
                self.error = type(exc).__name__
        log.error("Could not archive the imported bundle as %s: %s", self.target.name,
                  self.error)
        self.tmp.unlink(missing_ok=True)
        return False

    def discard(self) -> None:
        """Wait for the copy and remove it (the import did not commit)."""
        self._thread.join()
        self.tmp.unlink(missing_ok=True)
