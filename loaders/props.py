"""Row properties from schema values: dates and money flattened, empty values dropped."""

from __future__ import annotations

from loaders.rowstore import Props
from loaders.schema import FuzzyDate, Money


def date_props(prefix: str, d: FuzzyDate | None) -> Props:
    """Flatten a FuzzyDate into `<prefix>`, `<prefix>_precision`, `_target`, `_text` properties."""
    if d is None:
        return {}
    out: Props = {prefix: d.date, f"{prefix}_precision": d.precision}
    if d.target:
        out[f"{prefix}_target"] = True
    if d.text:
        out[f"{prefix}_text"] = d.text
    return out


def money_props(prefix: str, m: Money | None) -> Props:
    """Flatten Money into `<prefix>_amount`, `_currency`, `_approximate`, `_text`."""
    if m is None:
        return {}
    out: Props = {f"{prefix}_amount": m.amount, f"{prefix}_currency": m.currency}
    if m.approximate:
        out[f"{prefix}_approximate"] = True
    if m.text:
        out[f"{prefix}_text"] = m.text
    return out


def clean(props: Props) -> Props:
    """The properties without the empty ones (None, []): the graph stores no empty value."""
    return {k: v for k, v in props.items() if v is not None and v != []}
