"""Read a participant list (CSV in any common encoding and delimiter, or XLSX) into rows
of raw values keyed by participant field, with the line number a spreadsheet user sees.

Nothing here touches the database: :mod:`app.services.importing` cleans the values,
matches people already known and imports them.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import logging
import re
import unicodedata
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import charset_normalizer

from app.domain.errors import FocalPointError
from app.domain.i18n import Term, list_term, message
from app.domain.vocab import fold

log = logging.getLogger(__name__)

#: The first rows searched for the header (title rows may sit above it).
HEADER_SEARCH_ROWS = 10
#: A participant list longer than this is almost certainly the wrong file.
MAX_ROWS = 20_000
MAX_BYTES = 50 * 1024 * 1024
DELIMITERS = ",;\t|"
REQUIRED = ("full_name", "sex", "category")
REQUIRED_LABELS = {"full_name": "full name", "sex": "sex", "category": "category"}
REQUIRED_FIELD_LABELS = {"full_name": "Full name", "sex": "Sex", "category": "Category"}
UNSUPPORTED = {
    ".xls": message("an old Excel (.xls) workbook"),
    ".ods": message("an OpenDocument spreadsheet"), ".pdf": message("a PDF document"),
    ".doc": message("a Word document"), ".docx": message("a Word document"),
    ".numbers": message("a Numbers spreadsheet"), ".zip": message("a zip archive"),
    ".json": message("a JSON file"),
}

# Column headers people write, English and French first (folded, punctuation as spaces).
_ALIASES: dict[str, tuple[str, ...]] = {
    "full_name": (
        "full name", "name", "names", "nom", "nom complet", "nom et prenom", "nom et prenoms",
        "nom prenom", "nom prenoms", "prenom et nom", "prenoms et nom", "prenom nom",
        "participant", "participant name", "name of participant", "nom du participant",
        "nom de la personne", "noms et prenoms", "фио", "ф и о", "имя и фамилия",
        "фамилия имя", "фамилия имя отчество", "الاسم", "الاسم الكامل"),
    "first_name": ("first name", "given name", "given names", "forename", "prenom", "prenoms",
                   "имя"),
    "last_name": ("last name", "surname", "family name", "nom de famille", "фамилия"),
    "native_name": (
        "native name", "name in native script", "nom ecriture originale",
        "nom en ecriture originale", "nom dans l ecriture d origine", "original script",
        "name original script", "nom en arabe", "name in arabic", "nom en cyrillique",
        "name in cyrillic", "name in russian"),
    "sex": ("sex", "gender", "sexe", "genre", "m f", "f m", "h f", "пол", "الجنس"),
    "organisation": (
        "organisation", "organization", "institution", "structure", "service", "agency",
        "entity", "employer", "organisme", "institution structure", "structure institution",
        "organisation institution", "organization institution", "institution organisation",
        "организация", "ведомство", "учреждение", "الجهة", "المؤسسة"),
    "position": ("position", "rank", "fonction", "poste", "grade", "job title", "function",
                 "position rank", "rank position", "grade fonction", "fonction grade",
                 "должность", "звание", "الوظيفة", "الرتبة"),
    "category": ("category", "categorie", "participant category", "categorie de participant",
                 "категория", "الفئة"),
    "actor_type": ("state non state", "state or non state", "type d acteur", "type acteur",
                   "actor type", "etatique non etatique", "etatique ou non etatique",
                   "state actor", "acteur etatique non etatique"),
    "country": ("country", "pays", "nationalite", "nationality", "country of origin",
                "pays d origine", "страна", "гражданство", "البلد", "الدولة", "الجنسية"),
    "email": ("email", "e mail", "courriel", "mail", "email address", "e mail address",
              "adresse email", "adresse e mail", "adresse electronique",
              "электронная почта", "эл почта", "البريد الالكتروني"),
    "phone": ("phone", "telephone", "tel", "phone number", "telephone number", "mobile",
              "cell", "numero de telephone", "no de telephone", "n de telephone", "gsm",
              "телефон", "الهاتف"),
    "age_band": ("age band", "tranche d age", "age group", "groupe d age", "age",
                 "tranche age", "возраст", "العمر"),
    "disability": ("disability", "handicap", "person with disability",
                   "personne en situation de handicap", "personne handicapee", "pwd",
                   "инвалидность", "الاعاقة"),
    "role": ("role", "attendance role", "role in activity", "role dans l activite", "роль",
             "الدور"),
}
#: Headers that mean the last name when a first-name column is present.
_AMBIGUOUS_NAME = {"name", "nom", "фамилия"}


class ImportFileError(FocalPointError):
    """The file cannot be read as a participant list (one sentence, with what to do)."""


@dataclass
class SourceRow:
    """One data row: its line number and raw values keyed by field name."""

    line: int
    values: dict[str, Any]


@dataclass
class ParsedFile:
    """A participant list as read from disk, before cleaning."""

    path: str
    kind: str  # "csv" or "xlsx"
    header_line: int
    columns: dict[str, str]  # header as written -> field name
    ignored_columns: list[str]
    rows: list[SourceRow]
    encoding: str | None = None
    delimiter: str | None = None
    fields: list[str] = field(default_factory=list)

    def describe(self) -> dict[str, Any]:
        """JSON-able facts about the file (no row contents)."""
        return {"file": self.path, "format": self.kind, "encoding": self.encoding,
                "delimiter": self.delimiter, "header_line": self.header_line,
                "columns": dict(self.columns), "ignored_columns": list(self.ignored_columns),
                "rows": len(self.rows)}


def normalise_header(text: str) -> str:
    """Header key: folded, punctuation as spaces ('Nom (écriture originale)' ->
    'nom ecriture originale')."""
    folded = fold(unicodedata.normalize("NFKC", text))
    return " ".join("".join(c if c.isalnum() else " " for c in folded).split())


_INDEX: dict[str, str] = {normalise_header(alias): name
                          for name, aliases in _ALIASES.items() for alias in aliases}


def header_field(header: Any) -> str | None:
    """The field a column header names, or None (tolerates case, accents, '*', '(M/F)',
    and bilingual headers such as 'Nom / Name')."""
    text = str(header or "").strip()
    if not text:
        return None
    for candidate in (text, re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", text)):
        found = _INDEX.get(normalise_header(candidate))
        if found:
            return found
    for part in re.split(r"[/|\n]", re.sub(r"\([^)]*\)", " ", text)):
        found = _INDEX.get(normalise_header(part))
        if found:
            return found
    return None


# --- the file as a grid of cells ---------------------------------------------------------


def _check_path(path: Path) -> bytes:
    if not path.exists():
        raise ImportFileError(message("{path} does not exist; check the file name and "
                                      "folder.", path=path))
    if path.is_dir():
        raise ImportFileError(message("{path} is a folder; give the CSV or XLSX file to "
                                      "import.", path=path))
    what = UNSUPPORTED.get(path.suffix.lower())
    if what:
        raise ImportFileError(message("{name} is {what}; save the list as CSV or XLSX "
                                      "(Excel workbook) and import that file.",
                                      name=path.name, what=what))
    if path.stat().st_size > MAX_BYTES:
        raise ImportFileError(message("{name} is larger than {mb} MB, too big for a "
                                      "participant list; check that it is the right file.",
                                      name=path.name, mb=MAX_BYTES // 2**20))
    data = path.read_bytes()
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ImportFileError(message("{name} is empty; save the participant list in it and "
                                      "import it again.", name=path.name))
    return data


def _looks_binary(text: str) -> bool:
    sample = text[:20_000]
    bad = sum(1 for c in sample if c == "\ufffd" or
              (unicodedata.category(c) in ("Cc", "Cs", "Co") and c not in "\t\r\n"))
    return "\x00" in sample or bad > max(2, len(sample) // 200)


def _latin_only(text: str) -> bool:
    return all(c.isascii() or not c.isalpha() or "LATIN" in unicodedata.name(c, "")
               for c in text)


def decode(data: bytes, name: str) -> tuple[str, str]:
    """The text of ``data`` and the encoding used: a BOM, else UTF-8, else a guess in
    which Western code pages are read as Windows-1252 (what Excel writes in French)."""
    text, encoding = "", ""
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            text, encoding = data.decode(enc, errors="replace"), enc
            break
    if not encoding:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            best = charset_normalizer.from_bytes(data).best()
            if best is not None:
                text, encoding = str(best), best.encoding
                if encoding not in ("utf_16_le", "utf_16_be") and _latin_only(text):
                    try:
                        text, encoding = data.decode("cp1252"), "cp1252"
                    except UnicodeDecodeError:
                        text, encoding = data.decode("latin-1"), "latin-1"
    if not encoding or _looks_binary(text):
        raise ImportFileError(message("{name} is not a text or spreadsheet file FocalPoint "
                                      "can read; save the list as CSV (UTF-8) or XLSX and "
                                      "import that file.", name=name))
    return text.lstrip("\ufeff"), encoding


def _consistency(lines: Sequence[str], delim: str) -> tuple[int, int]:
    """(rows with the most common field count, that count - 1) for ``delim``."""
    try:
        counts = [len(r) - 1 for r in csv.reader(lines, delimiter=delim)]
    except csv.Error:
        return (0, 0)
    counts = [c for c in counts if c > 0]
    mode = max(set(counts), key=counts.count) if counts else 0
    return (counts.count(mode) if mode else 0, mode)


def sniff_delimiter(lines: Sequence[str]) -> str:
    """The delimiter of CSV ``lines``: csv.Sniffer, checked, else the most consistent."""
    sample_lines = [line[:10_000] for line in lines[:30]]
    try:
        sniffed = csv.Sniffer().sniff("\n".join(sample_lines), delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = ""
    scores = {delim: _consistency(sample_lines, delim) for delim in DELIMITERS}
    if sniffed and scores.get(sniffed, (0, 0))[1] > 0:
        return sniffed
    best = max(DELIMITERS, key=lambda d: scores[d])
    return best if scores[best][1] > 0 else ","


def csv_grid(data: bytes, name: str) -> tuple[list[tuple[int, list[Any]]], str, str]:
    """(line, cells) for every CSV record, the encoding and the delimiter."""
    text, encoding = decode(data, name)
    lines = text.splitlines()
    first = 0
    match = re.fullmatch(r"\s*sep=(.)\s*", lines[0]) if lines else None
    delimiter = match.group(1) if match else ""
    if match:
        first = 1
    if not delimiter:
        delimiter = sniff_delimiter([ln for ln in lines if ln.strip()][:30])
    stream = io.StringIO(text, newline="")
    reader = csv.reader(stream, delimiter=delimiter)
    grid: list[tuple[int, list[Any]]] = []
    try:
        for number, cells in enumerate(reader, start=1):
            if number > first:
                grid.append((number, cells))
            if len(grid) > MAX_ROWS + HEADER_SEARCH_ROWS:
                break
    except csv.Error as exc:
        raise ImportFileError(message("{name} is not a well-formed CSV file near record "
                                      "{line_num} ({exc}); check it in a spreadsheet and "
                                      "save it again as CSV.",
                                      name=name, line_num=reader.line_num, exc=exc)) from exc
    return grid, encoding, delimiter


def _cell(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date()
    return value


def _sheet_rows(path: Path) -> list[tuple[int, list[Any]]]:
    import openpyxl

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        grid: list[tuple[int, list[Any]]] = []
        if not book.worksheets:
            return grid
        for number, cells in enumerate(book.worksheets[0].iter_rows(values_only=True), 1):
            grid.append((number, [_cell(c) for c in cells]))
            if len(grid) > MAX_ROWS + HEADER_SEARCH_ROWS:
                break
        return grid
    finally:
        book.close()


def xlsx_grid(path: Path) -> list[tuple[int, list[Any]]]:
    """(row number, cells) of the first sheet of an XLSX workbook."""
    try:
        return _sheet_rows(path)
    except Exception as exc:  # a damaged workbook fails in many ways (zlib, XML, zip)
        log.info("Unreadable workbook (%s)", type(exc).__name__)
        raise ImportFileError(message("{name} is not a readable XLSX workbook; open it in a "
                                      "spreadsheet and save it again as XLSX or CSV.",
                                      name=path.name)) from exc


# --- header and rows -----------------------------------------------------------------


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _map_header(cells: Sequence[Any]) -> dict[int, str]:
    """Column index -> field for a header row (first column wins for a field)."""
    mapped: dict[int, str] = {}
    for index, cell in enumerate(cells):
        name = header_field(cell)
        if name and name not in mapped.values():
            mapped[index] = name
    if "first_name" in mapped.values():
        for index, name in list(mapped.items()):
            if name == "full_name" and normalise_header(str(cells[index])) in _AMBIGUOUS_NAME:
                mapped[index] = "last_name"
    return mapped


def _find_header(grid: list[tuple[int, list[Any]]]) -> tuple[int, dict[int, str]]:
    best: tuple[int, dict[int, str]] = (-1, {})
    for position, (_line, cells) in enumerate(grid[:HEADER_SEARCH_ROWS]):
        mapped = _map_header(cells)
        if len(set(mapped.values())) > len(set(best[1].values())):
            best = (position, mapped)
    return best


def _missing(fields: Iterable[str]) -> list[str]:
    have = set(fields)
    if {"first_name", "last_name"} <= have:
        have.add("full_name")
    return [f for f in REQUIRED if f not in have]


def _row_values(cells: Sequence[Any], mapped: dict[int, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for index, name in mapped.items():
        value = cells[index] if index < len(cells) else None
        values[name] = value.strip() if isinstance(value, str) else value
    first, last = values.pop("first_name", None), values.pop("last_name", None)
    if "full_name" not in values and ({"first_name", "last_name"} & set(mapped.values())):
        values["full_name"] = " ".join(str(p).strip() for p in (first, last) if not _blank(p))
    return values


def rows_from_grid(grid: list[tuple[int, list[Any]]], name: str
                   ) -> tuple[int, dict[str, str], list[str], list[SourceRow]]:
    """Header line, column map, ignored headers and data rows of a grid of cells."""
    position, mapped = _find_header(grid)
    if len(set(mapped.values())) < 2:
        raise ImportFileError(
            message("{name} has no recognisable header row in its first "
                    "{HEADER_SEARCH_ROWS} rows; put the column names (such as Full name, "
                    "Sex, Category) in the first row.",
                    name=name, HEADER_SEARCH_ROWS=HEADER_SEARCH_ROWS))
    missing = _missing(mapped.values())
    if missing:
        names = list_term([Term(REQUIRED_LABELS[f], "label", REQUIRED_FIELD_LABELS[f])
                           for f in missing], " and ")
        raise ImportFileError(message("{name} has no column for {names}; add the missing "
                                      "column(s) to the header row and import again.",
                                      name=name, names=names))
    header_line, header = grid[position]
    columns = {str(header[i]).strip(): f for i, f in mapped.items()}
    ignored = [str(c).strip() for i, c in enumerate(header) if i not in mapped and not _blank(c)]
    rows = []
    for line, cells in grid[position + 1:]:
        values = _row_values(cells, mapped)
        if all(_blank(v) for v in values.values()):
            continue
        rows.append(SourceRow(line, values))
    if not rows:
        raise ImportFileError(message("{name} has a header row but no participants below "
                                      "it; add one participant per row and import again.",
                                      name=name))
    if len(rows) > MAX_ROWS:
        raise ImportFileError(message("{name} has more than {MAX_ROWS} rows; split the list "
                                      "into smaller files and import them one by one.",
                                      name=name, MAX_ROWS=MAX_ROWS))
    return header_line, columns, ignored, rows


def read_rows(path: str | Path) -> ParsedFile:
    """Read a CSV or XLSX participant list; raises ImportFileError with one sentence."""
    path = Path(path)
    data = _check_path(path)
    encoding = delimiter = None
    if data.startswith(b"PK\x03\x04"):
        kind, grid = "xlsx", xlsx_grid(path)
    elif data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(message("{name} is an old Excel (.xls) or password-protected "
                                      "workbook; save it as XLSX without a password, or as "
                                      "CSV.", name=path.name))
    elif data.startswith(b"%PDF"):
        raise ImportFileError(message("{name} is a PDF document; save the list as CSV or "
                                      "XLSX and import that file.", name=path.name))
    elif path.suffix.lower() in (".xlsx", ".xlsm"):
        raise ImportFileError(message("{name} is not a readable XLSX workbook; open it in a "
                                      "spreadsheet and save it again as XLSX or CSV.",
                                      name=path.name))
    else:
        kind = "csv"
        grid, encoding, delimiter = csv_grid(data, path.name)
    if not any(not _blank(c) for _line, cells in grid for c in cells):
        raise ImportFileError(message("{name} is empty; save the participant list in it and "
                                      "import it again.", name=path.name))
    header_line, columns, ignored, rows = rows_from_grid(grid, path.name)
    return ParsedFile(path=str(path), kind=kind, header_line=header_line, columns=columns,
                      ignored_columns=ignored, rows=rows, encoding=encoding,
                      delimiter=delimiter, fields=sorted(set(columns.values())))
