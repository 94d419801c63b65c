"""Deterministic participants for the demo programme (no database here).

``resources/demo/rosters.json`` says who attended each demo activity: named resource
persons, and per institution a number of participants with a category and a share of
women. Names come from the pools in ``resources/demo/names/``. Each roster draws from
its own ``random.Random(seed)`` (string seeds are hashed with SHA-512, so the result is
the same on every run and every machine); the people and their attendance are
therefore identical wherever the demo is loaded, and so are the ids derived from them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from app.domain.vocab import fold

FEMININE_ENDINGS = ("ov", "ev", "in", "ow", "ew", "ов", "ев", "ин", "ёв")


@dataclass(frozen=True)
class Person:
    """A demo participant: participant fields plus the key of their partner entity."""

    key: str
    fields: dict[str, Any]
    entity: str | None = None


@dataclass(frozen=True)
class Seat:
    """One person's attendance at one activity (day positions counted from 0)."""

    person: str
    role: str
    days: tuple[int, ...]
    pre_score: float | None = None
    post_score: float | None = None
    certificate: bool = False
    commitment_signed: bool = False


@dataclass
class Roster:
    """Everyone registered for one activity."""

    activity: str
    seats: list[Seat] = field(default_factory=list)
    generated: list[str] = field(default_factory=list)  # keys of generated people, in order


def feminine(surname: str) -> str:
    """The women's form of a Slavic-pattern family name (-ov -> -ova, -ев -> -ева)."""
    if surname.endswith(FEMININE_ENDINGS):
        return surname + ("а" if "\u0400" <= surname[-1] <= "\u04ff" else "a")
    return surname


