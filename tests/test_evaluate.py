"""The evaluation harness end to end on real HumanEval problems, through a real OpenAI-compatible HTTP server on
127.0.0.1: canonical solutions are measured beside the answers, a canonical that fails its own tests is excluded
with the reason, metrics follow their definitions, and a second run repeats neither a generation nor a measurement."""
import ast
import json

import pytest
from conftest import ROOT

from swiftcoder.benchmarks import load_benchmark
from swiftcoder.candidates import solve_messages
from swiftcoder.evaluate import EvalSettings, compare, comparison_table, evaluate, metrics, prepare, task_frame
from swiftcoder.llm import Completion, Generator, OpenAIChat, ResponseCache, Sampling, serve
from swiftcoder.profiler import Store
from swiftcoder.schema import Task
from swiftcoder.sources import humaneval_tasks

IDS = ("humaneval-2", "humaneval-4", "humaneval-13")  # truncate_number, mean_absolute_deviation, greatest_common_divisor


def _problems():
    out = []
    for _, ts in humaneval_tasks():
        if isinstance(ts, list) and ts[0].id in IDS: out.append(ts[0])
    assert [t.id for t in out] == list(IDS)
    return out


SLOW_MAD = ("from typing import List\n\ndef mean_absolute_deviation(numbers: List[float]) -> float:\n"
            "    return sum(abs(x - sum(numbers) / len(numbers)) for x in numbers) / len(numbers)\n")
FAST_MAD = ("from typing import List\n\ndef mean_absolute_deviation(numbers: List[float]) -> float:\n"
            "    m = sum(numbers) / len(numbers)\n    return sum(abs(x - m) for x in numbers) / len(numbers)\n")
TRUNC = "def truncate_number(number: float) -> float:\n    return number % 1.0\n"
GCD_WRONG = "def greatest_common_divisor(a: int, b: int) -> int:\n    return 1\n"
GCD = "import math\n\ndef greatest_common_divisor(a: int, b: int) -> int:\n    return math.gcd(a, b)\n"


class ByEntryPoint(Generator):
    "Replies by the function the prompt asks for; `None` for no reply"
    def __init__(self, name, codes):
        self.name, self.codes = name, codes

    def generate(self, prompts, sampling=Sampling(), show_progress=True):
        out = []
        for m in prompts:
            code = next((c for ep, c in self.codes.items() if f"`{ep}`" in m[-1]["content"]), None)
            out.append([Completion(f"Sure.\n```python\n{code}```\n" if code else "I cannot help with that.", "stop")] * sampling.n)
        return out


def test_evaluate_two_models_over_http_and_resume(tmp_path):
    problems = _problems()
    # a canonical that fails its own tests is excluded with the reason, never counted
    problems[0] = Task(**{**problems[0].__dict__, "solution": "def truncate_number(number):\n    return 0.0\n"})
    # a stress input large enough that a mean per element shows (given, so the size does not depend on timing)
    problems[1] = Task(**{**problems[1].__dict__, "stress": [{"input": [[float(i % 17) for i in range(1500)]]}]})
    settings = EvalSettings(repeats=2, instructions=True, stress=True, stress_target_s=0.02)
    ready, notes = prepare(problems, settings=settings)
    assert ready[1].stress and notes[1]["stress"] == "given", notes[1]
    assert ready[2].stress and notes[2]["stress"].startswith("grown"), notes[2]
    base = ByEntryPoint("base", {"mean_absolute_deviation": SLOW_MAD, "truncate_number": TRUNC, "greatest_common_divisor": GCD_WRONG})
    tuned = ByEntryPoint("tuned", {"mean_absolute_deviation": FAST_MAD, "truncate_number": TRUNC, "greatest_common_divisor": GCD})
    store, cache = Store(tmp_path / "profiler.sqlite"), ResponseCache(tmp_path / "llm.sqlite")
    with serve(base) as s1, serve(tuned) as s2:
        gens = {"base": OpenAIChat(s1.url, "base", cache=cache), "tuned": OpenAIChat(s2.url, "tuned", cache=cache)}
        st = {}
        recs = evaluate(ready, gens, Sampling(max_tokens=256), settings=settings, store=store, show_progress=False, stats=st)
        asked = (s1.requests, s2.requests)
        st2 = {}
        again = evaluate(ready, gens, Sampling(max_tokens=256), settings=settings, store=store, show_progress=False, stats=st2)
        assert (s1.requests, s2.requests) == asked == (3, 3), "the second run asked a model again"
    assert st["profiled"] > 0 and st2["profiled"] == 0 and st2["from_store"] == st["profiled"] + st["from_store"]

    assert json.dumps(again, sort_keys=True) == json.dumps(recs, sort_keys=True)

    by = {r["id"]: r for r in recs}
    assert by["humaneval-2"]["excluded"].startswith("canonical solution wrong_answer")
    assert by["humaneval-4"]["excluded"] is None and by["humaneval-4"]["canonical"]["status"] == "passed"
    assert by["humaneval-13"]["answers"]["base"][0]["status"] == "wrong_answer"
    assert by["humaneval-4"]["answers"]["base"][0]["raw"].startswith("Sure.")
    assert by["humaneval-4"]["prompt"][-1]["content"].count("mean_absolute_deviation") >= 1

    A = task_frame(recs, "base")
    m = metrics(A)
    assert (m["tasks"], m["excluded"], m["solved"]) == (2, 1, 1) and m["pass@1"] == 50.0
    c = compare(recs, "base", "tuned", n_boot=200)
    assert c["overlap_ids"] == ["humaneval-4"] and c["overlap"] == 50.0
    assert c["models"]["tuned"]["pass@1"] == 100.0
    # instruction counts are deterministic: one mean beats a mean per element on the grown stress input
    assert c["models"]["tuned"]["I"] < c["models"]["base"]["I"] and c["reduction"]["NI"] > 0.3, c["reduction"]
    row = A.set_index("id").loc["humaneval-4"]
    assert c["models"]["base"]["NI"] == pytest.approx(row.instructions / row.canonical_instructions)
    assert c["models"]["base"]["NET (sum)"] == pytest.approx(row.et_s / row.canonical_et_s)
    table, numeric = comparison_table([(c, "base", "+ SFT")])
    assert list(table.Model) == ["base", "+ SFT"] and table["Overlap (%)"].tolist() == ["50.0", "50.0"]
    assert numeric.loc[1, "I_reduction"] > 0


