"""One relationship said in words: "CATL owns 51 % of Beijing Era New Energy Technology Co."

In: the relationship type, its properties and the display names of its start and end nodes.
Out: a sentence in the direction the relationship points, with its status when it is not firm.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from graph.model import Status

Props = dict[str, Any]


def _stake(a: str, b: str, p: Props) -> str:
    pct = p.get("percent")
    if isinstance(pct, int | float):
        return f"{a} owns {pct:g} % of {b}"
    return f"{a} owns a stake in {b} (percentage not stated)"


def _supplies(a: str, b: str, p: Props) -> str:
    product = p.get("product")
    return f"{a} supplies {b} with {product}" if product else f"{a} supplies {b}"


def _partners(a: str, b: str, p: Props) -> str:
    kind, name = p.get("kind"), p.get("name")
    what = f" ({kind}{': ' + str(name) if name else ''})" if kind else ""
    return f"{a} and {b} are partners{what}"


def _invests(a: str, b: str, p: Props) -> str:
    amount, cur = p.get("amount_amount"), p.get("amount_currency")
    if isinstance(amount, int | float) and cur:
        return f"{a} invests {amount:,.0f} {cur} in {b}"
    return f"{a} invests in {b}"


_SAY: dict[str, Callable[[str, str, Props], str]] = {
    "OWNS_STAKE": _stake,
    "SUPPLIES": _supplies,
    "PARTNERS_WITH": _partners,
    "INVESTS_IN": _invests,
    "OPERATES": lambda a, b, _: f"{a} operates {b}",
    "LOCATED_IN": lambda a, b, p: (
        f"{a} is located in {b}" + (f" ({p['region']})" if p.get("region") else "")
    ),
    "BUILDS_IN": lambda a, b, _: f"{a} builds or runs plants in {b}",
    "HEADQUARTERED_IN": lambda a, b, _: f"{a} is headquartered in {b}",
    "MENTIONS": lambda a, b, _: f"{a} mentions {b}",
}


def describe(rel_type: str, props: Props, start_name: str, end_name: str) -> str:
    """The relationship as a sentence, e.g. 'Xiaomi Auto owns 5 % of Beijing Era … (announced)'.

    The status is added in brackets unless it is `confirmed` (or absent).
    """
    say = _SAY.get(rel_type)
    text = say(start_name, end_name, props) if say else f"{start_name} {rel_type} {end_name}"
    status = props.get("status")
    if status and status != Status.CONFIRMED.value:
        text += f" ({status})"
    return text
