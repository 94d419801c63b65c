"""Participant list import: encodings, delimiters, headers (English/French), XLSX,
malformed files, invalid rows with their line numbers, duplicate matching and
atomicity, on a real SQLite node."""

from __future__ import annotations

import logging
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from app.domain.errors import NotFoundError
from app.services import activities, attendance, importing, network, records
from app.services.import_reader import read_rows
from app.store.models import AuditLog, ChangeLog, Participant

pytestmark = pytest.mark.both_backends

HEADER = "Full name,Sex,Category,Organisation,Country"
ROWS = ["Élodie Mbeki,F,magistrate,Tribunal de grande instance de Beni,CD",
        "Jean-Pierre Kasongo,M,police,Police nationale congolaise,RDC",
        "Amina Yusuf,F,civil society,Femmes pour la paix,Uganda"]


def _activity(ws, **over) -> str:
    mission_id = network.mission_by_code(ws, "MONUSCO")["id"]
    data = {"title": "Deradicalisation training", "kind": "training",
            "mission_id": mission_id, "start_date": "2024-03-04", "end_date": "2024-03-06",
            "venue_city": "Beni", "venue_country": "CD"}
    data.update(over)
    return activities.create_activity(ws, data)["id"]


def _write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "list.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _csv(lines: list[str], sep: str = ",") -> str:
    return "\r\n".join(line.replace(",", sep) for line in lines) + "\r\n"


def _xlsx(tmp_path: Path, rows: list[list], name: str = "list.xlsx") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    path = tmp_path / name
    book.save(path)
    return path


def _state(ws) -> dict[str, int]:
    """Record counts plus change-log and audit-log lengths: what a failed import must
    leave untouched."""
    counts = records.counts(ws)
    with ws.session() as s:
        counts["change_log"] = s.scalar(select(func.count()).select_from(ChangeLog))
        counts["audit_log"] = s.scalar(select(func.count()).select_from(AuditLog))
    return counts


def _people(ws) -> dict[str, dict]:
    return {p["full_name"]: p for p in records.list_all(ws, "participant")}


# --- encodings and delimiters --------------------------------------------------------------


def test_utf8_csv_creates_and_registers_everyone(ws, tmp_path):
    activity = _activity(ws)
    path = _write(tmp_path, _csv([HEADER, *ROWS]))
    result = importing.import_participants(ws, path, activity)
    assert (result.created, result.matched, result.registered, result.invalid) == (3, 0, 3, 0)
    assert result.imported and result.file["encoding"] == "utf-8"
    people = _people(ws)
    assert people["Élodie Mbeki"]["sex"] == "f" and people["Élodie Mbeki"]["country"] == "CD"
    assert people["Jean-Pierre Kasongo"]["country"] == "CD"
    assert people["Amina Yusuf"]["category"] == "civil_society"
    # No state/non-state column: civil society is non-state, the others state.
    assert people["Amina Yusuf"]["actor_type"] == "non_state"
    assert people["Élodie Mbeki"]["actor_type"] == "state"
    # New people belong to the activity's mission, like walk-ins.
    assert {p["owner_mission"] for p in people.values()} == {"MONUSCO"}
    registered = attendance.attendance_of(ws, activity)
    assert sorted(a["participant"]["full_name"] for a in registered) == sorted(people)
    assert {a["role"] for a in registered} == {"participant"}
    assert sorted(result.participant_ids) == sorted(p["id"] for p in people.values())


def test_utf8_with_bom_reads_the_first_header(ws, tmp_path):
    path = _write(tmp_path, _csv([HEADER, *ROWS]), "utf-8-sig")
    parsed = read_rows(path)
    assert parsed.encoding == "utf-8-sig"
    assert parsed.columns["Full name"] == "full_name"  # not "\ufeffFull name"
    assert parsed.rows[0].values["full_name"] == "Élodie Mbeki"


def test_cp1252_with_accents_keeps_the_letters(ws, tmp_path):
    activity = _activity(ws)
    lines = ["Nom complet;Sexe;Catégorie;Organisation",
             "Hélène Lefèvre-Nuñez;Femme;Procureur;Parquet général de Bunia",
             "François Ngoy Mwépu;Homme;Magistrat;Cour d'appel de Kinshasa/Gombe"]
    path = _write(tmp_path, _csv(lines), "cp1252")
    result = importing.import_participants(ws, path, activity)
    assert result.created == 2 and result.file["encoding"] == "cp1252"
    people = _people(ws)
    assert set(people) == {"Hélène Lefèvre-Nuñez", "François Ngoy Mwépu"}
    assert people["Hélène Lefèvre-Nuñez"]["category"] == "prosecutor"
    assert people["François Ngoy Mwépu"]["organisation"] == "Cour d'appel de Kinshasa/Gombe"


