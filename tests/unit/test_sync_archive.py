"""The archive copy made beside an import (app.services.sync_archive)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from app.services.sync_archive import ArchiveCopy


def _bundle(tmp_path: Path, data: bytes = b"bundle bytes" * 1000) -> tuple[Path, str]:
    src = tmp_path / "stick" / "b.fpbundle"
    src.parent.mkdir()
    src.write_bytes(data)
    return src, hashlib.sha256(data).hexdigest()


def test_kept_copy_is_the_verified_file(tmp_path: Path) -> None:
    src, digest = _bundle(tmp_path)
    target = tmp_path / "archive" / "x.fpbundle"
    assert ArchiveCopy(src, target, digest).keep()
    assert target.read_bytes() == src.read_bytes()
    assert [p.name for p in target.parent.iterdir()] == ["x.fpbundle"]


def test_discarded_copy_leaves_nothing(tmp_path: Path) -> None:
    src, digest = _bundle(tmp_path)
    target = tmp_path / "archive" / "x.fpbundle"
    ArchiveCopy(src, target, digest).discard()
    assert list(target.parent.iterdir()) == []


def test_file_replaced_during_the_import_is_not_archived(tmp_path: Path, caplog) -> None:
    src, _ = _bundle(tmp_path)
    target = tmp_path / "archive" / "x.fpbundle"
    other = hashlib.sha256(b"the bytes that were verified").hexdigest()
    assert not ArchiveCopy(src, target, other).keep()
    assert list(target.parent.iterdir()) == []
    assert "changed on its medium" in caplog.text


def test_missing_source_is_logged_not_raised(tmp_path: Path, caplog) -> None:
    target = tmp_path / "archive" / "x.fpbundle"
    assert not ArchiveCopy(tmp_path / "gone", target, "0" * 64).keep()
    assert "FileNotFoundError" in caplog.text
