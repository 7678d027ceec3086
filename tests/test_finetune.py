"""Fine-tuning (`swiftcoder.finetune`) with real processes on the tiny random Llama: a training process killed after a
checkpoint resumes from it and ends with the same step count (and the same losses) as an uninterrupted run; the
command line; rejection counts; loss going down; the LLaMA-Factory YAML's keys; two processes under torchrun."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from swiftcoder.finetune import (SFTConfig, batch_plan, llamafactory_config, sft_config, sft_messages, normalise_record,
                                 write_llamafactory)
from swiftcoder.llm import tiny_model_dir

ROOT = Path(__file__).resolve().parents[1]

# a training process for the resume test: pauses (sleeps) at PAUSE_AT so that the test can kill it from outside
DRIVER = r'''
import json, os, sys, time
from pathlib import Path
from transformers import TrainerCallback
from swiftcoder.finetune import sft_config, train_sft

model, data, out, pause_at, marker = sys.argv[1:6]
class Pause(TrainerCallback):
    def on_step_end(self, args, state, control, **kw):
        if int(pause_at) and state.global_step == int(pause_at):
            Path(marker).write_text(str(state.global_step)); time.sleep(600)
cfg = sft_config("smoke", max_steps=8, save_steps=2, save_total_limit=3, logging_steps=1, global_batch_size=4,
                 per_device_batch_size=2, learning_rate=2e-3, keep_checkpoints=True)
m = train_sft(model, data, out, cfg, callbacks=[Pause()])
print("RESULT " + json.dumps({k: m[k] for k in ("steps", "resumed_from", "reused", "loss", "seconds", "key")}))
'''


def records(n=8):
    return [{"instruction": f"Return the number {i}.", "input": "", "output": f"```python\ndef f():\n    return {i}\n```"}
            for i in range(n)]


def env():
    e = dict(os.environ, SWIFTCODER_PROGRESS="0", PYTHONUNBUFFERED="1", OMP_NUM_THREADS="1")
    e.pop("WORLD_SIZE", None)
    return e


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    return tiny_model_dir(tmp_path_factory.mktemp("model") / "tiny")


@pytest.fixture
def data_file(tmp_path):
    p = tmp_path / "sft.json"
    p.write_text(json.dumps(records()))
    return p


def result(stdout):
    line = next(l for l in stdout.splitlines() if l.startswith("RESULT "))
    return json.loads(line[len("RESULT "):])


def test_resume_after_kill(tiny, data_file, tmp_path):
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER)
    marker, out, ref = tmp_path / "paused", tmp_path / "run", tmp_path / "ref"
    p = subprocess.Popen([sys.executable, str(driver), str(tiny), str(data_file), str(out), "5", str(marker)], cwd=ROOT,
                         env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        deadline = time.time() + 300
        while not marker.exists():
            assert p.poll() is None, f"the training process ended early: {p.communicate()[1][-3000:]}"
            assert time.time() < deadline, "the training process never reached step 5"
            time.sleep(0.2)
        assert marker.read_text() == "5"
        os.killpg(p.pid, signal.SIGKILL)  # the process (and any child it made) dies mid-run, between checkpoints
        p.wait(30)
    finally:
        if p.poll() is None: os.killpg(p.pid, signal.SIGKILL); p.wait(30)
    assert (out / "checkpoint-4" / "trainer_state.json").is_file()
    assert not (out / "checkpoint-6").exists() and not (out / "metrics.json").exists() and not (out / "final").exists()

    again = subprocess.run([sys.executable, str(driver), str(tiny), str(data_file), str(out), "0", str(marker)], cwd=ROOT,
                           env=env(), capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr[-3000:]
    r = result(again.stdout)
    assert (r["resumed_from"], r["steps"], r["reused"]) == (4, 8, False)
    assert [h["step"] for h in r["loss"]] == list(range(1, 9))  # the log before the kill comes back with the checkpoint
    assert r["seconds"] > 0
    assert (out / "final" / "config.json").is_file() and json.loads((out / "metrics.json").read_text())["key"] == r["key"]

    ref_run = subprocess.run([sys.executable, str(driver), str(tiny), str(data_file), str(ref), "0", str(marker)], cwd=ROOT,
                             env=env(), capture_output=True, text=True, timeout=600)
    assert ref_run.returncode == 0, ref_run.stderr[-3000:]
    rr = result(ref_run.stdout)
    assert (rr["steps"], rr["resumed_from"], rr["key"]) == (8, None, r["key"])
    # the resumed run saw the same batches in the same order: the same losses as the uninterrupted run
    assert [h["loss"] for h in r["loss"]] == pytest.approx([h["loss"] for h in rr["loss"]], rel=1e-4)

    third = subprocess.run([sys.executable, str(driver), str(tiny), str(data_file), str(out), "0", str(marker)], cwd=ROOT,
                           env=env(), capture_output=True, text=True, timeout=600)
    assert third.returncode == 0, third.stderr[-3000:]
    assert result(third.stdout)["reused"] is True  # finished: returned from metrics.json, nothing retrained


def cli(*args, timeout=600):
    return subprocess.run([sys.executable, "-m", "swiftcoder.finetune", *map(str, args)], cwd=ROOT, env=env(),
                          capture_output=True, text=True, timeout=timeout)


def test_cli_loss_goes_down_and_rejections(tiny, tmp_path):
    data = tmp_path / "mixed.jsonl"
    good = records(4)
    lines = [json.dumps(r) for r in good] + ['{"instruction": "broken', json.dumps({"instruction": "", "output": "x"}),
             json.dumps([1, 2]), json.dumps({"instruction": "y" * 700, "output": "x"}),
             json.dumps({"instruction": "Hi.", "output": "x", "history": [["a", "b"]]})]
    data.write_text("\n".join(lines) + "\n")
    cfg = tmp_path / "cfg.yaml"
    cfg.write_text(yaml.safe_dump({"profile": "smoke", "max_steps": 25, "global_batch_size": 4, "per_device_batch_size": 2}))
    r = cli("--model", tiny, "--data", data, "--out", tmp_path / "o", "--config", cfg, "--learning-rate", "3e-3",
            "--logging-steps", "5", "--save-steps", "10")
    assert r.returncode == 0, r.stderr[-3000:]
    summary = json.loads(r.stdout.strip().splitlines()[-1])
    assert summary["steps"] == 25 and summary["examples"] == 4
    m = json.loads((tmp_path / "o" / "metrics.json").read_text())
    assert m["rejected"] == {"malformed": 3, "too_long": 1, "unsupported": 1}
    assert m["records"] == m["examples"] + sum(m["rejected"].values()) == 9
    assert {x["rule"] for x in m["rejections"]} == {"malformed", "too_long", "unsupported"}
    assert m["config"]["learning_rate"] == 3e-3 and m["gradient_accumulation_steps"] == 2
    assert m["loss"][-1]["loss"] < 0.5 * m["loss"][0]["loss"], m["loss"]
    assert not list((tmp_path / "o").glob("checkpoint-*"))  # removed once final/ is written (keep_checkpoints false)

    bad = cli("--model", tiny, "--data", data, "--out", tmp_path / "o2", "--profile", "smoke", "--prompt-style", "chat")
    assert bad.returncode == 2 and "prompt_style" in bad.stderr
    dpo = tmp_path / "ds"
    dpo.mkdir()
    (dpo / "dataset_info.json").write_text(json.dumps({"swiftcoder_dpo": {"file_name": "x.json", "ranking": True}}))
    bad = cli("--model", tiny, "--data", dpo, "--dataset", "swiftcoder_dpo", "--out", tmp_path / "o3", "--profile", "smoke")
    assert bad.returncode == 2 and "preference" in bad.stderr


def test_dataset_folder_and_hflocal(tiny, tmp_path):
    "The dataset stage's folder (dataset_info.json + alpaca file) trains, and HFLocal loads the result"
    from swiftcoder.dataset import dataset_info
    from swiftcoder.llm import HFLocal, Sampling
    ds = tmp_path / "dataset"
    ds.mkdir()
    (ds / "swiftcoder_alpaca.json").write_text(json.dumps(records(4)))
    (ds / "dataset_info.json").write_text(json.dumps(dataset_info()))
    r = cli("--model", tiny, "--data", ds, "--out", tmp_path / "o", "--profile", "smoke", "--max-steps", "3", "--global-batch-size", "4")
    assert r.returncode == 0, r.stderr[-3000:]
    m = json.loads((tmp_path / "o" / "metrics.json").read_text())
    g = HFLocal(m["final"], name=m["generator_name"])
    out = g.generate([sft_messages(normalise_record(records(1)[0])[0])], Sampling(max_tokens=8), show_progress=False)
    assert out[0][0].ok


# LLaMA-Factory argument names this module writes, and where each was checked (hiyouga/LLaMA-Factory, see nbs/50_finetune.ipynb)
LF_KEYS = {
    "model_name_or_path": "hparams/model_args.py; examples/train_full/llama3_full_sft.yaml",
    "stage": "hparams/finetuning_args.py", "finetuning_type": "hparams/finetuning_args.py", "plot_loss": "hparams/finetuning_args.py",
    "template": "hparams/data_args.py", "dataset": "hparams/data_args.py", "dataset_dir": "hparams/data_args.py",
    "cutoff_len": "hparams/data_args.py", "train_on_prompt": "hparams/data_args.py", "overwrite_cache": "hparams/data_args.py",
    "preprocessing_num_workers": "hparams/data_args.py",
    # transformers (Seq2Seq)TrainingArguments, as in examples/train_full/llama3_full_sft.yaml
    "do_train": "TrainingArguments", "deepspeed": "TrainingArguments", "output_dir": "TrainingArguments",
    "logging_steps": "TrainingArguments", "save_steps": "TrainingArguments", "save_total_limit": "TrainingArguments",
    "report_to": "TrainingArguments", "per_device_train_batch_size": "TrainingArguments",
    "gradient_accumulation_steps": "TrainingArguments", "learning_rate": "TrainingArguments", "num_train_epochs": "TrainingArguments",
    "lr_scheduler_type": "TrainingArguments", "warmup_ratio": "TrainingArguments (transformers 4.x)",
    "weight_decay": "TrainingArguments", "max_grad_norm": "TrainingArguments", "bf16": "TrainingArguments",
    "seed": "TrainingArguments", "ddp_timeout": "TrainingArguments", "max_steps": "TrainingArguments"}


def test_llamafactory_yaml(tmp_path):
    from transformers import TrainingArguments
    from swiftcoder.dataset import dataset_info
    ds = tmp_path / "dataset"
    ds.mkdir()
    (ds / "swiftcoder_alpaca.json").write_text(json.dumps(records(3)))
    (ds / "dataset_info.json").write_text(json.dumps(dataset_info()))
    y = yaml.safe_load(write_llamafactory(tmp_path / "lf" / "sft.yaml", SFTConfig(), "deepseek-ai/deepseek-coder-6.7b-instruct", ds).read_text())
    assert set(y) <= set(LF_KEYS), set(y) - set(LF_KEYS)
    hf = {f for f in TrainingArguments.__dataclass_fields__}
    assert {k for k, v in LF_KEYS.items() if v == "TrainingArguments"} <= hf  # the 4.x-only warmup_ratio aside
    assert (y["stage"], y["finetuning_type"], y["cutoff_len"], y["learning_rate"], y["lr_scheduler_type"], y["warmup_ratio"],
            y["num_train_epochs"], y["bf16"], y["template"], y["train_on_prompt"]) == \
           ("sft", "full", 2048, 5e-6, "cosine", 0.03, 4.0, True, "deepseekcoder", False)
    assert isinstance(y["learning_rate"], float) and "max_steps" not in y
    assert y["per_device_train_batch_size"] * y["gradient_accumulation_steps"] * 8 == 128
    assert Path(y["deepspeed"]) == ROOT / "reproduce" / "train" / "deepspeed_zero3.json" and Path(y["deepspeed"]).is_file()
    entry = json.loads((Path(y["dataset_dir"]) / "dataset_info.json").read_text())[y["dataset"]]
    assert entry["columns"]["system"] == "system" and (Path(y["dataset_dir"]) / entry["file_name"]).is_file()
    for world in (1, 2, 4, 8, 16):
        d = llamafactory_config(SFTConfig(), "Qwen/Qwen2.5-Coder-7B-Instruct", ds, world_size=world)
        assert d["per_device_train_batch_size"] * d["gradient_accumulation_steps"] * world == 128 and d["template"] == "qwen"
    smoke = llamafactory_config(sft_config("smoke"), "m", ds, world_size=1)
    assert smoke["max_steps"] == sft_config("smoke").max_steps and smoke["bf16"] is True  # "auto": bf16 on the GPUs LLaMA-Factory runs on
    r = cli("--model", "codellama/CodeLlama-7b-hf", "--data", ds, "--out", "saves/x", "--llamafactory", tmp_path / "cl.yaml", "--gpus", "4")
    assert r.returncode == 0, r.stderr
    y = yaml.safe_load((tmp_path / "cl.yaml").read_text())
    assert y["template"] == "alpaca" and y["per_device_train_batch_size"] * y["gradient_accumulation_steps"] * 4 == 128
    rows = json.loads((Path(y["dataset_dir"]) / "swiftcoder_sft.json").read_text())
    assert rows[0]["system"].endswith("\n\n")  # the alpaca template's system slot has no separator of its own


def test_two_processes(tiny, data_file, tmp_path):
    "Under torchrun (what accelerate launch runs per GPU), two CPU processes split the global batch and one writes"
    r = subprocess.run([sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node", "2",
                        "-m", "swiftcoder.finetune", "--model", str(tiny), "--data", str(data_file), "--out", str(tmp_path / "o"),
                        "--profile", "smoke", "--max-steps", "4", "--global-batch-size", "4", "--per-device-batch-size", "4"],
                       cwd=ROOT, env=env(), capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-4000:]
    m = json.loads((tmp_path / "o" / "metrics.json").read_text())
    assert (m["world_size"], m["per_device_batch_size"], m["gradient_accumulation_steps"], m["steps"]) == (2, 2, 1, 4)
    assert len([l for l in r.stdout.splitlines() if l.startswith("{")]) == 1  # one summary: only rank 0 prints
    assert r.stderr.count("step 1/4:") == 1 and "parallel_mode != ParallelMode.DISTRIBUTED" not in r.stderr  # one DDP run, not two
    assert m["tokens_seen"] == 2 * m["tokens"]  # 4 steps x 4 examples = 2 epochs of the 8 records, counted over both processes
    assert batch_plan(4, 4, 2) == (2, 1)