def test_latin1_is_read_like_cp1252(ws, tmp_path):
    path = _write(tmp_path, _csv(["Nom;Sexe;Catégorie", "Zoé Kabeya;F;Policier"]), "latin-1")
    parsed = read_rows(path)
    assert parsed.rows[0].values["full_name"] == "Zoé Kabeya"


def test_utf16_with_tabs(ws, tmp_path):
    activity = _activity(ws)
    lines = [HEADER, *ROWS, "Алишер Усманов,M,border,Пограничные войска,UZ"]
    path = _write(tmp_path, _csv(lines, "\t"), "utf-16")
    result = importing.import_participants(ws, path, activity)
    assert result.file["delimiter"] == "\t" and result.file["encoding"] == "utf-16"
    assert result.created == 4
    assert _people(ws)["Алишер Усманов"]["organisation"] == "Пограничные войска"


def test_cyrillic_windows_1251_is_not_mistaken_for_latin(ws, tmp_path):
    lines = ["ФИО;Пол;Категория;Организация",
             "Гульнара Каримова;Ж;прокурор;Генеральная прокуратура Республики Узбекистан",
             "Алишер Усманов;М;полиция;Министерство внутренних дел"]
    parsed = read_rows(_write(tmp_path, _csv(lines), "cp1251"))
    assert parsed.encoding == "cp1251"
    assert parsed.rows[0].values["full_name"] == "Гульнара Каримова"
    assert parsed.columns == {"ФИО": "full_name", "Пол": "sex", "Категория": "category",
                              "Организация": "organisation"}


@pytest.mark.parametrize("sep", [";", "\t", "|", ","])
def test_delimiters_are_detected(ws, tmp_path, sep):
    parsed = read_rows(_write(tmp_path, _csv([HEADER, *ROWS], sep)))
    assert parsed.delimiter == sep
    assert parsed.rows[1].values["organisation"] == "Police nationale congolaise"


def test_quoted_commas_and_line_breaks_keep_spreadsheet_row_numbers(ws, tmp_path):
    text = ('Full name,Sex,Category,Organisation\n'
            '"Mbeki, Élodie",F,magistrate,"Tribunal, Beni"\n'
            '"Kasongo\nJean-Pierre",M,police,PNC\n'
            'Bad Row,Q,police,PNC\n')
    preview = importing.preview(ws, _write(tmp_path, text), _activity(ws))
    rows = list(preview)
    assert rows[0].values["organisation"] == "Tribunal, Beni"
    assert rows[1].values["full_name"] == "Kasongo Jean-Pierre"  # spaces collapsed
    # The third participant is on spreadsheet row 4, though on text line 5.
    assert rows[2].line == 4 and rows[2].status == "invalid"


def test_excel_sep_hint_line(ws, tmp_path):
    parsed = read_rows(_write(tmp_path, _csv(["sep=;", "Nom;Sexe;Catégorie",
                                              "A, B;F;police"])))
    assert parsed.delimiter == ";" and parsed.header_line == 2
    assert parsed.rows[0].values["full_name"] == "A, B" and parsed.rows[0].line == 3


# --- headers -------------------------------------------------------------------------


def test_first_and_last_name_columns_are_joined(ws, tmp_path):
    lines = ["N°;Prénom;NOM;Sexe;Catégorie;Signature",
             "1;Élodie;MBEKI;F;magistrat;", "2;;KASONGO;M;policier;"]
    parsed = read_rows(_write(tmp_path, _csv(lines)))
    assert [r.values["full_name"] for r in parsed.rows] == ["Élodie MBEKI", "KASONGO"]
    assert parsed.ignored_columns == ["N°", "Signature"]
    assert parsed.columns["NOM"] == "last_name"


