"""The result store: a `swiftcoder profile` run killed with SIGKILL resumes without losing or duplicating results."""
import json
import os
import subprocess
import sys

from conftest import ROOT, kill_once_stored, spinners, store_rows

N = 10


def test_sigkill_then_resume(tmp_path):
    inp, out, db = tmp_path / "c.jsonl", tmp_path / "r.jsonl", tmp_path / "store.sqlite"
    inp.write_text("".join(json.dumps(c) + "\n" for c in spinners(N)))
    cmd = [sys.executable, "-m", "swiftcoder.cli", "profile", str(inp), "--out", str(out), "--repeats", "2",
           "--no-instructions", "--store", str(db)]
    env = {**os.environ, "SWIFTCODER_PROGRESS": "0"}
    done_before = kill_once_stored(cmd, db, 2, env)
    assert 2 <= done_before < N, f"kill came too late or too early: {done_before} results stored"
    assert not out.exists(), "the killed run must not have written its output"

    r = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    assert f"({done_before} from the store, {N - done_before} profiled" in r.stdout, r.stdout
    rows = [json.loads(l) for l in out.read_text().splitlines()]
    assert [x["id"] for x in rows] == [c["id"] for c in spinners(N)]
    assert all(x["status"] == "passed" for x in rows), rows
    assert store_rows(db) == N
