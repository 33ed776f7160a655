"""Resolve the names used in facts (ids, names, aliases, misspellings on record) to entity ids."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from graph.names import normalize_name


@dataclass(frozen=True)
class Entity:
    """A resolvable entity: its id, label (Company or Plant) and display name."""

    id: str
    label: str
    name: str


@dataclass
class Resolver:
    """An index from normalised ids, names and aliases to entities."""

    _by_key: dict[str, Entity] = field(default_factory=dict)
    _entities: dict[str, Entity] = field(default_factory=dict)
    _suggested: dict[tuple[str, tuple[str, ...], int], list[str]] = field(default_factory=dict)

    def add(self, entity: Entity, names: list[str]) -> list[str]:
        """Register `entity` under its id and `names`; return the names already taken by another.

        A name with no letter or digit (refused by the schema) is not registered: its key
        would be empty, and match every other such name."""
        clashes = []
        self._suggested.clear()
        self._entities.setdefault(entity.id, entity)
        for name in [entity.id, *names]:
            key = normalize_name(name)
            if not key:
                continue
            other = self._by_key.get(key)
            if other is not None and other.id != entity.id:
                clashes.append(f"{name!r} already names {other.id!r}")
                continue
            self._by_key[key] = entity
        return clashes

    def resolve(self, name: str) -> Entity | None:
        """The entity `name` denotes (case, Latin accents and punctuation ignored), or None;
        None for a name with no letter or digit."""
        key = normalize_name(name)
        return self._by_key.get(key) if key else None

    def suggest(self, name: str, labels: tuple[str, ...] = (), n: int = 3) -> list[str]:
        """The ids of the `n` entities whose id, name or alias is nearest to `name` (worked out
        once per name: a large file may misspell one name thousands of times)."""
        asked = (normalize_name(name), labels, n)
        if asked not in self._suggested:
            self._suggested[asked] = self._nearest(*asked)
        return list(self._suggested[asked])

    def _nearest(self, key: str, labels: tuple[str, ...], n: int) -> list[str]:
        keys = [k for k, e in self._by_key.items() if not labels or e.label in labels]
        close = difflib.get_close_matches(key, keys, n=n * 3, cutoff=0.5)
        ids: list[str] = []
        for near in close:
            eid = self._by_key[near].id
            if eid not in ids:
                ids.append(eid)
        return ids[:n]

    def describe(self, entity_id: str) -> str:
        """'id (Name)' for messages."""
        e = self._entities.get(entity_id)
        return f"{entity_id!r} ({e.name})" if e else repr(entity_id)
