"""The sign-in sheet: printed before a training, signed at the door, one column per day."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph

from app.domain.vocab import ACTIVITY_KIND, ATTENDANCE_ROLE, SEX, fold
from app.reports import common
from app.reports.data import ActivityData, Day, Meta, Person
from app.reports.i18n import Translate, identity, in_language
from app.reports.pdf import (
    PagedTable,
    build_pdf,
    content_width,
    details_table,
    head,
    para,
    spacer,
    styles,
)
from app.reports.pseudonym import reference
from app.reports.text import FONT_BOLD, cell, visual

PAGE = landscape(A4)
DAYS_PER_SHEET = 5
SIGN_ROW_HEIGHT = 24


def activity_pairs(data: ActivityData, tr: Translate) -> list[tuple[str, str]]:
    """Label/value pairs that identify an activity at the top of a report."""
    a = data.activity
    venue = common.join([x for x in (a.venue_city, common.country(a.venue_country, tr)) if x])
    return [
        (tr("Activity"), a.title),
        (tr("Kind"), common.label(ACTIVITY_KIND, a.kind, tr)),
        (tr("Mission"), f"{a.mission_code} – {a.mission_name}" if a.mission_name
         and a.mission_name != a.mission_code else a.mission_code),
        (tr("Dates"), common.date_range(a.start_date, a.end_date)),
        (tr("Venue"), venue),
        (tr("Initiative"), a.initiative_title),
        (tr("Co-organisers"), a.co_organisers),
    ]


def ordered(people: tuple[Person, ...], meta: Meta) -> list[Person]:
    """People in print order: by name, or by reference when names are pseudonymised."""
    if meta.pseudonymise:
        return sorted(people, key=lambda p: reference(p.participant_id))
    return sorted(people, key=lambda p: (fold(p.full_name), p.participant_id))


def _day_head(day: Day, number: int, tr: Translate, width: float) -> str:
    head = visual(tr("Day {n}").format(n=number)) + "\n" + common.date(day.date)
    return head + ("\n" + cell(day.label, width, FONT_BOLD, max_lines=2) if day.label else "")


def _sheet(data: ActivityData, days: list[tuple[int, Day]], people: list[Person],
           meta: Meta, tr: Translate, blank_rows: int) -> PagedTable:
    width = content_width(PAGE)
    fixed = [9 * mm, 58 * mm, 50 * mm, 38 * mm, 15 * mm]
    day_w = (width - sum(fixed)) / max(len(days), 1)
    header = [*head([tr("No."), tr("Name"), tr("Organisation"), tr("Position"), tr("Sex")],
                    fixed),
              *(_day_head(day, n, tr, day_w - 6) for n, day in days)]
    blanks = [""] * len(days)
    rows = []
    for i, person in enumerate(people, start=1):
        role = common.label(ATTENDANCE_ROLE, person.role, tr)
        name = common.person_name(person, meta, role="" if person.role == "participant"
                                  else role)
        rows.append([str(i), cell(name, fixed[1] - 6), cell(person.organisation, fixed[2] - 6),
                     cell(common.position(person, meta), fixed[3] - 6),
                     cell(common.label(SEX, person.sex, tr), fixed[4] - 5, max_lines=2),
                     *blanks])
    rows.extend([str(len(people) + i), "", "", "", "", *blanks]
                for i in range(1, blank_rows + 1))
    return PagedTable(header, rows, [*fixed, *([day_w] * len(days))],
                      min_row_height=SIGN_ROW_HEIGHT)


@in_language
def build_sign_in(data: ActivityData, out: Path, meta: Meta, *, tr: Translate = identity,
                  blank_rows: int = 12) -> Path:
    """Write the sign-in sheet of ``data`` to ``out`` (A4 landscape); returns ``out``."""
    st = styles()
    width = content_width(PAGE)
    people = ordered(data.people, meta)
    numbered = list(enumerate(data.days, start=1))
    groups = [numbered[i:i + DAYS_PER_SHEET]
              for i in range(0, len(numbered), DAYS_PER_SHEET)] or [[]]
    story: list[Flowable] = []
    for index, days in enumerate(groups):
        if index:
            story.append(PageBreak())
        story += [Paragraph(visual(tr("Sign-in sheet")), st["title"]),
                  details_table(activity_pairs(data, tr), width),
                  para(tr("Please sign once for each day you attend. If your name "
                          "is not listed, write it in a blank row at the end."), st["note"], width),
                  spacer(2), _sheet(data, days, people, meta, tr, blank_rows)]
    header = f"{tr('Sign-in sheet')} – {data.activity.title}"
    return build_pdf(out, story, pagesize=PAGE, title=header, header=header, meta=meta, tr=tr)
