"""Facts over time, status apart from phase, evidence behind every edge (issue 19).

The mechanisms run on a small invented dataset (fictional companies, written to a temporary
folder; not industry facts): a joint venture founded with equal thirds whose stakes change after
a capital injection, a partnership that ended, a stake with a target date, a fact from a page
without a date, plants with a status and a life-cycle phase. The answers are read over HTTP from
the real service on the scratch Neo4j, as a user reads them. The curated dataset's own answers
(evidence behind every edge, `confirmed`, mentions) are checked on the main graph.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from graph.db.client import Graph
from loaders.pipeline import load, validate
from loaders.problems import LoadError
from tests.conftest import LiveServer

REGISTRY = {
    "companies": [
        {"id": "alpha-cells", "name": "Alpha Cells", "kind": "cell maker", "country": "KR"},
        {"id": "beta-motors", "name": "Beta Motors", "kind": "automaker", "country": "DE"},
        {
            "id": "gamma-materials",
            "name": "Gamma Materials",
            "kind": "materials supplier",
            "country": "CL",
        },
        {"id": "delta-jv", "name": "Delta Batteries JV", "kind": "joint venture", "country": "DE"},
        {"id": "epsilon-energy", "name": "Epsilon Energy", "kind": "cell maker", "country": "FR"},
    ]
}

Q = "An invented sentence that stands in for an article's quote."


def stake(fid: str, owner: str, percent: float, **extra: Any) -> dict[str, Any]:
    return {
        "id": fid,
        "type": "stake",
        "status": "confirmed",
        "owner": owner,
        "owned": "delta-jv",
        "percent": percent,
        "evidence": Q,
        **extra,
    }


def source(sid: str, published: str | None) -> dict[str, Any]:
    return {
        "id": sid,
        "title": f"Invented article {sid}",
        "publisher": "test fixture",
        "published": published,
    }


FILES: dict[str, dict[str, Any]] = {
    "delta-founding": {
        "source": source("delta-founding", "2024-01-10"),
        "facts": [
            stake("alpha-stake", "alpha-cells", 33.3),
            stake("beta-stake", "beta-motors", 33.3),
            stake("gamma-stake", "gamma-materials", 33.4),
            {
                "id": "alpha-beta-jv",
                "type": "partnership",
                "status": "confirmed",
                "parties": ["alpha-cells", "beta-motors"],
                "kind": "joint venture",
                "valid_from": "2023-01",
                "ended": True,
                "valid_until": {"date": "2025-03", "text": "dissolved in March 2025"},
                "evidence": Q,
            },
            {
                "id": "alpha-plant",
                "type": "plant",
                "status": "confirmed",
                "plant": "alpha-plant",
                "name": "Alpha Cells test plant",
                "operators": ["alpha-cells"],
                "country": "KR",
                "lifecycle": "under construction",
                "lifecycle_since": "2024-05",
                "evidence": Q,
            },
            {
                "id": "alpha-second-plant",
                "type": "plant",
                "status": "announced",
                "plant": "alpha-second-plant",
                "name": "Alpha Cells second test plant",
                "operators": ["alpha-cells"],
                "country": "KR",
                "lifecycle": "planned",
                "evidence": Q,
            },
        ],
    },
    "delta-injection": {
        "source": source("delta-injection", "2025-06-01"),
        "facts": [
            stake(
                "alpha-stake-after-injection",
                "alpha-cells",
                45,
                valid_from="2025-06",
                supersedes=["delta-founding#alpha-stake"],
            ),
            stake("beta-stake-after-injection", "beta-motors", 30),
            stake("gamma-stake-after-injection", "gamma-materials", 25),
        ],
    },
    "epsilon-plan": {
        "source": source("epsilon-plan", "2025-11-01"),
        "facts": [
            {
                "id": "epsilon-stake-in-beta",
                "type": "stake",
                "status": "announced",
                "owner": "epsilon-energy",
                "owned": "beta-motors",
                "percent": 20,
                "valid_from": {
                    "date": "2026-Q1",
                    "target": True,
                    "text": "by the end of the first quarter of 2026",
                },
                "evidence": Q,
            },
        ],
    },
    "undated-page": {
        "source": source("undated-page", None),
        "facts": [
            {
                "id": "alpha-supplies-beta",
                "type": "supply",
                "status": "reported",
                "supplier": "alpha-cells",
                "customer": "beta-motors",
                "product": "battery cells",
                "evidence": Q,
            },
        ],
    },
}


def write_dataset(root: Path, files: dict[str, dict[str, Any]]) -> Path:
    (root / "facts").mkdir(parents=True, exist_ok=True)
    (root / "entities.yaml").write_text(yaml.safe_dump(REGISTRY, sort_keys=False))
    for name, body in files.items():
        (root / "facts" / f"{name}.yaml").write_text(yaml.safe_dump(body, sort_keys=False))
    return root


@pytest.fixture(scope="module")
def timeline(scratch_server: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The invented dataset loaded into the scratch Neo4j, served over HTTP; yields its URL."""
    from app.main import create_app
    from tests.conftest import connect

    g = connect(scratch_server)
    g.write("tests/delete_everything")
    load(g, write_dataset(tmp_path_factory.mktemp("timeline") / "data", FILES))
    server = LiveServer(create_app(g))
    server.start()
    yield server.url
    server.stop()
    g.close()


