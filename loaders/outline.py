"""What the first pass over a facts file keeps: its path, source id, plants' names and the
facts its facts supersede."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from loaders.files import Parsed
from loaders.schema import FactFile, PlantFact


@dataclass(frozen=True)
class PlantName:
    """What the first pass needs of a plant fact: where it is, the plant's id and names."""

    index: int
    fact_id: str
    plant: str
    name: str
    aliases: tuple[str, ...]
    country: str


@dataclass(frozen=True)
class Outline:
    """What the first pass needs of a valid facts file: its path, source id, plants, and the
    global ids of the facts its facts supersede (so the second pass knows which to track)."""

    path: Path
    source_id: str
    plants: tuple[PlantName, ...]
    superseded: tuple[str, ...] = ()

    @classmethod
    def of(cls, pf: Parsed[FactFile]) -> Outline:
        """The outline of a validated facts file."""
        plants = tuple(
            PlantName(i, f.id, f.plant, f.name, tuple(f.aliases), f.country)
            for i, f in enumerate(pf.model.facts)
            if isinstance(f, PlantFact)
        )
        sid = pf.model.source.id
        superseded = tuple(global_fact_id(sid, ref) for f in pf.model.facts for ref in f.supersedes)
        return cls(pf.path, sid, plants, superseded)


def global_fact_id(source_id: str, ref: str) -> str:
    """The global id `<source-id>#<fact-id>` of a reference made in the file of `source_id`."""
    return ref if "#" in ref else f"{source_id}#{ref}"
