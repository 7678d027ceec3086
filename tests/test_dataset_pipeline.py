"""Generation -> profiling -> selection -> dataset, through a real OpenAI-compatible HTTP server on 127.0.0.1: the
faster candidate wins, the files load in `datasets` and follow LLaMA-Factory's alpaca and ranking formats, and a
second run repeats neither a generation nor a measurement."""
import json

import datasets

from swiftcoder.candidates import run_candidates
from swiftcoder.dataset import dataset_rows, preference_pairs, save_dataset
from swiftcoder.llm import Completion, Generator, OpenAIChat, ResponseCache, Sampling, serve
from swiftcoder.profiler import MeasureSettings, Store
from swiftcoder.schema import Task

SLOW = "def count_less(xs):\n    c = 0\n    for a in xs:\n        for b in xs:\n            if a < b:\n                c += 1\n    return c\n"
FAST = "import bisect\n\ndef count_less(xs):\n    s = sorted(xs)\n    return sum(len(s) - bisect.bisect_right(s, a) for a in xs)\n"
BROKEN = "def count_less(xs):\n    return 0\n"


class Scripted(Generator):
    "Answers the solve prompt with the fast solution and the optimize prompt with a broken one"
    name = "scripted"

    def generate(self, prompts, sampling=Sampling(), show_progress=True):
        out = []
        for p in prompts:
            code = BROKEN if "Rewrite it" in p[-1]["content"] else FAST
            out.append([Completion(f"Here it is:\n```python\n{code}```\n", "stop")] * sampling.n)
        return out


def _task():
    return Task("t-1", "demo", "python", "Count the ordered pairs (a, b) of elements of xs with a < b.", SLOW, "count_less",
                {"kind": "function", "entry_point": "count_less", "cases": [{"input": [[3, 1, 2]], "output": 3}, {"input": [[]], "output": 0}]},
                [{"input": [list(range(300))]}], "apache-2.0", {})


def test_generate_select_publish_and_resume(tmp_path):
    t = _task()
    store = Store(tmp_path / "profiler.sqlite")
    settings = MeasureSettings(repeats=1, instructions=True)
    with serve(Scripted()) as srv:
        gen = OpenAIChat(srv.url, "scripted-model", cache=ResponseCache(tmp_path / "llm.sqlite"), concurrency=2)
        recs = run_candidates([t], {"m": gen}, Sampling(max_tokens=128), rounds=1, settings=settings, store=store, show_progress=False)
        asked = srv.requests
        again = run_candidates([t], {"m": gen}, Sampling(max_tokens=128), rounds=1, settings=settings, store=store, show_progress=False)
        assert srv.requests == asked == 2, "the second run asked the model again"
    sel = recs[0]["selection"]
    assert sel["winner"] == "t-1::m::r0::0" and sel["improved"] and sel["decided_by"] == "instructions"
    status = {c["id"]: c["status"] for c in recs[0]["candidates"]}
    assert status == {"t-1::original": "passed", "t-1::m::r0::0": "passed", "t-1::m::r1::0": "wrong_answer"}
    assert [c.get("instructions") for c in again[0]["candidates"]] == [c.get("instructions") for c in recs[0]["candidates"]]

    rows, skipped = dataset_rows([t], recs)
    pairs = preference_pairs([t], recs)
    out = save_dataset(rows, pairs, tmp_path / "ds", {"profile": "test"})
    assert not skipped and rows[0]["efficient_code"] == FAST and rows[0]["model"] == "m"
    ds = datasets.load_from_disk(str(out["hf"]))
    assert ds.num_rows == 1 and ds[0]["efficient_instructions"] < ds[0]["original_instructions"]
    assert datasets.load_dataset("parquet", data_files=str(out["parquet"]), split="train")[0]["task_id"] == "t-1"
    # LLaMA-Factory: dataset_info.json names each file and maps its columns; alpaca rows are instruction/input/output
    info = json.loads(out["dataset_info"].read_text())
    for entry in info.values():
        recs_ = json.loads((out["parquet"].parent / entry["file_name"]).read_text())
        assert recs_ and all(set(entry["columns"].values()) <= set(r) for r in recs_), entry
        assert all(isinstance(v, str) for r in recs_ for v in r.values())
    alpaca = json.loads(out["alpaca"].read_text())
    assert alpaca[0]["output"].startswith("```python\n") and "bisect" in alpaca[0]["output"]
    dpo = json.loads(out["dpo"].read_text())
    assert len(dpo) == 1 and "bisect" in dpo[0]["chosen"] and "for b in xs" in dpo[0]["rejected"]
