"""The dataset files load in the real LLaMA-Factory: swiftcoder writes them here (main venv), then
`reproduce/llamafactory/check_dataset.py` loads them with LLaMA-Factory's own parser, template and `get_dataset` in the
LLaMA-Factory venv (built by `reproduce/llamafactory/setup.sh` when missing) and checks every tokenized example."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from swiftcoder.dataset import dataset_rows, preference_pairs, save_dataset
from swiftcoder.llm import embedded_model_dir
from swiftcoder.schema import Task

ROOT = Path(__file__).resolve().parents[1]
LF = ROOT / "reproduce" / "llamafactory"
VENV = Path(os.environ.get("SWIFTCODER_LF_VENV", ROOT / ".venv-llamafactory"))
SMOLLM2_SYSTEM = "You are a helpful AI assistant named SmolLM, trained by Hugging Face"  # SmolLM2's own chat template

PY_SLOW = "def count_less(xs):\n    c = 0\n    for a in xs:\n        for b in xs:\n            if a < b:\n                c += 1\n    return c\n"
PY_FAST = "import bisect\n\ndef count_less(xs):\n    s = sorted(xs)\n    return sum(len(s) - bisect.bisect_right(s, a) for a in xs)\n"
PY_MID = "def count_less(xs):\n    return sum(1 for a in xs for b in xs if a < b)\n"
CPP_SLOW = "#include <iostream>\nint main() {\n    long n, s = 0;\n    std::cin >> n;\n    for (long i = 1; i <= n; i++) s += i;\n    std::cout << s << \"\\n\";\n}\n"
CPP_FAST = "#include <iostream>\nint main() {\n    long n;\n    std::cin >> n;\n    std::cout << n * (n + 1) / 2 << \"\\n\";\n}\n"
RS_ORIG = "fn main() {\n    let mut s = String::new();\n    std::io::stdin().read_line(&mut s).unwrap();\n    println!(\"{}\", s.trim().chars().rev().collect::<String>());\n}\n"
RS_WORSE = "fn main() {\n    let mut s = String::new();\n    std::io::stdin().read_line(&mut s).unwrap();\n    let v: Vec<char> = s.trim().chars().collect();\n    let mut out = String::new();\n    for c in v.iter().rev() { out = format!(\"{}{}\", out, c); }\n    println!(\"{}\", out);\n}\n"


def _cand(tid, key, code, model, status="passed", instructions=None, et=0.01, mu=10.0, tmu=0.1, round_=0):
    return {"id": f"{tid}::{key}", "code": code, "model": model, "round": round_, "status": status,
            "et_s": et, "mu_mb": mu, "tmu_mb_s": tmu, "instructions": instructions}


def build_rows_and_pairs():
    "Tasks and selection records in the shapes `candidates.run_candidates` writes (no sandbox run): 3 rows, 4 pairs"
    stdio = {"kind": "stdio", "cases": [{"input": "3\n", "output": "6\n"}]}
    tasks = [
        Task("lf-py", "demo", "python", "Count the ordered pairs (a, b) of elements of xs with a < b; xs may hold "
             "up to 10⁵ integers — résumé of the {{content}} placeholder: it must survive.", PY_SLOW, "count_less",
             {"kind": "function", "entry_point": "count_less", "cases": [{"input": [[3, 1, 2]], "output": 3}]}, [], "apache-2.0", {}),
        Task("lf-cpp", "demo", "cpp", "Read n from standard input and print 1 + 2 + ... + n.", CPP_SLOW, "main", stdio, [], "apache-2.0", {}),
        Task("lf-rs", "demo", "rust", "Read one line and print it reversed.", RS_ORIG, "main", stdio, [], "apache-2.0", {}),
        Task("lf-none", "demo", "python", "A task whose original fails its tests, so it has no winner.", PY_SLOW, "count_less",
             {"kind": "function", "entry_point": "count_less", "cases": []}, [], "apache-2.0", {}),
    ]
    recs = [
        {"task": "lf-py", "selection": {"winner": "lf-py::m::r0::0", "improved": True, "decided_by": "instructions", "passed": 3},
         "candidates": [_cand("lf-py", "original", PY_SLOW, "original", instructions=9_000_000),
                        _cand("lf-py", "m::r0::0", PY_FAST, "m", instructions=400_000),
                        _cand("lf-py", "m::r0::1", PY_MID, "m", instructions=7_000_000),
                        _cand("lf-py", "m::r1::0", "def count_less(xs):\n    return 0\n", "m", status="wrong_answer", round_=1)]},
        {"task": "lf-cpp", "selection": {"winner": "lf-cpp::m::r0::0", "improved": True, "decided_by": "instructions", "passed": 2},
         "candidates": [_cand("lf-cpp", "original", CPP_SLOW, "original", instructions=3_000_000),
                        _cand("lf-cpp", "m::r0::0", CPP_FAST, "m", instructions=200_000)]},
        {"task": "lf-rs", "selection": {"winner": "lf-rs::original", "improved": False, "decided_by": "instructions", "passed": 2},
         "candidates": [_cand("lf-rs", "original", RS_ORIG, "original", instructions=300_000),
                        _cand("lf-rs", "m::r0::0", RS_WORSE, "m", instructions=900_000)]},
        {"task": "lf-none", "selection": {"winner": None, "reason": "the original did not pass: wrong_answer"},
         "candidates": [_cand("lf-none", "original", PY_SLOW, "original", status="wrong_answer")]},
    ]
    rows, skipped = dataset_rows(tasks, recs)
    pairs = preference_pairs(tasks, recs)
    assert len(rows) == 3 and [s["task_id"] for s in skipped] == ["lf-none"] and len(pairs) == 4
    return rows, pairs


def lf_python() -> Path:
    "The LLaMA-Factory venv's python, built by setup.sh when missing (never a silent skip)"
    r = subprocess.run(["bash", str(LF / "setup.sh"), str(VENV)], capture_output=True, text=True, timeout=3600)
    assert r.returncode == 0, f"setup.sh failed:\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}"
    return VENV / "bin" / "python"


def run_check(py, dataset_dir, model_dir, out_json, *extra):
    r = subprocess.run([str(py), str(LF / "check_dataset.py"), str(dataset_dir), str(model_dir), "--json", str(out_json), *extra],
                       capture_output=True, text=True, timeout=900, cwd=ROOT)
    res = json.loads(Path(out_json).read_text()) if Path(out_json).exists() else None
    return r, res


@pytest.fixture(scope="module")
def lf(tmp_path_factory):
    "(LLaMA-Factory python, the embedded SmolLM2 folder, a dataset folder written by swiftcoder)"
    py = lf_python()
    rows, pairs = build_rows_and_pairs()
    folder = tmp_path_factory.mktemp("lfds") / "ds"
    save_dataset(rows, pairs, folder, {"profile": "test"})
    return py, embedded_model_dir(), folder, rows, pairs


def test_llamafactory_loads_sft_and_dpo(lf, tmp_path):
    py, model, folder, rows, pairs = lf
    r, res = run_check(py, folder, model, tmp_path / "res.json", "--default-system", SMOLLM2_SYSTEM, "--require-template-match")
    assert r.returncode == 0, f"{r.stdout[-4000:]}\n{r.stderr[-4000:]}"
    assert res["ok"] and res["versions"]["llamafactory"] == "0.9.5"
    sft, dpo = res["checks"]
    assert (sft["dataset"], sft["stage"], sft["examples"], sft["file_records"], sft["truncated"]) == ("swiftcoder", "sft", 3, 3, [])
    assert (dpo["dataset"], dpo["stage"], dpo["examples"], dpo["file_records"], dpo["truncated"]) == ("swiftcoder_dpo", "dpo", 4, 4, [])
    assert sft["template_matches_chat_template"] is True and dpo["template_matches_chat_template"] is True
    # what LLaMA-Factory will train on: SmolLM2's system prompt, the instruction, then the fenced efficient code
    ex = sft["example"]
    assert ex.startswith(f"<|im_start|>system\n{SMOLLM2_SYSTEM}<|im_end|>\n<|im_start|>user\n")
    assert rows[0]["instruction"] in ex and "```python\nimport bisect" in ex and ex.endswith("```<|im_end|>\n")
    assert "bisect" in dpo["example_chosen"] and "for b in xs" in dpo["example_rejected"]
    assert sft["prompt_tokens_masked"] > 20


def test_llamafactory_template_default_system_differs(lf, tmp_path):
    "LLaMA-Factory's smollm2 template ends its default system prompt with a period; SmolLM2's chat template does not"
    py, model, folder, _, _ = lf
    r, res = run_check(py, folder, model, tmp_path / "res.json", "--dpo", "")
    assert r.returncode == 0, r.stderr[-4000:]
    c = res["checks"][0]
    assert c["template_matches_chat_template"] is False and "trained by Hugging Face.<|im_end|>" in c["llamafactory_prompt"]
    r, res = run_check(py, folder, model, tmp_path / "res2.json", "--dpo", "", "--require-template-match")
    assert r.returncode == 1 and "does not match the tokenizer's chat template" in r.stderr


def _broken(folder, tmp_path, name, edit):
    bad = tmp_path / name
    bad.mkdir()
    for f in ("dataset_info.json", "swiftcoder_alpaca.json", "swiftcoder_dpo.json"):
        (bad / f).write_text((folder / f).read_text())
    edit(bad)
    return bad


def _edit_json(path, fn):
    path.write_text(json.dumps(fn(json.loads(path.read_text()))))


@pytest.mark.parametrize("case,edit,expect", [
    ("no_output", lambda d: _edit_json(d / "swiftcoder_alpaca.json", lambda rs: [{**rs[0], "output": None}] + rs[1:]), "kept 2 of the file's 3"),
    ("not_fenced", lambda d: _edit_json(d / "swiftcoder_alpaca.json", lambda rs: [{**rs[0], "output": "import bisect"}] + rs[1:]), "not a fenced code block"),
    ("sft_ranking", lambda d: _edit_json(d / "dataset_info.json", lambda i: {**i, "swiftcoder": {**i["swiftcoder"], "ranking": True}}), "not applicable"),
    ("dpo_not_ranking", lambda d: _edit_json(d / "dataset_info.json", lambda i: {**i, "swiftcoder_dpo": {k: v for k, v in i["swiftcoder_dpo"].items() if k != "ranking"}}), "not applicable"),
    ("wrong_column", lambda d: _edit_json(d / "swiftcoder_alpaca.json", lambda rs: [{"instruction": r["instruction"], "input": "", "answer": r["output"]} for r in rs]), "FAILED"),
])
def test_llamafactory_check_fails_loudly(lf, tmp_path, case, edit, expect):
    py, model, folder, _, _ = lf
    bad = _broken(folder, tmp_path, case, edit)
    r, res = run_check(py, bad, model, tmp_path / "res.json")
    assert r.returncode == 1 and res["ok"] is False, r.stdout[-3000:]
    assert expect in r.stderr, r.stderr[-3000:]


SFT_YAML = f"""\
model_name_or_path: HuggingFaceTB/SmolLM2-135M-Instruct
stage: sft
do_train: true
finetuning_type: lora
lora_rank: 8
lora_target: all
dataset: swiftcoder
dataset_dir: data
template: smollm2
default_system: {SMOLLM2_SYSTEM}
cutoff_len: 2048
overwrite_cache: true
preprocessing_num_workers: 16
output_dir: saves/smollm2-135m/lora/sft
logging_steps: 10
save_steps: 500
report_to: none
per_device_train_batch_size: 8
gradient_accumulation_steps: 16
learning_rate: 1.0e-4
num_train_epochs: 3.0
lr_scheduler_type: cosine
warmup_ratio: 0.1
bf16: true
"""
DPO_YAML = SFT_YAML.replace("stage: sft", "stage: dpo").replace("dataset: swiftcoder", "dataset: swiftcoder_dpo") + "pref_beta: 0.1\npref_loss: sigmoid\n"


def test_llamafactory_parses_training_yaml(lf, tmp_path):
    "A training YAML in LLaMA-Factory's own format parses with its argument parser and loads our data with its settings"
    py, model, folder, _, _ = lf
    (tmp_path / "sft.yaml").write_text(SFT_YAML)
    (tmp_path / "dpo.yaml").write_text(DPO_YAML)
    r, res = run_check(py, folder, model, tmp_path / "res.json", "--sft", "", "--dpo", "", "--require-template-match",
                       "--train-yaml", str(tmp_path / "sft.yaml"), "--train-yaml", str(tmp_path / "dpo.yaml"))
    assert r.returncode == 0, f"{r.stdout[-3000:]}\n{r.stderr[-3000:]}"
    sft, dpo = res["train_yaml"]
    assert (sft["stage"], sft["datasets"], sft["finetuning_type"], sft["learning_rate"]) == ("sft", ["swiftcoder"], "lora", 1e-4)
    assert (dpo["stage"], dpo["datasets"]) == ("dpo", ["swiftcoder_dpo"])
    assert "bf16" in sft["overridden"] and [c["examples"] for c in sft["checks"] + dpo["checks"]] == [3, 4]
    # what a YAML gets wrong fails loudly: a misspelt key, a ranking file for SFT, the prompt not masked
    for name, text, expect in [("typo", SFT_YAML + "lora_rnak: 8\n", "lora_rnak"),
                               ("stage", SFT_YAML.replace("dataset: swiftcoder", "dataset: swiftcoder_dpo"), "not applicable"),
                               ("unmasked", SFT_YAML + "train_on_prompt: true\n", "the prompt is not masked")]:
        (tmp_path / f"{name}.yaml").write_text(text)
        r, res = run_check(py, folder, model, tmp_path / f"{name}.json", "--sft", "", "--dpo", "", "--train-yaml", str(tmp_path / f"{name}.yaml"))
        assert r.returncode == 1 and expect in r.stderr, (name, r.stderr[-3000:])


def test_llamafactory_parses_swiftcoder_finetune_yaml(lf, tmp_path):
    "The YAML `swiftcoder.finetune.write_llamafactory` writes parses in LLaMA-Factory and trains on the prompts swiftcoder uses"
    from swiftcoder.finetune import sft_config, write_llamafactory
    py, model, folder, rows, _ = lf
    cfg = sft_config("full")   # the paper's setup on 8 GPUs: the YAML LLaMA-Factory would be run with
    y = write_llamafactory(tmp_path / "sft.yaml", cfg, "HuggingFaceTB/SmolLM2-135M-Instruct", folder, world_size=8)
    r, res = run_check(py, folder, model, tmp_path / "res.json", "--sft", "", "--dpo", "", "--require-template-match", "--train-yaml", str(y))
    assert r.returncode == 0, f"{r.stdout[-3000:]}\n{r.stderr[-3000:]}"
    (t,) = res["train_yaml"]
    assert (t["stage"], t["finetuning_type"], t["cutoff_len"]) == ("sft", "full", cfg.max_length)
    assert t["per_device_train_batch_size"] * t["gradient_accumulation_steps"] * 8 == cfg.global_batch_size
    (c,) = t["checks"]
    assert c["examples"] == c["file_records"] == len(rows) and c["truncated"] == []
    assert c["template_matches_chat_template"] is True and rows[0]["instruction"] in c["example"]
