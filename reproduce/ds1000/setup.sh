#!/usr/bin/env bash
# DS-1000's tests in a venv of their own, with the library versions DS-1000 documents (see requirements.txt for the
# two that differ and why). Idempotent:
#   bash reproduce/ds1000/setup.sh [VENV]      (default: $SWIFTCODER_DS1000_VENV, else .venv-ds1000 at the repository root)
# Reruns are a no-op while requirements.txt and this script are unchanged and the venv imports its libraries.
# About 1.5 min from scratch on the project's 2-core machine (3 GB). `swiftcoder.benchmarks.load_benchmark("ds1000")`
# finds it by its stamp file and binds its site-packages into the sandbox for DS-1000's tests.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
VENV="${1:-${SWIFTCODER_DS1000_VENV:-$ROOT/.venv-ds1000}}"
# the interpreter the project's own venv runs (the sandbox runs the tests with it, so compiled modules must match)
PYTHON="${PYTHON:-$( [ -x "$ROOT/.venv/bin/python" ] && "$ROOT/.venv/bin/python" -c 'import sys; print(sys._base_executable)' || command -v python3.11 || command -v python3)}"
WANT="$(cat "$HERE/requirements.txt" "$HERE/setup.sh" "$HERE/../pinned_venv.sh" | sha256sum | cut -d' ' -f1)"

smoke() {  # every library DS-1000's problems import, at the version pinned
  "$VENV/bin/python" - <<'PY'
import os; os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import re, pathlib
want = dict(l.split("==") for l in (pathlib.Path(os.environ["DS_REQ"]).read_text().splitlines()) if "==" in l and not l.startswith("#"))
import numpy, pandas, scipy, matplotlib, seaborn, sklearn, statsmodels, xgboost, gensim, torch, tensorflow
got = {"numpy": numpy, "pandas": pandas, "scipy": scipy, "matplotlib": matplotlib, "seaborn": seaborn, "scikit-learn": sklearn,
       "statsmodels": statsmodels, "xgboost": xgboost, "gensim": gensim, "tensorflow-cpu": tensorflow}
bad = {k: (got[k].__version__, v) for k, v in want.items() if got[k].__version__ != v}
assert not bad, f"versions differ from requirements.txt: {bad}"
assert torch.__version__.startswith("2.13.0") and "+cpu" in torch.__version__, torch.__version__
print("DS-1000 venv:", ", ".join(f"{k} {m.__version__}" for k, m in got.items()), f", torch {torch.__version__}")
PY
}
export DS_REQ="$HERE/requirements.txt"

install() { "$VENV/bin/python" -m pip install -q --disable-pip-version-check -r "$HERE/requirements.txt"; }

source "$HERE/../pinned_venv.sh"
pinned_venv DS-1000 "$VENV" "$PYTHON" "$WANT" ds1000
