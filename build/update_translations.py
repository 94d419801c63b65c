"""Extract every string the window shows into Qt Linguist files (.ts).

    python build/update_translations.py fr ar ru     # writes resources/translations/*.ts

The GUI's own strings (tr(), self.tr(), QT_TRANSLATE_NOOP) are found by
pyside6-lupdate in app/gui. Field labels live in the Qt-free domain and are looked up
at run time under the context "fields"; this script writes them to a temporary source
of QT_TRANSLATE_NOOP calls so lupdate sees them too. Vocabulary labels are not here:
the window and the reports share resources/translations/vocab.<lang>.json.
Compile the translated files with pyside6-lrelease into .qm (not committed).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.domain.fields import SPECS  # noqa: E402


def domain_source() -> str:
    """QT_TRANSLATE_NOOP lines for every field label."""
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    fields = sorted({spec.label for specs in SPECS.values() for spec in specs})
    lines += [f"QT_TRANSLATE_NOOP('fields', {label!r})" for label in fields]
    return "\n".join(lines) + "\n"


def lupdate_command() -> list[str]:
    """pyside6-lupdate of this Python (the script next to it, else the one on PATH)."""
    script = Path(sys.executable).with_name("pyside6-lupdate")
    if script.is_file():
        return [str(script)]
    found = shutil.which("pyside6-lupdate")
    if found is None:
        raise SystemExit("pyside6-lupdate is missing: pip install PySide6 in this Python.")
    return [found]


#: Where the field labels come from, named in the .ts files instead of the temporary
#: file lupdate read them from (whose random folder name changed every run).
DOMAIN_LOCATION = 'filename="../../app/domain/fields.py"'


def _stable_domain_locations(target: Path) -> None:
    text = target.read_text(encoding="utf-8")
    stable = re.sub(r'filename="[^"]*domain_strings\.py"', DOMAIN_LOCATION, text)
    if stable != text:
        target.write_text(stable, encoding="utf-8")


def update(languages: list[str], out: Path, quiet: bool = False) -> list[Path]:
    """Write or update ``out/focalpoint_<lang>.ts`` for each language from the sources
    (existing translations are kept; strings no longer in the code become vanished)."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as folder:
        extra = Path(folder) / "domain_strings.py"
        extra.write_text(domain_source(), encoding="utf-8")
        sources = [str(p) for p in sorted((ROOT / "app" / "gui").rglob("*.py"))]
        for language in languages:
            target = out / f"focalpoint_{language}.ts"
            subprocess.run([*lupdate_command(), *sources, str(extra), "-target-language",
                            language, "-ts", str(target)],
                           check=True, capture_output=quiet)
            _stable_domain_locations(target)
            written.append(target)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("languages", nargs="+", help="language codes, e.g. fr ar ru")
    args = parser.parse_args()
    for target in update(args.languages, ROOT / "resources" / "translations"):
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
