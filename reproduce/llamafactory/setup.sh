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
WANT="$(cat "$HERE/requirements.txt" "$HERE/setup.sh" "$HERE/../pinned_venv.sh" | sha256sum | cut -d' ' -f1)"

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

install() {
  # every package but torch at the version that worked, without the resolver (it would add torchvision)
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-deps -r "$HERE/requirements.txt"
  # torchaudio's compiled extension is a CUDA build that cannot load with CPU torch; without it torchaudio imports
  # as pure Python (its own code path for a missing library), which is all LLaMA-Factory's text pipeline needs
  local ta
  ta="$("$VENV/bin/python" -c 'import importlib.util, pathlib; print(pathlib.Path(importlib.util.find_spec("torchaudio").origin).parent)')"
  rm -f "$ta"/lib/*.so
}

source "$HERE/../pinned_venv.sh"
pinned_venv LLaMA-Factory "$VENV" "$PYTHON" "$WANT" lf