def test_french_headers_and_values(ws, tmp_path):
    activity = _activity(ws)
    lines = ["Nom et prénom(s);Sexe;Structure;Fonction;Catégorie;Type d'acteur;Nationalité;"
             "Courriel;Téléphone;Tranche d'âge;Handicap;Rôle",
             "Élodie Mbeki;Féminin;TGI Beni;Juge;Magistrat;Étatique;Congolaise;"
             "e.mbeki@example.org;+243 81 234 5678;35–44;Non;Participante",
             "Paul Lumumba;H;ONG Paix;Coordonnateur;Société civile;Non étatique;RDC;;;52;oui;"
             "Formateur"]
    result = importing.import_participants(ws, _write(tmp_path, _csv(lines)), activity)
    assert result.created == 2
    people = _people(ws)
    elodie, paul = people["Élodie Mbeki"], people["Paul Lumumba"]
    assert (elodie["sex"], elodie["category"], elodie["actor_type"]) == ("f", "magistrate",
                                                                          "state")
    assert (elodie["country"], elodie["age_band"], elodie["disability"]) == ("CD", "35-44",
                                                                              False)
    assert elodie["position"] == "Juge" and elodie["phone"] == "+243 81 234 5678"
    assert (paul["actor_type"], paul["age_band"], paul["disability"]) == ("non_state", "45-54",
                                                                          True)
    roles = {a["participant"]["full_name"]: a["role"]
             for a in attendance.attendance_of(ws, activity)}
    assert roles == {"Élodie Mbeki": "participant", "Paul Lumumba": "trainer"}


def test_organisation_naming_a_known_entity_links_it(ws, tmp_path):
    entity = network.create_entity(ws, {"name": "Police nationale congolaise",
                                        "acronym": "PNC", "sector": "police"})
    # Known from the form: linked to the entity, no organisation text.
    known = attendance.create_participant(ws, {
        "full_name": "Marie Kabila", "sex": "f", "category": "police", "actor_type": "state",
        "entity_id": entity["id"]})
    lines = [HEADER, "Jean Kasongo,M,police,pnc,CD", "Ana Diaz,F,police,Other body,CD",
             "KABILA Marie,F,police,PNC,CD", "Kasongo Jean,M,police,Police Nationale "
             "Congolaise,CD"]
    result = importing.import_participants(ws, _write(tmp_path, _csv(lines)), _activity(ws))
    assert result.matched_rows == [{"line": 4, "participant_id": known["id"]}]
    assert result.skipped_rows[0]["detail"] == "same person as line 2"
    people = _people(ws)
    assert len(people) == 3
    assert people["Jean Kasongo"]["entity_id"] == entity["id"]
    assert people["Jean Kasongo"]["organisation"] == "Police nationale congolaise"
    assert people["Ana Diaz"]["entity_id"] is None
    assert people["Ana Diaz"]["organisation"] == "Other body"


def test_people_known_under_the_written_organisation_are_matched(ws, tmp_path):
    known = attendance.create_participant(ws, {
        "full_name": "Jean Kasongo", "sex": "m", "category": "police", "actor_type": "state",
        "organisation": "PNC"})
    network.create_entity(ws, {"name": "Police nationale congolaise", "acronym": "PNC",
                               "sector": "police"})
    result = importing.import_participants(
        ws, _write(tmp_path, _csv([HEADER, "Jean Kasongo,M,police,PNC,CD"])), _activity(ws))
    assert result.matched_rows == [{"line": 2, "participant_id": known["id"]}]


# --- XLSX ----------------------------------------------------------------------------


def test_xlsx_with_title_rows_and_typed_cells(ws, tmp_path):
    activity = _activity(ws)
    path = _xlsx(tmp_path, [
        ["Liste de présence - Formation de Beni"],
        ["4-6 mars 2024"],
        [],
        ["Nom complet", "Sexe", "Catégorie", "Institution", "Téléphone", "Handicap", "Age"],
        ["Élodie Mbeki", "F", "magistrat", "TGI Beni", 243812345678, False, 41.0],
        [],
        ["Jean Kasongo", "M", "policier", "PNC", None, None, None],
        ["Sans Sexe", None, "policier", "PNC", None, None, None],
    ])
    parsed = read_rows(path)
    assert parsed.kind == "xlsx" and parsed.header_line == 4
    assert [r.line for r in parsed.rows] == [5, 7, 8]  # Excel row numbers; blank row skipped
    with pytest.raises(importing.InvalidRowsError) as err:
        importing.import_participants(ws, path, activity)
    assert err.value.result.invalid_rows == [{"line": 8, "errors": {"sex": "Sex is required"}}]
    result = importing.import_participants(ws, path, activity, skip_invalid=True)
    assert result.created == 2
    elodie = _people(ws)["Élodie Mbeki"]
    assert elodie["phone"] == "243812345678" and elodie["disability"] is False
    assert elodie["age_band"] == "35-44"


