"""The programme report for headquarters: a period, optionally one mission."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

from app.domain.vocab import (
    ACTIVITY_KIND,
    INITIATIVE_STATUS,
    LESSON_KIND,
    PARTICIPANT_CATEGORY,
    SEVERITY,
    SEX,
    THEMATIC_AREA,
)
from app.reports import charts, common
from app.reports.data import Meta, ProgrammeData
from app.reports.i18n import Translate, identity, in_language
from app.reports.pdf import (
    build_pdf,
    content_width,
    details_table,
    grid_style,
    head,
    para,
    spacer,
    styles,
    table,
)
from app.reports.text import cell, visual

PAGE = A4
SEVERITIES = ("low", "medium", "high", "critical")


def scope_text(data: ProgrammeData, tr: Translate) -> tuple[str, str]:
    """(period, missions) as the report states them."""
    if data.date_from or data.date_to:
        period = f"{common.date(data.date_from) or '…'} – {common.date(data.date_to) or '…'}"
    else:
        period = tr("All dates")
    return period, data.mission_code or tr("All missions")


def _table(rows: list[list[str]], widths: list[float], numeric_from: int = 1,
           extra: list | None = None) -> Table:
    style = [*grid_style(1, 8), ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT")]
    return table(rows, widths, style + (extra or []))


def activities_table(data: ProgrammeData, tr: Translate, width: float) -> Table:
    """Missions down, activity kinds across, totals on both edges."""
    missions = sorted({m for m, _ in data.activities})
    kinds = [k for k, _ in ACTIVITY_KIND if any(kk == k for _, kk in data.activities)]
    header = [tr("Mission"), *(common.label(ACTIVITY_KIND, k, tr) for k in kinds), tr("Total")]
    rows = [[cell(h, 60 if i else 80) for i, h in enumerate(header)]]
    for m in missions:
        counts = [data.activities.get((m, k), 0) for k in kinds]
        rows.append([m, *map(str, counts), str(sum(counts))])
    totals = [sum(data.activities.get((m, k), 0) for m in missions) for k in kinds]
    rows.append([visual(tr("Total")), *map(str, totals), str(sum(totals))])
    first = width * 0.22
    other = (width - first) / (len(kinds) + 1)
    return _table(rows, [first] + [other] * (len(kinds) + 1),
                  extra=[("FONTNAME", (0, -1), (-1, -1), "DejaVuSans-Bold")])


def heat_table(data: ProgrammeData, tr: Translate, width: float) -> Table:
    """Findings by thematic area (rows) and severity (columns), shaded by count."""
    peak = max(data.findings.values(), default=0)
    header = [tr("Thematic area"), *(common.label(SEVERITY, s, tr) for s in SEVERITIES),
              tr("Total")]
    widths = [width * 0.4] + [width * 0.6 / 5] * 5
    rows = [head(header, widths)]
    extra = []
    for r, (area, _) in enumerate(THEMATIC_AREA, start=1):
        counts = [data.findings.get((area, s), 0) for s in SEVERITIES]
        rows.append([cell(common.label(THEMATIC_AREA, area, tr), width * 0.4 - 6),
                     *map(str, counts), str(sum(counts))])
        for c, n in enumerate(counts, start=1):
            if n and peak:
                shade = 0.15 + 0.75 * n / peak
                extra.append(("BACKGROUND", (c, r), (c, r),
                              colors.Color(0.70, 0.15, 0.12, alpha=shade)))
                if shade > 0.55:
                    extra.append(("TEXTCOLOR", (c, r), (c, r), colors.white))
    return _table(rows, widths, extra=[*extra, ("ALIGN", (1, 0), (-1, -1), "CENTER")])


def beneficiary_charts(data: ProgrammeData, tr: Translate, width: float) -> Table:
    """Beneficiaries by sex (pie) and by category (bars), side by side."""
    half = width / 2
    by_sex = [(common.label(SEX, k, tr), v) for k, v in sorted(data.beneficiaries_by_sex.items())]
    by_cat = sorted(((common.label(PARTICIPANT_CATEGORY, k, tr), v)
                     for k, v in data.beneficiaries_by_category.items()), key=lambda x: -x[1])
    return table([[charts.pie(tr("Beneficiaries by sex"), by_sex, half - 8),
                   charts.hbar(tr("Beneficiaries by category"), by_cat, half - 8)]],
                 [half, half], [("VALIGN", (0, 0), (-1, -1), "TOP")], repeat_rows=0)


def count_rows(counts: dict[str, int], name: Callable[[str], str], title: str, tr: Translate
               ) -> list[list[str]]:
    """Rows 'name | number | share' of a count table, largest first."""
    total = sum(counts.values())
    rows = [[visual(title), visual(tr("Number")), visual(tr("Share"))]]
    for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        rows.append([visual(name(key) or tr("Not recorded")), str(n), common.percent(n, total)])
    return rows


def initiatives_section(data: ProgrammeData, tr: Translate, width: float) -> list[Flowable]:
    """Initiatives counted by status, then listed."""
    st = styles()
    by_status: dict[str, int] = defaultdict(int)
    for i in data.initiatives:
        by_status[i.status] += 1
    counts = [[visual(tr("Status")), visual(tr("Number"))]] + [
        [visual(common.label(INITIATIVE_STATUS, code, tr)), str(by_status[code])]
        for code, _ in INITIATIVE_STATUS if by_status.get(code)]
    widths = [width * 0.42, width * 0.12, width * 0.14, width * 0.32]
    rows = [head([tr(h) for h in ("Initiative", "Mission", "Status", "Dates")], widths)]
    rows += [[cell(i.title, widths[0] - 6), i.mission_code,
              visual(common.label(INITIATIVE_STATUS, i.status, tr)),
              common.date_range(i.start_date, i.end_date)] for i in data.initiatives]
    if not data.initiatives:
        return [Paragraph(visual(tr("Initiatives by status")), st["h2"]),
                para(tr("No initiative in this period."), st["body"], width)]
    return [Paragraph(visual(tr("Initiatives by status")), st["h2"]),
            _table(counts, [width * 0.3, width * 0.12]), spacer(3),
            _table(rows, widths, numeric_from=9)]


def lessons_section(data: ProgrammeData, tr: Translate, width: float) -> list[Flowable]:
    """Lessons shared in the period, oldest first."""
    st = styles()
    heading = [Paragraph(visual(tr("Lessons shared")), st["h2"])]
    if not data.lessons:
        return [*heading, para(tr("No lesson was shared in this period."), st["body"], width)]
    widths = [width * 0.14, width * 0.4, width * 0.16, width * 0.18, width * 0.12]
    rows = [head([tr(h) for h in ("Date", "Lesson", "Kind", "Thematic area", "Mission")],
                 widths)]
    rows += [[common.date(x.date_shared), cell(x.title, widths[1] - 6),
              cell(common.label(LESSON_KIND, x.kind, tr), widths[2] - 6),
              cell(common.label(THEMATIC_AREA, x.thematic_area, tr), widths[3] - 6),
              x.mission_code] for x in data.lessons]
    return [*heading, _table(rows, widths, numeric_from=9)]


def key_pairs(data: ProgrammeData, tr: Translate) -> list[tuple[str, str]]:
    """The headline figures of the programme."""
    period, missions = scope_text(data, tr)
    return [(tr("Period"), period), (tr("Missions"), missions),
            (tr("Activities"), str(sum(data.activities.values()))),
            (tr("Beneficiaries (distinct people)"), str(data.beneficiaries)),
            (tr("Attendances (people x activities)"), str(data.attendances)),
            (tr("Findings"), str(sum(data.findings.values()))),
            (tr("Initiatives"), str(len(data.initiatives))),
            (tr("Lessons shared"), str(len(data.lessons)))]


@in_language
def build_programme(data: ProgrammeData, out: Path, meta: Meta, *,
                    tr: Translate = identity) -> Path:
    """Write the programme report of ``data`` to ``out`` (A4 portrait); returns ``out``."""
    st = styles()
    width = content_width(PAGE)
    by_kind: dict[str, int] = defaultdict(int)
    for (_, kind), n in data.activities.items():
        by_kind[kind] += n
    story: list[Flowable] = [
        Paragraph(visual(tr("Programme report")), st["title"]),
        details_table(key_pairs(data, tr), width * 0.7, label_w=70 * mm),
        Paragraph(visual(tr("Activities by kind and mission")), st["h2"])]
    if data.activities:
        story += [activities_table(data, tr, width),
                  charts.hbar(tr("Activities by kind"),
                              [(common.label(ACTIVITY_KIND, k, tr), by_kind[k])
                               for k, _ in ACTIVITY_KIND if by_kind.get(k)], width * 0.7)]
    else:
        story.append(para(tr("No activity in this period."), st["body"], width))
    story.append(Paragraph(visual(tr("Beneficiaries")), st["h2"]))
    if data.beneficiaries:
        story += [beneficiary_charts(data, tr, width),
                  _table(count_rows(data.beneficiaries_by_country,
                                    lambda c: common.country(c, tr), tr("Country"), tr),
                         [width * 0.45, width * 0.15, width * 0.15])]
    else:
        story.append(para(tr("No beneficiary in this period."), st["body"], width))
    story += [Paragraph(visual(tr("Findings by thematic area and severity")), st["h2"]),
              heat_table(data, tr, width), *initiatives_section(data, tr, width),
              *lessons_section(data, tr, width)]
    period, missions = scope_text(data, tr)
    header = f"{tr('Programme report')} – {missions} – {period}"
    return build_pdf(out, story, pagesize=PAGE, title=header, header=header, meta=meta, tr=tr)
