"""The loader against the real Neo4j: idempotent, synchronised, all-or-nothing,
and clear about bad input (file, line, field, expectation, suggestion)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from graph.db.client import Graph
from loaders.pipeline import load, validate
from loaders.problems import LoadError, Problem
from tests.conftest import DATA


def fingerprint(graph: Graph) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Every managed node and relationship with its content hash: equal iff the graphs are."""
    nodes = sorted(
        (r["label"], r["id"], r["hash"]) for r in graph.read("loaders/write/existing_nodes")
    )
    edges = sorted(
        (r["type"], r["key"], r["hash"]) for r in graph.read("loaders/write/existing_edges")
    )
    return nodes, edges


def edit(path: Path, change: Any) -> None:
    """Load a YAML file, let `change` mutate the data, write it back."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")


def first_fact(data: dict[str, Any], type_: str) -> dict[str, Any]:
    return next(f for f in data["facts"] if f["type"] == type_)


JV_FILE = "facts/catl-baic-xiaomi-beijing-jv.yaml"


def only_problem(exc: pytest.ExceptionInfo[LoadError]) -> Problem:
    assert len(exc.value.problems) >= 1
    return exc.value.problems[0]


def assert_points_at(problem: Problem, word: str) -> None:
    """The problem names a real line of its file, and that line holds the offending field."""
    assert problem.line is not None, problem
    line = problem.file.read_text(encoding="utf-8").splitlines()[problem.line - 1]
    assert word in line, f"{problem} → line {problem.line}: {line!r}"


def test_curated_data_validates() -> None:
    rows, files = validate(DATA)
    counts = rows.counts()
    assert files == 4
    assert counts["Company"] >= 10 and counts["Plant"] >= 5 and counts["Source"] == 3


def test_load_twice_is_idempotent(scratch: Graph) -> None:
    first = load(scratch, DATA)
    before = fingerprint(scratch)
    second = load(scratch, DATA)
    assert first.created and not second.changed
    assert sum(second.unchanged.values()) == sum(first.created.values())
    assert fingerprint(scratch) == before
    assert second.skipped  # same files, same loader: stopped at the fingerprint
    third = load(scratch, DATA, full=True)  # compares every row with the database
    assert not third.skipped and not third.changed
    assert third.unchanged == second.unchanged


def test_deleted_fact_disappears_and_nothing_else(scratch: Graph, data_copy: Path) -> None:
    load(scratch, data_copy)
    nodes_before, edges_before = fingerprint(scratch)

    def drop_huawei(data: dict[str, Any]) -> None:
        data["facts"] = [
            f
            for f in data["facts"]
            if not (f["type"] == "partnership" and "huawei-terminal" in f["parties"])
        ]

    edit(data_copy / "facts/battery-week-aesc-cosmx-catl-ford.yaml", drop_huawei)
    summary = load(scratch, data_copy)
    nodes_after, edges_after = fingerprint(scratch)
    gone = {e[1] for e in edges_before} - {e[1] for e in edges_after}
    # the fact's edge goes, and so does the article's only mention of Huawei Terminal
    assert gone == {
        "PARTNERS_WITH:catl>huawei-terminal:memorandum of understanding",
        "MENTIONS:battery-week-aesc-cosmx-catl-ford>huawei-terminal",
    }
    assert summary.removed["PARTNERS_WITH"] == 1
    # what else changed is bookkeeping about that source and company (their fact lists), no more
    changed_nodes = {n[:2] for n in set(nodes_before) ^ set(nodes_after)}
    assert changed_nodes <= {
        ("Company", "huawei-terminal"),
        ("Company", "catl"),
        ("Source", "battery-week-aesc-cosmx-catl-ford"),
    }


@pytest.mark.parametrize(
    "name, file, change, message, field",
    [
        (
            "unknown entity",
            JV_FILE,
            lambda d: first_fact(d, "stake").update(owner="CATLL"),
            "unknown Company",
            "owner",
        ),
        (
            "unknown country",
            JV_FILE,
            lambda d: first_fact(d, "plant").update(country="XX"),
            "ISO 3166-1",
            "country",
        ),
        (
            "percent above 100",
            JV_FILE,
            lambda d: first_fact(d, "stake").update(percent=151),
            "less than or equal to 100",
            "percent",
        ),
        (
            "missing evidence",
            JV_FILE,
            lambda d: first_fact(d, "stake").pop("evidence"),
            "required",
            "evidence",
        ),
        (
            "not a date",
            JV_FILE,
            lambda d: first_fact(d, "stake").update(announced="2024-13-45"),
            "not a real date",
            "announced",
        ),
        (
            "bad status",
            JV_FILE,
            lambda d: first_fact(d, "stake").update(status="rumoured"),
            "confirmed",
            "status",
        ),
        (
            "duplicate fact id",
            JV_FILE,
            lambda d: d["facts"].append(dict(first_fact(d, "stake"))),
            "duplicate fact id",
            "id",
        ),
        (
            "duplicate company id",
            "entities.yaml",
            lambda d: d["companies"].append(dict(d["companies"][0])),
            "duplicate id",
            "id",
        ),
    ],
)
def test_bad_input_is_reported_and_nothing_written(
    scratch: Graph, data_copy: Path, name: str, file: str, change: Any, message: str, field: str
) -> None:
    load(scratch, data_copy)
    before = fingerprint(scratch)
    edit(data_copy / file, change)
    with pytest.raises(LoadError) as exc:
        load(scratch, data_copy)
    problem = only_problem(exc)
    assert problem.file.name == Path(file).name, problem
    assert message in str(problem), str(exc.value)
    assert field in problem.field, problem
    if name == "missing evidence":  # points at the fact that lacks it
        assert_points_at(problem, "id: catl-stake-beijing-era")
    elif name != "duplicate fact id":
        assert_points_at(problem, field)
    assert fingerprint(scratch) == before


def test_unknown_entity_suggests_nearest_ids(data_copy: Path) -> None:
    edit(data_copy / JV_FILE, lambda d: first_fact(d, "stake").update(owner="Xiaomi Autp"))
    with pytest.raises(LoadError) as exc:
        validate(data_copy)
    problem = only_problem(exc)
    assert problem.suggestion and "xiaomi-auto" in problem.suggestion


def test_stakes_above_100_percent(scratch: Graph, data_copy: Path) -> None:
    load(scratch, data_copy)
    before = fingerprint(scratch)

    def inflate(d: dict[str, Any]) -> None:
        for f in d["facts"]:
            if f["type"] == "stake" and f.get("percent") == 39:
                f["percent"] = 59

    edit(data_copy / JV_FILE, inflate)
    with pytest.raises(LoadError) as exc:
        load(scratch, data_copy)
    assert "add up to 115 %" in str(exc.value)
    assert fingerprint(scratch) == before


def test_malformed_yaml_names_the_line(scratch: Graph, data_copy: Path) -> None:
    path = data_copy / JV_FILE
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(3, "  broken: [unclosed")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(LoadError) as exc:
        load(scratch, data_copy)
    problem = only_problem(exc)
    assert "not valid YAML" in problem.message and problem.line is not None
    assert fingerprint(scratch) == ([], [])


def test_a_stake_reported_by_two_sources_counts_once(scratch: Graph, data_copy: Path) -> None:
    """The same 51 % in a second article is one stake, not 102 % of the venture."""
    jv = yaml.safe_load((data_copy / JV_FILE).read_text(encoding="utf-8"))
    stake = next(f for f in jv["facts"] if f["type"] == "stake" and f.get("percent") == 51)
    again = {
        "source": {**jv["source"], "id": "second-article", "title": "A second report"},
        "facts": [stake],
    }
    (data_copy / "facts/second-article.yaml").write_text(
        yaml.safe_dump(again, sort_keys=False, allow_unicode=True), encoding="utf-8"
    )
    load(scratch, data_copy)
    edges = [e for e in fingerprint(scratch)[1] if e[0] == "OWNS_STAKE" and "catl>" in e[1]]
    assert len(edges) == 1


def test_unquoted_norway_is_norway(data_copy: Path) -> None:
    """The loader reads YAML 1.2: an unquoted NO is the text "NO" (Norway), not false."""
    path = data_copy / "entities.yaml"
    text = path.read_text(encoding="utf-8").replace("country: CN", "country: NO", 1)
    path.write_text(text, encoding="utf-8")
    with validate(data_copy)[0] as rows:
        countries = {props["country"] for _, props in rows.nodes("Company")}
    assert "NO" in countries


def test_a_file_with_merge_keys_is_read_as_yaml_1_1(data_copy: Path) -> None:
    """A file with a merge key (`<<:`) is parsed by PyYAML, which merges it; there an unquoted
    NO is false, and the error says to quote it."""
    path = data_copy / "entities.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("country: CN", "<<: {}\n    country: NO", 1), encoding="utf-8")
    with pytest.raises(LoadError) as exc:
        validate(data_copy)
    problem = only_problem(exc)
    assert problem.field.endswith(".country") and 'country: "NO"' in (problem.message or "")
    assert_points_at(problem, "country: NO")


def test_a_fact_stated_again_keeps_the_earliest_day_in_effect(data_copy: Path) -> None:
    """valid_from is the first day the fact is known in effect: a source loaded later with a
    later (or no) date must not move it, or `as_of` would hide the fact for a while."""
    jv = yaml.safe_load((data_copy / JV_FILE).read_text(encoding="utf-8"))
    stake = next(f for f in jv["facts"] if f["type"] == "stake" and f.get("percent") == 51)
    plant = first_fact(jv, "plant")
    assert stake["announced"] == plant["announced"] == date(2024, 3, 11)
    copies = {  # file name (= load order) → the day the copy was announced (None: undated)
        "aaa-first-loaded": date(2025, 5, 1),
        "yyy-undated": None,
        "zzz-last-loaded": date(2024, 6, 30),
    }
    for name, day in copies.items():
        facts = [
            {k: v for k, v in f.items() if k != "announced"} | ({"announced": day} if day else {})
            for f in (stake, plant)
        ]
        again = {"source": {**jv["source"], "id": name, "title": name}, "facts": facts}
        (data_copy / f"facts/{name}.yaml").write_text(
            yaml.safe_dump(again, sort_keys=False, allow_unicode=True), encoding="utf-8"
        )
    rows, _ = validate(data_copy)
    [edge] = [
        row
        for kind in rows.kinds()
        if kind[0] == "OWNS_STAKE"
        for row in rows.edges(kind)
        if row.key == "OWNS_STAKE:catl>beijing-era-new-energy@51"  # the 51 % version
    ]
    assert set(edge.props["sources"]) >= set(copies)
    assert edge.props["valid_from"] == "2024-03-11"
    plant_row = rows.node("Plant", plant["plant"])
    assert plant_row and plant_row["valid_from"] == "2024-03-11"


def test_prefetched_batches_arrive_in_order_and_the_thread_stops() -> None:
    """The sync reads the next batches in a thread: same order, its errors raised in the
    caller, and a caller that stops early (a failed write) leaves no thread behind."""
    import threading

    from loaders.write import prefetched

    steps = [("q", "stage", "rows", [i]) for i in range(50)]
    assert list(prefetched(iter(steps))) == steps

    def failing() -> Any:
        yield steps[0]
        raise ValueError("row store unreadable")

    with pytest.raises(ValueError, match="unreadable"):
        list(prefetched(failing()))
    taken = prefetched(iter(steps))
    assert next(taken) == steps[0]
    taken.close()  # the caller gives up, e.g. the database refused a batch
    assert not any(t.name == "kg-load-rows" for t in threading.enumerate())


def _stored(graph: Graph) -> tuple[set[tuple[str, str, str]], set[tuple[str, str]]]:
    nodes = {
        (r["label"], r["id"], r["hash"])
        for b in graph.stream("loaders/write/existing_nodes")
        for r in b
    }
    edges = {(r["key"], r["hash"]) for b in graph.stream("loaders/write/existing_edges") for r in b}
    return nodes, edges


def _rows_of(data: Path) -> tuple[set[tuple[str, str, str]], set[tuple[str, str]]]:
    with validate(data)[0] as rows:
        labels = ("Country", "Company", "Plant", "Source")
        nodes = {(lb, i, p["kg_hash"]) for lb in labels for i, p in rows.nodes(lb)}
        edges = {(r.key, r.props["kg_hash"]) for k in rows.kinds() for r in rows.edges(k)}
    return nodes, edges


def test_rows_written_while_building_are_the_rows_and_a_failure_keeps_none(
    scratch: Graph, tmp_path: Path
) -> None:
    """A load writes the rows one file alone states (sources, mentions, plants described once)
    while it still builds the others, in small batches here. The graph is then exactly the
    validated rows, a reload of changed files too, with honest counts; and a problem found
    after many batches were written leaves the graph as it was."""
    from bench.generate import generate

    generate("S", tmp_path / "S", changed_out=tmp_path / "S2")
    first = load(scratch, tmp_path / "S", batch_size=50)
    expected = _rows_of(tmp_path / "S")
    assert _stored(scratch) == expected
    with validate(tmp_path / "S")[0] as rows:
        assert dict(first.created) == rows.counts() and not first.updated
    again = load(scratch, tmp_path / "S2", batch_size=50)
    changed = _rows_of(tmp_path / "S2")
    assert _stored(scratch) == changed
    written = sum(again.created.values()) + sum(again.updated.values())
    assert 0 < written < 200 and sum(again.unchanged.values()) > 3000

    last = sorted((tmp_path / "S2" / "facts").glob("*.yaml"))[-1]
    text = last.read_text(encoding="utf-8")
    last.write_text(text.replace("co-000000", "co-nobody"), encoding="utf-8")
    assert "co-nobody" in last.read_text(encoding="utf-8")
    with pytest.raises(LoadError) as exc:
        load(scratch, tmp_path / "S2", batch_size=50, full=True)
    assert any("co-nobody" in p.message for p in exc.value.problems)
    assert _stored(scratch) == changed
    scratch.write("tests/delete_everything")  # an empty graph: every row is written early
    written_early: list[int] = []
    with pytest.raises(LoadError):
        load(
            scratch,
            tmp_path / "S2",
            batch_size=50,
            progress=lambda _, n, t: written_early.append(n),
        )
    assert sum(written_early) > 500  # rows written before the last file was built
    assert _stored(scratch) == (set(), set())
