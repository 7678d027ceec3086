"""Candidate tasks: loaders on local files in every format a user may hold, bad input, the funnel's balances,
validation in the sandbox (dropping failing cases, rejecting failing tasks), stress growth, and resuming from the cache."""
import json
from collections import Counter

import pytest
from conftest import ROOT

from swiftcoder.core import Cache
from swiftcoder.profiler import MeasureSettings, profile
from swiftcoder.sandbox import Limits
from swiftcoder.corpus import build_corpus, derive_stress, load_tasks, save_corpus, validate_tests, ValidationSettings
from swiftcoder.schema import Task
from swiftcoder.sources import load_rows, row_tasks, SOURCES

FAST = ValidationSettings(stress_target_s=0.02, stress_factors=(4, 16, 64))


def _cf_row(query, answer, lang="python"):
    return {"query": query, "answer": answer, "resource": "unit-test", "lang": lang}


GOOD = _cf_row("Write a function that returns the sum of the squares of a list of integers.",
               "Here you go:\n```python\ndef sum_sq(xs):\n    total = 0\n    for x in xs:\n        total += x * x\n    return total\n```\n"
               "```python\nassert sum_sq([1, 2, 3]) == 14\nassert sum_sq([]) == 0\n```\n")


def _write_jsonl(path, rows):
    with open(path, "wb") as f:
        for r in rows:
            f.write(r if isinstance(r, bytes) else (json.dumps(r) + "\n").encode())
    return path


def test_bad_rows_are_rejected_with_a_reason_never_a_crash(tmp_path):
    rows = [GOOD,
            b"{not json\n",                                                   # broken line
            b'{"query": "caf\xe9 latte please write", "answer": "x"}\n',      # not UTF-8
            {"query": "Write something useful for me please.", "lang": "python"},  # missing answer
            {"query": 7, "answer": "```python\ndef f():\n    return 1\n```", "lang": "python"},  # wrong type
            [1, 2, 3],                                                          # not a mapping
            _cf_row("Write a SQL query that lists every table.", "```sql\nSELECT * FROM t;\n```", "sql"),  # unknown language
            _cf_row("Explain recursion to me in a few words.", "Recursion is a function calling itself."),  # no code
            _cf_row("Huge answer that goes on and on and on.", "```python\n" + "x = 1\n" * 60000 + "```"),  # too large
            ]
    src = _write_jsonl(tmp_path / "cf.jsonl", rows)
    got = [row_tasks(SOURCES["codefeedback"], i, r) for i, r in load_rows("codefeedback", src)]
    assert len(got) == len(rows)
    assert isinstance(got[0], list) and got[0][0].entry_point == "sum_sq" and got[0][0].tests["kind"] == "function"
    rules = [g[0] if isinstance(g, tuple) else "ok" for g in got]
    assert rules == ["ok", "malformed", "malformed", "malformed", "malformed", "malformed", "language", "no_code", "too_large"]
    assert "not JSON" in got[1][1] and "UTF-8" in got[2][1] and "missing field 'answer'" in got[3][1]


def test_local_formats_load_the_same_rows(tmp_path):
    """JSONL read line by line; Parquet, a save_to_disk folder and a data-file folder go through `datasets`, the same
    `load_dataset` call a hub name takes."""
    import datasets
    rows = [GOOD, _cf_row("Write a Go function that doubles an integer value.", "```go\nfunc Double(x int) int { return 2 * x }\n```", "go")]
    jl = _write_jsonl(tmp_path / "cf.jsonl", rows)
    ds = datasets.Dataset.from_list(rows)
    ds.to_parquet(str(tmp_path / "cf.parquet"))
    ds.save_to_disk(str(tmp_path / "saved"))
    (tmp_path / "repo").mkdir(); ds.to_parquet(str(tmp_path / "repo" / "train.parquet"))
    want = [r["query"] for r in rows]
    for p in (jl, tmp_path / "cf.parquet", tmp_path / "saved", tmp_path / "repo"):
        assert [r["query"] for _, r in load_rows("codefeedback", p)] == want, p
    assert [r["query"] for _, r in load_rows("codefeedback", jl, limit=1)] == want[:1]
    with pytest.raises(FileNotFoundError):
        list(load_rows("codefeedback", tmp_path / "missing.jsonl"))


