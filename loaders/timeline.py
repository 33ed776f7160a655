"""Versions of a relationship over time: which fact supersedes which, and where each ends.

A stake whose percentage changes is one version per percentage (an edge each, sharing
`version_of`); the later version ends the earlier: on the later one's `valid_from`, with
`superseded_by` naming its facts. The order comes from `supersedes` where the curator gives it,
else from the versions' dates; two versions that neither orders are a problem. A fact of any
type may `supersede` facts of its own type (in this file or another), which then end where it
begins. Gathered while the files are built; `patches` at the end gives the rows that add the
ends (merged into the versions' rows like a later statement) and records the problems.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from graph.model import Status
from loaders.problems import ProblemLog
from loaders.rowstore import EdgeKind, EdgeRow, Props

Loc = tuple[str | int, ...]


@dataclass
class Version:
    """One version of a relationship: its row's identity, its first day and its facts."""

    kind: EdgeKind
    key: str
    start: str
    end: str
    valid_from: str | None
    precision: str | None
    has_end: bool
    label: str  # how a problem names it, e.g. "45 %"
    target: bool = False  # its first day is a target
    text: str | None = None  # the article's wording of its first day
    denied: bool = True  # every fact stating it is denied: it ends nothing by its date
    facts: list[str] = field(default_factory=list)
    places: list[tuple[Path, Loc]] = field(default_factory=list)


@dataclass
class Statement:
    """Where a fact is and the rows it states (a partnership of three states three)."""

    type: str
    path: Path
    loc: Loc
    keys: list[str] = field(default_factory=list)


