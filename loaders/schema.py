"""The curated-fact file formats, as pydantic models (the contract for `data/`).

`data/entities.yaml` holds the registry (`Registry`); `data/facts/<source-id>.yaml` holds one
source article and the facts curated from it (`FactFile`). Entity references in facts may use an
entity's id, name or any alias; the resolver maps them to ids.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

import pycountry
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from graph.model import CompanyKind, Lifecycle, PartnershipKind, Precision, Status, Tier
from graph.names import normalize_name

SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
FACT_REF = re.compile(r"^(?:[a-z0-9]+(?:-[a-z0-9]+)*#)?[a-z0-9]+(?:-[a-z0-9]+)*$")
"""A reference to a fact: its id in the same file, or `<source-id>#<fact-id>`."""
_DATE = re.compile(r"^(\d{4})(?:-(?:Q([1-4])|(\d{2})(?:-(\d{2}))?))?$")


def refused(kind: str, message: str, suggestion: str | None = None) -> PydanticCustomError:
    """A validation error with its own suggestion (the problem report shows both). The message
    is shown as given (pydantic fills in only `{suggestion}`, which no message here holds)."""
    return PydanticCustomError(kind, message, {"suggestion": suggestion})


def _a_name(v: str) -> str:
    if not normalize_name(v):
        raise refused(
            "name_without_letters",
            f"{v!r} has no letter or digit, so it names nothing",
            "write the name as the source prints it, or the entity's id",
        )
    return v


Name = Annotated[str, AfterValidator(_a_name)]
"""A name or alias, or a reference to an entity by one: any script, but at least one letter or
digit (names are compared by `graph.names.normalize_name`, which keeps nothing else)."""


class Strict(BaseModel):
    """Base: unknown fields are errors (a typo in a field name must not pass silently)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, use_enum_values=True)


class FuzzyDate(Strict):
    """A date with the precision the source really gives, and whether it is a target.

    In YAML: `2024-03-11` (day), `2024-03` (month), `2026-Q1` (quarter), `2024` (year), or a
    mapping `{date: 2025, target: true, text: by the end of 2025}` for a planned date.
    """

    date: str = Field(description="YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD")
    precision: Precision
    target: bool = Field(False, description="a planned or targeted date, not one that happened")
    text: str | None = Field(
        None, description="the source's own wording, e.g. 'by the end of 2025'"
    )

    @model_validator(mode="before")
    @classmethod
    def _from_scalar(cls, value: Any) -> Any:
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date | int | str):
            value = {"date": value}
        if isinstance(value, dict) and "date" in value:
            value = dict(value)
            raw = value["date"]
            raw = raw.isoformat() if isinstance(raw, dt.date) else str(raw).strip()
            m = _DATE.match(raw)
            if not m:
                raise ValueError(
                    f"{raw!r} is not a date: expected YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD "
                    "(for a plan, {date: 2025, target: true, text: 'by the end of 2025'})"
                )
            year, quarter, month, day = m.groups()
            try:
                dt.date(int(year), int(month or 1), int(day or 1))
            except ValueError as exc:
                raise ValueError(f"{raw!r} is not a real date ({exc})") from None
            value["date"] = raw
            derived = "day" if day else "month" if month else "quarter" if quarter else "year"
            if value.setdefault("precision", derived) != derived:
                raise ValueError(f"{raw!r} has {derived} precision, not {value['precision']!r}")
        return value

    def first_day(self) -> str:
        """The first day the date can denote, as YYYY-MM-DD (used for `as of` filtering)."""
        year, _, rest = self.date.partition("-")
        if rest.startswith("Q"):
            return f"{year}-{3 * int(rest[1]) - 2:02d}-01"
        parts = self.date.split("-") + ["01", "01"]
        return "-".join(parts[:3])


class Money(Strict):
    """An amount of money in an ISO 4217 currency."""

    amount: float = Field(gt=0)
    currency: str = Field(pattern=r"^[A-Z]{3}$", description="ISO 4217 code, e.g. USD, CNY")
    approximate: bool = False
    text: str | None = None

    @field_validator("currency")
    @classmethod
    def _known_currency(cls, v: str) -> str:
        if pycountry.currencies.get(alpha_3=v) is None:
            raise ValueError(f"{v!r} is not an ISO 4217 currency code")
        return v


class Quantity(Strict):
    """An amount a year as the source states it: energy (GWh, MWh) or mass (t, kt), with how
    exact it is (`qualifier`) and what it covers (`scope`, e.g. 'phase one')."""

    value: float = Field(gt=0)
    unit: Literal["GWh", "MWh", "t", "kt"] = "GWh"
    per: Literal["year"] = "year"
    qualifier: Literal["about", "up to", "at least", "more than"] | None = Field(
        None, description="as the source words it: 'about 10 GWh', 'up to 40 GWh'"
    )
    scope: str | None = Field(None, description="what the figure covers, e.g. 'phase one'")


