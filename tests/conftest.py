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
