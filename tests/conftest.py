"""Shared fixtures: the repository root and a throw-away runs folder, so tests never touch runs/ or figures/."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def runs_dir(tmp_path, monkeypatch):
    "A fresh SWIFTCODER_RUNS for one test"
    d = tmp_path / "runs"
    monkeypatch.setenv("SWIFTCODER_RUNS", str(d))
    monkeypatch.setenv("SWIFTCODER_PROGRESS", "0")
    return d


def run_cli(*args, timeout=900):
    "Run `python -m swiftcoder.reproduce ARGS` from the repository root; return the CompletedProcess"
    return subprocess.run([sys.executable, "-m", "swiftcoder.reproduce", *args], cwd=ROOT, env=os.environ.copy(),
                          capture_output=True, text=True, timeout=timeout)


def store_rows(db: Path) -> int:
    "Results in the profiler store `db` (0 while it does not exist yet)"
    import sqlite3

    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db) as c:
            return c.execute("SELECT COUNT(*) FROM results").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def kill_once_stored(cmd: list, db: Path, at_least: int, env: dict, timeout_s: float = 300) -> int:
    "Start `cmd`, SIGKILL its process group once `db` holds `at_least` results; how many it holds then"
    import signal
    import time

    p = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + timeout_s
    while store_rows(db) < at_least and time.monotonic() < deadline and p.poll() is None:
        time.sleep(0.05)
    os.killpg(p.pid, signal.SIGKILL)
    p.wait()
    return store_rows(db)


def spinners(n: int) -> list[dict]:
    "`n` stdio candidates, each its own task, each spinning ~0.25 s of CPU: results reach the store one at a time"
    code = "import time\nt = time.process_time()\nwhile time.process_time() - t < 0.25: pass\nprint({k})\n"
    return [{"id": f"c{k}", "language": "python", "code": code.format(k=k),
             "tests": {"kind": "stdio", "cases": [{"stdin": "", "stdout": f"{k}\n"}]}} for k in range(n)]
