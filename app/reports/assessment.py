"""The assessment report: an assessment's entities, findings by area and severity,
recommendations and the initiatives that answer them."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from app.domain.vocab import (
    ASSESSMENT_METHOD,
    ASSESSMENT_STATUS,
    INITIATIVE_STATUS,
    SECTOR,
    SEVERITY,
    THEMATIC_AREA,
)
from app.reports import common
from app.reports.data import AssessmentData, FindingInfo, Meta
from app.reports.i18n import Translate, identity, in_language
from app.reports.pdf import (
    build_pdf,
    content_width,
    details_table,
    grid_style,
    head,
    para,
    styles,
    table,
)
from app.reports.text import cell, markup, visual

PAGE = A4
SEVERITY_ORDER = ("critical", "high", "medium", "low")
SEVERITY_COLOUR = {"critical": "#b3261e", "high": "#e07b39", "medium": "#c9a227",
                   "low": "#4f9d69"}


def _entities(data: AssessmentData, tr: Translate, width: float) -> Table:
    widths = [width * 0.45, width * 0.13, width * 0.22, width * 0.2]
    header = head([tr(h) for h in ("Entity", "Acronym", "Country", "Sector")], widths)
    rows = [[cell(e.name, widths[0] - 6), cell(e.acronym, widths[1] - 6),
             cell(common.country(e.country, tr), widths[2] - 6),
             cell(common.label(SECTOR, e.sector, tr), widths[3] - 6)] for e in data.entities]
    return table([header, *rows], widths, grid_style(1, 8))


def _severity_counts(data: AssessmentData, tr: Translate) -> Table:
    counts = defaultdict(int)
    for f in data.findings:
        counts[f.severity] += 1
    header = [visual(common.label(SEVERITY, s, tr)) for s in SEVERITY_ORDER] + [visual(tr("Total"))]
    style = grid_style(1, 8, zebra=False)
    style += [("ALIGN", (0, 0), (-1, -1), "CENTER")]
    style += [("TEXTCOLOR", (i, 0), (i, 0), colors.HexColor(SEVERITY_COLOUR[s]))
              for i, s in enumerate(SEVERITY_ORDER)]
    return table([header, [str(counts[s]) for s in SEVERITY_ORDER] + [str(len(data.findings))]],
                 [22 * mm] * 5, style)


def _finding(f: FindingInfo, number: int, tr: Translate, width: float) -> list[Flowable]:
    st = styles()
    severity = common.label(SEVERITY, f.severity, tr)
    colour = SEVERITY_COLOUR.get(f.severity, "#1d2b3a")
    title = Paragraph(f'{number}. <font color="{colour}">[{escape(visual(severity))}]</font> '
                      + markup(f.title, width - 30 * mm, st["h3"].fontName, 9.5), st["h3"])
    pairs = [(tr("Evidence"), f.evidence), (tr("Recommendation"), f.recommendation),
             (tr("Linked initiative"), f.initiative_title)]
    return [title, details_table(pairs, width, label_w=36 * mm)]


def findings_section(data: AssessmentData, tr: Translate, width: float) -> list[Flowable]:
    """Findings grouped by thematic area (vocabulary order), most severe first."""
    st = styles()
    by_area: dict[str, list[FindingInfo]] = defaultdict(list)
    for f in data.findings:
        by_area[f.thematic_area].append(f)
    rank = {s: i for i, s in enumerate(SEVERITY_ORDER)}
    order = [code for code, _ in THEMATIC_AREA] + sorted(set(by_area) - set(THEMATIC_AREA.codes))
    blocks: list[Flowable] = []
    number = 0
    for area in order:
        if area not in by_area:
            continue
        heading = Paragraph(visual(common.label(THEMATIC_AREA, area, tr)), st["h2-free"])
        for i, f in enumerate(sorted(by_area[area],
                                     key=lambda f: (rank.get(f.severity, 9), f.title))):
            number += 1
            # The area's heading stays on the page of its first finding.
            lead = [heading] if i == 0 else []
            blocks.append(KeepTogether([*lead, *_finding(f, number, tr, width)]))
    return blocks


def _initiatives(data: AssessmentData, tr: Translate, width: float) -> Table:
    widths = [width * 0.4, width * 0.14, width * 0.22, width * 0.24]
    header = head([tr(h) for h in ("Initiative", "Status", "Dates", "Partners")], widths)
    rows = [[cell(i.title, widths[0] - 6), visual(common.label(INITIATIVE_STATUS, i.status, tr)),
             common.date_range(i.start_date, i.end_date), cell(i.partners, widths[3] - 6)]
            for i in data.initiatives]
    return table([header, *rows], widths, grid_style(1, 8))


@in_language
def build_assessment(data: AssessmentData, out: Path, meta: Meta, *,
                     tr: Translate = identity) -> Path:
    """Write the assessment report of ``data`` to ``out`` (A4 portrait); returns ``out``."""
    st = styles()
    width = content_width(PAGE)
    mission = (f"{data.mission_code} – {data.mission_name}"
               if data.mission_name and data.mission_name != data.mission_code
               else data.mission_code)
    pairs = [(tr("Assessment"), data.title), (tr("Mission"), mission),
             (tr("Dates"), common.date_range(data.start_date, data.end_date)),
             (tr("Method"), common.label(ASSESSMENT_METHOD, data.method, tr)),
             (tr("Status"), common.label(ASSESSMENT_STATUS, data.status, tr)),
             (tr("Assessors"), data.assessors)]
    story: list[Flowable] = [Paragraph(visual(tr("Assessment report")), st["title"]),
                             details_table(pairs, width)]
    if data.summary:
        story += [Paragraph(visual(tr("Summary")), st["h2"]), para(data.summary, st["body"], width)]
    story.append(Paragraph(visual(tr("Entities assessed")), st["h2"]))
    story.append(_entities(data, tr, width) if data.entities else
                 para(tr("No entity is linked to this assessment."), st["body"], width))
    story += [Paragraph(visual(tr("Findings")), st["h2"]), _severity_counts(data, tr),
              *findings_section(data, tr, width)]
    if not data.findings:
        story.append(para(tr("No findings recorded yet."), st["body"], width))
    story.append(Paragraph(visual(tr("Linked initiatives")), st["h2"]))
    story.append(_initiatives(data, tr, width) if data.initiatives else
                 para(tr("No initiative is linked to these findings yet."), st["body"], width))
    header = f"{tr('Assessment report')} – {data.title}"
    return build_pdf(out, story, pagesize=PAGE, title=header, header=header, meta=meta, tr=tr)
