#!/usr/bin/env bash
# A separate venv with LLaMA-Factory 0.9.5 (its pins clash with the main .venv), idempotent:
#   bash reproduce/llamafactory/setup.sh [VENV]      (default: .venv-llamafactory at the repository root)
# Reruns are a no-op while requirements.txt and this script are unchanged and the venv imports LLaMA-Factory.
# ~1.5 min from scratch on the project's 2-core machine (2.2 GB); see requirements.txt for what is left out and why.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
VENV="${1:-${SWIFTCODER_LF_VENV:-$ROOT/.venv-llamafactory}}"
PYTHON="${PYTHON:-$(command -v python3.11 || command -v python3)}"
STAMP="$VENV/.swiftcoder-lf-installed"
WANT="$(cat "$HERE/requirements.txt" "$HERE/setup.sh" | sha256sum | cut -d' ' -f1)"

smoke() {  # the imports check_dataset.py needs, and the versions it was checked with
  "$VENV/bin/python" - <<'EOF'
import llamafactory, torch, transformers, datasets
from llamafactory.data import get_dataset, get_template_and_fix_tokenizer
from llamafactory.hparams import get_train_args
from llamafactory.model import load_tokenizer
assert llamafactory.__version__ == "0.9.5", llamafactory.__version__
assert torch.__version__.startswith("2.13.0") and "+cpu" in torch.__version__, torch.__version__
print(f"llamafactory {llamafactory.__version__}, torch {torch.__version__}, transformers {transformers.__version__}, datasets {datasets.__version__}")
EOF
}

mkdir -p "$(dirname "$VENV")"
exec 9>"$VENV.lock"
flock 9   # one build at a time (pytest and a person may both ask)

if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$WANT" ] && smoke >/dev/null 2>&1; then
  echo "LLaMA-Factory venv up to date: $VENV"; exit 0
fi

start=$(date +%s)
echo "building the LLaMA-Factory venv in $VENV"
# a venv from other pins (or a half-finished build) is rebuilt from scratch, so nothing stale stays in it
if [ -f "$VENV/pyvenv.cfg" ]; then rm -rf "$VENV"; elif [ -e "$VENV" ]; then echo "$VENV exists and is not a venv" >&2; exit 1; fi
"$PYTHON" -m venv "$VENV"
# torch first, exactly this version: the CPU build that lies on the project's machines
"$VENV/bin/python" -m pip install -q --disable-pip-version-check torch==2.13.0
# then every other package at the version that worked, without the resolver (it would add torchvision)
"$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-deps -r "$HERE/requirements.txt"
# torchaudio's compiled extension is a CUDA build that cannot load with CPU torch; without it torchaudio imports
# as pure Python (its own code path for a missing library), which is all LLaMA-Factory's text pipeline needs
TA="$("$VENV/bin/python" -c 'import importlib.util, pathlib; print(pathlib.Path(importlib.util.find_spec("torchaudio").origin).parent)')"
rm -f "$TA"/lib/*.so
smoke
echo "$WANT" > "$STAMP"
echo "LLaMA-Factory venv built in $(( $(date +%s) - start )) s: $VENV"
