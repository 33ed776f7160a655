"""When a fact is in force: its `valid_from` and `valid_until` properties, with their precision,
whether each is a target, the article's wording and what the date rests on (`_basis`).

In: a validated fact, its source and the fact's own start dates (a stake's `since`, a supply's
`since` and `start`, a plant's `start_of_production`). Out: the properties, or the reason a fact
cannot be dated as it says (an ended fact whose end no date gives). A date stands for the first
day of its period; a fact is in force on day D when `valid_from` <= D < `valid_until`.
"""

from __future__ import annotations

from collections.abc import Sequence

from graph.model import ENDING_LIFECYCLES
from loaders.rowstore import Props
from loaders.schema import FactBase, FuzzyDate, PlantFact, Source

VALIDITY_GROUPS = ("valid_from", "valid_until")
"""The dated properties; each comes with `<name>_precision`, `_target`, `_text`, `_basis`."""

SUFFIXES = ("_precision", "_target", "_text", "_basis")


class Undatable(ValueError):
    """A fact whose dates cannot be told as it gives them; `field` is the field at fault."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def day_props(prefix: str, d: FuzzyDate, basis: str) -> Props:
    """`<prefix>` as the first day `d` can denote, with its precision, target flag, wording and
    basis ('fact': the fact's own date; 'source': the source's publication date)."""
    out: Props = {
        prefix: d.first_day(),
        f"{prefix}_precision": d.precision,
        f"{prefix}_basis": basis,
    }
    if d.target:
        out[f"{prefix}_target"] = True
    if d.text:
        out[f"{prefix}_text"] = d.text
    return out


def _start(
    fact: FactBase, source: Source, starts: Sequence[FuzzyDate | None], planned: bool
) -> tuple[FuzzyDate | None, str]:
    if fact.valid_from is not None:
        return fact.valid_from, "fact"
    own = [d for d in starts if d is not None]
    if planned:  # a stake or supply: in force from its own start (a plan: from its target)
        if own:
            return own[0], "fact"
        if fact.announced is not None and not fact.announced.target:
            return fact.announced, "fact"
    else:  # a plant exists as a project from its announcement, or from its first production
        dated = [d for d in (fact.announced, *own) if not (d is None or d.target)]
        if dated:
            return min(dated, key=FuzzyDate.first_day), "fact"
    if source.published is not None:
        return source.published, "source"
    return None, "unknown"


def _end(fact: FactBase, source: Source) -> tuple[FuzzyDate | None, str]:
    if fact.valid_until is not None:
        return fact.valid_until, "fact"
    if isinstance(fact, PlantFact) and fact.lifecycle in ENDING_LIFECYCLES:
        if fact.lifecycle_since is not None:
            return fact.lifecycle_since, "fact"
        if source.published is not None:
            return source.published, "source"
        raise Undatable(
            "lifecycle_since",
            f"a {fact.lifecycle} plant needs the date it ended: give lifecycle_since (the "
            "source prints no date to fall back on)",
        )
    if fact.ended:
        if source.published is not None:
            return source.published, "source"
        raise Undatable(
            "ended",
            "an ended fact needs its end date: give valid_until (the source prints no date "
            "to fall back on)",
        )
    return None, ""


def validity(
    fact: FactBase, source: Source, starts: Sequence[FuzzyDate | None] = (), planned: bool = True
) -> Props:
    """The validity properties of `fact`. `starts`: the fact's own start dates, the first given
    the one it is in force from (a target: not in force before it); `planned` false for a plant,
    which exists as a project from its announcement or first production, whichever is first.
    A fact whose only start is its source's date and that ended before it: start unknown.

    Raises `Undatable` for an ended fact with no end date to give."""
    start, basis = _start(fact, source, starts, planned)
    end, end_basis = _end(fact, source)
    if start is not None and end is not None and end.first_day() < start.first_day():
        if basis == "source":  # reported after it ended: when it began is not known
            start, basis = None, "unknown"
    out: Props = day_props("valid_from", start, basis) if start else {"valid_from_basis": basis}
    if end is not None:
        if start is not None and end.first_day() < start.first_day():
            raise Undatable(
                "valid_until",
                f"it ends ({end.first_day()}) before it begins ({start.first_day()})",
            )
        out.update(day_props("valid_until", end, end_basis))
    ended = fact.ended or (isinstance(fact, PlantFact) and fact.lifecycle in ENDING_LIFECYCLES)
    if ended:
        out["ended"] = True
    return out


def lifecycle_props(fact: PlantFact, fact_id: str) -> Props:
    """A plant's phase, when it began, and the phase history (one entry per plant fact, kept
    in step: `lifecycle_history`, `lifecycle_history_since`, `lifecycle_history_facts`)."""
    if fact.lifecycle is None:
        return {}
    out: Props = {"lifecycle": fact.lifecycle}
    since = fact.lifecycle_since
    if since is not None:
        out.update(
            {
                "lifecycle_since": since.first_day(),
                "lifecycle_since_precision": since.precision,
                "lifecycle_since_target": since.target or None,
                "lifecycle_since_text": since.text,
            }
        )
    out["lifecycle_history"] = [fact.lifecycle]
    out["lifecycle_history_since"] = [since.first_day() if since else ""]
    out["lifecycle_history_facts"] = [fact_id]
    return out
