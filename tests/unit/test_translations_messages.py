"""Validation and service messages: English for the CLI, translatable for the window
through resources/translations/messages.<lang>.json."""

from __future__ import annotations

import ast
import copy
import json
import pickle
import re
from pathlib import Path

import pytest

from app.domain import i18n
from app.domain.errors import ValidationError
from app.domain.fields import clean

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("fr", "ar", "ru")
FIELD = re.compile(r"\{(\w+)\}")


def templates_in_code() -> set[str]:
    """Every literal template given to ``message(...)`` in the application."""
    found = set()
    for path in (ROOT / "app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "message":
                first = node.args[0] if node.args else None
                assert isinstance(first, ast.Constant) and isinstance(first.value, str), (
                    f"{path.name}:{node.lineno}: message() needs a literal template")
                found.add(first.value)
    return found


def catalogue(lang: str) -> dict[str, str]:
    path = ROOT / "resources" / "translations" / f"messages.{lang}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def test_the_code_has_the_messages_users_see_most() -> None:
    templates = templates_in_code()
    for template in ("{label} is required", "is not a date (use YYYY-MM-DD)",
                     "must be at least {min}", "must be at most {max}",
                     "This person is already registered for the activity"):
        assert template in templates
    assert any(t.startswith("A participant named {name}") for t in templates)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated_with_the_same_placeholders(lang: str) -> None:
    templates, translated = templates_in_code(), catalogue(lang)
    missing = sorted(templates - set(translated))
    stale = sorted(set(translated) - templates)
    assert not missing, f"messages.{lang}.json lacks {missing}"
    assert not stale, f"messages.{lang}.json has templates the code no longer uses: {stale}"
    for template, text in translated.items():
        assert sorted(FIELD.findall(text)) == sorted(FIELD.findall(template)), template
        assert text.strip() and text != template


def test_cli_keeps_english_messages() -> None:
    _values, errors = clean("activity", {"title": "", "start_date": "2024-13-45"})
    assert errors["title"] == "Title is required"
    assert errors["start_date"] == "Start date is not a date (use YYYY-MM-DD)"
    assert str(ValidationError({"title": errors["title"]}, "activity")) == (
        "The activity was not saved: title: Title is required.")


def test_messages_translate_with_their_field_labels() -> None:
    _values, errors = clean("activity", {"title": "", "start_date": "2024-13-45",
                                         "venue_country": "Atlantis"})
    labels = {"Title": "Titre", "Start date": "Date de début", "Country": "Pays"}
    fr = {k: i18n.translate_message(m, "fr", labels.get) for k, m in errors.items()}
    assert fr["title"] == "Titre : champ obligatoire"
    assert fr["start_date"] == "Date de début : n'est pas une date (format AAAA-MM-JJ)"
    assert fr["venue_country"] == "Pays : « Atlantis » n'est pas un pays connu"
    assert i18n.translate_message(errors["title"], "ru") == "Title: обязательное поле"
    assert i18n.translate_message(errors["title"], "ar") == "Title: حقل إلزامي"
    assert i18n.translate_message(errors["title"], "en") == "Title is required"
    assert i18n.translate_message("plain text", "fr") == "plain text"


def test_a_message_survives_copy_and_pickle() -> None:
    text = i18n.message("must be at least {min}", min="0")
    for clone in (copy.deepcopy(text), pickle.loads(pickle.dumps(text))):
        assert clone == "must be at least 0"
        assert isinstance(clone, i18n.Message) and clone.params == {"min": "0"}


def test_a_broken_translation_falls_back_to_english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "load_catalogue",
                        lambda _kind, _lang: {"must be at least {min}": "au moins {minimum}"})
    text = i18n.message("must be at least {min}", min="3")
    assert i18n.translate_message(text, "fr") == "must be at least 3"