def test_no_code_and_generation_errors_count_as_wrong():
    problems = _problems()[2:]
    silent = ByEntryPoint("silent", {})

    class Failing(Generator):
        name = "failing"

        def generate(self, prompts, sampling=Sampling(), show_progress=True):
            return [[Completion(None, error="HTTP 500 after 3 tries")] for _ in prompts]

    recs = evaluate(problems, {"silent": silent, "failing": Failing()}, settings=EvalSettings(repeats=1, instructions=False, stress=False),
                    show_progress=False)
    a = recs[0]["answers"]
    assert a["silent"][0]["status"] == "no_code" and a["failing"][0]["status"] == "generation_error"
    assert "HTTP 500" in a["failing"][0]["message"]
    assert metrics(task_frame(recs, "silent"))["pass@1"] == 0.0


def test_problems_without_tests_are_refused():
    t = Task("x/1", "x", "python", "Do it.", "def f():\n    return 1\n", "f", None)
    with pytest.raises(ValueError, match="without tests"):
        evaluate([t], {}, show_progress=False)


class CanonicalAnswers(Generator):
    "Answers every problem with its own canonical solution, written as a model would (without the harness's prefix)"
    name = "canonical-answers"

    def __init__(self, problems):
        self.by_prompt = {}
        for p in problems:
            code = p.solution
            prefix = p.provenance.get("answer_prefix") or ""
            if code.startswith(prefix): code = code[len(prefix):]
            if p.provenance.get("answer_format") == "snippet": code = ast.literal_eval(code.split("=", 1)[1].strip())
            self.by_prompt[solve_messages(p)[-1]["content"]] = code

    def generate(self, prompts, sampling=Sampling(), show_progress=True):
        fence = {"cpp": "cpp", "java": "java", "python": "python"}
        return [[Completion(f"```{fence.get('python')}\n{self.by_prompt[m[-1]['content']]}\n```", "stop")] for m in prompts]


@pytest.mark.parametrize("spec", ["effibench", "ds1000"])
def test_benchmark_fixtures_through_the_harness(spec):
    "The harness runs answers as their benchmark's harness would (EffiBench prelude, DS-1000 snippets); a failing canonical is excluded"
    b = load_benchmark(f"{spec}={ROOT / 'tests/fixtures/benchmarks'}/{dict(effibench='effibench.json', ds1000='ds1000.jsonl')[spec]}")
    recs = evaluate(b.problems, {"m": CanonicalAnswers(b.problems)}, settings=EvalSettings(repeats=1, instructions=False, stress=False),
                    show_progress=False)
    for r in recs:
        a = r["answers"]["m"][0]
        if r["excluded"]:
            assert r["canonical"]["status"] != "passed" and a["status"] != "passed", r["id"]
        else:
            assert a["status"] == "passed", (r["id"], a["status"], a["message"])
    n_excluded = sum(bool(r["excluded"]) for r in recs)
    assert n_excluded == (1 if spec == "effibench" else 0)
    assert all(r["answers"]["m"][0]["program"] != r["answers"]["m"][0]["code"] for r in recs)


def test_cli_evaluates_two_replayed_models_and_prints_the_paired_table(tmp_path, capsys):
    "`swiftcoder evaluate`: a benchmark fixture, two models replayed from JSONL, records written, summary and paired table printed"
    from swiftcoder.evaluate import load_records, main
    bench = ROOT / "tests/fixtures/benchmarks/humanevalplus.jsonl"
    probs = load_benchmark(f"humanevalplus={bench}").problems
    for name, good in (("a", True), ("b", False)):
        with open(tmp_path / f"{name}.jsonl", "w") as f:
            for p in probs:
                code = p.solution if good else f"def {p.entry_point}(*args):\n    return None\n"
                f.write(json.dumps({"messages": solve_messages(p), "completions": [f"```python\n{code}```"]}) + "\n")
    out = tmp_path / "records.jsonl"
    rc = main(["--benchmark", f"humanevalplus={bench}", "--model", f"replay:{tmp_path / 'a.jsonl'}", "--model", f"replay:{tmp_path / 'b.jsonl'}",
               "--label", "good", "--label", "bad", "--repeats", "1", "--no-instructions", "--no-stress", "--out", str(out),
               "--cache", str(tmp_path / "llm.sqlite"), "--store", str(tmp_path / "profiler.sqlite")])
    assert rc == 0
    recs = load_records(out)
    assert len(recs) == len(probs) and all(r["answers"]["good"][0]["status"] == "passed" for r in recs if not r["excluded"])
    assert all(r["answers"]["bad"][0]["status"] != "passed" for r in recs)
    printed = capsys.readouterr().out
    assert "| good " in printed and "| + bad" in printed and "Pass@1 (%)" in printed
