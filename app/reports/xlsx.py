"""XLSX exports (openpyxl): typed cells, frozen header row, filters on every column.

Text that a spreadsheet would take for a formula ('=', '+', '-', '@' first) is stored
as text, never as a formula: participant data comes from forms and imports.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.domain.vocab import (
    ACTIVITY_KIND,
    ATTENDANCE_ROLE,
    INITIATIVE_STATUS,
    PARTICIPANT_CATEGORY,
    SEVERITY,
    SEX,
    THEMATIC_AREA,
)
from app.reports import common
from app.reports.data import ActivityData, Meta, ProgrammeData
from app.reports.i18n import Translate, identity, in_language, rtl
from app.reports.output import atomic_output
from app.reports.sign_in import ordered

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="0B6FA4")
FORMULA_START = ("=", "+", "-", "@")


def add_sheet(wb: Workbook, title: str, header: Sequence[str],
              rows: Iterable[Sequence[Any]], widths: Sequence[int] | None = None) -> Worksheet:
    """A sheet with a styled, frozen, filtered header row and typed cells."""
    ws = wb.create_sheet(title[:31])
    ws.sheet_view.rightToLeft = rtl()  # Arabic: column A on the right, as Excel does it
    ws.append(list(header))
    for cell in ws[1]:
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    count = 1
    for row in rows:
        ws.append(list(row))
        count += 1
        for cell in ws[count]:
            if isinstance(cell.value, str) and cell.value.startswith(FORMULA_START):
                cell.data_type = "s"
    ws.freeze_panes = "A2"
    last = get_column_letter(max(len(header), 1))
    ws.auto_filter.ref = f"A1:{last}{count}"
    for i, width in enumerate(widths or [], start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    return ws


def _date_format(ws: Worksheet, columns: Sequence[int]) -> None:
    for col in columns:
        for (cell,) in ws.iter_rows(min_row=2, min_col=col, max_col=col):
            cell.number_format = "yyyy-mm-dd"


def _save(wb: Workbook, out: Path) -> Path:
    with atomic_output(out) as tmp:
        wb.save(tmp)
    return out


@in_language
def participants_xlsx(data: Sequence[ActivityData], out: Path, meta: Meta, *,
                      tr: Translate = identity) -> Path:
    """One row per person per activity: who, presence per day, scores, certificate."""
    wb = Workbook()
    wb.remove(wb.active)
    max_days = max((len(d.days) for d in data), default=0)
    header = [tr("Activity"), tr("Mission"), tr("Start date"), tr("Name"), tr("Sex"),
              tr("Category"), tr("Organisation"), tr("Position"), tr("Country"), tr("Role"),
              *(tr("Day {n}").format(n=i) for i in range(1, max_days + 1)),
              tr("Days present"), tr("Pre-test score"), tr("Post-test score"),
              tr("Certificate issued"), tr("Commitment signed")]

    def rows() -> Iterable[list[Any]]:
        for item in data:
            a = item.activity
            for p in ordered(item.people, meta):
                present = [d.id in p.days_present for d in item.days]
                yield [a.title, a.mission_code, a.start_date,
                       common.person_name(p, meta, native=False),
                       common.label(SEX, p.sex, tr),
                       common.label(PARTICIPANT_CATEGORY, p.category, tr), p.organisation,
                       common.position(p, meta), common.country(p.country, tr),
                       common.label(ATTENDANCE_ROLE, p.role, tr),
                       *present, *([None] * (max_days - len(present))), sum(present),
                       p.pre_score, p.post_score, p.certificate, p.commitment_signed]

    ws = add_sheet(wb, tr("Participants"), header, rows(),
                   [40, 12, 12, 32, 10, 18, 32, 24, 20, 12])
    _date_format(ws, [3])
    _about(wb, meta, tr)
    return _save(wb, out)


@in_language
def programme_xlsx(data: ProgrammeData, out: Path, meta: Meta, *,
                   tr: Translate = identity) -> Path:
    """The programme figures, one sheet per table of the programme report."""
    wb = Workbook()
    wb.remove(wb.active)
    add_sheet(wb, tr("Activities"), [tr("Mission"), tr("Kind"), tr("Activities")],
              [[m, common.label(ACTIVITY_KIND, k, tr), n]
               for (m, k), n in sorted(data.activities.items())], [14, 28, 12])
    for title, counts, name in (
            (tr("Beneficiaries by sex"), data.beneficiaries_by_sex,
             lambda c: common.label(SEX, c, tr)),
            (tr("By category"), data.beneficiaries_by_category,
             lambda c: common.label(PARTICIPANT_CATEGORY, c, tr)),
            (tr("By country"), data.beneficiaries_by_country, lambda c: common.country(c, tr))):
        add_sheet(wb, title, [title, tr("Beneficiaries")],
                  [[name(k) or tr("Not recorded"), n] for k, n in
                   sorted(counts.items(), key=lambda kv: -kv[1])], [36, 14])
    add_sheet(wb, tr("Findings"), [tr("Thematic area"), tr("Severity"), tr("Findings")],
              [[common.label(THEMATIC_AREA, a, tr), common.label(SEVERITY, s, tr), n]
               for (a, s), n in sorted(data.findings.items())], [40, 12, 10])
    ws = add_sheet(wb, tr("Initiatives"),
                   [tr("Initiative"), tr("Mission"), tr("Status"), tr("Start date"),
                    tr("End date")],
                   [[i.title, i.mission_code, common.label(INITIATIVE_STATUS, i.status, tr),
                     i.start_date, i.end_date] for i in data.initiatives], [48, 12, 14, 12, 12])
    _date_format(ws, [4, 5])
    ws = add_sheet(wb, tr("Lessons"), [tr("Date shared"), tr("Lesson"), tr("Thematic area"),
                                      tr("Mission")],
                   [[x.date_shared, x.title, common.label(THEMATIC_AREA, x.thematic_area, tr),
                     x.mission_code] for x in data.lessons], [12, 60, 32, 12])
    _date_format(ws, [1])
    _about(wb, meta, tr, [(tr("Beneficiaries (distinct people)"), data.beneficiaries),
                          (tr("Attendances (people x activities)"), data.attendances)])
    return _save(wb, out)


def _about(wb: Workbook, meta: Meta, tr: Translate,
           extra: Sequence[tuple[str, Any]] = ()) -> None:
    rows = [(tr("Printed at (UTC)"), meta.printed_at.replace(tzinfo=None)),
            (tr("Node"), meta.node_name), (tr("Operator"), meta.operator),
            (tr("Names pseudonymised"), meta.pseudonymise), *extra]
    ws = add_sheet(wb, tr("About"), [tr("Item"), tr("Value")], rows, [36, 30])
    ws["B2"].number_format = "yyyy-mm-dd hh:mm"
