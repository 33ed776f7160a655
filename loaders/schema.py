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
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from graph.model import CompanyKind, PartnershipKind, Precision, Status

SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class Strict(BaseModel):
    """Base: unknown fields are errors (a typo in a field name must not pass silently)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, use_enum_values=True)


class FuzzyDate(Strict):
    """A date with the precision the source really gives, and whether it is a target.

    In YAML: `2024-03-11` (day), `2024-03` (month), `2024` (year), or a mapping
    `{date: 2025, target: true, text: by the end of 2025}` for a planned date.
    """

    date: str = Field(description="YYYY, YYYY-MM or YYYY-MM-DD")
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
                    f"{raw!r} is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD "
                    "(for a plan, {date: 2025, target: true, text: 'by the end of 2025'})"
                )
            year, month, day = m.groups()
            try:
                dt.date(int(year), int(month or 1), int(day or 1))
            except ValueError as exc:
                raise ValueError(f"{raw!r} is not a real date ({exc})") from None
            value["date"] = raw
            derived = "day" if day else "month" if month else "year"
            if value.setdefault("precision", derived) != derived:
                raise ValueError(f"{raw!r} has {derived} precision, not {value['precision']!r}")
        return value

    def first_day(self) -> str:
        """The first day the date can denote, as YYYY-MM-DD (used for `as of` filtering)."""
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


class Capacity(Strict):
    """Production capacity, e.g. 12 GWh a year for phase one."""

    value: float = Field(gt=0)
    unit: Literal["GWh", "MWh"] = "GWh"
    per: Literal["year"] = "year"
    scope: str | None = Field(None, description="what the figure covers, e.g. 'phase one'")


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
        hint = ""
        try:
            hint = f"; did you mean {pycountry.countries.lookup(v).alpha_2!r}?"
        except LookupError:
            pass
        raise ValueError(f"{v!r} is not an ISO 3166-1 alpha-2 country code{hint}")
    return code


class EntityEvidence(Strict):
    """A quote from a source that supports a registry entry (its kind or country)."""

    source: str = Field(pattern=SLUG)
    quote: str = Field(min_length=3)


class Company(Strict):
    """A company in the registry."""

    id: str = Field(pattern=SLUG, description="stable slug, e.g. 'catl'")
    name: str = Field(min_length=1)
    short_name: str | None = None
    aliases: list[str] = Field(default_factory=list, description="other spellings seen in sources")
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
    evidence: list[str] = Field(
        min_length=1,
        description="quote copied exactly from the source; a list when the fact spans sentences",
    )
    note: str | None = None

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
    owner: str
    owned: str
    percent: float | None = Field(None, ge=0, le=100)
    since: FuzzyDate | None = None


class SupplyFact(FactBase):
    """`supplier` supplies `product` to `customer`."""

    type: Literal["supply"]
    supplier: str
    customer: str
    product: str = Field(min_length=2)
    chemistry: str | None = None
    cell_formats: list[str] = Field(default_factory=list)
    since: FuzzyDate | None = None
    start: FuzzyDate | None = Field(None, description="start of (mass) supply when planned")
    plant: str | None = Field(None, description="the supplying plant, when stated")


class PlantFact(FactBase):
    """A battery plant: where, who runs it, what it makes, how big, since or from when."""

    type: Literal["plant"]
    plant: str = Field(pattern=SLUG, description="the plant's stable id")
    name: str
    aliases: list[str] = Field(default_factory=list)
    operators: list[str] = Field(min_length=1)
    country: str
    region: str | None = Field(None, description="city, state or region")
    chemistry: str | None = None
    cell_formats: list[str] = Field(default_factory=list)
    capacity: Capacity | None = None
    phase: str | None = None
    start_of_production: FuzzyDate | None = None
    investment: Money | None = None

    _check_country = field_validator("country", mode="before")(
        classmethod(lambda cls, v: _country(v))
    )


class PartnershipFact(FactBase):
    """Two or more companies work together (JV, MoU, cooperation, supplier selection)."""

    type: Literal["partnership"]
    parties: list[str] = Field(min_length=2)
    kind: PartnershipKind
    name: str | None = Field(None, description="the project or agreement's name")
    venture: str | None = Field(None, description="the joint venture company, if one is formed")
    capital: Money | None = Field(None, description="the venture's stated capital")
    deal_value: Money | None = Field(None, description="stated value of orders or the deal")


class InvestmentFact(FactBase):
    """`investor` invests `amount` in `target` (a company or a plant)."""

    type: Literal["investment"]
    investor: str
    target: str
    amount: Money | None = None


Fact = Annotated[
    StakeFact | SupplyFact | PlantFact | PartnershipFact | InvestmentFact,
    Field(discriminator="type"),
]


class FactFile(Strict):
    """`data/facts/<source-id>.yaml`: one source and the facts curated from it."""

    source: Source
    facts: list[Fact]