def test_funnel_balances_and_keeps_every_rejection(tmp_path):
    dup = dict(GOOD, query="The same function again, asked a second time in other words.")
    unsafe = _cf_row("Write a function that returns a random dice roll please.",
                     "```python\nimport random\ndef roll():\n    return random.randint(1, 6)\n```")
    wrong = _cf_row("Write a function that returns the larger of two integers.",
                    "```python\ndef bigger(a, b):\n    if a > b:\n        return a\n    return a\n```\n"
                    "```python\nassert bigger(3, 1) == 3\nassert bigger(1, 3) == 3\nassert bigger(5, 2) == 5\n```")  # fails one case
    broken = _cf_row("Write a function that always fails its tests no matter what.",
                     "```python\ndef nope(x):\n    y = x\n    return y + 1\n```\n```python\nassert nope(1) == 5\n```")
    cpp = _cf_row("Write a C++ function that adds two integers together.",
                  "```cpp\nint add(int a, int b) {\n    int s = a + b;\n    return s;\n}\n```", "c++")
    src = _write_jsonl(tmp_path / "cf.jsonl", [GOOD, dup, unsafe, wrong, broken, cpp, b"oops\n"])
    c = build_corpus([{"key": "codefeedback", "path": str(src)}], benchmarks=[], cache=Cache(tmp_path, "tasks"),
                     test_settings=FAST, show_progress=False)
    f = c.funnel["codefeedback"]
    assert f["rows read"] == 7 and f["rows rejected: malformed"] == 1 and f["candidate tasks"] == 6
    by = Counter(r.rule for r in c.rejections)
    assert by == {"malformed": 1, "exact_dup": 1, "unsafe": 1, "tests_fail": 1, "needs_generator": 1}, by
    assert f["kept"] == len(c.tasks) == 2
    assert f["candidate tasks"] == f["kept"] + sum(v for k, v in by.items() if k != "malformed")
    big = next(t for t in c.tasks if t.entry_point == "bigger")
    assert len(big.tests["cases"]) == 2 and big.provenance["validation"]["dropped"][0]["case"] == 1
    out = save_corpus(c, tmp_path / "corpus")
    assert [t.id for t in load_tasks(tmp_path / "corpus")] == [t.id for t in c.tasks]
    assert sum(1 for _ in open(out["rejected"])) == len(c.rejections)


def test_validation_rejects_a_task_whose_original_always_fails(tmp_path):
    t = Task("t-1", "x", "python", "instr", "def f(x):\n    raise ValueError(x)\n", "f",
             {"kind": "function", "entry_point": "f", "cases": [{"input": [1], "output": 1}, {"input": [2], "output": 2}]})
    tests, note = validate_tests(t, Limits(), Cache(tmp_path, "v"))
    assert tests is None and "every case failed" in note["error"] and len(note["dropped"]) == 2