Capacity = Quantity
"""A plant's production capacity, e.g. 12 GWh a year for phase one."""


NOT_ISO_CODES = {
    "UK": "GB",  # reserved by ISO for the United Kingdom, whose code is GB
    "EL": "GR",  # the European Union's code for Greece
    "UAE": "AE",
    "ENGLAND": "GB",
    "SCOTLAND": "GB",
    "WALES": "GB",
    "BRITAIN": "GB",
    "GREAT BRITAIN": "GB",
    "HOLLAND": "NL",
    "RUSSIA": "RU",
    "TURKEY": "TR",
}
"""Country codes and names in common use that ISO 3166-1 does not know by them (pycountry's
look-up finds the rest: alpha-3 codes, names): only where the country meant is certain."""


def _country(v: Any) -> str:
    if isinstance(v, bool):  # YAML 1.1 reads an unquoted NO (Norway) as false
        raise ValueError(
            f"is {str(v).lower()}, not a country code: YAML reads an unquoted NO, No, Y or ON "
            'as a yes/no value; quote it, e.g. country: "NO"'
        )
    if not isinstance(v, str):
        raise ValueError(f"{v!r} is not an ISO 3166-1 alpha-2 country code")
    code = v.strip().upper()
    if pycountry.countries.get(alpha_2=code) is None:
        meant = NOT_ISO_CODES.get(" ".join(code.split()))
        if meant is None:
            try:
                meant = pycountry.countries.lookup(v.strip()).alpha_2
            except LookupError:
                pass
        country = pycountry.countries.get(alpha_2=meant) if meant else None
        raise refused(
            "country_code",
            f"{v!r} is not an ISO 3166-1 alpha-2 country code",
            f"use {meant!r} ({getattr(country, 'common_name', None) or country.name})"
            if country
            else "use the two-letter ISO 3166-1 code, e.g. CN, US, DE, GB",
        )
    return code


class EntityEvidence(Strict):
    """A quote from a source that supports a registry entry (its kind or country)."""

    source: str = Field(pattern=SLUG)
    quote: str = Field(min_length=3)


class Company(Strict):
    """A company in the registry."""

    id: str = Field(pattern=SLUG, description="stable slug, e.g. 'catl'")
    name: Name = Field(min_length=1)
    short_name: Name | None = None
    aliases: list[Name] = Field(default_factory=list, description="other spellings seen in sources")
    kind: CompanyKind
    country: str = Field(description="headquarters, ISO 3166-1 alpha-2")
    description: str | None = None
    evidence: list[EntityEvidence] = Field(default_factory=list)

    _check_country = field_validator("country", mode="before")(
        classmethod(lambda cls, v: _country(v))
    )


class Registry(Strict):
    """`data/entities.yaml`: every company the facts may name."""

    companies: list[Company]


class Source(Strict):
    """The article a fact file is curated from."""

    id: str = Field(pattern=SLUG, description="equals the file name without .yaml")
    title: str
    publisher: str
    url: str | None = None
    published: FuzzyDate | None = Field(None, description="null when the page prints no date")
    note: str | None = Field(None, description="what a reader should know about dating or origin")
    quotes: str | None = Field(None, description="the outlet this page quotes, e.g. 'Electrive'")


class FactBase(Strict):
    """Fields every fact has."""

    id: str = Field(pattern=SLUG, description="unique within its file")
    status: Status
    announced: FuzzyDate | None = Field(None, description="when it was announced or reported")
    valid_from: FuzzyDate | None = Field(
        None, description="the first day it is in force, when the source says (a target allowed)"
    )
    valid_until: FuzzyDate | None = Field(
        None, description="the first day it is no longer in force (a target for a planned end)"
    )
    ended: bool = Field(
        False,
        description="the source says it has ended (without valid_until: ended by the source's "
        "publication date)",
    )
    supersedes: list[str] = Field(
        default_factory=list,
        description="facts this one replaces: 'fact-id' in this file, 'source-id#fact-id' in "
        "another; each ends where this one begins",
    )
    evidence: list[str] = Field(
        min_length=1,
        description="quote copied exactly from the source; a list when the fact spans sentences",
    )
    note: str | None = None

    @field_validator("supersedes")
    @classmethod
    def _fact_refs(cls, v: list[str]) -> list[str]:
        for ref in v:
            if not FACT_REF.match(ref):
                raise ValueError(
                    f"{ref!r} is not a fact reference: expected 'fact-id' (this file) or "
                    "'source-id#fact-id'"
                )
        return v

    @model_validator(mode="after")
    def _ends_after_it_starts(self) -> FactBase:
        start, end = self.valid_from, self.valid_until
        if start is not None and end is not None and end.first_day() <= start.first_day():
            raise ValueError(
                f"valid_until {end.date} is not after valid_from {start.date}: a fact ends "
                "after it begins"
            )
        return self

    @field_validator("evidence", mode="before")
    @classmethod
    def _one_or_more_quotes(cls, v: Any) -> Any:
        return [v] if isinstance(v, str) else v

    @field_validator("evidence")
    @classmethod
    def _quotes_long_enough(cls, v: list[str]) -> list[str]:
        for quote in v:
            if len(quote.strip()) < 10:
                raise ValueError(f"{quote!r} is too short to be an evidence quote (10+ characters)")
        return v


