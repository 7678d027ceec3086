#!/usr/bin/env python
"""Load a swiftcoder dataset folder with LLaMA-Factory's own data pipeline and check what it would train on.

Run with the LLaMA-Factory venv's python (`reproduce/llamafactory/setup.sh` builds it):

    .venv-llamafactory/bin/python reproduce/llamafactory/check_dataset.py DATASET_DIR MODEL_DIR [--json OUT]

DATASET_DIR holds `dataset_info.json` and the files it names (`swiftcoder.dataset.save_dataset` writes them);
MODEL_DIR is a transformers folder with a tokenizer (only the tokenizer is loaded). For each entry the script does what
LLaMA-Factory's training workflows do before training: `get_train_args` (its argument parser), `load_tokenizer`,
`get_template_and_fix_tokenizer`, `get_dataset` (stage `sft` for the alpaca file; stage `dpo`, whose workflow loads
stage `rm` data, for the ranking file). Then, for every tokenized example, it checks that

- LLaMA-Factory kept every record of the file (it drops malformed ones with only a warning),
- the prompt is masked (labels -100) and the labels are exactly the response tokens,
- the decoded prompt holds the record's instruction and not its answer, and the decoded response is the record's
  fenced code block followed by the template's end of turn (the chosen and the rejected one for pairs),
- the prompt LLaMA-Factory builds equals the tokenizer's own chat template (reported; `--require-template-match`
  makes a difference fatal).

`--train-yaml FILE` also parses a LLaMA-Factory training YAML with `get_train_args` and loads the datasets it names
from DATASET_DIR with its template and cutoff (paths to the model, data and output are pointed at the given folders).

Exit status 0 when every check passes; 1 with a FAILED line naming the problem otherwise.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import traceback
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")       # local files only: no hub
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("WANDB_DISABLED", "true")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

IGNORE_INDEX = -100


class CheckFailed(Exception):
    "A check on what LLaMA-Factory produced did not hold"


def _require(cond, msg: str):
    if not cond: raise CheckFailed(msg)


def versions() -> dict:
    "Versions of the packages that decide the result"
    import datasets, llamafactory, tokenizers, torch, transformers
    return {"llamafactory": llamafactory.__version__, "transformers": transformers.__version__, "datasets": datasets.__version__,
            "tokenizers": tokenizers.__version__, "torch": torch.__version__}


def base_args(dataset_dir, model_dir, dataset: str, stage: str, work: Path, template: str = "smollm2",
              cutoff_len: int = 2048, default_system: str | None = None) -> dict:
    "LLaMA-Factory training arguments that load `dataset` for `stage` (nothing is trained)"
    a = {"model_name_or_path": str(model_dir), "stage": stage, "do_train": True, "finetuning_type": "lora",
         "dataset": dataset, "dataset_dir": str(dataset_dir), "template": template, "cutoff_len": cutoff_len,
         "overwrite_cache": True, "preprocessing_num_workers": None, "output_dir": str(work / f"out-{stage}-{dataset}"),
         "report_to": "none", "cache_dir": str(work / "hf-cache")}
    if default_system is not None: a["default_system"] = default_system
    return a


def load(args: dict):
    "(tokenizer, template, train dataset, parsed args) the way LLaMA-Factory's sft / dpo / rm workflows load them"
    from llamafactory.data import get_dataset, get_template_and_fix_tokenizer
    from llamafactory.hparams import get_train_args
    from llamafactory.model import load_tokenizer
    model_args, data_args, training_args, finetuning_args, _ = get_train_args(dict(args))
    stage = finetuning_args.stage
    _require(stage in ("sft", "dpo", "rm"), f"stage {stage!r}: this check knows sft, dpo and rm")
    tok_module = load_tokenizer(model_args)
    tok = tok_module["tokenizer"]
    # the model's own chat template, before LLaMA-Factory may replace it with the template's (replace_jinja_template)
    tok.swiftcoder_model_chat_template = tok.chat_template if isinstance(tok.chat_template, str) else None
    template = get_template_and_fix_tokenizer(tok, data_args)
    dm = get_dataset(template, model_args, data_args, training_args, stage="sft" if stage == "sft" else "rm", **tok_module)
    _require("train_dataset" in dm, f"LLaMA-Factory returned no train dataset for {data_args.dataset}")
    return tok_module["tokenizer"], template, dm["train_dataset"], (model_args, data_args, training_args, finetuning_args)


def dataset_entry(dataset_dir, name: str) -> tuple[dict, list[dict]]:
    "(the `dataset_info.json` entry `name`, the records of the file it names)"
    info_path = Path(dataset_dir) / "dataset_info.json"
    _require(info_path.is_file(), f"{info_path} does not exist")
    info = json.loads(info_path.read_text(encoding="utf-8"))
    _require(name in info, f"{info_path} has no entry {name!r} (entries: {sorted(info)})")
    entry = info[name]
    _require("file_name" in entry, f"{name}: only local files are checked here (no file_name in {entry})")
    recs = json.loads((Path(dataset_dir) / entry["file_name"]).read_text(encoding="utf-8"))
    _require(isinstance(recs, list) and recs, f"{entry['file_name']}: not a non-empty JSON list")
    return entry, recs


def _decode(tok, ids) -> str:
    return tok.decode(ids, skip_special_tokens=False, clean_up_tokenization_spaces=False)


def _end_of_turn(tok, template) -> str:
    "What the template appends to an answer (e.g. '<|im_end|>\\n'), built by LLaMA-Factory's own formatter"
    ids = template._convert_elements_to_ids(tok, template.format_assistant.apply(content=""))
    return _decode(tok, ids) + (tok.eos_token if template.efficient_eos else "")


def _split(ids: list[int], labels: list[int], what: str) -> int:
    "Index of the first trained token, after checking that the prompt is masked and the rest is trained on as is"
    _require(len(ids) == len(labels), f"{what}: {len(ids)} input ids but {len(labels)} labels")
    k = next((i for i, l in enumerate(labels) if l != IGNORE_INDEX), None)
    _require(k is not None, f"{what}: every label is masked: nothing to train on")
    _require(k > 0, f"{what}: the prompt is not masked (the first label is trained on)")
    _require(labels[k:] == ids[k:], f"{what}: labels after the prompt differ from the input ids (part of the response is masked)")
    return k


def _check_answer(tok, answer: str, ids: list[int], k: int, eot: str, cutoff: int, what: str) -> bool:
    "Check one response; True if LLaMA-Factory truncated it at `cutoff` (then only its beginning is compared)"
    _require(answer.startswith("```") and answer.rstrip().endswith("```") and answer.count("```") >= 2,
             f"{what}: the answer is not a fenced code block: {answer[:80]!r}")
    target = _decode(tok, ids[k:])
    if len(ids) >= cutoff:  # infer_seqlen cut it: compare what is left
        stem = target[:max(0, len(target) - 8)]   # the last token may decode to a partial character
        _require((answer + eot).startswith(stem), f"{what}: the truncated response is not the start of the answer")
        return True
    _require(target == answer + eot, f"{what}: the trained response is not the record's answer + {eot!r}:\n"
             f"--- trained\n{target[:600]}\n--- expected\n{(answer + eot)[:600]}")
    body = answer.split("\n", 1)[1].rsplit("```", 1)[0].strip()
    _require(body and body in target, f"{what}: the code inside the fence is not in the trained response")
    return False


def _template_match(tok, prompt_ids: list[int], instruction: str, system: str | None = None) -> dict:
    "Whether LLaMA-Factory's prompt equals the model's own chat template (as shipped) for a one-turn conversation"
    chat_template = getattr(tok, "swiftcoder_model_chat_template", None)
    if not chat_template:
        return {"template_matches_chat_template": None, "reason": "the tokenizer has no chat template"}
    msgs = ([{"role": "system", "content": system}] if system else []) + [{"role": "user", "content": instruction}]
    own = tok.apply_chat_template(msgs, chat_template=chat_template, tokenize=False, add_generation_prompt=True)
    lf = _decode(tok, prompt_ids)
    out = {"template_matches_chat_template": own == lf}
    if own != lf: out.update(chat_template_prompt=own, llamafactory_prompt=lf)
    return out


def check_sft(tok, template, ds, recs: list[dict], cutoff: int, name: str, system_col: str | None = None) -> dict:
    "Check the tokenized SFT examples against the alpaca records they came from"
    _require(len(ds) == len(recs), f"{name}: LLaMA-Factory kept {len(ds)} of the file's {len(recs)} records (it drops malformed ones)")
    eot = _end_of_turn(tok, template)
    truncated, n_tokens = [], []
    for i, (ex, r) in enumerate(zip(ds, recs)):
        what = f"{name}[{i}]"
        ids, labels = ex["input_ids"], ex["labels"]
        k = _split(ids, labels, what)
        prompt = _decode(tok, ids[:k])
        _require(len(ids) >= cutoff or r["instruction"].strip() in prompt,   # a truncated example may have lost part of it
                 f"{what}: the instruction is not in the decoded prompt:\n{prompt[:600]}")
        _require(r["output"] not in prompt, f"{what}: the answer is inside the (masked) prompt")
        if _check_answer(tok, r["output"], ids, k, eot, cutoff, what): truncated.append(i)
        n_tokens.append(len(ids))
    j = next((i for i in range(len(ds)) if i not in truncated), 0)   # the first whole example shows what is trained on
    ex0 = ds[j]; k0 = _split(ex0["input_ids"], ex0["labels"], f"{name}[{j}]")
    return {"dataset": name, "stage": "sft", "file_records": len(recs), "examples": len(ds), "checked": len(ds),
            "truncated": truncated, "max_tokens": max(n_tokens), "mean_tokens": round(sum(n_tokens) / len(n_tokens), 1),
            "prompt_tokens_masked": k0, "example": _decode(tok, ex0["input_ids"]),
            **(_template_match(tok, ex0["input_ids"][:k0], recs[j]["instruction"], recs[j].get(system_col)) if j not in truncated
               else {"template_matches_chat_template": None, "reason": "every example is truncated"})}


def check_pairs(tok, template, ds, recs: list[dict], cutoff: int, name: str, stage: str, system_col: str | None = None) -> dict:
    "Check the tokenized preference pairs against the ranking records they came from"
    _require(len(ds) == len(recs), f"{name}: LLaMA-Factory kept {len(ds)} of the file's {len(recs)} pairs (it drops malformed ones)")
    eot = _end_of_turn(tok, template)
    truncated = []
    for i, (ex, r) in enumerate(zip(ds, recs)):
        what = f"{name}[{i}]"
        _require(r["chosen"] != r["rejected"], f"{what}: chosen and rejected are the same text")
        kc = _split(ex["chosen_input_ids"], ex["chosen_labels"], what + " chosen")
        kr = _split(ex["rejected_input_ids"], ex["rejected_labels"], what + " rejected")
        _require(kc == kr and ex["chosen_input_ids"][:kc] == ex["rejected_input_ids"][:kr], f"{what}: chosen and rejected have different prompts")
        prompt = _decode(tok, ex["chosen_input_ids"][:kc])
        _require(max(len(ex["chosen_input_ids"]), len(ex["rejected_input_ids"])) >= cutoff or r["instruction"].strip() in prompt,
                 f"{what}: the instruction is not in the decoded prompt:\n{prompt[:600]}")
        _require(r["chosen"] not in prompt and r["rejected"] not in prompt, f"{what}: an answer is inside the (masked) prompt")
        t1 = _check_answer(tok, r["chosen"], ex["chosen_input_ids"], kc, eot, cutoff, what + " chosen")
        t2 = _check_answer(tok, r["rejected"], ex["rejected_input_ids"], kr, eot, cutoff, what + " rejected")
        if t1 or t2: truncated.append(i)
    j = next((i for i in range(len(ds)) if i not in truncated), 0)
    ex0 = ds[j]; k0 = _split(ex0["chosen_input_ids"], ex0["chosen_labels"], f"{name}[{j}]")
    return {"dataset": name, "stage": stage, "file_records": len(recs), "examples": len(ds), "checked": len(ds),
            "truncated": truncated, "prompt_tokens_masked": k0, "example_chosen": _decode(tok, ex0["chosen_input_ids"]),
            "example_rejected": _decode(tok, ex0["rejected_input_ids"]),
            **(_template_match(tok, ex0["chosen_input_ids"][:k0], recs[j]["instruction"], recs[j].get(system_col)) if j not in truncated
               else {"template_matches_chat_template": None, "reason": "every pair is truncated"})}


def check_entry(dataset_dir, model_dir, name: str, stage: str, work: Path, args: dict | None = None, **kw) -> dict:
    "Load entry `name` for `stage` through LLaMA-Factory and check every example"
    entry, recs = dataset_entry(dataset_dir, name)
    a = dict(args) if args is not None else base_args(dataset_dir, model_dir, name, stage, work, **kw)
    a["dataset"] = name
    system_col = (entry.get("columns") or {}).get("system")
    tok, template, ds, (_, data_args, _, _) = load(a)
    print(f"LLaMA-Factory loaded {name!r} for stage {stage}: {len(ds)} examples (file: {len(recs)} records)", flush=True)
    if stage == "sft":
        _require(not entry.get("ranking"), f"{name}: a ranking entry cannot be SFT data")
        return check_sft(tok, template, ds, recs, data_args.cutoff_len, name, system_col)
    _require(entry.get("ranking") is True, f"{name}: stage {stage} needs `ranking: true` in dataset_info.json")
    return check_pairs(tok, template, ds, recs, data_args.cutoff_len, name, stage, system_col)


def check_train_yaml(path, dataset_dir, model_dir, work: Path) -> dict:
    "Parse a training YAML with LLaMA-Factory's parser, then load and check the datasets it names from `dataset_dir`"
    import yaml
    from llamafactory.data import TEMPLATES
    from llamafactory.hparams import get_train_args
    raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    _require(isinstance(raw, dict), f"{path}: not a YAML mapping")
    # the YAML's own data folder where it exists here (swiftcoder.finetune writes one beside the YAML), else ours
    own = raw.get("dataset_dir")
    own = next((d for d in ([Path(own), Path(path).parent / own] if own else []) if (d / "dataset_info.json").is_file()), None)
    dataset_dir = own or Path(dataset_dir)
    # the machine's paths, not the YAML's: our model folder, our dataset folder, a throw-away output folder
    # (GPU precision flags and worker counts are machine settings too: a CPU cannot parse bf16 and has 2 cores)
    local = {**raw, "model_name_or_path": str(model_dir), "dataset_dir": str(dataset_dir), "output_dir": str(work / "out-yaml"),
             "report_to": "none", "overwrite_cache": True, "cache_dir": str(work / "hf-cache"), "preprocessing_num_workers": None,
             "dataloader_num_workers": 0}
    for k in ("tokenized_path", "deepspeed", "eval_dataset"): local.pop(k, None)
    for k in ("bf16", "fp16", "pure_bf16"):
        if k in local: local[k] = False
    overridden = sorted(k for k in set(raw) | set(local) if raw.get(k) != local.get(k) and not (k == "dataset_dir" and own))
    model_args, data_args, training_args, finetuning_args, _ = get_train_args(dict(local))
    stage, names = finetuning_args.stage, list(data_args.dataset or [])
    _require(names, f"{path}: names no dataset")
    _require(data_args.template in TEMPLATES, f"{path}: template {data_args.template!r} is not a LLaMA-Factory template")
    out = {"yaml": str(path), "dataset_dir": str(dataset_dir), "stage": stage, "datasets": names, "template": data_args.template, "cutoff_len": data_args.cutoff_len,
           "finetuning_type": finetuning_args.finetuning_type, "model_name_or_path": raw.get("model_name_or_path"),
           "learning_rate": training_args.learning_rate, "num_train_epochs": training_args.num_train_epochs,
           "per_device_train_batch_size": training_args.per_device_train_batch_size,
           "gradient_accumulation_steps": training_args.gradient_accumulation_steps, "overridden": overridden, "checks": []}
    print(f"LLaMA-Factory parsed {path}: stage {stage}, datasets {names}, template {data_args.template} "
          f"(set here for this machine: {', '.join(overridden)})", flush=True)
    for n in names:
        out["checks"].append(check_entry(dataset_dir, model_dir, n, stage, work, args={**local, "dataset": n}))
    return out


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("dataset_dir", help="folder with dataset_info.json and the files it names")
    p.add_argument("model_dir", help="transformers folder with the tokenizer")
    p.add_argument("--sft", default="swiftcoder", help="dataset_info entry of the SFT data ('' skips)")
    p.add_argument("--dpo", default="swiftcoder_dpo", help="dataset_info entry of the preference pairs ('' skips)")
    p.add_argument("--template", default="smollm2", help="LLaMA-Factory chat template (smollm2 for SmolLM2)")
    p.add_argument("--default-system", default=None, help="system prompt replacing the template's default")
    p.add_argument("--cutoff-len", type=int, default=2048)
    p.add_argument("--require-template-match", action="store_true",
                   help="fail when LLaMA-Factory's prompt differs from the tokenizer's own chat template")
    p.add_argument("--train-yaml", action="append", default=[], help="a LLaMA-Factory training YAML to parse and load (repeatable)")
    p.add_argument("--json", help="write the results here")
    a = p.parse_args(argv)
    res = {"versions": versions(), "dataset_dir": a.dataset_dir, "model_dir": a.model_dir, "template": a.template, "checks": [], "train_yaml": []}
    try:
        with tempfile.TemporaryDirectory(prefix="lf-check-") as w:
            work = Path(w)
            kw = dict(template=a.template, cutoff_len=a.cutoff_len, default_system=a.default_system)
            if a.sft: res["checks"].append(check_entry(a.dataset_dir, a.model_dir, a.sft, "sft", work, **kw))
            if a.dpo: res["checks"].append(check_entry(a.dataset_dir, a.model_dir, a.dpo, "dpo", work, **kw))
            for y in a.train_yaml: res["train_yaml"].append(check_train_yaml(y, a.dataset_dir, a.model_dir, work))
        checks = res["checks"] + [c for y in res["train_yaml"] for c in y["checks"]]
        bad = [c["dataset"] for c in checks if c.get("template_matches_chat_template") is False]
        for c in checks:
            if c.get("template_matches_chat_template") is False:
                print(f"WARNING {c['dataset']}: LLaMA-Factory's prompt differs from the tokenizer's chat template:\n"
                      f"  llamafactory:  {c['llamafactory_prompt']!r}\n  chat template: {c['chat_template_prompt']!r}", flush=True)
        if a.require_template_match: _require(not bad, f"template {a.template!r} does not match the tokenizer's chat template for {bad}")
        res["ok"] = True
    except Exception as e:   # anything LLaMA-Factory raised, or a failed check: say what, exit non-zero
        res.update(ok=False, error=f"{type(e).__name__}: {e}")
        if not isinstance(e, CheckFailed): traceback.print_exc()
    if a.json: Path(a.json).write_text(json.dumps(res, indent=1, ensure_ascii=False), encoding="utf-8")
    for c in res["checks"] + [c for y in res["train_yaml"] for c in y["checks"]]:
        print(f"OK {c['dataset']} ({c['stage']}): {c['examples']} examples of {c['file_records']} records checked, "
              f"truncated {len(c['truncated'])}, template matches chat template: {c.get('template_matches_chat_template')}")
        if c["truncated"]: print(f"WARNING {c['dataset']}: {len(c['truncated'])} examples longer than cutoff_len were truncated "
                                 f"(first: {c['truncated'][:5]}); raise --cutoff-len / cutoff_len to train on them whole")
    if not res["ok"]: print(f"FAILED: {res['error']}", file=sys.stderr, flush=True)
    return 0 if res["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