def test_xlsx_uses_the_first_sheet(ws, tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["Name", "Sex", "Category"])
    book.active.append(["First Sheet", "F", "police"])
    other = book.create_sheet("Other")
    other.append(["Name", "Sex", "Category"])
    other.append(["Second Sheet", "M", "police"])
    book.active = 1
    path = tmp_path / "two.xlsx"
    book.save(path)
    assert [r.values["full_name"] for r in read_rows(path).rows] == ["First Sheet"]


# --- invalid rows and atomicity -------------------------------------------------------------


def test_invalid_rows_are_reported_with_line_numbers_and_nothing_is_imported(ws, tmp_path):
    activity = _activity(ws)
    lines = ["Participants - Beni;;;;;",
             "Full name;Sex;Category;Organisation;Country;Email",
             "Élodie Mbeki;F;magistrate;TGI Beni;CD;",
             "No Sex;;police;PNC;CD;",
             "Jean-Pierre Kasongo;M;police;PNC;CD;jp@example.org",
             "Bad Values;Q;astronaut;PNC;Atlantis;",
             "Bad Email;F;police;PNC;CD;not-an-address"]
    path = _write(tmp_path, "\n".join(lines))
    before = _state(ws)
    with pytest.raises(importing.InvalidRowsError) as err:
        importing.import_participants(ws, path, activity)
    result = err.value.result
    assert not result.imported and result.created == 0 and result.invalid == 3
    assert [r["line"] for r in result.invalid_rows] == [4, 6, 7]
    assert result.invalid_rows[0]["errors"] == {"sex": "Sex is required"}
    assert set(result.invalid_rows[1]["errors"]) == {"sex", "category", "country"}
    assert "Atlantis" in result.invalid_rows[1]["errors"]["country"]
    assert set(result.invalid_rows[2]["errors"]) == {"email"}
    assert "3 of 5 rows" in str(err.value) and "--skip-invalid" in str(err.value)
    assert _state(ws) == before


def test_skip_invalid_imports_the_valid_rows(ws, tmp_path):
    activity = _activity(ws)
    path = _write(tmp_path, _csv([HEADER, ROWS[0], "Bad,Q,police,PNC,CD", ROWS[1]]))
    result = importing.import_participants(ws, path, activity, skip_invalid=True)
    assert (result.created, result.invalid) == (2, 1)
    assert result.invalid_rows[0]["line"] == 3
    assert set(_people(ws)) == {"Élodie Mbeki", "Jean-Pierre Kasongo"}


def test_skip_invalid_with_no_valid_row_is_refused(ws, tmp_path):
    path = _write(tmp_path, _csv([HEADER, "Bad,Q,police,PNC,CD", "Worse,,,,"]))
    before = _state(ws)
    with pytest.raises(importing.InvalidRowsError, match=r"No row of list\.csv"):
        importing.import_participants(ws, path, _activity(ws), skip_invalid=True)
    assert records.counts(ws)["participant"] == before["participant"] == 0


def test_a_failure_midway_rolls_everything_back(ws, tmp_path, monkeypatch):
    activity = _activity(ws)
    path = _write(tmp_path, _csv([HEADER, *ROWS]))
    before = _state(ws)
    calls = []
    real = importing.register_in

    def failing(tx, *args, **kwargs):
        calls.append(args)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real(tx, *args, **kwargs)

    monkeypatch.setattr(importing, "register_in", failing)
    with pytest.raises(OSError):
        importing.import_participants(ws, path, activity)
    assert len(calls) == 3
    assert _state(ws) == before


def test_unknown_activity(ws, tmp_path):
    path = _write(tmp_path, _csv([HEADER, *ROWS]))
    with pytest.raises(NotFoundError, match="No activity with id nope"):
        importing.import_participants(ws, path, "nope")
    with pytest.raises(NotFoundError):
        importing.preview(ws, path, "nope")


# --- duplicates ----------------------------------------------------------------------------


