"""Controlled vocabularies: stable codes stored in the database, labels for people.

Codes never change once shipped (bundles and old databases carry them). Labels are
English source strings; the GUI and the reports translate them by code through
``translate`` hooks (Qt's ``QCoreApplication.translate("vocab", label)`` in the GUI).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Vocabulary:
    """An ordered set of codes with English labels and accepted synonyms for imports."""

    name: str
    items: tuple[tuple[str, str], ...]
    synonyms: tuple[tuple[str, str], ...] = ()

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(code for code, _ in self.items)

    def __contains__(self, code: object) -> bool:
        return code in self.codes

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self.items)

    def label(self, code: str | None) -> str:
        """English label of ``code`` (the code itself when unknown, '' for None)."""
        if code is None:
            return ""
        return dict(self.items).get(code, code)

    def parse(self, text: str | None) -> str | None:
        """Map a code, a label or a synonym (any case, accents ignored) to a code."""
        if text is None:
            return None
        key = fold(text)
        if not key:
            return None
        for code, label in self.items:
            if key in (fold(code), fold(label)):
                return code
        for synonym, code in self.synonyms:
            if key == fold(synonym):
                return code
        return None


def fold(text: str) -> str:
    """Case- and accent-insensitive key: 'Élodie  MBÉKI' -> 'elodie mbeki'."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().replace("_", " ").replace("-", " ").split())


MISSION_TYPE = Vocabulary(
    "mission_type",
    (
        ("pko", "Peacekeeping operation"),
        ("spm", "Special political mission"),
        ("regional_office", "Regional office"),
        ("hq", "Headquarters"),
    ),
    (("peacekeeping", "pko"), ("special political", "spm"),
     ("opération de maintien de la paix", "pko"), ("mission politique spéciale", "spm"),
     ("bureau régional", "regional_office"), ("siège", "hq")),
)

SECTOR = Vocabulary(
    "sector",
    (
        ("police", "Police"),
        ("gendarmerie", "Gendarmerie"),
        ("prosecution", "Prosecution"),
        ("judiciary", "Judiciary"),
        ("corrections", "Corrections"),
        ("military", "Military"),
        ("border_customs", "Border and customs"),
        ("ministry", "Ministry"),
        ("regional_org", "Regional organisation"),
        ("civil_society", "Civil society"),
        ("other", "Other"),
    ),
    (("parquet", "prosecution"), ("ministère public", "prosecution"), ("justice", "judiciary"),
     ("tribunal", "judiciary"), ("prisons", "corrections"),
     ("administration pénitentiaire", "corrections"),
     ("armée", "military"), ("frontières", "border_customs"), ("douanes", "border_customs"),
     ("ministère", "ministry"), ("organisation régionale", "regional_org"),
     ("société civile", "civil_society"), ("autre", "other")),
)

THEMATIC_AREA = Vocabulary(
    "thematic_area",
    (
        ("legal_framework", "Legal framework"),
        ("investigation", "Investigation"),
        ("prosecution_adjudication", "Prosecution and adjudication"),
        ("prisons_veo", "Prisons and violent-extremist offenders"),
        ("deradicalisation_reintegration", "Deradicalisation and reintegration"),
        ("border_management", "Border management"),
        ("early_warning", "Early warning"),
        ("community_resilience", "Community resilience"),
        ("human_rights_gender", "Human rights and gender compliance"),
        ("coordination", "Coordination"),
    ),
)

SEVERITY = Vocabulary(
    "severity",
    (("low", "Low"), ("medium", "Medium"), ("high", "High"), ("critical", "Critical")),
    (("faible", "low"), ("moyenne", "medium"), ("élevée", "high"), ("critique", "critical")),
)

ASSESSMENT_STATUS = Vocabulary(
    "assessment_status", (("draft", "Draft"), ("final", "Final"), ("validated", "Validated"))
)

ASSESSMENT_METHOD = Vocabulary(
    "assessment_method",
    (
        ("desk_review", "Desk review"),
        ("interviews", "Interviews"),
        ("network_exchange", "Exchanges with network members"),
        ("field_visit", "Field visit"),
        ("mixed", "Mixed methods"),
    ),
)

INITIATIVE_STATUS = Vocabulary(
    "initiative_status",
    (
        ("proposed", "Proposed"),
        ("approved", "Approved"),
        ("ongoing", "Ongoing"),
        ("completed", "Completed"),
        ("suspended", "Suspended"),
    ),
)

ACTIVITY_KIND = Vocabulary(
    "activity_kind",
    (
        ("training", "Training"),
        ("conference", "Conference"),
        ("workshop", "Workshop"),
        ("coc_workshop", "Code-of-conduct workshop"),
        ("side_event", "Side event"),
        ("meeting", "Meeting"),
    ),
    (("formation", "training"), ("conférence", "conference"), ("atelier", "workshop"),
     ("code of conduct workshop", "coc_workshop"), ("réunion", "meeting"),
     ("événement parallèle", "side_event")),
)

