"""The attendance report: printed the evening after a training, sent to the mission."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Table,
)

from app.domain.vocab import ATTENDANCE_ROLE, COC_MODULES, PARTICIPANT_CATEGORY, SEX
from app.reports import charts, common
from app.reports.data import ActivityData, Meta
from app.reports.i18n import Translate, identity, in_language
from app.reports.pdf import (
    PagedTable,
    build_pdf,
    content_width,
    details_table,
    grid_style,
    head,
    para,
    side_by_side,
    styles,
    table,
)
from app.reports.sign_in import activity_pairs, ordered
from app.reports.stats import Group, Summary, largest, summarise
from app.reports.text import cell, visual

PAGE = landscape(A4)
TICK = "✓"
MAX_DAY_COLUMNS = 7
TOP_ORGANISATIONS = 15


def small_table(header: Sequence[str], rows: Sequence[Sequence[str]],
                widths: Sequence[float], *, numeric_from: int = 1) -> Table:
    """A compact table of figures; columns from ``numeric_from`` are right-aligned."""
    style = grid_style(1, 8)
    style.append(("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"))
    return table([head(header, widths), *rows], widths, style)


def key_figures(s: Summary, tr: Translate) -> list[tuple[str, str]]:
    """The headline numbers of the activity."""
    sexes = common.join([f"{common.label(SEX, code, tr)} {s.by_sex[code].registered}"
                         for code, _ in SEX if code in s.by_sex])
    pairs = [
        (tr("Participants registered"), f"{s.total.registered}" + (f" ({sexes})" if sexes else "")),
        (tr("Days"), str(s.days)),
        (tr("Attended at least one day"), f"{s.total.attended}"),
        (tr("Attended every day"), f"{s.total.full}"),
        (tr("Attendance rate"), common.percent(s.total.person_days, s.total.registered * s.days)),
        (tr("Trainers, facilitators, observers and organisers"), str(s.staff)),
        (tr("Certificates issued"), str(s.certificates)),
    ]
    if s.scores.pre_count or s.scores.post_count:
        pairs += [
            (tr("Pre-test average"), f"{common.number(s.scores.pre_avg)} "
                                     f"(n={s.scores.pre_count})"),
            (tr("Post-test average"), f"{common.number(s.scores.post_avg)} "
                                      f"(n={s.scores.post_count})"),
            (tr("Average gain"), f"{common.number(s.scores.gain_avg)} "
                                 f"(n={s.scores.pairs})"),
        ]
    return pairs


def group_rows(groups: list[tuple[str, Group]], s: Summary, name: str, tr: Translate,
               label_width: float) -> list[list[str]]:
    """Rows 'group | registered | attended | every day | rate' for one disaggregation."""
    rows = []
    for key, g in groups:
        shown = tr("Other") if key == "\0other" else (name if key == "" else key)
        rows.append([cell(shown, label_width), str(g.registered), str(g.attended),
                     str(g.full), common.percent(g.person_days, g.registered * s.days)])
    return rows


def disaggregations(s: Summary, tr: Translate, width: float) -> list[Flowable]:
    """Tables of figures by sex, category, organisation and country."""
    st = styles()
    head = [tr("Registered"), tr("Attended"), tr("Every day"), tr("Attendance rate")]
    label_w = width * 0.42
    widths = [label_w, *[(width * 0.58) / 4] * 4]
    blocks: list[Flowable] = []
    sections = (
        (tr("By sex"), tr("Sex"), [(common.label(SEX, k, tr), g) for k, g in
                                   sorted(s.by_sex.items())], tr("Not recorded")),
        (tr("By category"), tr("Category"),
         [(common.label(PARTICIPANT_CATEGORY, k, tr), g) for k, g in largest(s.by_category, 20)],
         tr("Not recorded")),
        (tr("By organisation"), tr("Organisation"), largest(s.by_organisation,
                                                            TOP_ORGANISATIONS), tr("Not recorded")),
        (tr("By country"), tr("Country"),
         [(common.country(k, tr) if k and k != "\0other" else k, g)
          for k, g in largest(s.by_country, 20)], tr("Not recorded")),
    )
    for title, column, groups, missing in sections:
        rows = group_rows(groups, s, missing, tr, label_w - 6)
        table = small_table([column, *head], rows, widths)
        # Short tables stay whole; long ones split with their header row repeated.
        if len(rows) <= 8:
            blocks.append(KeepTogether([Paragraph(visual(title), st["h3"]), table]))
        else:
            blocks += [CondPageBreak(30 * mm), Paragraph(visual(title), st["h3-free"]), table]
    return blocks


def figures_block(s: Summary, tr: Translate, width: float) -> Table:
    """Key figures with the charts by sex and by category beside them."""
    by_sex = [(common.label(SEX, k, tr), g.registered) for k, g in sorted(s.by_sex.items())]
    by_cat = [(common.label(PARTICIPANT_CATEGORY, k, tr), g.registered)
              for k, g in largest(s.by_category, 8) if k != "\0other"]
    widths = [width * 0.46, width * 0.24, width * 0.30]
    cells: list[Flowable] = [details_table(key_figures(s, tr), widths[0] - 8, label_w=62 * mm)]
    if s.total.registered:
        cells += [charts.pie(tr("Participants by sex"), by_sex, widths[1] - 8),
                  charts.hbar(tr("Participants by category"), by_cat, widths[2] - 8)]
    return side_by_side(cells, widths[: len(cells)])


def presence_block(data: ActivityData, s: Summary, tr: Translate, width: float) -> Table:
    """Presence per day: the table and its chart."""
    per_day = [(tr("Day {n}").format(n=i), s.per_day[d.id])
               for i, d in enumerate(data.days, start=1)]
    table_w = 153 * mm
    return side_by_side([per_day_table(data, s, tr),
                         charts.vbar(tr("Present per day"), per_day[:15], width - table_w - 12,
                                     height=max(90, 30 + 16 * len(data.days)))],
                        [table_w + 8, width - table_w - 8])


def per_day_table(data: ActivityData, s: Summary, tr: Translate) -> Table:
    """Day, date, session, people present and the share of participants present."""
    rows = [[visual(tr("Day {n}").format(n=i)), common.date(d.date), cell(d.label, 60 * mm),
             str(s.per_day[d.id]), common.percent(s.per_day[d.id], s.total.registered)]
            for i, d in enumerate(data.days, start=1)]
    return small_table([tr("Day"), tr("Date"), tr("Session"), tr("Present"), tr("Rate")], rows,
                       [22 * mm, 25 * mm, 62 * mm, 22 * mm, 22 * mm], numeric_from=3)


def participants_table(data: ActivityData, meta: Meta, tr: Translate, width: float
                       ) -> PagedTable:
    """Every person registered: who they are, presence per day, scores, certificate."""
    coc = data.activity.kind == "coc_workshop"
    per_day = len(data.days) <= MAX_DAY_COLUMNS
    fixed = [9 * mm, 50 * mm, 44 * mm, 26 * mm, 16 * mm, 14 * mm, 18 * mm]
    tail = [12 * mm, 12 * mm, 11 * mm] + ([15 * mm] if coc else [])
    room = width - sum(fixed) - sum(tail)
    days_w = ([min(12 * mm, room / max(len(data.days), 1))] * len(data.days) if per_day
              else [room])
    header = [tr("No."), tr("Name"), tr("Organisation"), tr("Category"), tr("Sex"),
              tr("Country"), tr("Role") + "*"]
    header += ([tr("D{n}").format(n=i) for i in range(1, len(data.days) + 1)] if per_day
               else [tr("Days present")])
    header += [tr("Pre"), tr("Post"), tr("Cert.")] + ([tr("Signed")] if coc else [])
    day_ids = [d.id for d in data.days]
    rows = []
    for i, p in enumerate(ordered(data.people, meta), start=1):
        present = p.days_present
        days = ([TICK if d in present else "" for d in day_ids] if per_day
                else [f"{len(present & set(day_ids))}/{len(day_ids)}"])
        row = [str(i), cell(common.person_name(p, meta), fixed[1] - 6),
               cell(p.organisation, fixed[2] - 6),
               cell(common.label(PARTICIPANT_CATEGORY, p.category, tr), fixed[3] - 6),
               cell(common.label(SEX, p.sex, tr), fixed[4] - 5, max_lines=2),
               common.country_code(p.country),
               "" if p.role == "participant" else
               cell(common.label(ATTENDANCE_ROLE, p.role, tr), fixed[6] - 6), *days,
               common.number(p.pre_score, 0) if p.pre_score is not None else "",
               common.number(p.post_score, 0) if p.post_score is not None else "",
               TICK if p.certificate else ""]
        if coc:
            row.append(TICK if p.commitment_signed else "")
        rows.append(row)
    style = grid_style(1, 8)
    style.append(("ALIGN", (len(fixed), 0), (-1, -1), "CENTER"))
    widths = [*fixed, *days_w, *tail]
    return PagedTable(head(header, widths), rows, widths, style=style)


def context_sections(data: ActivityData, s: Summary, tr: Translate, width: float
                     ) -> list[Flowable]:
    """Code-of-conduct modules and commitments; side-event parties and common ground."""
    st = styles()
    a = data.activity
    blocks: list[Flowable] = []
    if a.kind == "coc_workshop":
        modules = "\n".join(f"• {common.label(COC_MODULES, m, tr)}" for m in a.coc_modules)
        signed = common.percent(s.commitments, len(data.people))
        blocks += [Paragraph(visual(tr("Code of conduct")), st["h2"]),
                   details_table([(tr("Modules covered"), modules),
                                  (tr("Commitments"), a.coc_commitments),
                                  (tr("Commitments signed"),
                                   f"{s.commitments} / {len(data.people)} ({signed})")], width)]
    if a.parties_represented or a.common_ground or a.follow_up:
        blocks += [Paragraph(visual(tr("Dialogue")), st["h2"]),
                   details_table([(tr("Parties represented"), a.parties_represented),
                                  (tr("Common ground"), a.common_ground),
                                  (tr("Follow-up"), a.follow_up)], width)]
    return blocks


@in_language
def build_attendance(data: ActivityData, out: Path, meta: Meta, *,
                     tr: Translate = identity) -> Path:
    """Write the attendance report of ``data`` to ``out`` (A4 landscape); returns ``out``."""
    st = styles()
    width = content_width(PAGE)
    s = summarise(data)
    a = data.activity
    pairs = [*activity_pairs(data, tr), (tr("Topics"), a.topics),
             (tr("Target audience"), a.target_audience),
             (tr("Languages"), ", ".join(a.languages)), (tr("Description"), a.description)]
    story: list[Flowable] = [
        Paragraph(visual(tr("Attendance report")), st["title"]), details_table(pairs, width),
        Paragraph(visual(tr("Key figures")), st["h2"]), figures_block(s, tr, width),
        Paragraph(visual(tr("Presence per day")), st["h2"]), presence_block(data, s, tr, width)]
    story += [
              Paragraph(visual(tr("Participants by group")), st["h2"]),
              *disaggregations(s, tr, width * 0.75), *context_sections(data, s, tr, width),
              CondPageBreak(60 * mm), Paragraph(visual(tr("Participants")), st["h2-free"])]
    if data.people:
        story += [participants_table(data, meta, tr, width),
                  para(tr("* Role left blank for participants. Country as ISO "
                          "code. D1, D2 ...: days, see 'Presence per day'."), st["note"], width)]
    else:
        story.append(para(tr("No one is registered for this activity yet."), st["body"], width))
    header = f"{tr('Attendance report')} – {a.title}"
    return build_pdf(out, story, pagesize=PAGE, title=header, header=header, meta=meta, tr=tr)
