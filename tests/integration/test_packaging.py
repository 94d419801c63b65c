"""The PyInstaller spec ships everything the frozen application reads at run time
(every resources/ folder, the Alembic migrations, every app module), keeps build output
out of git, and the icon, desktop entry and build scripts are in order. Fast: no build."""

from __future__ import annotations

import ast
import configparser
import struct
import subprocess
from pathlib import Path

from app.store import db

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build" / "focalpoint.spec"


def spec_constant(name: str) -> object:
    """The literal value assigned to ``name`` at the top of the spec."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not assigned in {SPEC}")


def test_spec_ships_every_resources_folder() -> None:
    folders = {p.name for p in (ROOT / "resources").iterdir()
               if p.is_dir() and not p.name.startswith((".", "__"))}
    assert folders, "resources/ has no folders"
    assert folders <= set(spec_constant("RESOURCE_DIRS"))
    assert "resources/focalpoint.desktop" in SPEC.read_text(encoding="utf-8").replace(
        '"resources" / "focalpoint.desktop"', "resources/focalpoint.desktop")


def test_spec_ships_the_migrations_where_the_store_looks_for_them() -> None:
    text = SPEC.read_text(encoding="utf-8")
    rel = db.MIGRATIONS_DIR.relative_to(ROOT).as_posix()
    assert rel == "app/store/migrations"
    assert '"env.py"), "app/store/migrations")' in text
    assert '"versions"), "app/store/migrations/versions")' in text
    assert (db.MIGRATIONS_DIR / "env.py").is_file()
    assert list((db.MIGRATIONS_DIR / "versions").glob("0*.py"))


def test_spec_collects_modules_imported_by_name() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert 'collect_submodules("app")' in text
    assert "build/launcher.py" in text.replace('"build" / "launcher.py"', "build/launcher.py")


def test_spec_is_valid_python() -> None:
    compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")


def test_build_output_stays_out_of_git() -> None:
    for path in ("build/work/x", "build/dist/x", "dist/FocalPoint/FocalPoint"):
        result = subprocess.run(["git", "check-ignore", "-q", path], cwd=ROOT)
        assert result.returncode == 0, f"{path} is not git-ignored"


def test_build_scripts_parse_and_ci_runs_the_frozen_smoke() -> None:
    for script in ("build/build.sh", "build/smoke_frozen.sh"):
        assert subprocess.run(["bash", "-n", str(ROOT / script)]).returncode == 0
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [line for line in ci.splitlines() if line and not line.startswith("#")]
    test_step = next(i for i, line in enumerate(commands) if "-m pytest" in line)
    build_step = next(i for i, line in enumerate(commands) if "bash build/build.sh" in line)
    assert build_step > test_step
    build_line = commands[build_step]
    assert build_line.index("build/smoke_frozen.sh") > build_line.index("bash build/build.sh")
    smoke = (ROOT / "build" / "smoke_frozen.sh").read_text(encoding="utf-8")
    for step in ("--version", "--smoke", " init ", " demo", "report attendance", " export ",
                 '--frozen-check "$home"', "for lang in en ar ru", '--lang "$lang"',
                 "pdftotext"):
        assert step in smoke


def test_linux_build_trims_icu_with_the_tools_ci_installs() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    assert "trimmed_icu(reachable_only(a.binaries))" in spec
    assert "icupkg" in (ROOT / "build" / "build.sh").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "icu-devtools" in ci and "binutils" in ci
    launcher = (ROOT / "build" / "launcher.py").read_text(encoding="utf-8")
    assert '"--frozen-check"' in launcher and "frozen_checks.run" in launcher


def test_data_of_other_languages_is_left_out() -> None:
    assert set(spec_constant("BABEL_LOCALES")) == {"root", "en", "fr", "ar", "ru"}
    assert set(spec_constant("PYCOUNTRY_LOCALES")) == {"fr", "ar", "ru"}
    assert spec_constant("PYCOUNTRY_DATABASES") == ("iso3166-1.json",)


def test_every_language_of_the_app_keeps_its_data_in_the_build() -> None:
    """A new translation (focalpoint_xx.ts, reports.xx.json) needs its CLDR, ISO, Qt and
    ICU data in the build too: add xx to the spec's lists and to build/trim_icu.py."""
    import sys

    sys.path.append(str(ROOT / "build"))
    import trim_icu  # build/trim_icu.py

    folder = ROOT / "resources" / "translations"
    languages = {p.stem.split("_", 1)[1] for p in folder.glob("focalpoint_*.ts")}
    languages |= {p.name.split(".")[1] for p in folder.glob("reports.*.json")}
    assert languages >= {"fr", "ar", "ru"}
    assert languages <= set(spec_constant("QT_LANGUAGES"))
    assert languages <= set(spec_constant("PYCOUNTRY_LOCALES"))
    assert languages <= set(spec_constant("BABEL_LOCALES"))
    assert languages <= set(trim_icu.LANGUAGES)


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


def test_icon_is_an_svg_with_every_png_size() -> None:
    icons = ROOT / "resources" / "icons"
    assert "<svg" in (icons / "focalpoint.svg").read_text(encoding="utf-8")
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert png_size(icons / f"focalpoint-{size}.png") == (size, size)


def test_desktop_entry() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(ROOT / "resources" / "focalpoint.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Name"] == "FocalPoint"
    assert section["Exec"].split()[0] == "FocalPoint"
    assert section["Icon"] == "focalpoint"
    assert section["Terminal"] == "false"
    assert section["Categories"].endswith(";")


def test_size_ratio_counts_links_as_links_and_lists_the_largest_files(tmp_path: Path) -> None:
    import sys

    sys.path.append(str(ROOT / "build"))
    import size_ratio  # build/size_ratio.py

    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "big.so").write_bytes(b"x" * 5000)
    (tmp_path / "small.txt").write_bytes(b"x" * 10)
    (tmp_path / "link.so").symlink_to("lib/big.so")

    link_size = (tmp_path / "link.so").lstat().st_size
    assert size_ratio.folder_bytes(tmp_path) == 5010 + link_size
    assert size_ratio.largest_files(tmp_path, 1) == [(5000, "lib/big.so")]
    assert [name for _size, name in size_ratio.largest_files(tmp_path, 5)] == [
        "lib/big.so", "small.txt"]