def _weighted(rng: random.Random, weights: dict[str, float]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _drc_name(rng: random.Random, pool: dict[str, Any], region: str, sex: str
              ) -> tuple[str, str]:
    given = rng.choice(pool["given"][sex])
    names = pool["regions"][region]
    family = names[sex] + names["any"]
    surname = rng.choice(family)
    if rng.random() < pool["postname_share"]:
        post = rng.choice([n for n in family if n != surname])
        return f"{given} {surname} {post}", ""
    return f"{given} {surname}", ""


def _central_asian_name(rng: random.Random, pool: dict[str, Any], country: str, sex: str
                        ) -> tuple[str, str]:
    names = pool["countries"][country]
    given = rng.choice(names["given"][sex])
    family = rng.choice(names["families"])
    if sex == "f":
        family = [feminine(family[0]), feminine(family[1])]
    latin = f"{given[0]} {family[0]}"
    native = f"{given[1]} {family[1]}" if rng.random() < names["native_share"] else ""
    return latin, native


def _libyan_name(rng: random.Random, pool: dict[str, Any], sex: str) -> tuple[str, str]:
    given = rng.choice(pool["given"][sex])
    father = rng.choice([g for g in pool["given"]["m"] if g != given])
    family = rng.choice(pool["families"])
    latin = f"{given[0]} {father[0]} {family[0]}"
    native = f"{given[1]} {father[1]} {family[1]}" if rng.random() < pool["native_share"] \
        else ""
    return latin, native


def draw_name(rng: random.Random, pool: dict[str, Any], *, sex: str, region: str = "",
              country: str = "") -> tuple[str, str]:
    """A (full name, native-script name) pair from a name pool of any style."""
    style = pool["style"]
    if style == "drc":
        return _drc_name(rng, pool, region, sex)
    if style == "central_asia":
        return _central_asian_name(rng, pool, country, sex)
    if style == "libya":
        return _libyan_name(rng, pool, sex)
    raise ValueError(f"unknown name style {style!r}")


@dataclass
class RosterBuilder:
    """Turns rosters.json and the name pools into people and seats."""

    spec: dict[str, Any]
    pools: dict[str, dict[str, Any]]
    entity_names: dict[str, str]
    day_counts: dict[str, int]
    people: dict[str, Person] = field(default_factory=dict)
    #: Folded names already given: no two demo people share a name, even in
    #: different institutions, so that no one looks like a duplicate.
    used_names: set[str] = field(default_factory=set)
    #: Positions held once per organisation (a prison has one director).
    held: set[tuple[str, str]] = field(default_factory=set)

    def build(self) -> list[Roster]:
        """Every roster, in file order (a roster may reuse people of an earlier one)."""
        for raw in self.spec["people"]:
            self._add_named(raw)
        rosters: dict[str, Roster] = {}
        for raw in self.spec["rosters"]:
            rosters[raw["activity"]] = self._roster(raw, rosters)
        return list(rosters.values())

    def _add_named(self, raw: dict[str, Any]) -> None:
        fields = {k: v for k, v in raw.items() if k not in ("key", "entity")}
        self.used_names.add(fold(raw["full_name"]))
        self.people[raw["key"]] = Person(raw["key"], fields, raw.get("entity"))

    def _roster(self, raw: dict[str, Any], earlier: dict[str, Roster]) -> Roster:
        rng = random.Random(raw["seed"])
        roster = Roster(raw["activity"])
        for group in raw["groups"]:
            for _ in range(group["count"]):
                person = self._generate(rng, raw, group, len(roster.generated))
                roster.generated.append(person.key)
        returning = raw.get("returning")
        if returning:
            source = earlier[returning["from"]].generated
            keys = [source[i] for i in returning["indices"]] + roster.generated
        else:
            keys = list(roster.generated)
        days = self.day_counts[raw["activity"]]
        roster.seats = [self._seat(rng, raw, key, "participant", days) for key in keys]
        roster.seats += [Seat(s["person"], s["role"], tuple(range(days)))
                         for s in raw.get("staff", [])]
        return roster

    def _generate(self, rng: random.Random, roster: dict[str, Any], group: dict[str, Any],
                  number: int) -> Person:
        pool = self.pools[roster["names"]]
        country = group.get("country", roster.get("country", ""))
        organisation = group.get("organisation") or self.entity_names.get(group["entity"], "")
        sex = "f" if rng.random() < group["women"] else "m"
        for _ in range(200):
            full_name, native = draw_name(rng, pool, sex=sex, region=roster.get("region", ""),
                                          country=country)
            if fold(full_name) not in self.used_names:
                break
        else:  # pragma: no cover - the pools are far larger than the rosters
            raise ValueError(f"name pool {roster['names']} is too small")
        self.used_names.add(fold(full_name))
        fields = {
            "full_name": full_name, "native_name": native, "sex": sex,
            "age_band": _weighted(rng, pool["age_bands"]),
            "disability": rng.random() < self.spec.get("disability_share", 0.0),
            "organisation": organisation,
            "position": self._position(rng, pool, group, organisation),
            "category": group["category"],
            "actor_type": group.get("actor_type", roster.get("actor_type", "state")),
            "country": country,
        }
        key = f"{roster['activity']}/{number:03d}"
        person = Person(key, fields, group["entity"])
        self.people[key] = person
        return person

    def _position(self, rng: random.Random, pool: dict[str, Any], group: dict[str, Any],
                  organisation: str) -> str:
        positions = group.get("positions") or pool["positions"][group["category"]]
        free = [p for p in positions if (organisation, p) not in self.held] or positions
        position = rng.choice(free)
        if position in pool.get("unique_positions", ()):
            self.held.add((organisation, position))
        return position

    def _seat(self, rng: random.Random, roster: dict[str, Any], person: str, role: str,
              days: int) -> Seat:
        rate = roster.get("presence_rate", 1.0)
        present = tuple(d for d in range(days) if rng.random() < rate) or (0,)
        pre = post = None
        scores = roster.get("scores")
        if scores:
            pre = float(min(90, max(10, round(rng.gauss(scores["pre_mean"], scores["pre_sd"])))))
            gain = rng.gauss(scores["gain_mean"], scores["gain_sd"])
            if days - 1 in present:  # the post-test is taken on the last day
                post = float(min(100, max(0, round(pre + gain))))
        wanted = roster.get("certificate_days")
        if wanted is None:
            certificate = False
        else:
            needed = range(days) if wanted == "all" else wanted
            certificate = all(d in present for d in needed)
        signing = roster.get("commitment_day")
        commitment = signing is not None and signing in present
        return Seat(person, role, present, pre, post, certificate, commitment)
