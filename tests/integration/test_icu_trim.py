"""build/trim_icu.py keeps the ICU data Qt uses for the app's languages and drops the
rest; Qt calls no other part of ICU (so nothing it needs is trimmed away); and
build/frozen_checks.py passes on a full installation and fails when a check fails."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.append(str(ROOT / "build"))

import frozen_checks  # build/frozen_checks.py
import trim_icu  # build/trim_icu.py

QT_DIR = Path(__import__("PySide6").__file__).parent / "Qt"
ICU_DATA = sorted((QT_DIR / "lib").glob("libicudata.so.*"))
needs_linux_icu = pytest.mark.skipif(
    not ICU_DATA or bool(trim_icu.missing_tools()),
    reason="PySide6 ships no ICU library here, or icu-devtools/binutils are missing")


@pytest.mark.parametrize("item", [
    "coll/root.res", "coll/ucadata.icu", "coll/fr.res", "coll/ar.res", "coll/ru.res",
    "coll/res_index.res", "coll/pool.res", "zone/fr.res", "zone/pool.res", "root.res",
    "fr_CA.res", "ar_EG.res", "supplementalData.res", "likelySubtags.res",
    "zoneinfo64.res", "metaZones.res", "cnvalias.icu", "nfkc.nrm", "pool.res",
])
def test_keeps_what_qt_uses_for_the_app_languages(item: str) -> None:
    assert trim_icu.keep_item(item, 30_000)


@pytest.mark.parametrize("item", [
    "lang/fr.res", "region/ar.res", "curr/ru.res", "unit/en.res", "translit/root.res",
    "rbnf/fr.res", "brkitr/line.brk", "brkitr/cjdict.dict", "coll/zh.res", "coll/de_.res",
    "zone/ja.res", "de.res", "zh_Hant_TW.res", "unames.icu", "rfc3491.spp", "uts46.nrm",
])
def test_drops_what_qt_never_asks_for(item: str) -> None:
    assert not trim_icu.keep_item(item, 30_000)


def test_converters_are_kept_by_size() -> None:
    assert trim_icu.keep_item("ibm-5347_P100-1998.cnv", 1_500)  # windows-1251
    assert not trim_icu.keep_item("gb18030.cnv", 232_816)


@needs_linux_icu
def test_qt_calls_only_the_parts_of_icu_that_are_kept() -> None:
    version = ICU_DATA[0].name.rsplit(".", 1)[1]
    libraries = [*(QT_DIR / "lib").glob("libQt6*.so*"), *(QT_DIR / "plugins").rglob("*.so"),
                 *QT_DIR.parent.glob("*.abi3.so")]
    used: set[str] = set()
    for lib in libraries:
        table = subprocess.run(["objdump", "-T", str(lib)], capture_output=True,
                               text=True).stdout
        used |= {line.split()[-1] for line in table.splitlines()
                 if "*UND*" in line and line.endswith(f"_{version}")}
    assert any(name.startswith("ucol_") for name in used), "no ICU symbol found at all"
    others = sorted(n for n in used if not n.startswith(trim_icu.USED_BY_QT))
    assert not others, f"Qt now calls more of ICU; revise build/trim_icu.py: {others}"


@needs_linux_icu
def test_trimmed_library_keeps_the_symbol_and_the_items(tmp_path: Path) -> None:
    out = trim_icu.trim_library(ICU_DATA[0], tmp_path / "out")

    assert out.name == ICU_DATA[0].name
    assert out.stat().st_size < ICU_DATA[0].stat().st_size / 5
    entry, data = trim_icu.package_of(out)
    assert entry == f"icudt{ICU_DATA[0].name.rsplit('.', 1)[1]}"
    package = tmp_path / f"{entry}l.dat"
    package.write_bytes(data)
    items = set(subprocess.run(["icupkg", "-l", str(package)], capture_output=True,
                               text=True, check=True).stdout.split())
    assert {"coll/ucadata.icu", "coll/ru.res", "zone/fr.res", "cnvalias.icu"} <= items
    assert not any(i.startswith(("lang/", "brkitr/")) for i in items)
    assert [p.name for p in (tmp_path / "out").iterdir()] == [out.name]  # no leftovers
    soname = subprocess.run(["objdump", "-p", str(out)], capture_output=True, text=True).stdout
    assert re.search(rf"SONAME\s+{re.escape(ICU_DATA[0].name)}", soname)


def test_a_missing_tool_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(shutil, "which",
                        lambda tool, path=None: None if tool == "icupkg" else tool)

    with pytest.raises(trim_icu.TrimError, match=r"missing tools: icupkg .*icu-devtools"):
        trim_icu.trim_library(tmp_path / "libicudata.so.73", tmp_path / "out")


def test_frozen_checks_pass_on_a_full_installation() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "build" / "frozen_checks.py")],
                            capture_output=True, text=True, timeout=120, cwd=ROOT)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "frozen checks: 4 passed, 0 failed" in result.stdout
    assert "ok   collation of fr, ru, ar" in result.stdout


def test_frozen_checks_name_what_fails(monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    from PySide6.QtWidgets import QApplication

    # The shared test application keeps its font, translators and layout direction.
    monkeypatch.setattr("app.gui.app.make_application",
                        lambda argv: QApplication.instance() or QApplication([]))
    monkeypatch.setitem(frozen_checks.COLLATION, "ru", ["яма", "Абрикос", "ёж"])
    monkeypatch.setattr(frozen_checks, "CODE_PAGES", ("windows-1251", "no-such-code-page"))

    assert frozen_checks.run([]) == 1

    out = capsys.readouterr().out
    assert "FAIL collation: CheckError(\"ru collation sorts" in out
    assert "no converter for no-such-code-page" in out
    assert "frozen checks: 2 passed, 2 failed" in out


def test_frozen_checks_search_the_demo(ws: object, capsys: pytest.CaptureFixture[str]) -> None:
    from app.services import demo

    demo.load_demo(ws)
    checks = frozen_checks._app_checks(ws.paths.home)  # type: ignore[attr-defined]

    assert "participants sorted; accent-insensitive and native search" in checks[0]()
    assert "numbers, dates and country names" in checks[1]()
