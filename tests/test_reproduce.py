"""The reproduction runner end to end: papermill runs of real stage notebooks, caching, failures, resumption."""
import json
import textwrap
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from swiftcoder.reproduce import load_pipeline

from conftest import ROOT, run_cli


def listed_outputs(stdout):
    "Paths the closing listing names"
    lines = stdout.split("Outputs:", 1)[1].splitlines()
    return [Path(l.strip()) for l in lines if l.startswith("    ")]


def test_test_profile_runs_the_whole_chain_then_reuses_it(runs_dir):
    r = run_cli("--profile", "test")
    assert r.returncode == 0, r.stderr[-3000:]
    stages = [s.name for s in load_pipeline(root=ROOT)]
    for s in stages:
        assert f"{s}: done in" in r.stdout
    outs = listed_outputs(r.stdout)
    assert outs, r.stdout
    for p in outs:
        p = p if p.is_absolute() else ROOT / p
        assert p.is_file(), p
        assert runs_dir in p.parents, f"a test-profile output escaped the runs folder: {p}"
    for s in stages:  # executed copies, never the sources
        nb = runs_dir / "test" / "notebooks"
        assert any(nb.glob("*.ipynb")), "no executed notebook copies"
    again = run_cli("--profile", "test")
    assert again.returncode == 0, again.stderr[-3000:]
    assert all(f"{s}: reused" in again.stdout for s in stages), again.stdout
    assert listed_outputs(again.stdout) == outs
    fresh = run_cli("--profile", "test", "--fresh", "--stage", stages[0])
    assert f"{stages[0]}: done in" in fresh.stdout and fresh.returncode == 0


def test_a_deleted_output_reruns_its_stage(runs_dir):
    assert run_cli("--profile", "test", "--stage", "core").returncode == 0
    (runs_dir / "test" / "figures" / "environment.md").unlink()
    r = run_cli("--profile", "test", "--stage", "core")
    assert "core: done in" in r.stdout and (runs_dir / "test" / "figures" / "environment.md").is_file()


def _stage_nb(path, body):
    "A minimal stage notebook: one parameters cell, then `body`"
    params = new_code_cell('PROFILE: str = "test"  # run profile')
    params.metadata["tags"] = ["parameters"]
    cells = [new_markdown_cell("# a stage"), params, new_code_cell(textwrap.dedent(body))]
    nbformat.write(new_notebook(cells=cells, metadata={"kernelspec": {"name": "python3", "display_name": "python3", "language": "python"}}), path)


def _pipeline(tmp_path, second_body):
    _stage_nb(tmp_path / "first.ipynb", """
        from swiftcoder.core import run_paths, record_output
        p = run_paths(PROFILE).data("first") / "made.txt"
        p.write_text("made")
        record_output(p)
        """)
    _stage_nb(tmp_path / "second.ipynb", second_body)
    y = tmp_path / "pipeline.yaml"
    y.write_text("stages:\n  - {name: first, notebook: first.ipynb}\n  - {name: second, notebook: second.ipynb, needs: [first]}\n")
    return y


def test_a_failing_stage_stops_the_run_naming_notebook_cell_and_error_then_resumes(runs_dir, tmp_path):
    y = _pipeline(tmp_path, "x = 1\nratio = x / (x - 1)")
    r = run_cli("--profile", "test", "--pipeline", str(y))
    assert r.returncode == 1
    assert "second.ipynb" in r.stderr and "ZeroDivisionError" in r.stderr and "code cell" in r.stderr, r.stderr
    assert "first: done in" in r.stdout and "Outputs:" not in r.stdout
    state = json.loads((runs_dir / "test" / "state.json").read_text())
    assert set(state) == {"first"}
    _stage_nb(tmp_path / "second.ipynb", "ratio = 1 / 2")  # fixed: the rerun resumes after the finished stage
    r = run_cli("--profile", "test", "--pipeline", str(y))
    assert r.returncode == 0, r.stderr
    assert "first: reused" in r.stdout and "second: done in" in r.stdout


def test_a_changed_upstream_stage_reruns_what_needs_it(runs_dir, tmp_path):
    y = _pipeline(tmp_path, "ok = True")
    assert run_cli("--profile", "test", "--pipeline", str(y)).returncode == 0
    nb = nbformat.read(tmp_path / "first.ipynb", as_version=4)
    nb.cells[-1].source += "\nextra = 1"
    nbformat.write(nb, tmp_path / "first.ipynb")
    r = run_cli("--profile", "test", "--pipeline", str(y))
    assert "first: done in" in r.stdout and "second: done in" in r.stdout


def test_a_profile_typo_is_an_error_before_anything_runs(runs_dir, tmp_path):
    prof = tmp_path / "typo.yaml"
    prof.write_text("name: typo\nparams: {PROFILE: test}\nstages:\n  core: {PROFLE: smoke}\n")
    r = run_cli("--profile", str(prof))
    assert r.returncode == 2 and "PROFLE" in r.stderr
    assert not (runs_dir / "typo" / "state.json").exists()


def test_an_unknown_profile_lists_the_known_ones(runs_dir):
    r = run_cli("--profile", "nosuch")
    assert r.returncode == 2 and "known profiles: full, smoke, test" in r.stderr
