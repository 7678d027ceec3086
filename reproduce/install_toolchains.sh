#!/usr/bin/env bash
# Install the toolchains the sandbox compiles and runs candidates with, when missing:
# g++, a JDK, rustc, Go, valgrind (instruction counts), bubblewrap (isolation).
# Idempotent: does nothing when every tool is present. Uses apt-get (Debian/Ubuntu) as root.
set -euo pipefail

declare -A pkg=( [g++]=g++ [javac]=default-jdk-headless [rustc]=rustc [go]=golang-go [valgrind]=valgrind [bwrap]=bubblewrap [unshare]=util-linux )
missing=()
for tool in "${!pkg[@]}"; do command -v "$tool" >/dev/null 2>&1 || missing+=("${pkg[$tool]}"); done
if [ ${#missing[@]} -eq 0 ]; then echo "toolchains: all present (g++ javac rustc go valgrind bwrap unshare)"; exit 0; fi

echo "toolchains: installing ${missing[*]}"
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "toolchains: cannot install (needs root and apt-get). Install these packages yourself: ${missing[*]}" >&2
  echo "toolchains: stages that need a missing toolchain record a skip reason for its languages" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
for tool in "${!pkg[@]}"; do command -v "$tool" >/dev/null 2>&1 || { echo "toolchains: $tool still missing after install" >&2; exit 1; }; done
echo "toolchains: installed ${missing[*]}"