def test_people_already_known_are_matched_not_created_again(ws, tmp_path):
    known = attendance.create_participant(ws, {
        "full_name": "Élodie Mbeki", "sex": "f", "category": "magistrate",
        "actor_type": "state", "organisation": "Tribunal de grande instance de Beni"})
    first = _activity(ws)
    attendance.register(ws, first, known["id"])
    second = _activity(ws, title="Follow-up workshop", kind="workshop")
    # Same person written otherwise: name order, case, accents.
    lines = [HEADER, "MBEKI Elodie,F,magistrate,TRIBUNAL DE GRANDE INSTANCE DE BÉNI,CD",
             ROWS[1]]
    path = _write(tmp_path, _csv(lines))
    rows = list(importing.preview(ws, path, second))
    assert [(r.status, r.participant_id) for r in rows] == [("matched", known["id"]),
                                                            ("new", None)]
    result = importing.import_participants(ws, path, second)
    assert (result.created, result.matched, result.registered) == (1, 1, 2)
    assert result.matched_rows == [{"line": 2, "participant_id": known["id"]}]
    assert records.counts(ws)["participant"] == 2
    history = attendance.history_of(ws, known["id"])
    assert {h["activity_id"] for h in history} == {first, second}
    # The person's record is not changed by the list.
    assert records.get(ws, "participant", known["id"])["full_name"] == "Élodie Mbeki"


def test_people_already_registered_are_skipped_not_errors(ws, tmp_path):
    activity = _activity(ws)
    path = _write(tmp_path, _csv([HEADER, *ROWS]))
    importing.import_participants(ws, path, activity)
    before = _state(ws)
    again = importing.import_participants(ws, path, activity)
    assert (again.created, again.matched, again.registered, again.skipped) == (0, 0, 0, 3)
    assert {r["reason"] for r in again.skipped_rows} == {"already_registered"}
    assert _state(ws) == before


def test_duplicates_inside_the_file_are_collapsed(ws, tmp_path):
    activity = _activity(ws)
    lines = [HEADER, ROWS[0], ROWS[1], "mbeki élodie,F,magistrate,Tribunal de grande "
             "instance de Beni,CD", ROWS[0]]
    result = importing.import_participants(ws, _write(tmp_path, _csv(lines)), activity)
    assert (result.created, result.skipped) == (2, 2)
    assert [(r["line"], r["detail"]) for r in result.skipped_rows] == [
        (4, "same person as line 2"), (5, "same person as line 2")]
    assert len(attendance.attendance_of(ws, activity)) == 2


def test_a_deleted_registration_is_brought_back(ws, tmp_path):
    activity = _activity(ws)
    path = _write(tmp_path, _csv([HEADER, ROWS[0]]))
    importing.import_participants(ws, path, activity)
    (registration,) = attendance.attendance_of(ws, activity)
    records.delete(ws, "attendance", registration["id"])
    result = importing.import_participants(ws, path, activity)
    assert (result.matched, result.registered) == (1, 1)
    (back,) = attendance.attendance_of(ws, activity)
    assert back["id"] == registration["id"] and back["deleted"] is False


# --- preview ---------------------------------------------------------------------------


def test_preview_writes_nothing_and_matches_the_import(ws, tmp_path):
    activity = _activity(ws)
    path = _write(tmp_path, _csv([HEADER, *ROWS, "Bad,Q,police,PNC,CD", ROWS[0]]))
    before = _state(ws)
    preview = importing.preview(ws, path, activity)
    assert _state(ws) == before
    assert [r.status for r in preview] == ["new", "new", "new", "invalid",
                                           "duplicate_in_file"]
    assert preview.rows[3].raw["sex"] == "Q" and "sex" in preview.rows[3].errors
    data = preview.to_dict()
    assert data["counts"] == {"new": 3, "matched": 0, "already_registered": 0,
                              "duplicate_in_file": 1, "invalid": 1}
    assert data["file"]["rows"] == 5 and data["file"]["columns"]["Sex"] == "sex"
    result = importing.import_participants(ws, path, activity, skip_invalid=True)
    assert result.created == preview.count("new") and result.skipped == 1


def test_import_logs_ids_and_counts_never_names(ws, tmp_path, caplog):
    activity = _activity(ws)
    path = _write(tmp_path, _csv([HEADER, *ROWS]))
    with caplog.at_level(logging.DEBUG):
        importing.import_participants(ws, path, activity)
    assert activity in caplog.text
    for name in ("Mbeki", "Kasongo", "Yusuf", "Tribunal"):
        assert name not in caplog.text
    with ws.session() as s:
        details = " ".join(a.detail for a in s.scalars(select(AuditLog)))
    assert "Mbeki" not in details
    assert records.counts(ws)["participant"] == 3
    with ws.session() as s:
        assert s.scalar(select(func.count()).select_from(Participant)) == 3
