# Shared steps of the setup scripts that build a venv of their own (reproduce/llamafactory, reproduce/ds1000).
# Source it, define `smoke` (exit 0 when the venv imports what it must) and `install` (pip into "$VENV"), then call
#   pinned_venv NAME VENV PYTHON WANT
# It holds a lock (one build at a time: pytest and a person may both ask), does nothing while the stamp file holds
# WANT and `smoke` passes, and otherwise rebuilds the venv from scratch (nothing stale from other pins stays in it),
# torch first at exactly the CPU build that lies on the project's machines.
pinned_venv() {
  local name="$1" venv="$2" python="$3" want="$4" stamp="$2/.swiftcoder-$5-installed" start
  mkdir -p "$(dirname "$venv")"
  exec 9>"$venv.lock"
  flock 9
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && smoke >/dev/null 2>&1; then
    echo "$name venv up to date: $venv"; return 0
  fi
  start=$(date +%s)
  echo "building the $name venv in $venv with $python"
  if [ -f "$venv/pyvenv.cfg" ]; then rm -rf "$venv"; elif [ -e "$venv" ]; then echo "$venv exists and is not a venv" >&2; return 1; fi
  "$python" -m venv "$venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check torch==2.13.0
  install
  smoke
  echo "$want" > "$stamp"
  echo "$name venv built in $(( $(date +%s) - start )) s: $venv"
}
