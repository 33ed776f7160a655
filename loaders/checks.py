"""Checks across files, once every file is built: registry evidence names a known source, and
the stakes in one company or plant add up to at most 100 %."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from graph.model import Status
from loaders.files import Parsed
from loaders.problems import ProblemLog
from loaders.schema import Registry


def check_registry_sources(
    registry: Parsed[Registry], source_ids: set[str], problems: ProblemLog
) -> None:
    """Every registry evidence quote comes from a source that has a facts file."""
    for i, c in enumerate(registry.model.companies):
        for j, ev in enumerate(c.evidence):
            if ev.source not in source_ids:
                problems.at(
                    registry.path,
                    ("companies", i, "evidence", j, "source"),
                    f"unknown source {ev.source!r}",
                    f"known sources: {', '.join(sorted(source_ids)) or 'none'}",
                )


class Stake(NamedTuple):
    """One stake fact: where it is, its owner, percent (None: not stated), status, the version
    it states (its row's key) and when it is in force."""

    path: Path
    fact: int  # its index in the file's facts
    owner: str
    percent: float | None
    status: str
    key: str = ""
    valid_from: str | None = None
    valid_until: str | None = None


def _in_force(s: Stake, day: str, ended_at: Mapping[str, str]) -> bool:
    until = s.valid_until or ended_at.get(s.key)
    return (s.valid_from or "") <= day and (until is None or day < until)


def _over_100(owned: str, counted: list[Stake], day: str, problems: ProblemLog) -> bool:
    total = sum(s.percent or 0 for s in counted)
    if total <= 100 + 1e-9:
        return False
    last = counted[-1]
    parts = " + ".join(f"{s.owner} {s.percent:g}" for s in counted)
    when = f" on {day}" if day else ""
    problems.at(
        last.path,
        ("facts", last.fact, "percent"),
        f"stakes in {owned!r} add up to {total:g} % ({parts}){when}, above 100 %",
        "check the percentages against the evidence quotes; a changed stake supersedes the "
        "earlier one (a later valid_from, or supersedes)",
    )
    return True


class StakeTotals:
    """The stakes stated in each company or plant, to check that they add up."""

    def __init__(self) -> None:
        self._stakes: dict[str, list[Stake]] = defaultdict(list)

    def add(self, owned: str, stake: Stake) -> None:
        self._stakes[owned].append(stake)

    def check(self, problems: ProblemLog, ended_at: Mapping[str, str] | None = None) -> None:
        """A problem for each company or plant whose stakes in force on one day add up to more
        than 100 % (`ended_at`: row key → the day a later version ended it)."""
        ended_at = ended_at or {}
        for owned, stakes in self._stakes.items():
            known = [s for s in stakes if s.percent is not None and s.status != Status.DENIED.value]
            days = sorted({s.valid_from or "" for s in known}) or [""]
            for day in days:
                counted = {  # a stake reported by several sources counts once
                    s.key or s.owner: s for s in known if _in_force(s, day, ended_at)
                }
                if _over_100(owned, list(counted.values()), day, problems):
                    break