class Timeline:
    """The versions and `supersedes` references of every file, resolved at the end."""

    def __init__(self) -> None:
        self._versions: dict[str, dict[str, Version]] = defaultdict(dict)  # base key → versions
        self._rows: dict[str, Version] = {}  # row key → its version (rows that may end)
        self._facts: dict[str, Statement] = {}  # fact id → where and what it states
        self._supersedes: list[tuple[str, str, Path, Loc]] = []  # (fact, ref, where)
        self.ended_at: dict[str, str] = {}
        """After `patches`: row key → the day a later version ends it."""

    def fact(self, fact_id: str, type_: str, path: Path, loc: Loc) -> None:
        """A fact that states rows (recorded before its rows)."""
        self._facts[fact_id] = Statement(type_, path, loc)

    def row(self, fact_id: str, base: str, row: EdgeRow, label: str = "") -> None:
        """The fact `fact_id` states `row`, a version of the relationship `base`."""
        props = row.props
        version = self._versions[base].get(row.key)
        if version is None:
            version = self._versions[base][row.key] = Version(
                row.kind,
                row.key,
                row.start,
                row.end,
                props.get("valid_from"),
                props.get("valid_from_precision"),
                "valid_until" in props,
                label,
            )
            self._rows[row.key] = version
        day = props.get("valid_from")
        if day and (version.valid_from is None or day <= version.valid_from):
            version.valid_from, version.precision = day, props.get("valid_from_precision")
            version.target = bool(props.get("valid_from_target"))
            version.text = props.get("valid_from_text")
        version.has_end = version.has_end or "valid_until" in props
        version.denied = version.denied and props.get("status") == Status.DENIED.value
        version.facts.append(fact_id)
        statement = self._facts[fact_id]
        version.places.append((statement.path, statement.loc))
        statement.keys.append(row.key)

    def supersedes(self, fact_id: str, ref: str, path: Path, loc: Loc) -> None:
        """`fact_id` (at `loc` of `path`) says it supersedes the fact `ref` (a global id)."""
        self._supersedes.append((fact_id, ref, path, loc))

    def patches(self, problems: ProblemLog) -> list[EdgeRow]:
        """The rows that end superseded versions, and the problems of the order."""
        ends: dict[str, tuple[Version, list[str]]] = {}  # ended row key → (by version, facts)
        ordered: set[tuple[str, str]] = set()
        for fact_id, ref, path, loc in self._supersedes:
            for old, new in self._explicit(fact_id, ref, path, loc, problems):
                ordered.add((old.key, new.key))
                ends.setdefault(old.key, (new, []))[1].append(fact_id)
        for base, versions in self._versions.items():
            if len(versions) > 1:
                self._by_dates(base, list(versions.values()), ordered, ends, problems)
        out = []
        for key, (by, facts) in ends.items():
            old = self._rows[key]
            if old.has_end or by.valid_from is None:
                patch: Props = {"superseded_by": sorted(set(facts))}
            else:
                self.ended_at[key] = by.valid_from
                patch = {
                    "valid_until": by.valid_from,
                    "valid_until_precision": by.precision,
                    "valid_until_basis": "superseded",
                    "superseded_by": sorted(set(facts)),
                }
                if by.target:  # ends when the plan that replaces it takes effect
                    patch["valid_until_target"] = True
                if by.text:
                    patch["valid_until_text"] = by.text
            out.append(EdgeRow(old.kind, key, old.start, old.end, patch))
            out.append(EdgeRow(by.kind, by.key, by.start, by.end, {"supersedes": old.facts}))
        return out

    def _explicit(
        self, fact_id: str, ref: str, path: Path, loc: Loc, problems: ProblemLog
    ) -> list[tuple[Version, Version]]:
        """(superseded version, superseding version) pairs of one `supersedes` reference."""
        target = self._facts.get(ref)
        me = self._facts[fact_id]
        if target is None:
            problems.at(
                path, loc, f"supersedes {ref!r}: no such fact", "name a fact as 'source-id#fact-id'"
            )
            return []
        if target.type != me.type:
            problems.at(
                path, loc, f"a {me.type} fact cannot supersede {ref!r}, a {target.type} fact"
            )
            return []
        if ref == fact_id:
            problems.at(path, loc, "a fact cannot supersede itself")
            return []
        pairs = []
        for new in {self._rows[k].key: self._rows[k] for k in me.keys}.values():
            for old in {self._rows[k].key: self._rows[k] for k in target.keys}.values():
                if old.key == new.key:
                    continue  # the same terms stated again: nothing ends
                if new.valid_from is None:
                    problems.at(
                        path,
                        loc,
                        f"supersedes {ref!r} but has no date of its own to end it on",
                        "give valid_from (or a source with a published date)",
                    )
                    continue
                if old.valid_from is not None and old.valid_from >= new.valid_from:
                    problems.at(
                        path,
                        loc,
                        f"supersedes {ref!r}, which begins on {old.valid_from}, not before "
                        f"this fact ({new.valid_from})",
                        "check the dates, or which fact supersedes which",
                    )
                    continue
                pairs.append((old, new))
        return pairs

    @staticmethod
    def _by_dates(
        base: str,
        versions: list[Version],
        ordered: set[tuple[str, str]],
        ends: dict[str, tuple[Version, list[str]]],
        problems: ProblemLog,
    ) -> None:
        """Order the versions of `base` by date: each ends where the next begins (unless
        `supersedes` already ended it); a problem where two cannot be ordered. A denied version
        ends nothing and is ended by nothing but `supersedes`: a denial is not a change."""
        versions = [v for v in versions if not v.denied]
        if len(versions) < 2:
            return
        dated = sorted((v for v in versions if v.valid_from), key=lambda v: v.valid_from or "")
        undated = [v for v in versions if not v.valid_from]
        for a, b in zip(dated, dated[1:], strict=False):
            if a.key in ends:
                continue
            if a.valid_from == b.valid_from and (a.key, b.key) not in ordered:
                _unordered(base, a, b, problems)
                continue
            ends[a.key] = (b, list(b.facts))
        for v in undated:
            if v.key in ends or any(v.key in pair for pair in ordered):
                continue
            other = next(o for o in versions if o is not v)
            _unordered(base, v, other, problems)


def _unordered(base: str, a: Version, b: Version, problems: ProblemLog) -> None:
    path, loc = b.places[-1]
    other = ", ".join(a.facts)
    problems.at(
        path,
        loc,
        f"{a.start!r} in {a.end!r}: this version ({b.label}) and {other} ({a.label}) are not put "
        f"in order by their dates or by `supersedes` ({base})",
        "give the later fact a later valid_from, or `supersedes: [<source-id>#<fact-id>]`",
    )
