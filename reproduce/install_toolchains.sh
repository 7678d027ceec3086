#!/usr/bin/env bash
# Install the toolchains the sandbox compiles and runs candidates with, when missing:
# g++, a JDK, rustc, Go, valgrind (instruction counts), bubblewrap (isolation), and the C++ headers HumanEval-X's
# tests include (Boost's boost/any.hpp; OpenSSL's openssl/md5.h, linked as its harness links it).
# Idempotent: does nothing when every tool is present. Uses apt-get (Debian/Ubuntu) as root.
set -euo pipefail

declare -A pkg=( [g++]=g++ [javac]=default-jdk-headless [rustc]=rustc [go]=golang-go [valgrind]=valgrind [bwrap]=bubblewrap [unshare]=util-linux )
missing=()
declare -A hdr=( [/usr/include/boost/any.hpp]=libboost-dev [/usr/include/openssl/md5.h]=libssl-dev )
for tool in "${!pkg[@]}"; do command -v "$tool" >/dev/null 2>&1 || missing+=("${pkg[$tool]}"); done
headers=()
for h in "${!hdr[@]}"; do [ -e "$h" ] || headers+=("${hdr[$h]}"); done
if [ ${#headers[@]} -gt 0 ]; then   # best effort: without them, the HumanEval-X problems that include them fail to compile, with that reason
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1 && \
     { apt-get install -y -qq --no-install-recommends "${headers[@]}" >/dev/null 2>&1 || \
       { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq --no-install-recommends "${headers[@]}" >/dev/null 2>&1; }; }; then
    echo "toolchains: installed ${headers[*]}"
  else echo "toolchains: could not install ${headers[*]} (C++ headers HumanEval-X includes); those problems will not compile" >&2; fi
fi
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
