"""Profiling on a real Ray cluster of two node processes on this machine (`ray start --head` and `ray start --address`):
the same verdicts and instruction counts as the local executor, a worker SIGKILLed mid-run, a driver killed and
restarted, and a node that cannot run the sandbox refused before any work; instruction counts, a benchmark's canonical
outputs and its grown stress inputs computed as Ray tasks, equal to the local ones and kept on the driver."""
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import psutil
import pytest

from conftest import ROOT, kill_once_stored, spinners, store_rows
from swiftcoder.bench import fidelity_candidates
from swiftcoder.benchmarks import load_benchmark
from swiftcoder.core import Cache
from swiftcoder.evaluate import prepare
from swiftcoder.executor import ClusterNotReady, local_cluster, start_node, stop_nodes
from swiftcoder.profiler import MeasureSettings, Store, add_counts, profile

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="the sandbox needs root")

N = 8


@pytest.fixture(scope="module")
def cluster():
    "Two node processes of one CPU each; this test process is the driver"
    with local_cluster(nodes=2, cpus=1) as (address, procs):
        yield address


def _spec(address):
    return {"kind": "ray", "address": address, "num_cpus": 1}


def _same_counts(a: list, b: list) -> bool:
    """Instruction counts equal to within 64 instructions: a valgrind count of a window moves by about 11
    instructions when counts run two at a time on this machine (seen with the local executor alone as well)"""
    return len(a) == len(b) and all(x == y or (x is not None and y is not None and abs(x - y) <= 64) for x, y in zip(a, b))


def test_two_nodes_give_the_local_verdicts_and_counts(cluster, tmp_path):
    # two tasks of two candidates (efficient, plain), every candidate counted by valgrind
    cands = fidelity_candidates(3000)[:4] + [{**spinners(1)[0], "code": "print(1)"}]
    settings = MeasureSettings(repeats=2, count="all")
    local = profile(cands, settings=settings, store=Store(tmp_path / "local.sqlite"), show_progress=False)
    stats = {}
    on_ray = profile(cands, settings=settings, store=Store(tmp_path / "ray.sqlite"), executor=_spec(cluster),
                     stats=stats, show_progress=False)
    assert [r["status"] for r in local] == ["passed"] * 4 + ["wrong_answer"]
    assert [r["status"] for r in on_ray] == [r["status"] for r in local]
    assert _same_counts([r["instructions"] for r in on_ray], [r["instructions"] for r in local])
    assert all(isinstance(r["instructions"], int) for r in on_ray[:4])
    assert stats["nodes"] == 2, stats  # three tasks, both node processes took some
    assert len(Store(tmp_path / "ray.sqlite")) == len(cands)


def _profile_group_workers():
    return [p for p in psutil.process_iter(["cmdline"]) if (p.info["cmdline"] or [""])[0].startswith("ray::profile_group")]


def test_a_worker_killed_mid_run_is_retried_and_nothing_is_lost_or_doubled(cluster, tmp_path):
    store, seen, out = Store(tmp_path / "s.sqlite"), Counter(), {}
    run = threading.Thread(target=lambda: out.update(res=profile(
        spinners(N), settings=MeasureSettings(repeats=2, instructions=False), store=store, executor=_spec(cluster),
        on_result=lambda i, r: seen.update([i]), show_progress=False)))
    run.start()
    deadline, victims = time.monotonic() + 120, []
    while not victims and time.monotonic() < deadline:
        victims = _profile_group_workers()
        time.sleep(0.05)
    assert victims, "no Ray worker ran profile_group"
    victims[0].send_signal(signal.SIGKILL)
    run.join(300)
    assert not run.is_alive()
    assert [r["status"] for r in out["res"]] == ["passed"] * N, [r["message"] for r in out["res"]]
    assert seen == Counter(range(N))  # every result handed back exactly once
    assert len(store) == N


