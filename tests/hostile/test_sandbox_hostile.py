"""The hostile corpus through the real sandbox: every program ends with an expected verdict, within its limits,
leaves no process behind and changes nothing outside its own temporary folder. Needs root (cgroups, uid switch)
and bubblewrap, as `make setup` provides."""
import os
import socket
import subprocess
import threading
import time

import pytest

from swiftcoder.profiler import MeasureSettings, profile
from swiftcoder.sandbox import Limits

from .test_corpus_shape import _load_corpus

corpus = _load_corpus()
BASE = Limits(timeout_s=5, cpu_s=5)   # shorter than the default 10 s: the corpus's loops all end by timeout


def _limits(entry):
    o = entry["limits"]
    t = o.get("timeout_s", BASE.timeout_s)
    return BASE.but(timeout_s=t, cpu_s=int(max(1, t)), memory_mb=o.get("memory_mb", BASE.memory_mb))


@pytest.fixture(scope="module")
def verdicts():
    "Run the whole corpus once (grouped by limits, 2 parallel workers); entry id -> (result, seconds)"
    listener = socket.socket(); listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", corpus.LOOPBACK_PORT)); listener.listen(16)
    stop = threading.Event()
    def accept():
        listener.settimeout(0.2)
        while not stop.is_set():
            try: listener.accept()[0].close()
            except OSError: pass
    threading.Thread(target=accept, daemon=True).start()
    unix = []   # the host's unix sockets the corpus tries to reach (a Docker socket stands for them on a real host)
    for path in corpus.HOST_SOCKETS:
        if os.path.lexists(path): os.remove(path)
        u = socket.socket(socket.AF_UNIX); u.bind(path); u.listen(64); u.settimeout(0.2); unix.append(u)
    def accept_unix():
        while not stop.is_set():
            for u in unix:
                try: u.accept()[0].close()
                except OSError: pass
    threading.Thread(target=accept_unix, daemon=True).start()
    os.environ[corpus.CANARY_ENV] = "canary-" + corpus.HARNESS_SECRET
    for e in corpus.PROGRAMS:
        if e["escape_path"] and os.path.lexists(e["escape_path"]): os.remove(e["escape_path"])
    groups, out = {}, {}
    for e in corpus.PROGRAMS: groups.setdefault(_limits(e), []).append(e)
    try:
        for lim, entries in groups.items():
            t0 = time.monotonic()
            res = profile(entries, lim, MeasureSettings(repeats=1, instructions=False), jobs=2, show_progress=False)
            dt = time.monotonic() - t0
            for e, r in zip(entries, res): out[e["id"]] = (r, dt, len(entries), lim)
    finally:
        stop.set(); listener.close(); os.environ.pop(corpus.CANARY_ENV, None)
        for u, path in zip(unix, corpus.HOST_SOCKETS): u.close(); os.remove(path)
    return out


@pytest.mark.parametrize("entry", corpus.PROGRAMS, ids=lambda e: e["id"])
def test_hostile_program(verdicts, entry):
    r, group_s, n, lim = verdicts[entry["id"]]
    assert r["status"] in entry["expect"], f"{entry['id']} ({entry['why']}): got {r['status']}: {r['message'][:300]}"
    if entry["marker"]:
        left = subprocess.run(["pgrep", "-af", entry["marker"]], capture_output=True, text=True).stdout
        assert not left, f"processes survived: {left}"
    if entry["escape_path"]:
        assert not os.path.lexists(entry["escape_path"]), f"wrote outside the sandbox: {entry['escape_path']}"
    # within limits: a group's runs (correctness, plus one timed repeat for controls) end within their limits, with
    # room for compiling and the 5 s backstop; a hung run would blow this by far
    assert group_s < n * (lim.timeout_s + 5) * 3 + 240


def test_no_process_left_in_any_run_cgroup(verdicts):
    from swiftcoder.sandbox import CGROUP_ROOT
    for c in ("memory", "pids"):
        d = CGROUP_ROOT / c / "swiftcoder"
        busy = [p.name for p in d.glob("r*") if (p / "cgroup.procs").read_text().strip()] if d.is_dir() else []
        assert not busy, f"run cgroups still holding processes in {d}: {busy}"
