"""The interface language: which one, its compiled translations, Qt's own, direction.

The Qt Linguist files ``resources/translations/focalpoint_<lang>.ts`` are committed;
their compiled ``.qm`` are not. A frozen build ships them prebuilt (build/build.sh);
an editable install compiles a missing or stale one at start with pyside6-lrelease
into the user cache folder (named after the .ts file's content hash, so an edited
.ts is recompiled once). Qt's own ``qtbase_<lang>.qm`` (standard buttons, dialogs)
come from the PySide6 wheel.

The language is, in order: ``$FOCALPOINT_LANG``, the ``language`` setting, the
system's when it is one we speak, else English. ``pseudo`` (and ``pseudo-rtl``)
installs :class:`PseudoTranslator`, which lengthens and accents every string, to
check layouts without waiting for translators.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from app.config import APP_AUTHOR, APP_NAME
from app.domain import i18n
from app.gui.util import TRANSLATIONS_DIR, set_language

log = logging.getLogger(__name__)
LANG_ENV = "FOCALPOINT_LANG"
PSEUDO = "pseudo"
PSEUDO_RTL = "pseudo-rtl"
_installed: list[QTranslator] = []


# --- which language ---------------------------------------------------------------------


def system_language() -> str:
    """The system's language when FocalPoint speaks it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in i18n.LANGUAGES else i18n.DEFAULT


def resolve_language(setting: str = "") -> str:
    """The language to use: ``$FOCALPOINT_LANG``, else ``setting``, else the system's.

    An unknown code falls back to the system's language (logged, not fatal: a typo in
    settings.json must not keep the window from opening).
    """
    for candidate in (os.environ.get(LANG_ENV, ""), setting):
        code = candidate.strip().lower().replace("-", "_").split("_")[0] if candidate else ""
        if candidate.strip().lower() in (PSEUDO, PSEUDO_RTL):
            return candidate.strip().lower()
        if code in i18n.LANGUAGES:
            return code
        if code:
            log.warning("Language %r is not one FocalPoint speaks; ignored", candidate)
    return system_language()


# --- compiled translations --------------------------------------------------------------


def cache_dir() -> Path:
    """Where .qm files compiled at start are kept."""
    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)) / "translations"