def test_a_killed_driver_resumes_from_its_store(cluster, tmp_path):
    inp, res, db = tmp_path / "c.jsonl", tmp_path / "r.jsonl", tmp_path / "store.sqlite"
    n = 10
    inp.write_text("".join(json.dumps(c) + "\n" for c in spinners(n)))
    cmd = [sys.executable, "-m", "swiftcoder.cli", "profile", str(inp), "--out", str(res), "--repeats", "2",
           "--no-instructions", "--store", str(db), "--ray-address", cluster, "--ray-cpus", "1"]
    env = {**os.environ, "SWIFTCODER_PROGRESS": "0"}
    done_before = kill_once_stored(cmd, db, 2, env)
    assert 2 <= done_before < n, f"kill came too late or too early: {done_before} results stored"

    r = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    assert f"({done_before} from the store, {n - done_before} profiled" in r.stdout, r.stdout
    rows = [json.loads(line) for line in res.read_text().splitlines()]
    assert [x["status"] for x in rows] == ["passed"] * n
    assert store_rows(db) == n


def test_a_node_that_cannot_run_the_sandbox_is_refused_before_any_work(cluster, tmp_path):
    # a third node process whose workers find no bubblewrap, valgrind or compilers (only the venv on its PATH)
    env = {"PATH": str(Path(sys.executable).parent), "HOME": os.environ.get("HOME", "/root")}
    bare = start_node(cluster, cpus=1, env=env, log=tmp_path / "bare.log")
    try:
        import ray

        deadline = time.monotonic() + 120
        while sum(x["Alive"] for x in ray.nodes()) < 3 and time.monotonic() < deadline:
            time.sleep(0.5)
        assert sum(x["Alive"] for x in ray.nodes()) == 3, (tmp_path / "bare.log").read_text()[-2000:]
        store = Store(tmp_path / "s.sqlite")
        with pytest.raises(ClusterNotReady, match=r"1 of 3 nodes cannot run the sandbox .*no bwrap.*no valgrind"):
            profile(spinners(2), store=store, executor=_spec(cluster), show_progress=False)
        assert len(store) == 0  # nothing ran, nothing was stored
    finally:
        stop_nodes([bare])


def test_counts_after_timing_are_ray_tasks_equal_to_local_ones_and_stored_on_the_driver(cluster, tmp_path):
    cands = fidelity_candidates(3000)[:2]
    timed = profile(cands, settings=MeasureSettings(repeats=1, instructions=False), show_progress=False)
    assert [r["instructions"] for r in timed] == [None, None]
    counting = MeasureSettings(count="all")
    local = add_counts(cands, timed, settings=counting, only=[0, 1], show_progress=False)
    store = Store(tmp_path / "counts.sqlite")
    on_ray = add_counts(cands, timed, settings=counting, only=[0, 1], store=store, executor=_spec(cluster),
                        show_progress=False)
    assert all(isinstance(r["instructions"], int) for r in on_ray), [r["backend"] for r in on_ray]
    assert _same_counts([r["instructions"] for r in on_ray], [r["instructions"] for r in local])
    assert len(store) == 2
    again = add_counts(cands, timed, settings=counting, only=[0, 1], store=store, executor=_spec(cluster),
                       show_progress=False)
    assert again == on_ray and len(store) == 2  # from the driver's store, not counted twice


def test_a_benchmark_loads_and_grows_its_stress_inputs_on_ray_as_it_does_locally(cluster, tmp_path):
    spec = f"humanevalplus={ROOT / 'tests' / 'fixtures' / 'benchmarks' / 'humanevalplus.jsonl'}"
    local = load_benchmark(spec, cache=Cache(tmp_path, "local"))
    on_ray = load_benchmark(spec, cache=Cache(tmp_path, "ray"), executor=_spec(cluster))
    assert [(t.id, t.tests.get("cases")) for t in on_ray.problems] == [(t.id, t.tests.get("cases")) for t in local.problems]
    assert on_ray.by_rule() == local.by_rule() and on_ray.rows_read == local.rows_read
    assert len(Cache(tmp_path, "ray")) == len(Cache(tmp_path, "local")) > 0  # the canonicals' outputs, on the driver
    grown_local, _ = prepare(local.problems, cache=Cache(tmp_path, "grow-local"))
    grown, notes = prepare(on_ray.problems, cache=Cache(tmp_path, "grow-ray"), executor=_spec(cluster))
    assert [bool(t.stress) for t in grown] == [bool(t.stress) for t in grown_local]
    assert any(t.stress for t in grown), notes
    growable = [t for t in on_ray.problems if t.tests.get("kind") == "function" and not t.stress]
    assert len(Cache(tmp_path, "grow-ray")) == len(growable) > 0  # one unit per problem, remembered on the driver
