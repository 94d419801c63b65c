"""A smaller ICU data library for the Linux build (32 MB down to under 4 MB).

PySide6 ships ``libicudata.so.NN``: all of ICU's data, linked into a library that Qt's
``libicuuc`` reads through the symbol ``icudtNN_dat``. The Qt libraries of the build call
four parts of ICU only (their undefined ICU symbols, ``objdump -T``; checked by
tests/integration/test_packaging.py): collation (``ucol_*``, QCollator), converters
(``ucnv_*``, QStringConverter), time-zone names (``ucal_*``, QTimeZone) and case mapping
(``u_strToUpper``/``u_strToLower``, QLocale). They never open a break iterator (Qt
finds word and line breaks itself), nor ICU's display names of languages, regions,
currencies and units, transliterators or spelled-out numbers: most of the data.

Kept: collation and time-zone data for :data:`LANGUAGES` (and ``root``), the locale
fallback, calendar and time-zone tables, normalisation, the top-level locale bundles of
those languages, the converter alias table and every converter up to
:data:`MAX_CONVERTER` bytes (the single-byte Western, Arabic and Cyrillic code pages:
Windows-125x, ISO 8859, KOI8, IBM 866, Mac). Dropped: everything else, including the
large East Asian multi-byte converters and the extension tables that depend on them.

``icupkg`` removes the items (and refuses a package whose items miss what they depend
on), ``genccode`` turns the package back into an object file with the same symbol and
``ld`` links it into a library with the same soname. Tools: ``icupkg`` and ``genccode``
(Debian: icu-devtools) and ``ld``/``objdump`` (binutils). build/frozen_checks.py proves
the result in the frozen application.

    python build/trim_icu.py path/to/libicudata.so.NN OUT_DIR
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

LANGUAGES = ("root", "en", "fr", "ar", "ru")
DROPPED_TREES = ("brkitr", "curr", "lang", "region", "unit", "translit", "rbnf")
# Character names, spoofing checks, IDNA and StringPrep profiles (Qt has its own IDNA).
DROPPED_NAMES = ("unames.icu", "confusables.cfu", "confusables_wholeScript.cfu", "uts46.nrm")
# The only ICU functions the Qt libraries call (tests/integration/test_icu_trim.py checks).
USED_BY_QT = ("ucol_", "ucnv_", "UCNV_", "ucal_", "u_strToUpper", "u_strToLower")
MAX_CONVERTER = 64 * 1024
TOOLS = ("icupkg", "genccode", "ld", "objdump")
_LOCALE_BUNDLE = re.compile(r"^([a-z]{2,3})(?:_\w*)?\.res$")
# objdump -T: "0000000000001000 g    DO .rodata	0000000001e8bb80  Base  icudt73_dat"
_SYMBOL = re.compile(r"^([0-9a-f]+) .*?(\.\S+)\s+([0-9a-f]+)\s+(?:\S+\s+)?(icudt\d+)_dat$", re.M)
_MISSING = re.compile(r"Item (\S+) depends on missing item (\S+)")


class TrimError(RuntimeError):
    """The ICU data could not be trimmed (a tool is missing or refused the package)."""


def keep_item(item: str, size: int) -> bool:
    """Whether the package item ``item`` (e.g. ``coll/fr.res``) of ``size`` bytes stays."""
    tree, _, name = item.rpartition("/")
    if tree in DROPPED_TREES or name in DROPPED_NAMES or name.endswith(".spp"):
        return False
    if name.endswith(".cnv"):
        return size <= MAX_CONVERTER
    match = _LOCALE_BUNDLE.match(name)
    return match is None or name == "res_index.res" or match.group(1) in LANGUAGES


def tool_path(tool: str) -> str | None:
    """Where ``tool`` is: on PATH, or in /usr/sbin (Debian puts icupkg and genccode there,
    outside an ordinary user's PATH)."""
    return shutil.which(tool, path=os.pathsep.join(
        [os.environ.get("PATH", os.defpath), "/usr/sbin", "/sbin"]))


def missing_tools() -> list[str]:
    """The tools this script needs that cannot be found."""
    return [tool for tool in TOOLS if tool_path(tool) is None]


def _run(*args: str | Path) -> str:
    program = tool_path(str(args[0])) or str(args[0])
    result = subprocess.run([program, *map(str, args[1:])], capture_output=True, text=True)
    if result.returncode != 0:
        raise TrimError(f"{Path(str(args[0])).name} failed: {result.stderr.strip()[-500:]}")
    return result.stdout + result.stderr


def package_of(lib: Path) -> tuple[str, bytes]:
    """The entry name (``icudt73``) and the bytes of the data package inside ``lib``."""
    found = _SYMBOL.search(_run("objdump", "-T", lib))
    if not found:
        raise TrimError(f"{lib.name} has no icudtNN_dat symbol")
    address, section, size = int(found[1], 16), found[2], int(found[3], 16)
    entry = found[4]
    for line in _run("objdump", "-h", lib).splitlines():
        cols = line.split()
        if len(cols) >= 6 and cols[1] == section:  # the symbol's section
            offset = address - int(cols[3], 16) + int(cols[5], 16)
            with lib.open("rb") as f:
                f.seek(offset)
                data = f.read(size)
            if data[2:4] != b"\xda\x27" or data[12:16] != b"CmnD":
                raise TrimError(f"{lib.name}: {entry} is not an ICU common data package")
            return entry, data
    raise TrimError(f"{lib.name}: no section {section}")


def items_to_drop(package: Path, work: Path) -> list[str]:
    """The items of ``package`` that :func:`keep_item` does not keep."""
    names = _run("icupkg", "-l", package).split()
    extracted = work / "items"
    extracted.mkdir()
    _run("icupkg", "-x", "*", "-d", extracted, package)
    return [n for n in names if not keep_item(n, (extracted / n).stat().st_size)]


def remove_items(package: Path, drop: Iterable[str], out: Path) -> list[str]:
    """Write ``package`` without ``drop`` to ``out``; converters that depend on a dropped
    table go too (icupkg names them). Returns every item removed."""
    removed = set(drop)
    listing = out.with_suffix(".remove.txt")
    for _attempt in range(5):
        listing.write_text("\n".join(sorted(removed)) + "\n", encoding="utf-8")
        out.unlink(missing_ok=True)
        result = subprocess.run([tool_path("icupkg") or "icupkg", "-r", str(listing),
                                 str(package), str(out)], capture_output=True, text=True)
        if result.returncode == 0 and out.is_file():
            return sorted(removed)
        missing = _MISSING.findall(result.stdout + result.stderr)
        dependants = {item for item, _needed in missing if item.endswith(".cnv")}
        if not dependants or dependants <= removed:
            needs = "; ".join(f"{a} needs {b}" for a, b in missing[:5]) or result.stderr[-300:]
            raise TrimError(f"icupkg refused the trimmed ICU data: {needs}")
        removed |= dependants
    raise TrimError("icupkg kept refusing the trimmed ICU data")


def link_library(package: Path, entry: str, soname: str, like: Path, out: Path) -> None:
    """Link ``package`` into the shared library ``out`` exporting ``<entry>_dat``
    (``like``: a library of the same architecture, for genccode)."""
    objects = package.parent / "objects"
    objects.mkdir(exist_ok=True)
    _run("genccode", "-q", "-o", "-m", like, "-e", entry, "-d", objects, package)
    obj = next(objects.glob("*.o"))
    _run("ld", "-shared", "-soname", soname, "-z", "noexecstack", "-o", out, obj)
    if f"{entry}_dat" not in _run("objdump", "-T", out):
        raise TrimError(f"the trimmed library does not export {entry}_dat")


def trim_library(lib: Path, out_dir: Path) -> Path:
    """A trimmed copy of the ICU data library ``lib`` in ``out_dir`` (same file name)."""
    if missing_tools():
        raise TrimError(f"missing tools: {', '.join(missing_tools())} "
                        "(Debian: apt-get install icu-devtools binutils)")
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / lib.name
    with tempfile.TemporaryDirectory(dir=out_dir) as tmp:
        work = Path(tmp)
        entry, data = package_of(lib)
        full = work / f"{entry}{'l' if sys.byteorder == 'little' else 'b'}.dat"
        full.write_bytes(data)
        # icupkg names the items after the output file ("icudt73l/coll/root.res"), and
        # ICU looks them up by that name: same file name, another folder.
        (work / "trimmed").mkdir()
        trimmed = work / "trimmed" / full.name
        remove_items(full, items_to_drop(full, work), trimmed)
        soname = next((line.split()[1] for line in _run("objdump", "-p", lib).splitlines()
                       if line.strip().startswith("SONAME")), lib.name)
        link_library(trimmed, entry, soname, lib, out.with_suffix(".new"))
        out.with_suffix(".new").replace(out)
    return out


def main(argv: list[str]) -> int:
    """Command line: trim LIB into OUT_DIR and print both sizes."""
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    lib, out_dir = Path(argv[0]), Path(argv[1])
    try:
        out = trim_library(lib, out_dir)
    except TrimError as exc:
        print(f"trim_icu: {exc}", file=sys.stderr)
        return 1
    print(f"{lib.name}: {lib.stat().st_size / 1e6:.1f} MB -> {out.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
