"""Attendance figures of one activity, computed from its rows (pure, testable).

Beneficiaries are the people registered with the role 'participant'; trainers,
facilitators, observers and organisers are listed but not counted as beneficiaries.
The attendance rate is person-days present over (beneficiaries x days).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from app.reports.data import ActivityData, Person

BENEFICIARY_ROLE = "participant"


@dataclass
class Group:
    """Figures of one group of beneficiaries (one sex, one category ...)."""

    registered: int = 0
    attended: int = 0  # present at least one day
    full: int = 0  # present every day
    person_days: int = 0

    def add(self, days: int, total_days: int) -> None:
        self.registered += 1
        self.attended += days > 0
        self.full += total_days > 0 and days >= total_days
        self.person_days += days


@dataclass
class Scores:
    """Pre/post test figures: averages over the scores entered, gain over pairs."""

    pre_count: int = 0
    pre_sum: float = 0.0
    post_count: int = 0
    post_sum: float = 0.0
    pairs: int = 0
    gain_sum: float = 0.0

    def add(self, pre: float | None, post: float | None) -> None:
        if pre is not None:
            self.pre_count += 1
            self.pre_sum += pre
        if post is not None:
            self.post_count += 1
            self.post_sum += post
        if pre is not None and post is not None:
            self.pairs += 1
            self.gain_sum += post - pre

    @property
    def pre_avg(self) -> float | None:
        return self.pre_sum / self.pre_count if self.pre_count else None

    @property
    def post_avg(self) -> float | None:
        return self.post_sum / self.post_count if self.post_count else None

    @property
    def gain_avg(self) -> float | None:
        return self.gain_sum / self.pairs if self.pairs else None


@dataclass
class Summary:
    """Everything the attendance report states as a number."""

    days: int
    total: Group = field(default_factory=Group)
    staff: int = 0
    per_day: dict[str, int] = field(default_factory=dict)
    by_sex: dict[str, Group] = field(default_factory=dict)
    by_category: dict[str, Group] = field(default_factory=dict)
    by_organisation: dict[str, Group] = field(default_factory=dict)
    by_country: dict[str, Group] = field(default_factory=dict)
    scores: Scores = field(default_factory=Scores)
    certificates: int = 0
    commitments: int = 0

    def rate(self, group: Group) -> float | None:
        """Share of possible person-days attended (None without days or people)."""
        possible = group.registered * self.days
        return group.person_days / possible if possible else None


def _bump(table: dict[str, Group], key: str, days: int, total_days: int) -> None:
    group = table.get(key)
    if group is None:
        group = table[key] = Group()
    group.add(days, total_days)


def summarise(data: ActivityData) -> Summary:
    """Totals, disaggregations, per-day presence and scores of an activity."""
    day_ids = [d.id for d in data.days]
    valid = frozenset(day_ids)
    summary = Summary(days=len(day_ids), per_day=dict.fromkeys(day_ids, 0))
    keys: tuple[tuple[dict[str, Group], Callable[[Person], str]], ...] = (
        (summary.by_sex, lambda p: p.sex),
        (summary.by_category, lambda p: p.category),
        (summary.by_organisation, lambda p: p.organisation.strip()),
        (summary.by_country, lambda p: p.country or ""),
    )
    for person in data.people:
        summary.certificates += person.certificate
        summary.commitments += person.commitment_signed
        if person.role != BENEFICIARY_ROLE:
            summary.staff += 1
            continue
        present = person.days_present & valid
        for day_id in present:
            summary.per_day[day_id] += 1
        summary.total.add(len(present), summary.days)
        for table, key in keys:
            _bump(table, key(person), len(present), summary.days)
        summary.scores.add(person.pre_score, person.post_score)
    return summary


def largest(table: dict[str, Group], limit: int) -> list[tuple[str, Group]]:
    """The ``limit`` largest groups by registered count, the rest summed as ''."""
    ordered = sorted(table.items(), key=lambda kv: (-kv[1].registered, kv[0]))
    if len(ordered) <= limit:
        return ordered
    rest = Group()
    for _, g in ordered[limit - 1:]:
        rest.registered += g.registered
        rest.attended += g.attended
        rest.full += g.full
        rest.person_days += g.person_days
    return [*ordered[: limit - 1], ("\0other", rest)]