def test_stress_grows_until_measurable_and_stops_before_failure(tmp_path):
    quad = Task("q", "x", "python", "instr", "def pairs(xs):\n    return sum(1 for a in xs for b in xs if a < b)\n", "pairs",
                {"kind": "function", "entry_point": "pairs", "cases": [{"input": [[3, 1, 2]], "output": 3}]})
    stress, note = derive_stress(quad, quad.tests, Limits(), Cache(tmp_path, "s"), s=ValidationSettings(stress_target_s=0.02))
    assert stress and note["stress"].startswith("grown x") and len(stress[0]["input"][0]) > 3
    # a solution that breaks on large inputs keeps only the growth it survives
    fragile = Task("f", "x", "python", "instr", "def g(xs):\n    if len(xs) > 20:\n        raise ValueError('too long')\n    return len(xs)\n", "g",
                   {"kind": "function", "entry_point": "g", "cases": [{"input": [[1, 2, 3]], "output": 3}]})
    never = ValidationSettings(stress_target_s=100.0, stress_factors=(4, 16, 64))   # a target no run reaches: only the failure stops growth
    stress, note = derive_stress(fragile, fragile.tests, Limits(), Cache(tmp_path, "s"), s=never)
    assert len(stress[0]["input"][0]) == 12 and note["stopped_at"].startswith("x16: runtime_error")


def test_profiler_fails_a_candidate_whose_stress_input_raises():
    c = {"id": "c", "language": "python", "code": "def g(xs):\n    if len(xs) > 5:\n        raise ValueError('no')\n    return len(xs)\n",
         "tests": {"kind": "function", "entry_point": "g", "cases": [{"input": [[1]], "output": 1}]}, "stress": [{"input": [list(range(9))]}]}
    r, = profile([c], Limits(), MeasureSettings(repeats=1, instructions=False), jobs=1, show_progress=False)
    assert r["status"] == "runtime_error" and "stress input 0: ValueError" in r["message"]


def test_rerun_is_served_from_the_cache(tmp_path):
    src = _write_jsonl(tmp_path / "cf.jsonl", [GOOD])
    cache = Cache(tmp_path, "tasks")
    a = build_corpus([{"key": "codefeedback", "path": str(src)}], benchmarks=[], cache=cache, test_settings=FAST, show_progress=False)
    misses = cache.misses
    b = build_corpus([{"key": "codefeedback", "path": str(src)}], benchmarks=[], cache=cache, test_settings=FAST, show_progress=False)
    assert misses > 0 and cache.misses == misses, "the second build ran the sandbox again"
    assert [t.to_dict() for t in a.tasks] == [t.to_dict() for t in b.tasks]


FIXTURES = ROOT / "tests" / "fixtures" / "sources"


@pytest.mark.parametrize("key", sorted(SOURCES))
def test_each_loader_on_its_fixture(key, tmp_path):
    """Each fixture has exactly the real dataset's columns; its loader reads every row, extracts candidates, and the
    Python tasks with their own tests pass validation in the sandbox."""
    path = FIXTURES / f"{key}.jsonl"
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    assert all(list(r) == list(SOURCES[key].columns) for r in rows), key
    c = build_corpus([{"key": key, "path": str(path)}], benchmarks=["humaneval"], cache=Cache(tmp_path, "tasks"),
                     test_settings=FAST, show_progress=False)
    f = c.funnel[key]
    assert f["rows read"] == len(rows) and f["candidate tasks"] > 0
    assert f["candidate tasks"] == f["kept"] + sum(1 for r in c.rejections if r.id is not None)
    assert not [r for r in c.rejections if r.rule == "malformed"], [r for r in c.rejections if r.rule == "malformed"]
    assert all(t.source == key and t.license == SOURCES[key].license for t in c.tasks)
    if key in ("self_oss", "selfcodealign", "apps"):  # sources that carry tests keep validated tasks
        assert c.tasks and all(t.tests["kind"] == "program" or t.provenance["validation"]["cases_kept"] > 0 for t in c.tasks), key


def test_command_line_builds_a_corpus(tmp_path):
    import subprocess
    import sys
    r = subprocess.run([sys.executable, "-m", "swiftcoder.cli", "tasks", f"apps={FIXTURES / 'apps.jsonl'}", "--out", str(tmp_path / "out"),
                        "--cache", str(tmp_path / "cache")], capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    info = json.loads((tmp_path / "out" / "corpus.json").read_text())
    assert info["kept"] == len(load_tasks(tmp_path / "out")) > 0 and "tasks kept" in r.stdout
