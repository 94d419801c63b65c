"""Reading participant lists: header names, malformed and unsupported files (each
refused with one sentence naming the file), unusual encodings and line endings."""

from __future__ import annotations

import random
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.import_reader import ImportFileError, header_field, read_rows


def _write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "list.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _xlsx(tmp_path: Path, rows: list[list], name: str = "list.xlsx") -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    path = tmp_path / name
    book.save(path)
    return path


@pytest.mark.parametrize(("header", "field"), [
    ("Full name", "full_name"), ("  NOM COMPLET ", "full_name"),
    ("Nom et prénom(s)", "full_name"), ("Nom et Prénoms", "full_name"),
    ("Nom complet *", "full_name"), ("Nom / Name", "full_name"), ("Sexe (M/F)", "sex"),
    ("Genre", "sex"), ("Gender", "sex"), ("Institution", "organisation"),
    ("Structure", "organisation"), ("Organization", "organisation"), ("Service", "organisation"),
    ("Fonction", "position"), ("Grade", "position"), ("Rank", "position"), ("Poste", "position"),
    ("Catégorie", "category"), ("State/non-state", "actor_type"),
    ("Type d'acteur", "actor_type"), ("Pays", "country"), ("Nationalité", "country"),
    ("E-mail", "email"), ("Courriel", "email"), ("Téléphone", "phone"), ("Tel.", "phone"),
    ("Nom (écriture originale)", "native_name"), ("Tranche d'âge", "age_band"),
    ("Age band", "age_band"), ("Handicap", "disability"), ("Rôle", "role"),
    ("Prénom", "first_name"), ("Last name", "last_name"), ("N°", None), ("Signature", None),
    ("", None), (None, None),
])
def test_header_names(header, field):
    assert header_field(header) == field


# --- malformed files ---------------------------------------------------------------------


def _refused(path: Path) -> str:
    with pytest.raises(ImportFileError) as err:
        read_rows(path)
    message = str(err.value)
    assert message.count(". ") == 0 and message.endswith(".")  # one sentence
    assert path.name in message or str(path) in message
    return message


def test_binary_garbage_is_refused(tmp_path):
    data = random.Random(7).randbytes(4000)
    path = tmp_path / "list.csv"
    path.write_bytes(data)
    assert "CSV" in _refused(path)


def test_nul_filled_and_image_files_are_refused(tmp_path):
    (tmp_path / "zeros.csv").write_bytes(b"Name,Sex\x00\x00\x00" * 50)
    assert "not a text or spreadsheet file" in _refused(tmp_path / "zeros.csv")
    (tmp_path / "photo.csv").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    assert "CSV" in _refused(tmp_path / "photo.csv")


