"""The benchmark loaders and the reference self-check on the real public files (the folder named by
`SWIFTCODER_BENCHMARK_DIR`; `.ci/run` points it at ../shared/benchmarks where that exists). Elsewhere these tests
skip and the fixtures of test_benchmarks.py stand in."""
import os
import random
from pathlib import Path

import pytest

from swiftcoder.benchmarks import load_benchmark
from swiftcoder.evaluate import EvalSettings, check_references, prepare
from swiftcoder.tasks import grow_value

DIR = Path(os.environ.get("SWIFTCODER_BENCHMARK_DIR") or "/nonexistent")
real = pytest.mark.skipif(not DIR.is_dir(), reason="SWIFTCODER_BENCHMARK_DIR names no folder of the real benchmark files "
                                                   "(.ci/run sets it to ../shared/benchmarks where that exists)")
FILES = {"humanevalplus": "HumanEvalPlus-v0.1.10.jsonl.gz", "mbppplus": "MbppPlus.jsonl",
         "evoeval_tool_use": "EvoEval_tool_use.jsonl.gz", "evoeval_subtle": "EvoEval_subtle.jsonl.gz",
         "evoeval_creative": "EvoEval_creative.jsonl.gz", "humanevalx_cpp": "humaneval_cpp.jsonl.gz",
         "humanevalx_java": "humaneval_java.jsonl.gz"}


def test_growing_a_list_never_compares_what_does_not_compare():
    rng = random.Random(0)
    assert len(grow_value([{"a": 1}, {"b": 2}], 3, rng)) == 6          # dicts: no order to keep, no TypeError
    assert len(grow_value([1, "x", 2.5], 2, rng)) == 6                 # mixed types
    g = grow_value([1, 2, 3], 4, random.Random(2))
    assert g == sorted(g) and len(g) == 12                             # a sorted input stays sorted


@real
@pytest.mark.parametrize("name", list(FILES))
def test_every_row_of_a_real_file_is_a_problem_or_a_named_rejection(name):
    b = load_benchmark(f"{name}={DIR / FILES[name]}")
    assert b.rows_read > 0 and b.rows_read == len(b.problems) + len(b.rejected), b
    assert all(r["rule"] and r["reason"] for r in b.rejected)


@real
def test_stress_growth_survives_the_rows_that_stopped_a_run():
    "HumanEval+ 22 (a list of mixed values) ended `swiftcoder evaluate` before any model was called"
    b = load_benchmark(f"humanevalplus={DIR / FILES['humanevalplus']}", limit=25)
    problems, notes = prepare(b.problems, settings=EvalSettings())
    assert len(problems) == len(b.problems) and len(notes) == len(b.problems)
    assert any(n["id"].endswith("/22") for n in notes), [n["id"] for n in notes]


@real
def test_reference_self_check_on_a_slice_of_humanevalplus():
    b = load_benchmark(f"humanevalplus={DIR / FILES['humanevalplus']}", limit=30)
    c = check_references(b)
    assert c["rows"] == c["problems"] + c["rejected"] == 30
    assert c["passed"] + len(c["failed"]) == c["problems"]
    assert c["passed"] >= 0.9 * c["problems"], c["failed"]