def lrelease_command() -> list[str] | None:
    """How to run Qt's lrelease from this installation (None when it is missing)."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).is_file():
            return [str(folder / name)]
    for script in (Path(sys.executable).with_name("pyside6-lrelease"),
                   Path(sys.executable).with_name("pyside6-lrelease.exe")):
        if script.is_file():
            return [str(script)]
    import shutil  # here, not at the top: not needed before the window shows

    found = shutil.which("pyside6-lrelease")
    return [found] if found else None


def compile_ts(ts: Path, qm: Path) -> bool:
    """Compile ``ts`` into ``qm`` (written atomically); False when lrelease fails."""
    import subprocess  # here, not at the top: not needed before the window shows

    command = lrelease_command()
    if command is None:
        log.warning("pyside6-lrelease not found; translations cannot be compiled")
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    partial = qm.with_name(qm.name + ".part")
    try:
        subprocess.run([*command, "-silent", str(ts), "-qm", str(partial)], check=True,
                       capture_output=True, timeout=120)
        partial.replace(qm)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("Compiling %s failed: %s", ts.name, exc)
        partial.unlink(missing_ok=True)
        return False
    return True


def qm_path(lang: str, folder: Path = TRANSLATIONS_DIR, cache: Path | None = None
            ) -> Path | None:
    """The compiled translations of ``lang``: shipped in a frozen build, otherwise
    compiled from the .ts into the cache when missing or stale (None when neither)."""
    ts = folder / f"focalpoint_{lang}.ts"
    shipped = folder / f"focalpoint_{lang}.qm"
    if getattr(sys, "frozen", False) or not ts.is_file():
        return shipped if shipped.is_file() else None
    import hashlib  # here, not at the top: English (the default) needs no .qm

    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    cached = (cache or cache_dir()) / f"focalpoint_{lang}-{digest}.qm"
    if cached.is_file() or compile_ts(ts, cached):
        for old in cached.parent.glob(f"focalpoint_{lang}-*.qm"):
            if old != cached:
                old.unlink(missing_ok=True)
        return cached
    return shipped if shipped.is_file() else None


def qt_translations_dir() -> Path:
    """Qt's own translations (qtbase_<lang>.qm) of this PySide6: where Qt says, else
    PySide6/Qt/translations (a frozen build without qt.conf)."""
    import PySide6

    told = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    beside = Path(PySide6.__file__).resolve().parent / "Qt" / "translations"
    for folder in (told, beside):
        if any(folder.glob("qtbase_*.qm")):
            return folder
    return told


# --- pseudo-translation -----------------------------------------------------------------

_ACCENTS = str.maketrans(
    "aceinorsuyzACEINORSUYZ", "àçéîñöŕšûýžÀÇÉÎÑÖŔŠÛÝŽ"
)
#: Kept as they are: %1 %n %s %d %(name)s {name} and <tags>, HTML entities.
_KEEP = re.compile(r"%\(\w+\)[sd]|%L?\d|%[nsd%]|\{\w*\}|<[^>]*>|&\w+;")


def pseudo(text: str) -> str:
    """``text`` accented, bracketed and about 40 % longer; placeholders, tags and '&'
    accelerators still work."""
    if not text:
        return text
    out, pos = [], 0
    for match in _KEEP.finditer(text):
        out.append(text[pos:match.start()].translate(_ACCENTS))
        out.append(match.group())
        pos = match.end()
    out.append(text[pos:].translate(_ACCENTS))
    body = "".join(out)
    padding = "~" * max(1, round(len(text) * 0.4) - 2)
    return f"[{body} {padding}]"


class PseudoTranslator(QTranslator):
    """Translates every string into its pseudo form (see :func:`pseudo`)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        """The pseudo form of ``source``."""
        return pseudo(source)

    def isEmpty(self) -> bool:
        """Never empty: it translates everything."""
        return False


# --- installing -------------------------------------------------------------------------


def _load(name: str, lang: str, folder: Path) -> QTranslator | None:
    translator = QTranslator(QCoreApplication.instance())
    if translator.load(f"{name}_{lang}", str(folder)):
        return translator
    return None


def translators_for(lang: str) -> list[QTranslator]:
    """Qt's and FocalPoint's translators for ``lang`` (none for English)."""
    if lang in (PSEUDO, PSEUDO_RTL):
        return [PseudoTranslator(QCoreApplication.instance())]
    if lang == i18n.DEFAULT:
        return []
    found = []
    qt = _load("qtbase", lang, qt_translations_dir())
    if qt is None:
        log.warning("Qt's own translations for %s are missing", lang)
    else:
        found.append(qt)
    ours = qm_path(lang)
    translator = QTranslator(QCoreApplication.instance())
    if ours is not None and translator.load(str(ours)):
        found.append(translator)
    else:
        log.warning("No compiled interface translations for %s; English is shown", lang)
    return found


def install_translators(app: QCoreApplication, language: str = "") -> str:
    """Install the translators of ``language`` (resolved as :func:`resolve_language`
    does), set the default locale for dates and numbers and the layout direction;
    returns the language in use. Calling it again replaces the previous language."""
    lang = resolve_language(language)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    for translator in translators_for(lang):
        app.installTranslator(translator)
        _installed.append(translator)
    real = lang if lang in i18n.LANGUAGES else i18n.DEFAULT
    set_language(real)
    QLocale.setDefault(locale_for(real))
    rtl = i18n.is_rtl(real) or lang == PSEUDO_RTL
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl
                                       else Qt.LayoutDirection.LeftToRight)
    log.info("Interface language: %s", lang)
    return lang


def locale_for(lang: str) -> QLocale:
    """The locale of dates and numbers: the language's; for English the system's when
    it is an English one, else British English (the UN's)."""
    if lang == "ar":  # Latin digits, as in the reports (UNSMIL's Libyan Arabic locale)
        return QLocale(QLocale.Language.Arabic, QLocale.Country.Libya)
    if lang != i18n.DEFAULT:
        return QLocale(lang)
    system = QLocale.system()
    if system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