PARTICIPANT_CATEGORY = Vocabulary(
    "participant_category",
    (
        ("magistrate", "Magistrate"),
        ("prosecutor", "Prosecutor"),
        ("police", "Police"),
        ("corrections", "Corrections"),
        ("military", "Military"),
        ("border", "Border"),
        ("government", "Government official"),
        ("civil_society", "Civil society"),
        ("other", "Other"),
    ),
    (("magistrat", "magistrate"), ("juge", "magistrate"), ("judge", "magistrate"),
     ("procureur", "prosecutor"), ("policier", "police"), ("agent pénitentiaire", "corrections"),
     ("pénitentiaire", "corrections"), ("prison officer", "corrections"), ("militaire", "military"),
     ("soldier", "military"), ("armed forces", "military"), ("frontière", "border"),
     ("border guard", "border"), ("customs", "border"), ("douane", "border"),
     ("fonctionnaire", "government"), ("government", "government"), ("official", "government"),
     ("société civile", "civil_society"), ("ngo", "civil_society"), ("ong", "civil_society"),
     ("autre", "other"),
     # appended for participant-list imports
     ("police officer", "police"), ("officier de police", "police"),
     ("agent de police", "police"), ("policière", "police"), ("juge d'instruction", "magistrate"),
     ("substitut du procureur", "prosecutor"), ("prison staff", "corrections"),
     ("gardien de prison", "corrections"), ("surveillant pénitentiaire", "corrections"),
     ("cso", "civil_society"), ("osc", "civil_society"), ("religious leader", "civil_society"),
     ("leader religieux", "civil_society"), ("полиция", "police"), ("полицейский", "police"),
     ("прокурор", "prosecutor"), ("судья", "magistrate"), ("военный", "military"),
     ("пограничник", "border"), ("пограничная служба", "border"), ("таможня", "border"),
     ("гражданское общество", "civil_society"), ("госслужащий", "government"),
     ("другое", "other")),
)

SEX = Vocabulary(
    "sex",
    (("f", "Female"), ("m", "Male"), ("x", "Other / prefer not to say")),
    (("female", "f"), ("woman", "f"), ("femme", "f"), ("féminin", "f"), ("w", "f"),
     ("male", "m"), ("man", "m"), ("homme", "m"), ("masculin", "m"), ("h", "m"),
     ("other", "x"), ("autre", "x"), ("prefer not to say", "x"),
     # appended for participant-list imports
     ("mme", "f"), ("madame", "f"), ("mlle", "f"), ("mrs", "f"), ("ms", "f"), ("mr", "m"),
     ("monsieur", "m"), ("ж", "f"), ("жен", "f"), ("женский", "f"), ("м", "m"), ("муж", "m"),
     ("мужской", "m"), ("أنثى", "f"), ("انثى", "f"), ("ذكر", "m")),
)

AGE_BAND = Vocabulary(
    "age_band",
    (("18-24", "18-24"), ("25-34", "25-34"), ("35-44", "35-44"), ("45-54", "45-54"),
     ("55-64", "55-64"), ("65+", "65 and over")),
    # appended for participant-list imports
    (("65 et plus", "65+"), ("65 ans et plus", "65+"), ("plus de 65 ans", "65+"),
     ("over 65", "65+")),
)

ACTOR_TYPE = Vocabulary(
    "actor_type",
    (("state", "State"), ("non_state", "Non-state")),
    (("étatique", "state"), ("etat", "state"), ("non étatique", "non_state"),
     ("nonstate", "non_state"), ("non state", "non_state"), ("civil society", "non_state"),
     # appended for participant-list imports
     ("state actor", "state"), ("acteur étatique", "state"), ("non-state actor", "non_state"),
     ("acteur non étatique", "non_state"), ("государственный", "state"),
     ("негосударственный", "non_state")),
)

ATTENDANCE_ROLE = Vocabulary(
    "attendance_role",
    (
        ("participant", "Participant"),
        ("trainer", "Trainer"),
        ("facilitator", "Facilitator"),
        ("observer", "Observer"),
        ("organiser", "Organiser"),
    ),
    (("formateur", "trainer"), ("facilitateur", "facilitator"), ("observateur", "observer"),
     ("organisateur", "organiser"), ("organizer", "organiser"),
     # appended for participant-list imports
     ("participante", "participant"), ("formatrice", "trainer"),
     ("facilitatrice", "facilitator"), ("observatrice", "observer"),
     ("organisatrice", "organiser")),
)

LESSON_KIND = Vocabulary(
    "lesson_kind", (("lesson", "Lesson learned"), ("good_practice", "Good practice"))
)

NODE_KIND = Vocabulary("node_kind", (("field", "Field node"), ("hq", "Headquarters")))

COC_MODULES = Vocabulary(
    "coc_module",
    (
        ("ihl_ihrl", "International humanitarian and human rights law"),
        ("use_of_force", "Use of force and firearms"),
        ("detention", "Arrest, detention and treatment of detainees"),
        ("sgbv", "Prevention of sexual and gender-based violence"),
        ("civilians", "Protection of civilians"),
        ("accountability", "Accountability and discipline"),
        ("ct_hr", "Counter-terrorism and human rights"),
    ),
)

ALL: dict[str, Vocabulary] = {
    v.name: v
    for v in (
        MISSION_TYPE, SECTOR, THEMATIC_AREA, SEVERITY, ASSESSMENT_STATUS, ASSESSMENT_METHOD,
        INITIATIVE_STATUS, ACTIVITY_KIND, PARTICIPANT_CATEGORY, SEX, AGE_BAND, ACTOR_TYPE,
        ATTENDANCE_ROLE, LESSON_KIND, NODE_KIND, COC_MODULES,
    )
}
