#!/usr/bin/env bash
# Prepare this machine as a node of a swiftcoder Ray cluster and start Ray on it.
#
#   reproduce/ray/node.sh head                 # the head node (the driver runs here or connects to it)
#   reproduce/ray/node.sh worker HEAD_IP:6379  # a worker node joining the head
#
# Run from a checkout of the same commit as the driver, as root (the sandbox needs root for its uids and cgroups).
# Installs the toolchains and bubblewrap (reproduce/install_toolchains.sh) and the project's venv (make setup), then
# starts Ray from that venv, so that every worker imports the same swiftcoder and finds the same toolchains.
#
# Environment:
#   SWIFTCODER_NODE_CPUS   CPUs this node offers to Ray (default: all)
#   SWIFTCODER_NODE_TYPE   a custom resource naming this node's hardware (default: none). Figures from different
#                          hardware are never compared within a task; give every node of one run the same type and set
#                          EXECUTOR.resources: {<type>: 1} in the profile, so tasks go only to nodes of that type.
#   RAY_PORT               the head's port (default 6379)
set -euo pipefail
cd "$(dirname "$0")/../.."
role="${1:-}"
if [ "$role" != head ] && [ "$role" != worker ]; then
  echo "usage: $0 head | worker HEAD_IP:PORT" >&2; exit 2
fi
if [ "$(id -u)" -ne 0 ]; then echo "node: must run as root (the sandbox needs it)" >&2; exit 1; fi
bash reproduce/install_toolchains.sh
make --no-print-directory setup
cpus=(); [ -n "${SWIFTCODER_NODE_CPUS:-}" ] && cpus=(--num-cpus "$SWIFTCODER_NODE_CPUS")
res=(); [ -n "${SWIFTCODER_NODE_TYPE:-}" ] && res=(--resources "{\"$SWIFTCODER_NODE_TYPE\": 1000}")
export RAY_USAGE_STATS_ENABLED=0
if [ "$role" = head ]; then
  exec .venv/bin/ray start --head --port "${RAY_PORT:-6379}" --disable-usage-stats "${cpus[@]}" "${res[@]}"
else
  exec .venv/bin/ray start --address "${2:?worker needs the address of the head, HOST:PORT}" --disable-usage-stats "${cpus[@]}" "${res[@]}"
fi