@pytest.fixture(scope="module")
def api(timeline: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=timeline, timeout=30) as client:
        yield client


def owners(api: httpx.Client, company: str, as_of: str | None = None) -> dict[str, Any]:
    params = {"as_of": as_of} if as_of else {}
    r = api.get(f"/companies/{company}/ownership", params=params)
    assert r.status_code == 200, r.text
    return {o["owner"]["id"]: o for o in r.json()["owners"]}


def percents(found: dict[str, Any]) -> dict[str, float]:
    return {k: v["percent"] for k, v in found.items()}


# -- a stake that changes ----------------------------------------------------------------------
def test_stake_history_before_between_and_after(api: httpx.Client) -> None:
    assert owners(api, "delta-jv", "2023-06-01") == {}
    assert percents(owners(api, "delta-jv", "2024-06-01")) == {
        "alpha-cells": 33.3,
        "beta-motors": 33.3,
        "gamma-materials": 33.4,
    }
    assert percents(owners(api, "delta-jv", "2025-07-01")) == {
        "alpha-cells": 45,
        "beta-motors": 30,
        "gamma-materials": 25,
    }


def test_default_answer_is_the_latest_in_force_today(api: httpx.Client) -> None:
    r = api.get("/companies/delta-jv/ownership").json()
    assert r["as_of"] == dt.datetime.now(dt.UTC).date().isoformat()
    assert {o["owner"]["id"]: o["percent"] for o in r["owners"]} == {
        "alpha-cells": 45,
        "beta-motors": 30,
        "gamma-materials": 25,
    }
    assert r["stated_total_percent"] == 100


def test_a_stake_exposes_its_history(api: httpx.Client) -> None:
    alpha = owners(api, "delta-jv")["alpha-cells"]
    history = alpha["history"]
    assert [v["percent"] for v in history] == [33.3, 45]
    first, second = history
    # explicit `supersedes`: the earlier version ends where the later begins
    assert first["validity"]["valid_until"]["date"] == "2025-06-01"
    assert first["validity"]["in_force"] is False
    assert "delta-injection#alpha-stake-after-injection" in first["superseded_by"]
    assert second["validity"]["valid_from"] == {
        "date": "2025-06-01",
        "precision": "month",
        "target": False,
        "text": None,
        "basis": "fact",
    }
    assert second["validity"]["in_force"] is True
    # inferred from dates: Beta's 33.3 % ends on the day the 30 % is known from
    beta = owners(api, "delta-jv")["beta-motors"]["history"]
    assert beta[0]["validity"]["valid_until"]["date"] == "2025-06-01"
    assert beta[0]["validity"]["valid_from"]["basis"] == "source"


# -- nothing lasts for ever --------------------------------------------------------------------
def partners(api: httpx.Client, as_of: str | None) -> set[str]:
    params: dict[str, Any] = {"types": "PARTNERS_WITH"}
    if as_of:
        params["as_of"] = as_of
    r = api.get("/entities/alpha-cells/neighbourhood", params=params)
    assert r.status_code == 200, r.text
    return {n["id"] for n in r.json()["nodes"]} - {"alpha-cells"}


def test_ended_partnership_present_before_its_end_and_absent_after(api: httpx.Client) -> None:
    assert partners(api, "2024-06-01") == {"beta-motors"}
    assert partners(api, "2025-03-01") == set()
    assert partners(api, None) == set()


def test_entity_detail_says_a_relationship_ended(api: httpx.Client) -> None:
    detail = api.get("/entities/alpha-cells").json()
    assert detail["undated"] == 1  # the supply from the undated page
    (jv,) = detail["relationships"]["PARTNERS_WITH"]
    assert jv["validity"]["ended"] is True
    assert jv["validity"]["in_force"] is False
    assert jv["validity"]["valid_until"]["date"] == "2025-03-01"
    assert jv["validity"]["valid_until"]["text"] == "dissolved in March 2025"


