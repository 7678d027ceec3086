"""The result store: a `swiftcoder profile` run killed with SIGKILL resumes without losing or duplicating results."""
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

from conftest import ROOT

N = 10


def _candidates():
    # each spins ~0.25 s of CPU, so results reach the store one at a time during measurement
    code = "import time\nt = time.process_time()\nwhile time.process_time() - t < 0.25: pass\nprint({k})\n"
    return [{"id": f"c{k}", "language": "python", "code": code.format(k=k),
             "tests": {"kind": "stdio", "cases": [{"stdin": "", "stdout": f"{k}\n"}]}} for k in range(N)]


def _rows(db):
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db) as c:
            return c.execute("SELECT COUNT(*) FROM results").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_sigkill_then_resume(tmp_path):
    inp, out, db = tmp_path / "c.jsonl", tmp_path / "r.jsonl", tmp_path / "store.sqlite"
    inp.write_text("".join(json.dumps(c) + "\n" for c in _candidates()))
    cmd = [sys.executable, "-m", "swiftcoder.cli", "profile", str(inp), "--out", str(out), "--repeats", "2",
           "--no-instructions", "--store", str(db)]
    env = {**os.environ, "SWIFTCODER_PROGRESS": "0"}
    p = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 300
    while _rows(db) < 2 and time.monotonic() < deadline and p.poll() is None:
        time.sleep(0.05)
    os.killpg(p.pid, signal.SIGKILL)
    p.wait()
    done_before = _rows(db)
    assert 2 <= done_before < N, f"kill came too late or too early: {done_before} results stored"
    assert not out.exists(), "the killed run must not have written its output"

    r = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    assert f"({done_before} from the store, {N - done_before} profiled" in r.stdout, r.stdout
    rows = [json.loads(l) for l in out.read_text().splitlines()]
    assert [x["id"] for x in rows] == [c["id"] for c in _candidates()]
    assert all(x["status"] == "passed" for x in rows), rows
    assert _rows(db) == N