@pytest.mark.parametrize(("name", "data", "words"), [
    ("list.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500, "old Excel"),
    ("list.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500, "password"),
    ("list.pdf", b"%PDF-1.7\n...", "PDF"),
    ("list.txt", b"%PDF-1.7\n" + b"\x00" * 100, "PDF"),
    ("list.ods", b"PK\x03\x04rest", "OpenDocument"),
    ("list.xlsx", b"Name,Sex,Category\nA,F,police\n", "not a readable XLSX"),
    ("list.xlsx", b"PK\x03\x04 this is not really a zip", "not a readable XLSX"),
])
def test_other_formats_are_refused(tmp_path, name, data, words):
    path = tmp_path / name
    path.write_bytes(data)
    assert words in _refused(path)


def test_empty_and_header_only_files(tmp_path):
    assert "is empty" in _refused(_write(tmp_path, "", name="empty.csv"))
    assert "is empty" in _refused(_write(tmp_path, "\n\r\n  \n", name="blank.csv"))
    assert "is empty" in _refused(_write(tmp_path, ";;;\n;;;\n", name="semis.csv"))
    assert "no participants" in _refused(_write(tmp_path, "Name,Sex,Category\n",
                                                name="header.csv"))
    assert "no participants" in _refused(_write(tmp_path, "Name,Sex,Category\n,,\n,,\n",
                                                name="blankrows.csv"))
    assert "no participants" in _refused(_xlsx(tmp_path, [["Name", "Sex", "Category"]]))
    assert "is empty" in _refused(_xlsx(tmp_path, [], name="empty.xlsx"))


def test_missing_required_columns_are_named(tmp_path):
    message = _refused(_write(tmp_path, "Name,Organisation,Country\nA,B,CD\n"))
    assert "sex and category" in message
    message = _refused(_write(tmp_path, "Prénom,Sexe,Catégorie\nA,F,police\n", name="b.csv"))
    assert "full name" in message


def test_no_header_at_all(tmp_path):
    message = _refused(_write(tmp_path, "Élodie Mbeki,F,magistrate\nJean,M,police\n"))
    assert "header row" in message


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ImportFileError, match="does not exist"):
        read_rows(tmp_path / "nothere.csv")
    with pytest.raises(ImportFileError, match="is a folder"):
        read_rows(tmp_path)



# --- less common but real files ---------------------------------------------------------


def test_utf16_without_bom(tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes("Name;Sex;Category\nZoé Kabeya;F;police\nАлишер Усманов;M;border\n"
                     .encode("utf-16-le"))
    parsed = read_rows(path)
    assert parsed.encoding == "utf_16_le"
    assert [r.values["full_name"] for r in parsed.rows] == ["Zoé Kabeya", "Алишер Усманов"]


def test_old_mac_line_endings(tmp_path):
    parsed = read_rows(_write(tmp_path, "Name,Sex,Category\rA B,F,police\rC D,M,police\r"))
    assert [(r.line, r.values["full_name"]) for r in parsed.rows] == [(2, "A B"), (3, "C D")]


def test_a_runaway_quote_is_reported_not_crashing(tmp_path):
    text = 'Name,Sex,Category\n"A B,F,police\n' + "x" * 200_000 + "\n"
    with pytest.raises(ImportFileError) as err:
        read_rows(_write(tmp_path, text))
    assert "not a well-formed CSV file" in str(err.value) and "list.csv" in str(err.value)


def test_trailing_empty_columns_and_rows_are_ignored(tmp_path):
    parsed = read_rows(_write(tmp_path, "Name;Sex;Category;;;\nA B;F;police;;;\n;;;;;\n;;;;;\n"))
    assert len(parsed.rows) == 1 and parsed.ignored_columns == []


def test_russian_and_arabic_values(tmp_path):
    from app.services.importing import clean_row

    values, _role, errors = clean_row({"full_name": "Гульнара Каримова", "sex": "Ж",
                                       "category": "прокурор"})
    assert not errors and (values["sex"], values["category"]) == ("f", "prosecutor")
    values, _role, errors = clean_row({"full_name": "محمد علي", "sex": "ذكر",
                                       "category": "police"})
    assert not errors and values["sex"] == "m"


def test_only_the_first_sheet_of_an_empty_workbook(tmp_path):
    book = openpyxl.Workbook()
    book.create_sheet("Second").append(["Name", "Sex", "Category"])
    path = tmp_path / "first-empty.xlsx"
    book.save(path)
    with pytest.raises(ImportFileError, match="is empty"):
        read_rows(path)


# --- whatever the bytes, one clear error or rows -------------------------------------------


def _read_any(data: bytes, suffix: str) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"list{suffix}"
        path.write_bytes(data)
        message = ""
        try:
            parsed = read_rows(path)
        except ImportFileError as exc:
            message = str(exc)
        if message:
            assert message.endswith(".") and "\n" not in message
        else:
            assert parsed.rows and {"sex", "category"} <= set(parsed.fields)


@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".csv", ".xlsx", ".txt"]))
@settings(max_examples=150, deadline=None)
def test_random_bytes_never_crash(data, suffix):
    _read_any(data, suffix)


CSV_ALPHABET = st.sampled_from([*"abcéЖ ,;\t|\"\r\n", "Name", "Sex", "Category", "F",
                                 "police", "Nom", "Prénom"])


@given(parts=st.lists(CSV_ALPHABET, max_size=80),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
@settings(max_examples=150, deadline=None)
def test_random_csv_like_text_never_crashes(parts, encoding):
    _read_any("".join(parts).encode(encoding, errors="replace"), ".csv")


def test_damaged_workbooks_are_refused_with_one_sentence(tmp_path):
    good = _xlsx(tmp_path, [["Name", "Sex", "Category"], ["A B", "F", "police"]]).read_bytes()
    rnd = random.Random(3)
    for i in range(120):
        damaged = bytearray(good)
        if i % 3 == 0:
            damaged = damaged[:rnd.randrange(10, len(damaged))]
        else:
            for _ in range(rnd.randint(1, 20)):
                damaged[rnd.randrange(len(damaged))] = rnd.randrange(256)
        path = tmp_path / "damaged.xlsx"
        path.write_bytes(bytes(damaged))
        try:
            read_rows(path)
        except ImportFileError as exc:
            assert "damaged.xlsx" in str(exc)  # noqa: PT017 - many files in one test
