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
    nb = runs_dir / "test" / "notebooks"
    for s in load_pipeline(root=ROOT):  # executed copies, never the sources, each with its HTML rendering
        assert (nb / s.notebook.name).is_file() and (nb / s.notebook.name).with_suffix(".html").is_file(), s.name
    assert "<table" in (nb / "00_core.html").read_text()   # the environment table, readable in a browser
    assert "Summary (profile 'test'):" in r.stdout and all(f"  {s:20} ran" in r.stdout for s in stages), r.stdout[-3000:]
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
    assert r.returncode == 2 and "known profiles: full, smoke, smoke-benchmarks, study, test" in r.stderr


STEPS = """
    import time
    from swiftcoder.core import progress
    for i in progress(range(3), "loading", total=3): time.sleep(0.1)
    for i in progress(range(4), "scoring", total=4): time.sleep(0.1)
    from IPython.display import Markdown, display
    display(Markdown("| stage | rows |\\n|---|---|\\n| second | 4 |"))
    """


def test_progress_goes_to_the_terminal_one_line_per_step_not_into_the_notebook(runs_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("SWIFTCODER_PROGRESS", "1")
    y = _pipeline(tmp_path, STEPS)
    r = run_cli("--profile", "test", "--pipeline", str(y))
    assert r.returncode == 0, r.stderr[-3000:]
    lines = r.stdout.splitlines()
    loading = [l for l in lines if l.startswith("  [2/2] second loading:")]
    scoring = [l for l in lines if l.startswith("  [2/2] second scoring:")]
    assert len(loading) == 1 and "3/3" in loading[0], r.stdout   # a log gets each step once, finished
    assert len(scoring) == 1 and "4/4" in scoring[0], r.stdout
    assert "\r" not in r.stdout and "without encryption" not in r.stderr, r.stderr[-2000:]
    executed = nbformat.read(runs_dir / "test" / "notebooks" / "second.ipynb", as_version=4)
    streams = [o.get("text", "") for c in executed.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.get("output_type") == "stream"]
    assert not any("scoring" in s for s in streams), streams   # the bars stayed out of the notebook


def test_summary_html_renderings_and_from(runs_dir, tmp_path):
    y = _pipeline(tmp_path, STEPS)
    r = run_cli("--profile", "test", "--pipeline", str(y))
    assert r.returncode == 0, r.stderr[-3000:]
    summary = r.stdout.split("Summary (profile 'test'):", 1)[1]
    for stage in ("first", "second"):
        assert f"  {stage}" in summary
        html = runs_dir / "test" / "notebooks" / f"{stage}.html"
        assert html.is_file() and f"{stage}.html" in summary, summary
    assert "<table" in (runs_dir / "test" / "notebooks" / "second.html").read_text()   # the stage's table, rendered
    assert "Scale: every number of this run is at the 'test' profile's scale" in summary
    assert "not tracked by git" in summary or "outside a git checkout" in summary   # the test profile's figures live in a run folder
    again = run_cli("--profile", "test", "--pipeline", str(y), "--from", "second")
    assert again.returncode == 0, again.stderr[-3000:]
    assert "first: reused" in again.stdout and "second: done in" in again.stdout
    row = next(l for l in again.stdout.split("Summary", 1)[1].splitlines() if l.strip().startswith("second"))
    assert "ran" in row and "%" in row, row   # this run's time against the last one
    one = run_cli("--profile", "test", "--pipeline", str(y), "--stage", "second")
    assert "first: reused" in one.stdout and "second: reused" in one.stdout
    bad = run_cli("--profile", "test", "--pipeline", str(y), "--from", "third")
    assert bad.returncode == 2 and "third" in bad.stderr


STUDY_CI = {  # the study profile's chain at the test scale: each stage notebook's defaults, fed by the study's stages
    "name": "study-ci", "pipeline": "reproduce/study_pipeline.yaml", "params": {"PROFILE": "test"},
    "stages": {
        "train": {"DATASET": "study_tasks"},
        "evaluation": {
            "BENCHMARKS": ["tasks=stage:study_tasks/heldout.jsonl"],
            "MODELS": {"base": "embedded", "SFT share 0": "stage:train/SmolLM2-135M-Instruct/mix-000",
                       "SFT share 1": "stage:train/SmolLM2-135M-Instruct/mix-100",
                       "DPO": "stage:train/SmolLM2-135M-Instruct/dpo"},
            "TABLES": {7: {"benchmarks": ["tasks"], "base": "base", "methods": ["SFT share 0", "SFT share 1", "DPO"]}}},
        "correlation": {"BENCHMARK": "tasks"}}}


def test_study_pipeline_runs_end_to_end_at_test_scale(runs_dir, tmp_path):
    "A profile's `pipeline:` picks the study's stages: its tasks, SFT at two shares and DPO, evaluation, correlation"
    import json
    import yaml
    prof = tmp_path / "study-ci.yaml"
    prof.write_text(yaml.safe_dump(STUDY_CI))
    listing = run_cli("--profile", str(prof), "--list")
    assert listing.returncode == 0 and listing.stdout.split()[0] == "core" and "study_tasks" in listing.stdout
    r = run_cli("--profile", str(prof))
    assert r.returncode == 0, r.stderr[-3000:]
    assert all(f"{s}: done in" in r.stdout for s in ("study_tasks", "train", "evaluation", "correlation")), r.stdout
    data = runs_dir / "test" / "data"
    design = json.loads((data / "study_tasks" / "design.json").read_text())
    assert design["design"]["heldout_families"] == ["string_join", "memoization"]
    dpo = json.loads((data / "train" / "dpo.json").read_text())
    assert len(dpo) == 1 and dpo[0]["examples"] == dpo[0]["pairs"] == len(design["train"]) > 0
    models = json.loads((data / "evaluation" / "models.json").read_text())
    assert set(models) == set(STUDY_CI["stages"]["evaluation"]["MODELS"])
    held = [json.loads(l) for l in (data / "evaluation" / "tasks.jsonl").read_text().splitlines()]
    assert held and all(h["id"].startswith("tasks/study-") for h in held)
    assert (runs_dir / "test" / "figures" / "figure3_share_test.csv").is_file()