class StakeFact(FactBase):
    """`owner` holds `percent` of `owned` (a company or a plant); percent null = not stated."""

    type: Literal["stake"]
    owner: Name
    owned: Name
    percent: float | None = Field(None, ge=0, le=100)
    since: FuzzyDate | None = None


class SupplyFact(FactBase):
    """`supplier` supplies `product` to `customer`."""

    type: Literal["supply"]
    supplier: Name
    customer: Name
    product: Name = Field(min_length=2)
    chemistry: str | None = None
    cell_formats: list[str] = Field(default_factory=list)
    tier: Tier | None = Field(None, description="where the product sits from mine to vehicle")
    volume: Quantity | None = Field(None, description="a contract's volume a year, as stated")
    since: FuzzyDate | None = None
    start: FuzzyDate | None = Field(None, description="start of (mass) supply when planned")
    plant: Name | None = Field(None, description="the supplying plant, when stated")


class PlantFact(FactBase):
    """A battery plant: where, who runs it, what it makes, how big, since or from when."""

    type: Literal["plant"]
    plant: str = Field(pattern=SLUG, description="the plant's stable id")
    name: Name
    aliases: list[Name] = Field(default_factory=list)
    operators: list[Name] = Field(min_length=1)
    country: str
    region: str | None = Field(None, description="city, state or region")
    chemistry: str | None = None
    cell_formats: list[str] = Field(default_factory=list)
    capacity: Capacity | None = None
    tier: Tier | None = Field(None, description="what the plant makes, from mine to vehicle")
    phase: str | None = Field(
        None, description="the build phase a capacity is for, e.g. 'phase one'"
    )
    lifecycle: Lifecycle | None = Field(
        None, description="the plant's phase of life: planned, under construction, in production…"
    )
    lifecycle_since: FuzzyDate | None = Field(None, description="when that phase began")
    start_of_production: FuzzyDate | None = None
    investment: Money | None = None

    _check_country = field_validator("country", mode="before")(
        classmethod(lambda cls, v: _country(v))
    )

    @model_validator(mode="after")
    def _phase_and_plant(self) -> PlantFact:
        if self.lifecycle_since is not None and self.lifecycle is None:
            raise ValueError("lifecycle_since without lifecycle: say which phase began then")
        if self.supersedes:
            raise ValueError(
                "a plant fact cannot supersede another: a plant described again merges with "
                "its earlier descriptions (give its phase with lifecycle and lifecycle_since)"
            )
        return self


class PartnershipFact(FactBase):
    """Two or more companies work together (JV, MoU, cooperation, supplier selection)."""

    type: Literal["partnership"]
    parties: list[Name] = Field(min_length=2)
    kind: PartnershipKind
    name: str | None = Field(None, description="the project or agreement's name")
    venture: Name | None = Field(None, description="the joint venture company, if one is formed")
    capital: Money | None = Field(None, description="the venture's stated capital")
    deal_value: Money | None = Field(None, description="stated value of orders or the deal")


class InvestmentFact(FactBase):
    """`investor` invests `amount` in `target` (a company or a plant)."""

    type: Literal["investment"]
    investor: Name
    target: Name
    amount: Money | None = None


Fact = Annotated[
    StakeFact | SupplyFact | PlantFact | PartnershipFact | InvestmentFact,
    Field(discriminator="type"),
]


class FactFile(Strict):
    """`data/facts/<source-id>.yaml`: one source and the facts curated from it."""

    source: Source
    facts: list[Fact]

    @field_validator("facts")
    @classmethod
    def _at_least_one(cls, v: list[Any]) -> list[Any]:
        if not v:
            raise refused(
                "no_facts",
                "is empty: a source file needs at least one fact",
                "add the facts curated from the article, or delete the file",
            )
        return v
