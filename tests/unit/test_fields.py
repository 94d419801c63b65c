"""Field rules: typing, vocabularies, messages that name the field."""

import datetime as dt

import pytest

from app.domain import vocab
from app.domain.countries import country_name, parse_country
from app.domain.fields import clean, parse_date


def test_required_fields_are_named_on_create():
    values, errors = clean("participant", {"full_name": " "})
    assert errors["full_name"] == "Full name is required"
    assert errors["sex"] == "Sex is required"
    assert errors["category"] == "Category is required"
    assert values == {}


def test_partial_update_checks_only_given_fields():
    values, errors = clean("participant", {"sex": "femme"}, partial=True)
    assert errors == {}
    assert values == {"sex": "f"}


def test_vocabulary_accepts_codes_labels_and_french_synonyms():
    assert vocab.PARTICIPANT_CATEGORY.parse("Magistrat") == "magistrate"
    assert vocab.PARTICIPANT_CATEGORY.parse("Agent pénitentiaire") == "corrections"
    assert vocab.PARTICIPANT_CATEGORY.parse("GOVERNMENT OFFICIAL") == "government"
    assert vocab.SEX.parse("H") == "m"
    assert vocab.ACTIVITY_KIND.parse("Code-of-conduct workshop") == "coc_workshop"
    assert vocab.PARTICIPANT_CATEGORY.parse("astronaut") is None


def test_unknown_code_lists_allowed_values():
    _, errors = clean("finding", {"assessment_id": "x", "title": "t", "thematic_area": "legal",
                                  "severity": "urgent"})
    assert "'urgent' is not a known value" in errors["severity"]
    assert "critical" in errors["severity"]
    assert "thematic_area" in errors


def test_unknown_field_is_an_error():
    _, errors = clean("lesson", {"colour": "red"}, partial=True)
    assert errors == {"colour": "is not a field of this record"}


@pytest.mark.parametrize(("text", "expected"), [
    ("2024-09-10", dt.date(2024, 9, 10)),
    ("10/09/2024", dt.date(2024, 9, 10)),
    ("10.09.2024", dt.date(2024, 9, 10)),
])
def test_dates_in_common_forms(text, expected):
    assert parse_date(text) == expected


def test_bad_date_and_out_of_range_score():
    _, errors = clean("attendance", {"activity_id": "a", "participant_id": "p",
                                     "role": "participant", "pre_score": "120"})
    assert errors["pre_score"] == "Pre-test score must be at most 100"
    _, errors = clean("activity_day", {"activity_id": "a", "day_date": "31/02/2024"})
    assert errors["day_date"] == "Date is not a date (use YYYY-MM-DD)"


def test_countries_by_code_name_and_french_name():
    assert parse_country("RDC") == "CD"
    assert parse_country("Ouzbékistan") == "UZ"
    assert parse_country("Libya") == "LY"
    assert country_name("CD") == "Congo, The Democratic Republic of the"
    _, errors = clean("partner_entity", {"name": "X", "sector": "police", "country": "Atlantis"})
    assert errors["country"] == "Country 'Atlantis' is not a known country"


def test_email_and_phone_checked():
    _, errors = clean("focal_point", {"full_name": "A", "email": "not-an-email",
                                      "phone": "call me"})
    assert errors["email"] == "Email is not an email address"
    assert errors["phone"] == "Phone is not a phone number"


def test_fold_ignores_accents_case_and_spacing():
    assert vocab.fold("  Élodie   MBÉKI ") == "elodie mbeki"
