"""Report data that reaches every branch of every report builder (each section, each
optional block, empty and full), and a recording hook: rendering all of it through
:func:`render_all` collects every English string the reports pass to ``tr``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from app.reports import data as rd
from app.reports.assessment import build_assessment
from app.reports.attendance import build_attendance
from app.reports.i18n import Translate
from app.reports.programme import build_programme
from app.reports.sign_in import build_sign_in
from app.reports.xlsx import participants_xlsx, programme_xlsx

META = rd.Meta(dt.datetime(2024, 9, 12, 18, 0, tzinfo=dt.UTC), "MONUSCO Goma", "Registrar")
START = dt.date(2024, 9, 10)


def days(n: int) -> tuple[rd.Day, ...]:
    return tuple(rd.Day(f"d{i}", START + dt.timedelta(days=i), "Opening" if i == 0 else "")
                 for i in range(n))


def people(n: int, day_ids: list[str]) -> tuple[rd.Person, ...]:
    roles = ["participant"] * 6 + ["trainer", "observer"]
    sexes, cats = ["f", "m", "x"], ["police", "magistrate", "border", "civil_society"]
    return tuple(rd.Person(
        participant_id=f"p{i}", full_name=f"Person {i}", sex=sexes[i % 3],
        category=cats[i % 4], organisation=f"Org {i % 20}", position="Officer",
        country=["CD", "LY", "UZ", None][i % 4], native_name="أحمد" if i == 1 else "",
        role=roles[i % len(roles)], days_present=frozenset(day_ids[: i % (len(day_ids) + 1)]),
        pre_score=40.0 + i if i % 2 else None, post_score=70.0 + i, certificate=i % 3 == 0,
        commitment_signed=i % 2 == 0) for i in range(n))


def activity(kind: str, n_days: int, n_people: int, **extra: object) -> rd.ActivityData:
    d = days(n_days)
    info = rd.ActivityInfo("a1", "Prison management and violent extremism", kind, "MONUSCO",
                           "Mission in the Democratic Republic of the Congo", START,
                           START + dt.timedelta(days=n_days - 1), "Goma", "CD",
                           "Support to corrections", "UNODC", **extra)  # type: ignore[arg-type]
    return rd.ActivityData(info, d, people(n_people, [x.id for x in d]))


ACTIVITIES = [
    activity("coc_workshop", 3, 60, coc_modules=("ihl_ihrl", "ct_hr"),
             coc_commitments="Respect human rights", parties_represented="Parties",
             common_ground="Ground", follow_up="Next meeting"),
    activity("training", 9, 12),
    activity("meeting", 1, 0),
]

ASSESSMENTS = [
    rd.AssessmentData(
        "s1", "Needs and gaps of the justice chain", "MONUSCO", "MONUSCO", "mixed", "final",
        START, START, "Team", "A summary.",
        entities=(rd.EntityInfo("Tribunal de Goma", "TGI", "CD", "judiciary"),),
        findings=tuple(rd.FindingInfo(f"Finding {i}", area, sev, "Evidence", "Recommend",
                                      "Initiative A" if i % 2 else "")
                       for i, (area, sev) in enumerate([("legal_framework", "critical"),
                                                        ("investigation", "low"),
                                                        ("border_management", "high")])),
        initiatives=(rd.InitiativeInfo("Initiative A", "ongoing", "MONUSCO", START, None,
                                       "UNDP"),)),
    rd.AssessmentData("s2", "Empty", "UNSMIL", "UNSMIL", "desk_review", "draft"),
]

PROGRAMMES = [
    rd.ProgrammeData(
        START, START + dt.timedelta(days=90), None,
        activities={("MONUSCO", "training"): 3, ("UNSMIL", "coc_workshop"): 1},
        attendances=40, beneficiaries=30, beneficiaries_by_sex={"f": 12, "m": 18},
        beneficiaries_by_category={"police": 20, "magistrate": 10},
        beneficiaries_by_country={"CD": 20, "LY": 9, "": 1},
        findings={("border_management", "high"): 2, ("coordination", "low"): 1},
        initiatives=(rd.InitiativeInfo("Initiative A", "approved", "MONUSCO", START, None),),
        lessons=(rd.LessonInfo("Lesson", "good_practice", "early_warning", "UNSMIL", START),)),
    rd.ProgrammeData(None, None, "UNRCCA"),
]


def render_all(folder: Path, tr: Translate, *, pseudonymise: bool = True) -> list[Path]:
    """Every report of every sample into ``folder`` through ``tr``; returns the files."""
    out: list[Path] = []
    metas = [META] + ([rd.Meta(META.printed_at, "Node", "Operator", pseudonymise=True)]
                      if pseudonymise else [])
    for m, meta in enumerate(metas):
        for i, item in enumerate(ACTIVITIES):
            out.append(build_sign_in(item, folder / f"sign-{m}{i}.pdf", meta, tr=tr))
            out.append(build_attendance(item, folder / f"att-{m}{i}.pdf", meta, tr=tr))
        out.append(participants_xlsx(ACTIVITIES, folder / f"p-{m}.xlsx", meta, tr=tr))
    for i, item in enumerate(ASSESSMENTS):
        out.append(build_assessment(item, folder / f"ass-{i}.pdf", META, tr=tr))
    for i, item in enumerate(PROGRAMMES):
        out.append(build_programme(item, folder / f"prog-{i}.pdf", META, tr=tr))
        out.append(programme_xlsx(item, folder / f"prog-{i}.xlsx", META, tr=tr))
    return out


class Recorder:
    """A hook that remembers each string it is asked for (then translates it with
    ``inner``, or returns it unchanged); it reports ``lang`` as its language, so that
    vocabulary labels and country names come from their own catalogues."""

    def __init__(self, lang: str = "fr", inner: Callable[[str], str] | None = None) -> None:
        self.seen: set[str] = set()
        self.inner = inner
        self.lang = lang
        self.rtl = lang == "ar"

    def __call__(self, text: str) -> str:
        self.seen.add(text)
        return self.inner(text) if self.inner else text