# -- plans are not facts in force ---------------------------------------------------------------
def test_target_dated_stake_not_in_force_before_its_date(api: httpx.Client) -> None:
    assert owners(api, "beta-motors", "2025-12-31") == {}
    found = owners(api, "beta-motors", "2026-02-01")
    valid_from = found["epsilon-energy"]["validity"]["valid_from"]
    assert valid_from["target"] is True
    assert valid_from["precision"] == "quarter"
    assert valid_from["text"] == "by the end of the first quarter of 2026"


# -- undated pages are counted, never dropped ---------------------------------------------------
def test_undated_fact_is_in_an_as_of_answer_flagged_and_counted(api: httpx.Client) -> None:
    r = api.get(
        "/companies/alpha-cells/supply-chain", params={"direction": "down", "as_of": "2024-06-01"}
    ).json()
    (link,) = r["links"]
    assert link["customer"]["id"] == "beta-motors"
    assert link["validity"]["date_unknown"] is True
    assert link["validity"]["valid_from"] is None
    assert r["undated"] == 1


# -- certainty apart from phase -----------------------------------------------------------------
def test_plant_phase_and_fact_status_are_separate(api: httpx.Client) -> None:
    plants = {
        p["id"]: p for p in api.get("/plants", params={"company": "alpha-cells"}).json()["plants"]
    }
    built = plants["alpha-plant"]
    assert (built["status"], built["confirmed"], built["lifecycle"]) == (
        "confirmed",
        True,
        "under construction",
    )
    assert built["lifecycle_since"]["date"] == "2024-05-01"
    planned = plants["alpha-second-plant"]
    assert (planned["status"], planned["confirmed"], planned["lifecycle"]) == (
        "announced",
        False,
        "planned",
    )


# -- refused timelines --------------------------------------------------------------------------
def test_unordered_versions_of_a_stake_are_refused(tmp_path: Path) -> None:
    files = {
        "one": {
            "source": source("one", "2024-01-10"),
            "facts": [stake("alpha-stake", "alpha-cells", 40)],
        },
        "two": {
            "source": source("two", "2024-01-10"),
            "facts": [stake("alpha-stake", "alpha-cells", 45)],
        },
    }
    with pytest.raises(LoadError) as exc:
        validate(write_dataset(tmp_path / "data", files))
    text = str(exc.value)
    assert "alpha-cells" in text and "delta-jv" in text and "supersedes" in text


def test_ended_without_a_date_on_an_undated_page_is_refused(tmp_path: Path) -> None:
    fact = {
        "id": "jv",
        "type": "partnership",
        "status": "confirmed",
        "ended": True,
        "parties": ["alpha-cells", "beta-motors"],
        "kind": "joint venture",
        "evidence": Q,
    }
    files = {"undated": {"source": source("undated", None), "facts": [fact]}}
    with pytest.raises(LoadError) as exc:
        validate(write_dataset(tmp_path / "data", files))
    problem = exc.value.problems[0]
    assert problem.field.endswith("ended") and "valid_until" in str(problem)


def test_a_fact_cannot_supersede_an_unknown_fact(tmp_path: Path) -> None:
    files = {
        "one": {
            "source": source("one", "2024-01-10"),
            "facts": [stake("alpha-stake", "alpha-cells", 40, supersedes=["nowhere#no-such-fact"])],
        }
    }
    with pytest.raises(LoadError) as exc:
        validate(write_dataset(tmp_path / "data", files))
    assert "nowhere#no-such-fact" in str(exc.value)


# -- the curated dataset ------------------------------------------------------------------------
def test_every_relationship_has_evidence_or_a_curator_basis(graph: Graph) -> None:
    rows = graph.read("tests/relationship_provenance")
    assert rows, "no relationships loaded"
    bare = [r for r in rows if r["basis"] != "curator" and (not r["sources"] or not r["quotes"])]
    assert bare == []
    curator = [r for r in rows if r["basis"] == "curator"]
    assert curator and all(r["type"] == "HEADQUARTERED_IN" for r in curator)


def test_builds_in_carries_the_plant_facts_evidence(http: httpx.Client) -> None:
    detail = http.get("/entities/envision-aesc").json()
    (builds,) = detail["relationships"]["BUILDS_IN"]
    quotes = [q for s in builds["sources"] for q in s["evidence"]]
    assert any("Sunderland" in q for q in quotes)


def test_headquarters_from_general_knowledge_says_so(http: httpx.Client) -> None:
    detail = http.get("/entities/envision-aesc").json()
    (hq,) = detail["relationships"]["HEADQUARTERED_IN"]
    assert hq["basis"] == "curator"
    assert hq["sources"] == []


def test_announced_is_not_confirmed(http: httpx.Client) -> None:
    found = owners(http, "beijing-era-new-energy", "2024-06-01")
    assert found["catl"]["status"] == "announced"
    assert found["catl"]["confirmed"] is False


def test_mentions_name_the_facts_and_companies_their_sources(http: httpx.Client) -> None:
    detail = http.get("/entities/catl").json()
    mentions = {m["id"]: m for m in detail["mentioned_in"]}
    jv = mentions["catl-baic-xiaomi-beijing-jv"]
    assert "catl-baic-xiaomi-beijing-jv#catl-stake-beijing-era" in jv["fact_ids"]
    assert any("51%" in q for q in jv["evidence"])
    assert "catl-baic-xiaomi-beijing-jv" in {s["id"] for s in detail["sources"]}


# -- dating rules found in review (on the built rows: no database needed) -----------------------
def built(tmp_path: Path, files: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Every edge row (by key) and plant row (by id) that `files` build."""
    rows, _ = validate(write_dataset(tmp_path / "data", files))
    with rows:
        out = {r.key: r.props for kind in rows.kinds() for r in rows.edges(kind)}
        out.update(dict(rows.nodes("Plant")))
    return out


def test_a_denied_report_does_not_end_the_stake_it_denies(tmp_path: Path) -> None:
    files = {
        "one": {
            "source": source("one", "2024-01-10"),
            "facts": [stake("alpha-stake", "alpha-cells", 33)],
        },
        "two": {
            "source": source("two", "2025-06-01"),
            "facts": [stake("alpha-stake", "alpha-cells", 45, status="denied")],
        },
    }
    rows = built(tmp_path, files)
    assert "valid_until" not in rows["OWNS_STAKE:alpha-cells>delta-jv@33"]


def test_a_fact_reported_after_it_ended_is_kept_with_its_start_unknown(tmp_path: Path) -> None:
    fact = {
        "id": "jv",
        "type": "partnership",
        "status": "confirmed",
        "kind": "joint venture",
        "parties": ["alpha-cells", "beta-motors"],
        "valid_until": "2022",
        "ended": True,
        "evidence": Q,
    }
    rows = built(tmp_path, {"late": {"source": source("late", "2024-06-01"), "facts": [fact]}})
    jv = rows["PARTNERS_WITH:alpha-cells>beta-motors:joint venture"]
    assert (jv.get("valid_from"), jv["valid_from_basis"]) == (None, "unknown")
    assert (jv["valid_until"], jv["ended"]) == ("2022-01-01", True)


def test_a_stake_is_in_force_from_since_not_from_its_announcement(tmp_path: Path) -> None:
    fact = stake("alpha-stake", "alpha-cells", 40, announced="2023-11", since="2024-03")
    rows = built(tmp_path, {"one": {"source": source("one", "2024-06-01"), "facts": [fact]}})
    assert rows["OWNS_STAKE:alpha-cells>delta-jv@40"]["valid_from"] == "2024-03-01"


def test_a_running_supply_with_a_planned_ramp_up_starts_at_since(tmp_path: Path) -> None:
    fact = {
        "id": "s",
        "type": "supply",
        "status": "confirmed",
        "supplier": "alpha-cells",
        "customer": "beta-motors",
        "product": "battery cells",
        "since": "2022",
        "start": {"date": "2027", "target": True, "text": "mass supply from 2027"},
        "evidence": Q,
    }
    rows = built(tmp_path, {"one": {"source": source("one", "2024-06-01"), "facts": [fact]}})
    supply = rows["SUPPLIES:alpha-cells>beta-motors:battery cells"]
    assert supply["valid_from"] == "2022-01-01" and "valid_from_target" not in supply


def test_an_undated_description_does_not_reopen_a_closed_plant(tmp_path: Path) -> None:
    def plant(lifecycle: str, **extra: Any) -> dict[str, Any]:
        return {
            "id": "p",
            "type": "plant",
            "status": "confirmed",
            "plant": "alpha-plant",
            "name": "Alpha Cells test plant",
            "operators": ["alpha-cells"],
            "country": "KR",
            "lifecycle": lifecycle,
            "evidence": Q,
            **extra,
        }

    files = {
        "a-closed": {
            "source": source("a-closed", "2024-06-01"),
            "facts": [plant("closed", lifecycle_since="2024-05")],
        },
        "b-older": {"source": source("b-older", None), "facts": [plant("in production")]},
    }
    node = built(tmp_path, files)["alpha-plant"]
    assert (node["lifecycle"], node["ended"], node["valid_until"]) == ("closed", True, "2024-05-01")


def test_a_path_counts_its_undated_hops(http: httpx.Client) -> None:
    """CATL's SU7 batteries for Xiaomi Auto are "expected", on a page that prints no date."""
    r = http.get("/paths", params={"from": "catl", "to": "xiaomi-auto", "via": "supply"}).json()
    assert r["found"] is True
    (hop,) = r["paths"][0]["hops"]
    assert hop["validity"]["date_unknown"] is True
    assert r["undated"] == 1
