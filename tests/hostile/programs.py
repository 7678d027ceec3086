"""Hostile and tricky candidate programs for the sandboxed executor, each with the verdicts a correct sandbox may give.

This module is test DATA: nothing here is ever executed outside a sandbox. Import `PROGRAMS` and run every entry
through the sandbox; for each entry check that

* the status is one of `entry["expect"]` (never `harness_error`; never `passed` unless the entry is a control, whose
  `expect` is exactly `["passed"]`);
* `pgrep -f entry["marker"]` finds nothing once the run has returned (when `marker` is not None): every process the
  program spawns carries the marker in its command line;
* `entry["escape_path"]` does not exist on the host afterwards (when not None; remove it before the run).

Entry shape::

    {"id": "py-fork-bomb",          # unique, kebab-case, prefixed py- cpp- java- rust- go-
     "language": "python",          # python | cpp | java | rust | go
     "code": "...",                 # the candidate's source
     "tests": {...},                # the profiler's test spec (function | stdio | program, see below)
     "expect": [...],               # acceptable statuses, any of them is right
     "marker": str | None,          # in the argv of every process the program spawns
     "escape_path": str | None,     # a path outside the working dir the program tries to create
     "limits": {...},               # overrides of the default limits; keys from LIMIT_KEYS
     "why": "one line"}

Test specs:

* `{"kind": "function", "entry_point": NAME, "cases": [{"input": [ARGS...], "output": VALUE}, ...]}` (Python only)
* `{"kind": "stdio", "cases": [{"stdin": TEXT, "stdout": TEXT}, ...]}`
* `{"kind": "program", "test_code": TEXT}`: appended to the candidate (HumanEval-X style). Java: the candidate holds
  `class Solution`, the test code `public class Main`; neither has imports after a class, so plain concatenation
  compiles. C++ and Rust: the test code holds `main`.

Conventions the sandbox's tests can rely on:

* Programs whose attack, if it succeeded, would be invisible (network, reading secrets, fd or process limits, memory
  limits) are written so that success prints exactly the expected stdout: `passed` then means the sandbox failed.
* Programs whose attack is a side effect (writing outside the working dir, killing or stopping a supervisor, daemons)
  print a wrong answer afterwards, so the verdict only has to be sane; the real check is the marker / escape path and
  that the harness survives.
* `LOOPBACK_PORT`: the loopback probes try this port first. Listen on 127.0.0.1:LOOPBACK_PORT on the host while they
  run, so that a sandbox sharing the host's network namespace is caught even when nothing else listens.
* `CANARY_ENV`: set this variable (any non-empty value) in the harness's environment while running
  `py-env-secret-leak`; a sandbox that passes the environment through is caught.
* `HOST_SOCKETS`: listen on these unix socket paths on the host while the corpus runs (and accept): a sandbox that
  shows the host's sockets is caught, as one that showed a Docker socket would be.
* `ROOT_ONLY_FILES`: host files only root reads; a compile step that includes one must fail without quoting it.
* `COMPILE_BOMBS`: the entries that attack the compiler. Never compile them outside a sandbox; their compilation must
  end (compile_error or timeout) within the limits.
"""
from __future__ import annotations

import textwrap

LANGUAGES = ("python", "cpp", "java", "rust", "go")
PREFIXES = {"python": "py-", "cpp": "cpp-", "java": "java-", "rust": "rust-", "go": "go-"}
STATUSES = ("passed", "wrong_answer", "runtime_error", "compile_error", "timeout", "memory_limit", "output_limit",
            "sandbox_violation", "harness_error")
DEFAULT_LIMITS = {"timeout_s": 10, "cpu_s": 10, "memory_mb": 512, "processes": 64, "output_mb": 1, "workdir_mb": 64,
                  "file_mb": 64, "network": False}
LIMIT_KEYS = ("timeout_s", "memory_mb")
LOOPBACK_PORT = 47361
CANARY_ENV = "SWC_HOSTILE_CANARY"
COMPILE_BOMBS = ("cpp-template-bomb", "rust-const-eval-bomb", "rust-macro-bomb", "cpp-compile-includes-root-only-file",
                 "rust-compile-include-str-root-only-file", "cpp-binary-of-100-mib", "rust-binary-of-100-mib", "go-binary-of-100-mib")

# verdict sets shared by several entries
BOMB = ["sandbox_violation", "runtime_error", "timeout", "memory_limit"]   # process/thread bombs
MEMORY = ["memory_limit", "runtime_error"]                                 # the runtime may raise before the kill
LOOP = ["timeout"]                                                         # spins or sleeps until killed
DISK = ["runtime_error", "sandbox_violation", "output_limit", "memory_limit"]
SIDE_EFFECT = ["wrong_answer", "runtime_error", "sandbox_violation"]       # attack, then a wrong answer
PUBLIC_NET = ["wrong_answer", "runtime_error", "sandbox_violation", "timeout"]
FLOOD = ["output_limit", "runtime_error", "sandbox_violation"]
FAILED_CHECKS = ["wrong_answer", "runtime_error"]                          # a test that did not complete
STACK = ["runtime_error", "memory_limit"]
COMPILE_BOMB = ["compile_error", "timeout"]
PASSED = ["passed"]


def _src(text: str) -> str:
    "Dedent a source block and drop its leading newline"
    return textwrap.dedent(text).lstrip("\n")


_SUM_CASES = (("1 2\n", "3\n"), ("-5 5\n", "0\n"), ("1000000000000 7\n", "1000000000007\n"))


def _sum_stdio() -> dict:
    "The shared stdio problem: read two integers, print their sum"
    return {"kind": "stdio", "cases": [{"stdin": i, "stdout": o} for i, o in _SUM_CASES]}


def _stdio(stdout: str, stdin: str = "") -> dict:
    "One stdio case; `stdout` is what a successful attack prints"
    return {"kind": "stdio", "cases": [{"stdin": stdin, "stdout": stdout}]}


def _add_function() -> dict:
    "The shared function problem: add(a, b)"
    return {"kind": "function", "entry_point": "add",
            "cases": [{"input": [1, 2], "output": 3}, {"input": [-5, 5], "output": 0},
                      {"input": [10**12, 7], "output": 10**12 + 7}]}


def _program(test_code: str) -> dict:
    return {"kind": "program", "test_code": _src(test_code)}


PY_ADD_TEST = """
def check(candidate):
    assert candidate(1, 2) == 3
    assert candidate(-5, 5) == 0
    assert candidate(10**12, 7) == 10**12 + 7


check(add)
"""

CPP_ADD_TEST = r"""
#include <cassert>
#include <cstdio>

int main() {
    if (add(1, 2) != 3) return 1;
    if (add(-5, 5) != 0) return 1;
    assert(add(1000000000000LL, 7) == 1000000000007LL);
    return 0;
}
"""

CPP_ADD_TEST_ASSERT_ONLY = r"""
#include <cassert>

int main() {
    assert(add(1, 2) == 3);
    assert(add(-5, 5) == 0);
    assert(add(1000000000000LL, 7) == 1000000000007LL);
    return 0;
}
"""

JAVA_ADD_TEST = r"""
public class Main {
    public static void main(String[] args) {
        Solution s = new Solution();
        if (s.add(1, 2) != 3) throw new AssertionError("add(1, 2)");
        if (s.add(-5, 5) != 0) throw new AssertionError("add(-5, 5)");
        if (s.add(1000000000000L, 7) != 1000000000007L) throw new AssertionError("add(10^12, 7)");
    }
}
"""

RUST_ADD_TEST = r"""
fn main() {
    assert_eq!(add(1, 2), 3);
    assert_eq!(add(-5, 5), 0);
    assert_eq!(add(1_000_000_000_000, 7), 1_000_000_000_007);
}
"""

# The expected stdout of py-find-expected-output: it appears nowhere in any program, only in the test spec, so the
# program can print it only by finding the spec somewhere the sandbox leaks it (files, environments, command lines).
HARNESS_SECRET = "swc-secret-5f0c2a9e7b3d4c61"

# stdin of the streaming control: ~0.4 MiB in and out, more than a pipe buffer both ways
_STREAM_TEXT = "".join(f"{i} {(i * i) % 1000003}\n" for i in range(40000))

PROGRAMS: list[dict] = []


def _entry(id, language, code, tests, expect, why, marker=None, escape_path=None, limits=None):
    PROGRAMS.append({"id": id, "language": language, "code": _src(code), "tests": tests, "expect": list(expect),
                     "marker": marker, "escape_path": escape_path, "limits": dict(limits or {}), "why": why})


# ---------------------------------------------------------------------------------------------------------------------
# Python
# ---------------------------------------------------------------------------------------------------------------------

_entry("py-control-sum-stdio", "python", r"""
import sys

a, b = map(int, sys.stdin.read().split())
print(a + b)
""", _sum_stdio(), PASSED, "control: a correct stdio program must pass")

_entry("py-control-function", "python", r"""
def add(a, b):
    return a + b
""", _add_function(), PASSED, "control: a correct function must pass the function harness")

_entry("py-control-program", "python", r"""
def add(a, b):
    return a + b
""", _program(PY_ADD_TEST), PASSED, "control: a correct function must pass a HumanEval-style program test")

_entry("py-control-stream-echo", "python", r"""
import sys

for line in sys.stdin:
    sys.stdout.write(line)
""", _stdio(_STREAM_TEXT, _STREAM_TEXT), PASSED,
       "control: 0.4 MiB streamed both ways; a harness that writes all stdin before reading stdout deadlocks")

_entry("py-fork-bomb", "python", r"""
import os
import sys

MARK = "swc-hostile-py-fork-bomb"
# every process of the bomb re-executes the interpreter with MARK in its argv
CHILD = "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n"

spawned = 0
while spawned < 5000:  # os.fork raises OSError (EAGAIN) as soon as a process limit bites
    if os.fork() == 0:
        try:
            os.execv(sys.executable, [sys.executable, "-c", CHILD, MARK])
        finally:
            os._exit(1)
    spawned += 1

# reached only when 5000 processes could be created: there is no process limit
a, b = map(int, sys.stdin.read().split())
print(a + b)
""", _sum_stdio(), BOMB, "exponential fork bomb; the answer is printed only if 5000 forks succeed",
       marker="swc-hostile-py-fork-bomb")

_entry("py-memory-bomb", "python", r"""
import sys

hoard = []
for _ in range(64):  # 64 x 64 MiB = 4 GiB, every page written
    hoard.append(bytearray(b"\x01") * (64 << 20))

a, b = map(int, sys.stdin.read().split())
print(a + b + len(hoard) - 64)
""", _sum_stdio(), MEMORY, "4 GiB of touched memory; the answer is printed only if the memory limit is not enforced")

_entry("py-signal-ignoring-loop", "python", r"""
import signal

for name in ("SIGTERM", "SIGINT", "SIGHUP", "SIGQUIT", "SIGXCPU", "SIGUSR1", "SIGUSR2", "SIGALRM", "SIGPIPE",
             "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGVTALRM", "SIGPROF"):
    try:
        signal.signal(getattr(signal, name), signal.SIG_IGN)
    except (AttributeError, OSError, ValueError):
        pass

n = 0
while True:
    n += 1
""", _sum_stdio(), LOOP, "busy loop ignoring SIGTERM, SIGINT and SIGXCPU: only SIGKILL ends it",
       limits={"timeout_s": 3})

_entry("py-sleep-forever", "python", r"""
import signal
import time

signal.pthread_sigmask(signal.SIG_BLOCK, signal.valid_signals())
while True:
    time.sleep(3600)
""", _sum_stdio(), LOOP, "sleeps forever with every signal blocked: no CPU used, only the wall-clock limit ends it",
       limits={"timeout_s": 2})

_entry("py-twenty-60mb-files", "python", r"""
import sys

chunk = b"\xa5" * (1 << 20)
for i in range(20):  # 20 x 60 MiB: each file is under the per-file limit, the total is 1.2 GiB
    with open(f"fill-{i:02d}.bin", "wb") as f:
        for _ in range(60):
            f.write(chunk)

a, b = map(int, sys.stdin.read().split())
print(a + b)
""", _sum_stdio(), DISK, "fills the working dir with 20 files of 60 MiB; passes only if the dir size is not limited")

_entry("py-write-outside-tmp", "python", r"""
path = "/tmp/swc-escape-py-write-outside-tmp"
try:
    with open(path, "w") as f:
        f.write("escaped\n")
    print("wrote", path)
except OSError as exc:
    print("blocked", exc.errno)
""", _sum_stdio(), SIDE_EFFECT, "creates a file in the host's /tmp", escape_path="/tmp/swc-escape-py-write-outside-tmp")

_entry("py-write-dotdot-escape", "python", r"""
rel = "../" * 40 + "tmp/swc-escape-py-dotdot"
results = []
for attempt in (rel, "/proc/self/cwd/" + rel):
    try:
        with open(attempt, "w") as f:
            f.write("escaped\n")
        results.append("wrote")
    except OSError:
        results.append("blocked")
print(" ".join(results))
""", _sum_stdio(), SIDE_EFFECT, "climbs out of the working dir with ../ to reach /tmp",
       escape_path="/tmp/swc-escape-py-dotdot")

_entry("py-write-symlink-escape", "python", r"""
import os

try:
    os.symlink("/tmp", "outside-link")
except OSError:
    pass
try:
    with open(os.path.join("outside-link", "swc-escape-py-symlink"), "w") as f:
        f.write("escaped\n")
    print("wrote through the symlink")
except OSError as exc:
    print("blocked", exc.errno)
""", _sum_stdio(), SIDE_EFFECT, "writes through a symlink in the working dir that points at /tmp",
       escape_path="/tmp/swc-escape-py-symlink")

_entry("py-write-dev-shm", "python", r"""
path = "/dev/shm/swc-escape-py-dev-shm"
try:
    with open(path, "w") as f:
        f.write("escaped\n")
    print("wrote", path)
except OSError as exc:
    print("blocked", exc.errno)
""", _sum_stdio(), SIDE_EFFECT, "creates a file in /dev/shm, the writable dir sandboxes forget",
       escape_path="/dev/shm/swc-escape-py-dev-shm")

_entry("py-net-loopback", "python", r"""
import socket

PORTS = (47361, 22, 25, 53, 80, 443, 631, 3306, 5432, 6379, 8000, 8080, 8888)
connected = False
for port in PORTS:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            connected = True
            break
    except OSError:
        pass
print("connected" if connected else "no connection")
""", _stdio("connected\n"), SIDE_EFFECT,
       "TCP connect to host services on 127.0.0.1 (first LOOPBACK_PORT); passes only if the network is shared")

_entry("py-net-public-ip", "python", r"""
import socket

TARGETS = (("1.1.1.1", 443), ("8.8.8.8", 53), ("9.9.9.9", 443))
connected = False
for host, port in TARGETS:
    try:
        with socket.create_connection((host, port), timeout=2):
            connected = True
            break
    except OSError:
        pass
print("connected" if connected else "no connection")
""", _stdio("connected\n"), PUBLIC_NET, "TCP connect to public IPs; passes only if the sandbox has network access")

_entry("py-kill-parent", "python", r"""
import os
import signal

parent = os.getppid()
try:
    os.kill(parent, signal.SIGKILL)  # parent 0 (outside a PID namespace) means our own process group
    print("killed parent", parent)
except OSError as exc:
    print("could not kill parent", parent, exc.errno)
""", _sum_stdio(), SIDE_EFFECT, "SIGKILLs its parent process: the supervisor must survive and report a verdict")

_entry("py-killpg-self", "python", r"""
import os
import signal

os.killpg(0, signal.SIGKILL)  # our whole process group: the harness too, if it shares the group
print("survived")
""", _sum_stdio(), SIDE_EFFECT, "SIGKILLs its own process group, which includes the harness if it did not setsid")

_entry("py-sigstop-parent", "python", r"""
import os
import signal
import time

try:
    os.kill(os.getppid(), signal.SIGSTOP)  # a stopped supervisor can no longer enforce the time limit
except OSError:
    pass
time.sleep(1)
print("parent stopped")
""", _sum_stdio(), SIDE_EFFECT + ["timeout"], "SIGSTOPs its parent so that nobody enforces the timeout",
       limits={"timeout_s": 3})

_entry("py-setsid-double-fork-daemon", "python", r"""
import os
import sys

MARK = "swc-hostile-py-setsid-double-fork-daemon"
DAEMON = "import time\nwhile True:\n    time.sleep(1)\n"

pid = os.fork()
if pid == 0:
    try:
        os.setsid()
        if os.fork() == 0:
            null = os.open(os.devnull, os.O_RDWR)
            for fd in (0, 1, 2):
                os.dup2(null, fd)
            os.execv(sys.executable, [sys.executable, "-c", DAEMON, MARK])
    finally:
        os._exit(0)
os.waitpid(pid, 0)
print("daemon started")
""", _sum_stdio(), SIDE_EFFECT, "setsid + double fork leaves a daemon in a new session; exits 0 with a wrong answer",
       marker="swc-hostile-py-setsid-double-fork-daemon")

_entry("py-stdout-holder-child", "python", r"""
import os
import sys

MARK = "swc-hostile-py-stdout-holder-child"
if os.fork() == 0:
    try:  # the child inherits fd 1 and sleeps forever: EOF on stdout never comes
        os.execv(sys.executable, [sys.executable, "-c", "import time\nwhile True:\n    time.sleep(1)\n", MARK])
    finally:
        os._exit(1)
print("parent done, the child keeps stdout open")
sys.stdout.flush()
os._exit(0)
""", _sum_stdio(), SIDE_EFFECT,
       "background child holds the stdout pipe open after the program exits; the sandbox must not wait for it",
       marker="swc-hostile-py-stdout-holder-child")

_entry("py-output-flood", "python", r"""
import sys

chunk = b"3\n" * 32768  # 64 KiB
out = sys.stdout.buffer
for _ in range(8192):  # 512 MiB
    out.write(chunk)
out.flush()
""", _sum_stdio(), FLOOD, "512 MiB on stdout against a 1 MiB output limit")

_entry("py-stderr-flood", "python", r"""
import sys

chunk = b"E" * 65535 + b"\n"
err = sys.stderr.buffer
for _ in range(8192):  # 512 MiB on stderr
    err.write(chunk)
err.flush()
print("stderr flooded")
""", _sum_stdio(), ["output_limit", "wrong_answer", "runtime_error", "sandbox_violation"],
       "512 MiB on stderr: the harness must cap what it keeps of stderr too")

_entry("py-stdin-forever", "python", r"""
def add(a, b):
    lines = []
    while True:  # EOFError at once if stdin is /dev/null; blocks forever if the harness left a pipe open
        lines.append(input())
""", _add_function(), ["runtime_error", "timeout"],
       "function test that reads stdin forever: stdin must be closed or /dev/null, not the harness's",
       limits={"timeout_s": 3})

_entry("py-early-exit-program", "python", r"""
import os


def add(a, b):
    return a - b


os._exit(0)  # before the appended tests run
""", _program(PY_ADD_TEST), FAILED_CHECKS, "exits 0 at import, before the appended checks run")

_entry("py-atexit-exit-zero", "python", r"""
import atexit
import os
import sys


def add(a, b):
    return a - b


sys.excepthook = lambda *exc_info: None  # hide the AssertionError
atexit.register(os._exit, 0)  # and turn the failure into exit status 0
""", _program(PY_ADD_TEST), FAILED_CHECKS,
       "failing asserts are silenced by excepthook and the exit status forced to 0 by an atexit handler")

_entry("py-rebind-assertionerror", "python", r"""
import builtins


class _Harmless(Exception):
    pass


builtins.AssertionError = _Harmless
builtins.__dict__["AssertionError"] = _Harmless


def add(a, b):
    return a - b
""", _program(PY_ADD_TEST), FAILED_CHECKS, "rebinds builtins.AssertionError hoping failed asserts stop failing")

_entry("py-fake-pass-token", "python", r"""
import os
import sys


def add(a, b):
    return a - b


for line in ("PASS", "PASSED", "OK", "ok", "All tests passed", "ALL TESTS PASSED", "1 passed", "SUCCESS",
             "SWC_DONE", "__SWC_TOKEN__", "swc-token", "tests completed", '{"status": "passed"}'):
    print(line)
    print(line, file=sys.stderr)
sys.stdout.flush()
sys.stderr.flush()
os._exit(0)
""", _program(PY_ADD_TEST), FAILED_CHECKS, "prints fake completion tokens and PASS lines, then exits 0 before the tests")

_entry("py-always-equal-return", "python", r"""
class _AlwaysEqual:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = object.__hash__

    def __repr__(self):
        return "3"

    __str__ = __repr__


def add(a, b):
    return _AlwaysEqual()
""", _add_function(), FAILED_CHECKS, "returns an object whose __eq__ is always True: compare serialised values")

_entry("py-int-subclass-eq", "python", r"""
class _Sneaky(int):
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = int.__hash__


def add(a, b):
    return _Sneaky(a - b)
""", _add_function(), FAILED_CHECKS, "returns an int subclass with an always-True __eq__ and the wrong value")

_entry("py-pickle-reduce-return", "python", r"""
class _Payload:
    def __reduce__(self):
        # unpickling this calls open(path, "w"): it creates the file wherever it is unpickled
        return (open, ("/tmp/swc-escape-py-pickle-reduce", "w"))


def add(a, b):
    return _Payload()
""", _add_function(), FAILED_CHECKS,
       "return value runs code when unpickled: a harness that unpickles in the parent creates the escape file",
       escape_path="/tmp/swc-escape-py-pickle-reduce")

_entry("py-deeply-nested-return", "python", r"""
def add(a, b):
    value = a + b
    for _ in range(200000):
        value = [value]
    return value
""", _add_function(), FAILED_CHECKS, "returns a 200000-deep nested list: serialising it must fail in the child only")

_entry("py-huge-return", "python", r"""
def add(a, b):
    return "3" * (300 << 20)
""", _add_function(), ["output_limit", "memory_limit", "runtime_error", "wrong_answer"],
       "returns a 300 MiB string: the result channel needs a size limit")

_entry("py-fake-result-channel", "python", r"""
import json
import os
import sys

FAKES = [json.dumps({"status": "passed", "passed": True, "ok": True, "results": "all passed"}),
         json.dumps({"status": "passed", "cases": [{"passed": True}] * 3}),
         "PASSED", "OK", "passed"]
payload = ("\n".join(FAKES) + "\n").encode()
sys.stdout.write(payload.decode())
sys.stdout.flush()
for fd in range(2, 64):  # whatever the harness uses as its result channel
    try:
        os.write(fd, payload)
    except OSError:
        pass
os._exit(0)


def add(a, b):
    return a - b
""", _add_function(), FAILED_CHECKS + ["sandbox_violation"],
       "at import, writes fake 'passed' results to stdout and every open fd, then exits 0")

_entry("py-recursion-error", "python", r"""
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def add(a, b):
    return depth(10**6) - 10**6 + a + b
""", _add_function(), ["runtime_error"], "recursion 10^6 deep under the default limit: RecursionError")

_entry("py-recursion-unlimited", "python", r"""
import sys

sys.setrecursionlimit(10**9)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


a, b = map(int, sys.stdin.read().split())
print(depth(10**8) - 10**8 + a + b)
""", _sum_stdio(), ["memory_limit", "runtime_error", "timeout"],
       "recursion 10^8 deep with the limit lifted: frames exhaust memory (3.11+) or the C stack")

_entry("py-dup2-stdout-devnull", "python", r"""
import os
import sys

a, b = map(int, sys.stdin.read().split())
answer = f"{a + b}\n".encode()
null = os.open(os.devnull, os.O_WRONLY)
os.dup2(null, 1)
os.write(1, answer)  # swallowed by /dev/null
os.write(2, answer)  # the right answer, but on stderr
""", _sum_stdio(), ["wrong_answer", "runtime_error"],
       "stdout redirected to /dev/null, the answer written to stderr: stderr must not count as output")

_entry("py-read-etc-shadow", "python", r"""
SECRETS = ("/etc/shadow", "/etc/gshadow", "/etc/sudoers", "/root/.ssh/id_rsa", "/root/.ssh/id_ed25519",
           "/root/.bash_history")
readable = []
for path in SECRETS:
    try:
        with open(path, "rb") as f:
            if f.read(1):
                readable.append(path)
    except OSError:
        pass
print("readable" if readable else "denied")
""", _stdio("readable\n"), SIDE_EFFECT, "reads /etc/shadow and root's keys; passes only if one is readable")

_entry("py-find-expected-output", "python", r"""
import os
import re
import sys
import time

PATTERN = re.compile(rb"swc-secret-[0-9a-f]{16}")
DEADLINE = time.monotonic() + 4.0
budget = [20000]
found = []


def scan_bytes(data):
    match = PATTERN.search(data)
    if match:
        found.append(match.group().decode())


def scan_file(path):
    if found or budget[0] <= 0 or time.monotonic() > DEADLINE:
        return
    budget[0] -= 1
    try:
        if os.path.isfile(path):  # regular files only: never block on a fifo or a device
            with open(path, "rb") as f:
                scan_bytes(f.read(1 << 20))
    except OSError:
        pass


def scan_tree(root, depth):
    if depth < 0 or found or time.monotonic() > DEADLINE:
        return
    try:
        entries = list(os.scandir(root))
    except OSError:
        return
    for entry in entries:
        try:
            if entry.is_symlink():
                continue
            if entry.is_dir():
                scan_tree(entry.path, depth - 1)
            elif entry.is_file():
                scan_file(entry.path)
        except OSError:
            pass


# the harness's test spec, wherever it leaks: environment, argv, other processes, files around us
scan_bytes(b"\n".join(k + b"=" + v for k, v in os.environb.items()))
scan_bytes(b"\0".join(os.fsencode(arg) for arg in sys.argv))
try:
    pids = [p for p in os.listdir("/proc") if p.isdigit()]
except OSError:
    pids = []
for pid in pids:
    for name in ("cmdline", "environ"):
        scan_file(f"/proc/{pid}/{name}")
try:
    for fd in os.listdir("/proc/self/fd"):
        scan_file(f"/proc/self/fd/{fd}")
except OSError:
    pass
cwd = os.getcwd()
scan_tree(cwd, 6)
up = cwd
for _ in range(3):
    up = os.path.dirname(up)
    scan_tree(up, 2)
for root in ("/tmp", "/var/tmp", "/dev/shm", "/run", "/home", "/root"):
    scan_tree(root, 4)
print(found[0] if found else "nothing found")
""", _stdio(HARNESS_SECRET + "\n", "probe\n"), SIDE_EFFECT,
       "hunts for the expected output in files, environments and command lines the harness may leak")

_entry("py-env-secret-leak", "python", r"""
import os
import re

SENSITIVE = re.compile(r"TOKEN|SECRET|PASSW|API_?KEY|ACCESS_KEY|CREDENTIAL|PRIVATE|CANARY", re.I)
leaked = sorted(name for name, value in os.environ.items() if value and SENSITIVE.search(name))
print("leaked" if leaked else "clean")
""", _stdio("leaked\n"), SIDE_EFFECT,
       "looks for credentials (and CANARY_ENV) in its environment; passes only if the env is not scrubbed")

# ---------------------------------------------------------------------------------------------------------------------
# C++
# ---------------------------------------------------------------------------------------------------------------------

_entry("cpp-control-sum-stdio", "cpp", r"""
#include <iostream>

int main() {
    long long a, b;
    if (!(std::cin >> a >> b)) return 1;
    std::cout << a + b << "\n";
    return 0;
}
""", _sum_stdio(), PASSED, "control: a correct C++ stdio program must pass")

_entry("cpp-control-program", "cpp", r"""
long long add(long long a, long long b) {
    return a + b;
}
""", _program(CPP_ADD_TEST), PASSED, "control: a correct C++ function must pass a HumanEval-X style test main")

_entry("cpp-fork-bomb", "cpp", r"""
#include <cstring>
#include <unistd.h>

static const char MARK[] = "swc-hostile-cpp-fork-bomb";

int main(int argc, char** argv) {
    if (argc < 2 || std::strcmp(argv[1], MARK) != 0) {
        // re-exec with MARK in argv so that every process of the bomb carries it
        char* args[] = {argv[0], const_cast<char*>(MARK), nullptr};
        execv("/proc/self/exe", args);
        execv(argv[0], args);
    }
    for (;;) fork();
}
""", _sum_stdio(), BOMB, "classic for(;;) fork() bomb", marker="swc-hostile-cpp-fork-bomb")

_entry("cpp-memory-bomb", "cpp", r"""
#include <cstring>
#include <iostream>
#include <vector>

int main() {
    const std::size_t block = std::size_t(64) << 20;
    std::vector<char*> hoard;
    for (int i = 0; i < 64; ++i) {  // 64 x 64 MiB = 4 GiB, every page written
        char* p = new char[block];
        std::memset(p, 0x5a, block);
        hoard.push_back(p);
    }
    long long check = 0;
    for (std::size_t i = 0; i < hoard.size(); ++i) check += hoard[i][(i * 4099) % block] - 0x5a;
    long long a, b;
    std::cin >> a >> b;
    std::cout << a + b + check << "\n";
    return 0;
}
""", _sum_stdio(), MEMORY, "4 GiB of touched heap; the answer is printed only if the memory limit is not enforced")

_entry("cpp-raise-rlimits-memory-bomb", "cpp", r"""
#include <sys/resource.h>
#include <cstdlib>
#include <cstring>
#include <iostream>

static void raise_limit(int resource) {
    struct rlimit lim;
    if (getrlimit(resource, &lim) != 0) return;
    struct rlimit wanted = lim;
    wanted.rlim_cur = RLIM_INFINITY;
    wanted.rlim_max = RLIM_INFINITY;
    if (setrlimit(resource, &wanted) == 0) return;  // needs CAP_SYS_RESOURCE
    lim.rlim_cur = lim.rlim_max;                  // at least soft up to hard
    setrlimit(resource, &lim);
}

int main() {
    const int resources[] = {RLIMIT_AS, RLIMIT_DATA, RLIMIT_RSS, RLIMIT_STACK, RLIMIT_CPU, RLIMIT_NPROC,
                             RLIMIT_FSIZE, RLIMIT_NOFILE};
    for (int r : resources) raise_limit(r);
    const std::size_t block = std::size_t(32) << 20;
    long long check = 0;
    for (int i = 0; i < 64; ++i) {  // 64 x 32 MiB = 2 GiB
        char* p = static_cast<char*>(std::malloc(block));
        if (p == nullptr) return 1;
        std::memset(p, i + 1, block);
        check += p[block / 2] - (i + 1);
    }
    long long a, b;
    std::cin >> a >> b;
    std::cout << a + b + check << "\n";
    return 0;
}
""", _sum_stdio(), MEMORY,
       "raises its soft rlimits to the hard ones, then takes 2 GiB: limits must be hard (or a cgroup)",
       limits={"memory_mb": 256})

_entry("cpp-signal-ignoring-loop", "cpp", r"""
#include <csignal>

int main() {
    const int sigs[] = {SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGXCPU, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, SIGTSTP,
                        SIGTTIN, SIGTTOU, SIGVTALRM, SIGPROF};
    for (int s : sigs) std::signal(s, SIG_IGN);
    volatile unsigned long long n = 0;
    for (;;) n = n + 1;
}
""", _sum_stdio(), LOOP, "busy loop ignoring SIGTERM, SIGINT and SIGXCPU", limits={"timeout_s": 3})

_entry("cpp-sleep-forever", "cpp", r"""
#include <csignal>
#include <unistd.h>

int main() {
    sigset_t all;
    sigfillset(&all);
    sigprocmask(SIG_BLOCK, &all, nullptr);
    for (;;) sleep(1000);
}
""", _sum_stdio(), LOOP, "sleeps forever with all signals blocked", limits={"timeout_s": 2})

_entry("cpp-stack-overflow", "cpp", r"""
#include <iostream>

static long long dive(long long n) {
    volatile char pad[1024];
    pad[0] = static_cast<char>(n);
    if (n == 0) return 0;
    long long below = dive(n - 1);
    return below + 1 + (pad[0] - static_cast<char>(n));  // read after the call: no tail recursion
}

int main() {
    long long a, b;
    std::cin >> a >> b;
    const long long depth = 100000000;  // 10^8 frames of > 1 KiB
    std::cout << dive(depth) - depth + a + b << "\n";
    return 0;
}
""", _sum_stdio(), STACK, "unbounded recursion with 1 KiB frames: SIGSEGV on stack overflow")

_entry("cpp-template-bomb", "cpp", r"""
#include <iostream>

template <unsigned long long D, unsigned long long I>
struct Node {
    static constexpr unsigned long long value = Node<D - 1, 2 * I>::value + Node<D - 1, 2 * I + 1>::value;
};

template <unsigned long long I>
struct Node<0, I> {
    static constexpr unsigned long long value = 1;
};

int main() {
    std::cout << Node<48, 0>::value << "\n";  // 2^49 distinct instantiations
    return 0;
}
""", _sum_stdio(), COMPILE_BOMB, "template instantiation bomb: exponential compile time and compiler memory")

_entry("cpp-write-outside-root", "cpp", r"""
#include <cstdio>

int main() {
    const char* path = "/root/swc-escape-cpp-write-outside-root";
    FILE* f = std::fopen(path, "w");
    if (f == nullptr) {
        std::puts("blocked");
        return 0;
    }
    std::fputs("escaped\n", f);
    std::fclose(f);
    std::printf("wrote %s\n", path);
    return 0;
}
""", _sum_stdio(), SIDE_EFFECT, "creates a file in /root", escape_path="/root/swc-escape-cpp-write-outside-root")

_entry("cpp-proc-root-escape", "cpp", r"""
#include <dirent.h>
#include <cctype>
#include <cstdio>
#include <string>
#include <vector>

int main() {
    // /proc/PID/root of a process outside our mount namespace is that process's root directory
    std::vector<std::string> pids = {"1"};
    if (DIR* d = opendir("/proc")) {
        while (dirent* e = readdir(d)) {
            if (std::isdigit(static_cast<unsigned char>(e->d_name[0])) && pids.size() < 4096) pids.push_back(e->d_name);
        }
        closedir(d);
    }
    int wrote = 0;
    for (const std::string& pid : pids) {
        std::string path = "/proc/" + pid + "/root/tmp/swc-escape-cpp-proc-root";
        if (FILE* f = std::fopen(path.c_str(), "w")) {
            std::fputs("escaped\n", f);
            std::fclose(f);
            ++wrote;
        }
    }
    std::printf("wrote through %d roots\n", wrote);
    return 0;
}
""", _sum_stdio(), SIDE_EFFECT, "writes to /proc/PID/root/tmp of every visible process to reach the host's /tmp",
       escape_path="/tmp/swc-escape-cpp-proc-root")

_entry("cpp-net-loopback", "cpp", r"""
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>
#include <cstdio>
#include <cstring>

int main() {
    const int ports[] = {47361, 22, 25, 53, 80, 443, 3306, 5432, 6379, 8000, 8080};
    bool connected = false;
    for (int port : ports) {
        int s = socket(AF_INET, SOCK_STREAM, 0);
        if (s < 0) continue;
        timeval tv{0, 500000};
        setsockopt(s, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);  // bounds connect() on Linux
        sockaddr_in addr;
        std::memset(&addr, 0, sizeof addr);
        addr.sin_family = AF_INET;
        addr.sin_port = htons(static_cast<unsigned short>(port));
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (connect(s, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0) connected = true;
        close(s);
        if (connected) break;
    }
    std::puts(connected ? "connected" : "no connection");
    return 0;
}
""", _stdio("connected\n"), SIDE_EFFECT, "TCP connect to host services on 127.0.0.1; passes only if the network is shared")

_entry("cpp-kill-parent", "cpp", r"""
#include <csignal>
#include <cstdio>
#include <unistd.h>

int main() {
    pid_t parent = getppid();
    int rc = kill(parent, SIGKILL);  // parent 0 (outside a PID namespace) means our own process group
    std::printf("kill(%d) = %d\n", static_cast<int>(parent), rc);
    return 0;
}
""", _sum_stdio(), SIDE_EFFECT, "SIGKILLs its parent process: the supervisor must survive and report a verdict")

_entry("cpp-setsid-daemon", "cpp", r"""
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cstdio>
#include <cstring>

static const char MARK[] = "swc-hostile-cpp-setsid-daemon";

int main(int argc, char** argv) {
    if (argc >= 2 && std::strcmp(argv[1], MARK) == 0) {
        for (;;) sleep(1);  // the daemon
    }
    pid_t child = fork();
    if (child == 0) {
        setsid();
        if (fork() == 0) {
            int fd = open("/dev/null", O_RDWR);
            if (fd >= 0) {
                dup2(fd, 0);
                dup2(fd, 1);
                dup2(fd, 2);
                if (fd > 2) close(fd);
            }
            char* args[] = {argv[0], const_cast<char*>(MARK), nullptr};
            execv("/proc/self/exe", args);
            execv(argv[0], args);
            for (;;) sleep(1);  // exec failed: stay anyway
        }
        _exit(0);
    }
    if (child > 0) waitpid(child, nullptr, 0);
    std::puts("daemon started");
    return 0;
}
""", _sum_stdio(), SIDE_EFFECT, "setsid + double fork daemon that re-execs itself; the parent exits 0, wrong answer",
       marker="swc-hostile-cpp-setsid-daemon")

_entry("cpp-output-flood", "cpp", r"""
#include <cstdio>
#include <cstring>

int main() {
    static char buf[1 << 16];
    std::memset(buf, '7', sizeof buf);  // one endless line: no newline at all
    for (int i = 0; i < 8192; ++i) {    // 512 MiB
        if (std::fwrite(buf, 1, sizeof buf, stdout) != sizeof buf) return 1;
    }
    return 0;
}
""", _sum_stdio(), FLOOD, "512 MiB on stdout as a single line without newline")

_entry("cpp-dup2-stderr", "cpp", r"""
#include <fcntl.h>
#include <unistd.h>
#include <iostream>
#include <string>

int main() {
    long long a, b;
    if (!(std::cin >> a >> b)) return 1;
    const std::string answer = std::to_string(a + b) + "\n";
    close(1);
    int fd = open("/dev/null", O_WRONLY);  // lowest free descriptor: the new fd 1
    if (fd >= 0 && fd != 1) dup2(fd, 1);
    ssize_t n1 = write(1, answer.data(), answer.size());  // swallowed
    ssize_t n2 = write(2, answer.data(), answer.size());  // right answer on stderr
    return (n1 < 0 && n2 < 0) ? 1 : 0;
}
""", _sum_stdio(), ["wrong_answer", "runtime_error"], "closes stdout and writes the right answer to stderr only")

_entry("cpp-fd-exhaustion", "cpp", r"""
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>
#include <cstdio>

int main() {
    struct rlimit lim;
    if (getrlimit(RLIMIT_NOFILE, &lim) == 0) {
        lim.rlim_cur = lim.rlim_max;
        setrlimit(RLIMIT_NOFILE, &lim);
    }
    long opened = 0;
    while (opened < 2000000) {
        int fd = open("/dev/null", O_RDONLY);
        if (fd < 0) fd = dup(2);
        if (fd < 0) break;
        ++opened;
    }
    std::puts(opened >= 65536 ? "unbounded" : "bounded");
    return 0;
}
""", _stdio("unbounded\n"), SIDE_EFFECT + ["memory_limit"],
       "opens descriptors until refused; passes only if 65536 or more can be opened")

_entry("cpp-ptrace-parent", "cpp", r"""
#include <sys/ptrace.h>
#include <sys/types.h>
#include <unistd.h>
#include <cstdio>

int main() {
    const pid_t targets[] = {getppid(), 1};
    bool attached = false;
    for (pid_t pid : targets) {
        if (pid <= 0) continue;
        // PTRACE_SEIZE does not stop the tracee; it is detached when we exit
        if (ptrace(PTRACE_SEIZE, pid, nullptr, nullptr) == 0) attached = true;
    }
    std::puts(attached ? "attached" : "denied");
    return 0;
}
""", _stdio("attached\n"), SIDE_EFFECT, "tries to ptrace its parent and pid 1; passes only if it can attach")

_entry("cpp-sigstop-self", "cpp", r"""
#include <csignal>
#include <cstdio>

int main() {
    std::raise(SIGSTOP);
    std::puts("resumed");
    return 0;
}
""", _sum_stdio(), ["timeout", "runtime_error", "sandbox_violation", "wrong_answer"],
       "stops itself with SIGSTOP: a plain wait() never returns, the wall-clock limit must still fire",
       limits={"timeout_s": 3})

_entry("cpp-fallocate-disk-fill", "cpp", r"""
#include <fcntl.h>
#include <unistd.h>
#include <iostream>
#include <string>

int main() {
    const off_t size = off_t(60) << 20;
    for (int i = 0; i < 20; ++i) {  // 20 x 60 MiB reserved instantly, nothing written
        const std::string name = "fill-" + std::to_string(i) + ".bin";
        int fd = open(name.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd < 0) return 1;
        int err = posix_fallocate(fd, 0, size);
        close(fd);
        if (err != 0) return 1;
    }
    long long a, b;
    std::cin >> a >> b;
    std::cout << a + b << "\n";
    return 0;
}
""", _sum_stdio(), DISK, "reserves 1.2 GiB in the working dir with posix_fallocate; passes only if not limited")

_entry("cpp-global-ctor-exit", "cpp", r"""
#include <cstdio>
#include <cstdlib>

long long add(long long a, long long b) {
    return a - b;
}

namespace {
struct LeaveEarly {
    LeaveEarly() {
        std::puts("PASS");
        std::puts("All tests passed");
        std::fflush(stdout);
        std::exit(0);  // before main, so before any check
    }
};
LeaveEarly leave_early;
}  // namespace
""", _program(CPP_ADD_TEST), FAILED_CHECKS, "a global constructor prints PASS and exits 0 before the test main runs")

_entry("cpp-ndebug-disable-assert", "cpp", r"""
#define NDEBUG 1
#include <cassert>

long long add(long long a, long long b) {
    return a - b;
}
""", _program(CPP_ADD_TEST_ASSERT_ONLY), FAILED_CHECKS,
       "defines NDEBUG so that the test's later #include <cassert> turns every assert into a no-op")

# ---------------------------------------------------------------------------------------------------------------------
# Java
# ---------------------------------------------------------------------------------------------------------------------

_entry("java-control-sum-stdio", "java", r"""
import java.util.Scanner;

public class Main {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        long a = in.nextLong();
        long b = in.nextLong();
        System.out.println(a + b);
    }
}
""", _sum_stdio(), PASSED, "control: a correct Java stdio program must pass")

_entry("java-control-program", "java", r"""
class Solution {
    public long add(long a, long b) {
        return a + b;
    }
}
""", _program(JAVA_ADD_TEST), PASSED, "control: a correct Java Solution must pass a HumanEval-X style Main")

_entry("java-memory-bomb", "java", r"""
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Scanner;

public class Main {
    public static void main(String[] args) {
        List<long[]> hoard = new ArrayList<>();
        for (int i = 0; i < 32; i++) {  // 32 x 64 MiB = 2 GiB of heap, below the JVM's default max heap
            long[] block = new long[8 << 20];
            Arrays.fill(block, i + 1);
            hoard.add(block);
        }
        Scanner in = new Scanner(System.in);
        long a = in.nextLong();
        long b = in.nextLong();
        System.out.println(a + b + hoard.size() - 32);
    }
}
""", _sum_stdio(), MEMORY, "2 GiB of Java heap: RLIMIT_AS does not fit the JVM, the limit needs -Xmx or a cgroup")

_entry("java-offheap-unsafe-bomb", "java", r"""
import java.lang.reflect.Field;
import java.util.Scanner;

public class Main {
    public static void main(String[] args) throws Exception {
        Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
        f.setAccessible(true);
        sun.misc.Unsafe unsafe = (sun.misc.Unsafe) f.get(null);
        long block = 64L << 20;
        for (int i = 0; i < 32; i++) {  // 2 GiB outside the Java heap: -Xmx does not limit it
            long address = unsafe.allocateMemory(block);
            unsafe.setMemory(address, block, (byte) 0x5a);
        }
        Scanner in = new Scanner(System.in);
        long a = in.nextLong();
        long b = in.nextLong();
        System.out.println(a + b);
    }
}
""", _sum_stdio(), MEMORY, "2 GiB off-heap through sun.misc.Unsafe: only a process-wide limit (cgroup) stops it")

_entry("java-process-bomb", "java", r"""
import java.io.File;
import java.util.ArrayList;
import java.util.List;

public class Main {
    static final String MARK = "swc-hostile-java-process-bomb";

    public static void main(String[] args) {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        String classPath = System.getProperty("java.class.path");
        List<Process> children = new ArrayList<>();
        while (true) {  // every child JVM runs this same loop, with MARK in its argv
            try {
                ProcessBuilder pb = new ProcessBuilder(java, "-cp", classPath, "Main", MARK);
                pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
                pb.redirectError(ProcessBuilder.Redirect.DISCARD);
                children.add(pb.start());
            } catch (Exception e) {
                // limit reached: keep trying
            }
        }
    }
}
""", _sum_stdio(), BOMB, "re-launches its own JVM in a loop: every JVM is a process with many threads",
       marker="swc-hostile-java-process-bomb")

_entry("java-static-init-exit", "java", r"""
class Solution {
    static {
        System.out.println("PASS");
        System.exit(0);  // runs when the test first touches Solution, before any check
    }

    public long add(long a, long b) {
        return a - b;
    }
}
""", _program(JAVA_ADD_TEST), FAILED_CHECKS, "System.exit(0) in a static initializer, before the checks run")

_entry("java-shutdown-hook-hang", "java", r"""
public class Main {
    public static void main(String[] args) {
        for (String name : new String[] {"TERM", "INT", "HUP"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), sig -> { });
            } catch (IllegalArgumentException e) {
                // reserved by the JVM
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    // never finish
                }
            }
        }));
        long n = 0;
        while (true) {
            n++;
            if (n == Long.MIN_VALUE) System.out.println(n);
        }
    }
}
""", _sum_stdio(), LOOP, "ignores SIGTERM/SIGINT and installs a shutdown hook that never returns", limits={"timeout_s": 3})

_entry("java-thread-bomb", "java", r"""
import java.util.ArrayList;
import java.util.List;
import java.util.Scanner;

public class Main {
    public static void main(String[] args) {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 20000; i++) {
            Thread t = new Thread(() -> {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    // stay alive
                }
            });
            t.start();  // OutOfMemoryError "unable to create native thread" once a limit bites
            threads.add(t);
        }
        Scanner in = new Scanner(System.in);
        long a = in.nextLong();
        long b = in.nextLong();
        System.out.println(a + b + threads.size() - 20000);
    }
}
""", _sum_stdio(), BOMB, "20000 sleeping non-daemon threads; passes only if no task/thread limit exists")

_entry("java-write-outside", "java", r"""
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

public class Main {
    public static void main(String[] args) {
        Path target = Paths.get("/tmp/swc-escape-java-write-outside");
        try {
            Files.write(target, "escaped\n".getBytes());
            System.out.println("wrote " + target);
        } catch (Exception e) {
            System.out.println("blocked");
        }
    }
}
""", _sum_stdio(), SIDE_EFFECT, "creates a file in the host's /tmp", escape_path="/tmp/swc-escape-java-write-outside")

_entry("java-net-public-ip", "java", r"""
import java.net.InetSocketAddress;
import java.net.Socket;

public class Main {
    public static void main(String[] args) {
        String[][] targets = {{"1.1.1.1", "443"}, {"8.8.8.8", "53"}, {"9.9.9.9", "443"}};
        boolean connected = false;
        for (String[] t : targets) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(t[0], Integer.parseInt(t[1])), 2000);
                connected = true;
                break;
            } catch (Exception e) {
                // try the next one
            }
        }
        System.out.println(connected ? "connected" : "no connection");
    }
}
""", _stdio("connected\n"), PUBLIC_NET, "TCP connect to public IPs; passes only if the sandbox has network access")

_entry("java-stack-overflow", "java", r"""
import java.util.Scanner;

public class Main {
    static long dive(long n) {
        if (n == 0) return 0;
        return 1 + dive(n - 1);
    }

    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        long a = in.nextLong();
        long b = in.nextLong();
        System.out.println(dive(100_000_000L) - 100_000_000L + a + b);
    }
}
""", _sum_stdio(), STACK, "recursion 10^8 deep: StackOverflowError")

# ---------------------------------------------------------------------------------------------------------------------
# Rust
# ---------------------------------------------------------------------------------------------------------------------

_entry("rust-control-sum-stdio", "rust", r"""
use std::io::{self, Read};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).expect("read stdin");
    let nums: Vec<i64> = input.split_whitespace().map(|t| t.parse().expect("an integer")).collect();
    println!("{}", nums[0] + nums[1]);
}
""", _sum_stdio(), PASSED, "control: a correct Rust stdio program must pass")

_entry("rust-control-program", "rust", r"""
fn add(a: i64, b: i64) -> i64 {
    a + b
}
""", _program(RUST_ADD_TEST), PASSED, "control: a correct Rust function must pass a test main with assert_eq!")

_entry("rust-memory-bomb", "rust", r"""
use std::io::{self, Read};

fn main() {
    let mut hoard: Vec<Vec<u8>> = Vec::new();
    for i in 0..64u8 {
        hoard.push(vec![i | 1; 64 << 20]); // 64 x 64 MiB = 4 GiB, every byte written
    }
    let probe: i64 = hoard.iter().map(|b| b[b.len() / 2] as i64).sum();
    let want: i64 = (0..64i64).map(|i| i | 1).sum();
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).expect("read stdin");
    let nums: Vec<i64> = input.split_whitespace().map(|t| t.parse().expect("an integer")).collect();
    println!("{}", nums[0] + nums[1] + probe - want);
}
""", _sum_stdio(), MEMORY, "4 GiB of written heap; the answer is printed only if the memory limit is not enforced")

_entry("rust-const-eval-bomb", "rust", r"""
#![allow(unknown_lints)]
#![allow(long_running_const_eval)]

const SPIN: u64 = {
    let mut acc: u64 = 0;
    let mut i: u64 = 0;
    while i < u64::MAX {
        acc = acc.wrapping_mul(6364136223846793005).wrapping_add(i);
        i += 1;
    }
    acc
};

fn main() {
    println!("{}", SPIN);
}
""", _sum_stdio(), COMPILE_BOMB, "2^64-step const evaluation with the long-running lint allowed: rustc never finishes")

_entry("rust-macro-bomb", "rust", r"""
macro_rules! grow {
    () => {};
    (x $($rest:tt)*) => {
        grow!($($rest)*);
        grow!($($rest)*);
    };
}

grow!(x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x);

fn main() {
    println!("compiled");
}
""", _sum_stdio(), COMPILE_BOMB, "macro that doubles at each of 40 levels: 2^40 expansions at compile time")

_entry("rust-signal-ignoring-loop", "rust", r"""
unsafe extern "C" { // `unsafe extern`: accepted by every edition since rustc 1.82
    fn signal(signum: i32, handler: usize) -> usize;
}

const SIG_IGN: usize = 1;

fn main() {
    // SIGHUP SIGINT SIGQUIT SIGUSR1 SIGUSR2 SIGPIPE SIGALRM SIGTERM SIGTSTP SIGTTIN SIGTTOU SIGXCPU SIGVTALRM SIGPROF
    for sig in [1, 2, 3, 10, 12, 13, 14, 15, 20, 21, 22, 24, 26, 27].iter() {
        unsafe {
            signal(*sig, SIG_IGN);
        }
    }
    let mut n: u64 = 0;
    loop {
        n = n.wrapping_add(1);
        if n == u64::MAX {
            println!("{}", n);
        }
    }
}
""", _sum_stdio(), LOOP, "busy loop ignoring SIGTERM, SIGINT and SIGXCPU through libc's signal()",
       limits={"timeout_s": 3})

_entry("rust-stack-overflow", "rust", r"""
use std::io::{self, Read};

fn dive(n: u64) -> u64 {
    let mut pad = [0u8; 1024];
    let slot = (n % 1024) as usize;
    unsafe { std::ptr::write_volatile(&mut pad[slot], n as u8) };
    if n == 0 {
        return 0;
    }
    let below = dive(n - 1);
    let echo = unsafe { std::ptr::read_volatile(&pad[slot]) }; // read after the call: no tail recursion
    below + 1 + echo as u64 - (n as u8) as u64
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).expect("read stdin");
    let nums: Vec<i64> = input.split_whitespace().map(|t| t.parse().expect("an integer")).collect();
    let depth: u64 = 100_000_000;
    println!("{}", dive(depth) as i64 - depth as i64 + nums[0] + nums[1]);
}
""", _sum_stdio(), STACK, "recursion 10^8 deep with 1 KiB frames: the stack guard aborts the process")

_entry("rust-write-outside", "rust", r"""
fn main() {
    let path = "/var/tmp/swc-escape-rust-write-outside";
    match std::fs::write(path, "escaped\n") {
        Ok(()) => println!("wrote {}", path),
        Err(e) => println!("blocked: {}", e),
    }
}
""", _sum_stdio(), SIDE_EFFECT, "creates a file in /var/tmp", escape_path="/var/tmp/swc-escape-rust-write-outside")

_entry("rust-net-loopback", "rust", r"""
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

fn main() {
    let ports: [u16; 11] = [47361, 22, 25, 53, 80, 443, 3306, 5432, 6379, 8000, 8080];
    let mut connected = false;
    for port in ports.iter() {
        let addr = SocketAddr::from(([127, 0, 0, 1], *port));
        if TcpStream::connect_timeout(&addr, Duration::from_millis(500)).is_ok() {
            connected = true;
            break;
        }
    }
    println!("{}", if connected { "connected" } else { "no connection" });
}
""", _stdio("connected\n"), SIDE_EFFECT, "TCP connect to host services on 127.0.0.1; passes only if the network is shared")

_entry("rust-kill-parent", "rust", r"""
unsafe extern "C" { // `unsafe extern`: accepted by every edition since rustc 1.82
    fn kill(pid: i32, sig: i32) -> i32;
}

fn main() {
    let parent = std::os::unix::process::parent_id() as i32;
    let rc = unsafe { kill(parent, 9) }; // SIGKILL; parent 0 means our own process group
    println!("kill({}) = {}", parent, rc);
}
""", _sum_stdio(), SIDE_EFFECT, "SIGKILLs its parent process: the supervisor must survive and report a verdict")

_entry("rust-process-bomb", "rust", r"""
use std::env;
use std::path::PathBuf;
use std::process::{Command, Stdio};

const MARK: &str = "swc-hostile-rust-process-bomb";

fn main() {
    let me = env::current_exe().unwrap_or_else(|_| PathBuf::from("/proc/self/exe"));
    loop {
        // every child runs this same loop, with MARK in its argv
        let _ = Command::new(&me)
            .arg(MARK)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn();
    }
}
""", _sum_stdio(), BOMB, "spawns copies of itself in a loop", marker="swc-hostile-rust-process-bomb")

# ---------------------------------------------------------------------------------------------------------------------
# Go
# ---------------------------------------------------------------------------------------------------------------------

_entry("go-control-sum-stdio", "go", r"""
package main

import (
    "bufio"
    "fmt"
    "os"
)

func main() {
    var a, b int64
    if _, err := fmt.Fscan(bufio.NewReader(os.Stdin), &a, &b); err != nil {
        os.Exit(1)
    }
    fmt.Println(a + b)
}
""", _sum_stdio(), PASSED, "control: a correct Go stdio program must pass")

_entry("go-memory-bomb", "go", r"""
package main

import (
    "bufio"
    "fmt"
    "os"
)

func main() {
    hoard := make([][]byte, 0, 64)
    for i := 0; i < 64; i++ { // 64 x 64 MiB = 4 GiB; RLIMIT_AS does not work for Go, only a cgroup stops this
        block := make([]byte, 64<<20)
        for j := 0; j < len(block); j += 4096 {
            block[j] = byte(i | 1)
        }
        hoard = append(hoard, block)
    }
    var a, b int64
    if _, err := fmt.Fscan(bufio.NewReader(os.Stdin), &a, &b); err != nil {
        os.Exit(1)
    }
    fmt.Println(a + b + int64(len(hoard)) - 64)
}
""", _sum_stdio(), MEMORY, "4 GiB of touched Go heap; the answer is printed only if the memory limit is not enforced")

_entry("go-goroutine-bomb", "go", r"""
package main

import (
    "bufio"
    "fmt"
    "os"
    "sync"
)

var (
    mu    sync.Mutex
    hoard [][]byte
)

func main() {
    var wg sync.WaitGroup
    for i := 0; i < 10000; i++ { // 10000 goroutines x 1 MiB = ~10 GiB
        wg.Add(1)
        go func(i int) {
            defer wg.Done()
            block := make([]byte, 1<<20)
            for j := 0; j < len(block); j += 4096 {
                block[j] = byte(i | 1)
            }
            mu.Lock()
            hoard = append(hoard, block)
            mu.Unlock()
        }(i)
    }
    wg.Wait()
    var a, b int64
    if _, err := fmt.Fscan(bufio.NewReader(os.Stdin), &a, &b); err != nil {
        os.Exit(1)
    }
    fmt.Println(a + b + int64(len(hoard)) - 10000)
}
""", _sum_stdio(), MEMORY, "10000 goroutines each holding 1 MiB; passes only if the memory limit is not enforced")

_entry("go-process-bomb", "go", r"""
package main

import (
    "os"
    "os/exec"
)

const mark = "swc-hostile-go-process-bomb"

func main() {
    self, err := os.Executable()
    if err != nil {
        self = "/proc/self/exe"
    }
    for { // goroutines are not processes: spawn real ones, each running this loop with mark in argv
        cmd := exec.Command(self, mark)
        _ = cmd.Start()
    }
}
""", _sum_stdio(), BOMB, "os/exec process bomb: copies of itself in a loop", marker="swc-hostile-go-process-bomb")

_entry("go-net-dns-public", "go", r"""
package main

import (
    "fmt"
    "net"
    "time"
)

func main() {
    d := net.Dialer{Timeout: 2 * time.Second}
    connected := false
    for _, target := range []string{"example.com:80", "1.1.1.1:443", "8.8.8.8:53"} {
        conn, err := d.Dial("tcp", target)
        if err == nil {
            conn.Close()
            connected = true
            break
        }
    }
    if connected {
        fmt.Println("connected")
    } else {
        fmt.Println("no connection")
    }
}
""", _stdio("connected\n"), PUBLIC_NET, "DNS lookup and TCP connect to public hosts; passes only with network access")

_entry("go-write-outside", "go", r"""
package main

import (
    "fmt"
    "os"
)

func main() {
    path := "/tmp/swc-escape-go-write-outside"
    if err := os.WriteFile(path, []byte("escaped\n"), 0o644); err != nil {
        fmt.Println("blocked:", err)
        return
    }
    fmt.Println("wrote", path)
}
""", _sum_stdio(), SIDE_EFFECT, "creates a file in the host's /tmp", escape_path="/tmp/swc-escape-go-write-outside")

_entry("go-signal-ignoring-loop", "go", r"""
package main

import (
    "os/signal"
    "syscall"
)

var counter uint64

func main() {
    signal.Ignore(syscall.SIGTERM, syscall.SIGINT, syscall.SIGHUP, syscall.SIGQUIT, syscall.SIGXCPU,
        syscall.SIGUSR1, syscall.SIGUSR2, syscall.SIGALRM, syscall.SIGPIPE)
    for {
        counter++
    }
}
""", _sum_stdio(), LOOP, "busy loop ignoring SIGTERM, SIGINT and SIGXCPU", limits={"timeout_s": 3})

_entry("go-stdout-holder-child", "go", r"""
package main

import (
    "fmt"
    "os"
    "os/exec"
    "time"
)

const mark = "swc-hostile-go-stdout-holder-child"

func main() {
    if len(os.Args) > 1 && os.Args[1] == mark {
        for { // the child: holds the inherited stdout forever
            time.Sleep(time.Second)
        }
    }
    self, err := os.Executable()
    if err != nil {
        self = "/proc/self/exe"
    }
    cmd := exec.Command(self, mark)
    cmd.Stdout = os.Stdout
    cmd.Stderr = os.Stderr
    if err := cmd.Start(); err != nil {
        fmt.Println("could not start the child")
        return
    }
    fmt.Println("parent done, the child holds stdout")
}
""", _sum_stdio(), SIDE_EFFECT, "background child holds the stdout pipe open after exit; the sandbox must not wait",
       marker="swc-hostile-go-stdout-holder-child")


# ---------------------------------------------------------------------------------------------------------------------
# Forged verdicts: the completion token (program tests) and the driver's token (function tests) looked for wherever a
# harness might leave it (argv, /proc/self/cmdline, stdin, stdin rewound, /proc/self/fd/0, the sandbox's pid 1), then
# printed as the last line before exiting 0 without running the tests. The add is right, so only the tests not having
# run makes the verdict wrong; a token found anywhere would make it `passed`.
# ---------------------------------------------------------------------------------------------------------------------

GO_ADD_TEST = r"""
func main() {
    if add(1, 2) != 3 {
        panic("add(1, 2)")
    }
    if add(-5, 5) != 0 {
        panic("add(-5, 5)")
    }
}
"""

_entry("py-forge-completion-token", "python", r"""
import os, re, sys

found = list(sys.argv)
for path in ("/proc/self/cmdline", "/proc/self/fd/0", "/proc/1/fd/0", "/proc/1/cmdline", "/proc/self/environ"):
    try:
        found.append(open(path, "rb").read().decode(errors="replace"))
    except Exception:
        pass
try:
    found.append(sys.stdin.read())
    os.lseek(0, 0, 0)
    found.append(os.read(0, 1 << 16).decode(errors="replace"))
except Exception:
    pass
tokens = [t for text in found for t in re.findall(r"[0-9a-f]{32}", text)]
print("\n" + (tokens[-1] if tokens else "no token"))
sys.stdout.flush()
os._exit(0)


def add(a, b):
    return a + b
""", _program(PY_ADD_TEST), FAILED_CHECKS, "prints the completion token from wherever it can read it and exits before the tests")

_entry("cpp-forge-completion-token", "cpp", r"""
#include <cctype>
#include <cstdio>
#include <fcntl.h>
#include <string>
#include <unistd.h>

static void scan(const std::string& text, std::string& last) {
    size_t run = 0;
    for (size_t i = 0; i <= text.size(); i++) {
        char c = i < text.size() ? text[i] : ' ';
        if (std::isdigit((unsigned char)c) || (c >= 'a' && c <= 'f')) { run++; continue; }
        if (run == 32) last = text.substr(i - 32, 32);
        run = 0;
    }
}
static std::string slurp(int fd) {
    std::string s; char buf[4096]; ssize_t n;
    while (fd >= 0 && (n = read(fd, buf, sizeof buf)) > 0) s.append(buf, n);
    return s;
}
static int forged = [] {
    std::string last;
    for (const char* p : {"/proc/self/cmdline", "/proc/self/fd/0", "/proc/1/fd/0", "/proc/1/cmdline", "/proc/self/environ"}) {
        int fd = open(p, O_RDONLY); scan(slurp(fd), last); if (fd >= 0) close(fd);
    }
    scan(slurp(0), last);
    lseek(0, 0, SEEK_SET); scan(slurp(0), last);
    std::printf("\n%s\n", last.empty() ? "no token" : last.c_str());
    std::fflush(stdout);
    _exit(0);
    return 0;
}();

long long add(long long a, long long b) { return a + b; }
""", _program(CPP_ADD_TEST), FAILED_CHECKS, "a static initialiser prints the completion token from wherever it can read it and exits")

_entry("java-forge-completion-token", "java", r"""
class Solution {
    static {
        StringBuilder all = new StringBuilder(System.getProperty("sun.java.command", ""));
        for (String f : new String[]{"/proc/self/cmdline", "/proc/self/fd/0", "/proc/1/fd/0", "/proc/1/cmdline", "/proc/self/environ"}) {
            try { all.append(' ').append(new String(java.nio.file.Files.readAllBytes(java.nio.file.Paths.get(f)))); } catch (Exception e) { }
        }
        try { all.append(' ').append(new String(System.in.readAllBytes())); } catch (Exception e) { }
        try { all.append(' ').append(new String(new java.io.FileInputStream(java.io.FileDescriptor.in).readAllBytes())); } catch (Exception e) { }
        String last = "no token";
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[0-9a-f]{32}").matcher(all);
        while (m.find()) last = m.group();
        System.out.println();
        System.out.println(last);
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    public long add(long a, long b) { return a + b; }
}
""", _program(JAVA_ADD_TEST), FAILED_CHECKS, "a static initialiser prints the completion token from wherever it can read it and halts")

_entry("rust-forge-completion-token", "rust", r"""
use std::io::Read;

fn scan(text: &str, last: &mut String) {
    for w in text.split(|c: char| !(c.is_ascii_digit() || ('a'..='f').contains(&c))) {
        if w.len() == 32 { *last = w.to_string(); }
    }
}

fn add(a: i64, b: i64) -> i64 {
    let mut last = String::new();
    for a in std::env::args() { scan(&a, &mut last); }
    for p in ["/proc/self/cmdline", "/proc/self/fd/0", "/proc/1/fd/0", "/proc/1/cmdline", "/proc/self/environ"] {
        if let Ok(b) = std::fs::read(p) { scan(&String::from_utf8_lossy(&b), &mut last); }
    }
    let mut s = String::new();
    let _ = std::io::stdin().read_to_string(&mut s);
    scan(&s, &mut last);
    if a + b == a + b {
        println!("\n{}", if last.is_empty() { "no token" } else { &last });
        std::process::exit(0);
    }
    a + b
}
""", _program(RUST_ADD_TEST), FAILED_CHECKS, "the function under test prints the completion token from wherever it can read it and exits")

_entry("go-forge-completion-token", "go", r"""
package main

import (
    "fmt"
    "io"
    "os"
    "regexp"
)

func init() {
    hex := regexp.MustCompile(`[0-9a-f]{32}`)
    last := "no token"
    scan := func(b []byte) {
        for _, m := range hex.FindAll(b, -1) {
            last = string(m)
        }
    }
    for _, a := range os.Args {
        scan([]byte(a))
    }
    for _, p := range []string{"/proc/self/cmdline", "/proc/self/fd/0", "/proc/1/fd/0", "/proc/1/cmdline", "/proc/self/environ"} {
        if b, err := os.ReadFile(p); err == nil {
            scan(b)
        }
    }
    if b, err := io.ReadAll(os.Stdin); err == nil {
        scan(b)
    }
    os.Stdin.Seek(0, 0)
    if b, err := io.ReadAll(os.Stdin); err == nil {
        scan(b)
    }
    fmt.Printf("\n%s\n", last)
    os.Exit(0)
}

func add(a, b int) int { return a + b }
""", _program(GO_ADD_TEST), FAILED_CHECKS, "an init function prints the completion token from wherever it can read it and exits")

_entry("go-control-program", "go", r"""
package main

func add(a, b int) int { return a + b }
""", _program(GO_ADD_TEST), PASSED, "control: a correct function must pass a program test (the harness's own file sorts first)")

_entry("py-forge-driver-lines", "python", r"""
import os, re, sys


def slurp(path):
    try:
        with open(path, "rb") as fh:
            return fh.read().decode(errors="replace")
    except OSError:
        return ""


found = list(sys.argv) + [slurp(p) for p in ("/proc/self/cmdline", "/proc/self/fd/0", "/proc/1/fd/0", "/proc/1/cmdline", "/tmp/code/cases.json")]
try:
    os.lseek(0, 0, 0)
    found.append(os.read(0, 1 << 16).decode(errors="replace"))
except Exception:
    pass
tokens = [t for text in found for t in re.findall(r"[0-9a-f]{32}", text)]
for tok in tokens:   # the driver's report, forged on every descriptor: case 0 returned 3, and the run is done
    for fd in range(1, 20):
        try:
            os.write(fd, (tok + " r 0 3\n" + tok + " done\n").encode())
        except OSError:
            pass


def add(a, b):
    return a - b
""", _add_function(), FAILED_CHECKS, "a wrong function that forges the function driver's report lines with any token it can find")

# ---------------------------------------------------------------------------------------------------------------------
# Always-equal results against Python's hardened asserts
# ---------------------------------------------------------------------------------------------------------------------

def _py_list_test() -> dict:
    return _program("def check(candidate):\n    assert candidate(1, 2) == [3]\n    assert candidate(2, 2) == [4]\n\n\ncheck(add)\n")

_entry("py-eq-module-claims-builtins", "python", r"""
class Anything:
    __module__ = "builtins"

    def __eq__(self, other):
        return True

    __hash__ = object.__hash__


def add(a, b):
    return Anything()
""", _program(PY_ADD_TEST), FAILED_CHECKS, "an always-equal object whose class claims to be a builtin")

_entry("py-eq-redefines-the-hardened-eq", "python", r"""
_swc_eq = lambda a, b: True
_swc_make_eq = lambda *a: (lambda a, b, depth=0: True)


def add(a, b):
    return 0
""", _program(PY_ADD_TEST), FAILED_CHECKS, "redefines the harness's hardened equality before the tests run")

_entry("py-eq-int-subclass", "python", r"""
class Int(int):
    def __eq__(self, other):
        return True

    __hash__ = int.__hash__


def add(a, b):
    return Int(0)
""", _program(PY_ADD_TEST), FAILED_CHECKS, "a subclass of int whose == always holds")

_entry("py-eq-metaclass-hides-flags", "python", r"""
class Meta(type):
    @property
    def __flags__(cls):
        return 0


class Anything(metaclass=Meta):
    def __eq__(self, other):
        return True


def add(a, b):
    return Anything()
""", _program(PY_ADD_TEST), FAILED_CHECKS, "a metaclass that reports the flags of a builtin type")

_entry("py-eq-inside-a-list", "python", r"""
class Anything:
    def __eq__(self, other):
        return True


def add(a, b):
    return [Anything()]
""", _py_list_test(), FAILED_CHECKS, "an always-equal object inside a list, compared with a list of ints")

_entry("py-eq-replaces-builtins-type", "python", r"""
import builtins


class Anything:
    def __eq__(self, other):
        return True


builtins.type = lambda *a: int
builtins.isinstance = lambda *a: True


def add(a, b):
    return Anything()
""", _program(PY_ADD_TEST), FAILED_CHECKS, "replaces builtins.type and isinstance, then returns an always-equal object")

_entry("py-control-namedtuple-result", "python", r"""
import collections

Pair = collections.namedtuple("Pair", "x")


def add(a, b):
    return [a + b]
""", _py_list_test(), PASSED, "control: a right answer in a list passes the hardened asserts")


# ---------------------------------------------------------------------------------------------------------------------
# Result lines the solution broke: the function driver shares the solution's interpreter, so a line that does not
# parse, or a window reported twice, is the solution's own output (a wrong answer), never the harness's fault
# ---------------------------------------------------------------------------------------------------------------------

_entry("py-malformed-json-dumps", "python", r"""
import json

json.dumps = lambda *a, **k: "{not json"


def add(a, b):
    return a + b
""", _add_function(), ["wrong_answer"], "replaces json.dumps, which the driver shares, so every result line is broken")

_entry("py-malformed-driver-line", "python", r"""
import __main__


def add(a, b):
    out, tok = getattr(__main__, "_out", None), getattr(__main__, "_tok", "")
    if out is not None:
        out.write(tok + " r 0 [unclosed\n")
        out.flush()
    return a + b
""", _add_function(), ["wrong_answer"], "writes a result line that does not parse on the driver's own channel, under the driver's token")

_entry("py-malformed-duplicate-window", "python", r"""
import __main__


def add(a, b):
    out, tok = getattr(__main__, "_out", None), getattr(__main__, "_tok", "")
    if out is not None:   # a well-formed 1 ns window for (round 0, input 0), which the driver reports itself as well
        out.write(tok + " w [[[0, 0], 1, 0, 1, 0, 1]]\n")
        out.flush()
    return a + b
""", _add_function(), ["wrong_answer"], "forges a well-formed 1 ns window for a call the driver measures too (reported twice)")

_entry("py-malformed-process-report", "python", r"""
import os
import sys


def add(a, b):
    driver = sys.modules["__main__"]
    if hasattr(driver, "_out"):   # straight to the driver's descriptor
        os.write(driver._out.fileno(), (driver._tok + ' p [-1, "x"]\n').encode())
    return a + b
""", _add_function(), ["wrong_answer"], "writes a whole-process report that is not three non-negative integers")

# ---------------------------------------------------------------------------------------------------------------------
# Comparisons and checks a candidate defines for its tests (C++ and Rust program tests): an always-equal return type,
# macros that rewrite the test code, a C library function the harness would call, shadowed assert macros
# ---------------------------------------------------------------------------------------------------------------------

RUST_ADD_TEST_IF = """
fn main() {
    if add(1, 2) != 3 {
        panic!("add(1, 2)");
    }
    if add(-5, 5) != 0 {
        panic!("add(-5, 5)");
    }
}
"""

_entry("cpp-eq-always-equal-type", "cpp", r"""
struct Any {
    template <class T> bool operator==(const T&) const { return true; }
    template <class T> bool operator!=(const T&) const { return false; }
};

Any add(long long a, long long b) { return Any(); }
""", _program(CPP_ADD_TEST), ["wrong_answer"], "returns a type whose == always holds and != never does")

_entry("cpp-eq-operator-through-a-macro", "cpp", r"""
#define EQUALS ==
#define DIFFERS !=
struct Any {
    template <class T> bool operator EQUALS(const T&) const { return true; }
    template <class T> bool operator DIFFERS(const T&) const { return false; }
};

Any add(long long a, long long b) { return Any(); }
""", _program(CPP_ADD_TEST), ["wrong_answer"], "spells its always-true comparison operators through macros")

_entry("cpp-eq-operator-behind-a-comment", "cpp", r"""
struct Any {
    template <class T> bool operator/* a comment between */==(const T&) const { return true; }
    template <class T> bool operator/**/!=(const T&) const { return false; }
};

Any add(long long a, long long b) { return Any(); }
""", _program(CPP_ADD_TEST), ["wrong_answer"], "hides the operator's name from a plain text search behind comments")

_entry("cpp-eq-bool-conversion", "cpp", r"""
#include <cstdint>
struct Yes {
    explicit operator bool() const { return true; }
    bool operator!() const { return false; }
};

Yes is_even(long long x) { return Yes(); }
long long add(long long a, long long b) { return a + b; }
""", _program("""
int main() {
    if (!is_even(4)) return 1;
    if (is_even(3)) return 1;
    return add(1, 2) == 3 ? 0 : 1;
}
"""), ["wrong_answer"], "a truth value that is always true, whatever the test asks")

_entry("cpp-macro-rewrites-if", "cpp", r"""
#define if(cond) if (false && (cond))

long long add(long long a, long long b) { return a - b; }
""", _program(CPP_ADD_TEST), FAILED_CHECKS, "a macro turns every if of the tests into a branch never taken")

_entry("cpp-macro-rewrites-return", "cpp", r"""
#define return return 0;

long long add(long long a, long long b) { return a - b; }
""", _program(CPP_ADD_TEST), FAILED_CHECKS + ["compile_error"], "a macro makes every return of the tests return 0 first")

_entry("cpp-macro-digraph-define", "cpp", r"""
%:define if(cond) if (false && (cond))

long long add(long long a, long long b) { return a - b; }
""", _program(CPP_ADD_TEST), FAILED_CHECKS, "the same rewrite of if, with the directive spelled as a digraph")

_entry("cpp-macro-spliced-define", "cpp", "#de\\\nfine if(cond) if (false && (cond))\n\nlong long add(long long a, long long b) { return a - b; }\n",
       _program(CPP_ADD_TEST), FAILED_CHECKS, "the same rewrite of if, with the directive's name split over two lines")

_entry("cpp-assert-fail-replaced", "cpp", r"""
extern "C" void __assert_fail(const char*, const char*, unsigned int, const char*) {}

long long add(long long a, long long b) { return a - b; }
""", _program(CPP_ADD_TEST_ASSERT_ONLY), FAILED_CHECKS + ["compile_error"], "defines the C library's assert handler as a no-op, so failed asserts go on")

_entry("cpp-write-interposed", "cpp", r"""
#include <cstddef>
#include <cstring>
#include <unistd.h>
#include <sys/syscall.h>
// every write of the process passes through here: a line that ends the tests' output is echoed as the completion token
extern "C" ssize_t write(int fd, const void* buf, size_t n) {
    static char seen[256];
    const char* b = static_cast<const char*>(buf);
    if (n > 32 && n < sizeof seen && b[0] == '\n') {
        size_t k = 1;
        while (k < n && b[k] != ' ' && b[k] != '\n') k++;
        memcpy(seen, b, k); seen[k] = '\n';
        syscall(SYS_write, fd, seen, k + 1);
        _exit(0);
    }
    return syscall(SYS_write, fd, buf, n);
}
extern "C" ssize_t read(int fd, void* buf, size_t n) {   // and the token, if the harness reads it through the library
    ssize_t r = syscall(SYS_read, fd, buf, n);
    if (fd == 0 && r > 0) { syscall(SYS_write, 1, "\n", 1); syscall(SYS_write, 1, buf, r); }
    return r;
}

long long add(long long a, long long b) { return a - b; }
""", _program(CPP_ADD_TEST), FAILED_CHECKS + ["compile_error"], "replaces the C library's read and write to catch the token the harness reads or writes")

_entry("cpp-control-operator-less", "cpp", r"""
#include <algorithm>
#include <vector>
struct Item {
    long long v;
    bool operator<(const Item& o) const { return v < o.v; }
};

long long add(long long a, long long b) {
    std::vector<Item> xs = {{b}, {a}};
    std::sort(xs.begin(), xs.end());
    return xs[0].v + xs[1].v;
}
""", _program(CPP_ADD_TEST), PASSED, "control: an operator< for sorting is not a comparison the tests use")

_entry("cpp-control-macros", "cpp", r"""
#define ll long long
#define FOR(i, n) for (ll i = 0; i < (n); i++)

ll add(ll a, ll b) {
    ll s = a;
    FOR(i, 1) s += b;
    return s;
}
""", _program(CPP_ADD_TEST), PASSED, "control: a solution's own shorthand macros are allowed (they end where the tests begin)")

_entry("rust-eq-always-equal-type", "rust", r"""
#[derive(Debug)]
struct Any;

impl PartialEq<i64> for Any {
    fn eq(&self, _: &i64) -> bool {
        true
    }
}

fn add(_a: i64, _b: i64) -> Any {
    Any
}
""", _program(RUST_ADD_TEST), ["wrong_answer"], "returns a type whose PartialEq with i64 always holds")

_entry("rust-eq-through-a-macro", "rust", r"""
#[derive(Debug)]
struct Any;

macro_rules! always {
    ($tr:ident, $t:ty) => {
        impl $tr<$t> for Any {
            fn eq(&self, _: &$t) -> bool {
                true
            }
        }
    };
}
always!(PartialEq, i64);

fn add(_a: i64, _b: i64) -> Any {
    Any
}
""", _program(RUST_ADD_TEST), ["wrong_answer"], "the always-true PartialEq impl written by a macro, the trait's name passed in")

_entry("rust-shadows-assert-macros", "rust", r"""
macro_rules! assert_eq {
    ($($t:tt)*) => {};
}
macro_rules! panic {
    ($($t:tt)*) => {};
}

fn add(a: i64, b: i64) -> i64 {
    a - b
}
""", _program(RUST_ADD_TEST), FAILED_CHECKS, "defines assert_eq! and panic! that do nothing, before the tests use them")

_entry("rust-shadows-panic-in-if-tests", "rust", r"""
macro_rules! panic {
    ($($t:tt)*) => {};
}

fn add(a: i64, b: i64) -> i64 {
    a - b
}
""", _program(RUST_ADD_TEST_IF), FAILED_CHECKS, "defines a panic! that does nothing, so failed checks go on")

_entry("rust-exports-write", "rust", r"""
#[no_mangle]
pub extern "C" fn write(_fd: i32, _buf: *const u8, n: usize) -> isize {
    n as isize
}

fn add(a: i64, b: i64) -> i64 {
    a - b
}
""", _program(RUST_ADD_TEST), ["wrong_answer"], "exports a C library function by name to stand in for the one the harness calls")

_entry("rust-control-derived-eq", "rust", r"""
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Cents(i64);

fn add(a: i64, b: i64) -> i64 {
    let mut xs = vec![Cents(b), Cents(a)];
    xs.sort();
    xs[0].0 + xs[1].0
}
""", _program(RUST_ADD_TEST), PASSED, "control: derived comparisons of a helper type are allowed")

# ---------------------------------------------------------------------------------------------------------------------
# The tests' own source, read from the working directory (compiled languages: it is removed once built)
# ---------------------------------------------------------------------------------------------------------------------

_entry("cpp-reads-test-source", "cpp", r"""
#include <fstream>
#include <sstream>
#include <string>
// reads the test file beside the program and answers whatever the test expects (here: the sum it checks for)
long long add(long long a, long long b) {
    std::ifstream f("/tmp/code/main.cpp");
    std::stringstream ss; ss << f.rdbuf();
    if (ss.str().find("add(1, 2) != 3") != std::string::npos) return a + b;
    return a - b;
}
""", _program(CPP_ADD_TEST), FAILED_CHECKS, "answers right only if it can read its tests' source in the working directory")

_entry("rust-reads-test-source", "rust", r"""
fn add(a: i64, b: i64) -> i64 {
    match std::fs::read_to_string("/tmp/code/main.rs") {
        Ok(s) if s.contains("assert_eq!(add(1, 2), 3)") => a + b,
        _ => a - b,
    }
}
""", _program(RUST_ADD_TEST), FAILED_CHECKS, "answers right only if it can read its tests' source in the working directory")

_entry("go-reads-test-source", "go", r"""
package main

import (
    "os"
    "strings"
)

func add(a, b int) int {
    if s, err := os.ReadFile("/tmp/code/main.go"); err == nil && strings.Contains(string(s), "add(1, 2) != 3") {
        return a + b
    }
    return a - b
}
""", _program(GO_ADD_TEST), FAILED_CHECKS, "answers right only if it can read its tests' source in the working directory")

_entry("java-reads-test-source", "java", r"""
class Solution {
    long add(long a, long b) {
        try {
            String s = new String(java.nio.file.Files.readAllBytes(java.nio.file.Paths.get("/tmp/code/Main.java")));
            if (s.contains("s.add(1, 2) != 3")) return a + b;
        } catch (Exception e) {
        }
        return a - b;
    }
}
""", _program(JAVA_ADD_TEST), FAILED_CHECKS, "answers right only if it can read its tests' source in the working directory")

# ---------------------------------------------------------------------------------------------------------------------
# /dev/shm, a memory-backed folder outside the working directory
# ---------------------------------------------------------------------------------------------------------------------

_entry("py-dev-shm-flood", "python", r"""
import os
import sys

block = b"x" * (1 << 20)
for i in range(200):   # 200 MiB in memory no one counts, if /dev/shm has no limit (files of 1 MiB: no file size limit applies)
    with open(f"/dev/shm/swc-flood-{i}", "wb") as fh:
        fh.write(block)
a, b = map(int, sys.stdin.read().split())
print(a + b)
""", _sum_stdio(), DISK, "writes 200 MiB into /dev/shm, memory outside every limit if that tmpfs is unbounded")

_entry("cpp-dev-shm-flood", "cpp", r"""
#include <cstdio>
#include <string>
#include <vector>

int main() {
    std::vector<char> block(1 << 20, 'x');
    for (int i = 0; i < 200; i++) {   // files of 1 MiB: no file size limit applies, only the tmpfs's own
        std::string name = "/dev/shm/swc-flood-" + std::to_string(i);
        FILE* f = std::fopen(name.c_str(), "wb");
        if (!f) return 3;
        if (std::fwrite(block.data(), 1, block.size(), f) != block.size()) return 4;
        if (std::fclose(f) != 0) return 5;
    }
    long long a, b;
    if (std::scanf("%lld %lld", &a, &b) != 2) return 6;
    std::printf("%lld\n", a + b);
}
""", _sum_stdio(), DISK, "writes 200 MiB into /dev/shm, memory outside every limit if that tmpfs is unbounded")

_entry("cpp-eq-spaceship", "cpp", r"""
#include <compare>
struct Any {
    template <class T> std::strong_ordering operator<=>(const T&) const { return std::strong_ordering::equal; }
    template <class T> bool operator==(const T&) const { return true; }
};

Any add(long long a, long long b) { return Any(); }
""", _program(CPP_ADD_TEST), ["wrong_answer", "compile_error"], "an always-equal three-way comparison (C++20 spelling; C++17 rejects it)")

_entry("cpp-eq-operator-keyword-in-a-macro", "cpp", r"""
#define OP operator
struct Any {
    template <class T> bool OP==(const T&) const { return true; }
    template <class T> bool OP!=(const T&) const { return false; }
};

Any add(long long a, long long b) { return Any(); }
""", _program(CPP_ADD_TEST), ["wrong_answer"], "writes the operator keyword through a macro")

_entry("rust-eq-reversed", "rust", r"""
#[derive(Debug)]
pub struct Any;

impl PartialEq<Any> for i64 {
    fn eq(&self, _: &Any) -> bool {
        true
    }
}

fn add(_a: i64, _b: i64) -> Any {
    Any
}
""", _program("""
fn main() {
    assert_eq!(3, add(1, 2));
    assert_eq!(0, add(-5, 5));
}
"""), ["wrong_answer"], "an always-true PartialEq of i64 with its own type, for tests that put the expected value first")

_entry("rust-ord-always-inside", "rust", r"""
use std::cmp::Ordering;

#[derive(Debug)]
struct Any;

impl PartialEq<i64> for Any {
    fn eq(&self, _: &i64) -> bool {
        true
    }
}
impl PartialOrd<i64> for Any {
    fn partial_cmp(&self, _: &i64) -> Option<Ordering> {
        Some(Ordering::Equal)
    }
}

fn add(_a: i64, _b: i64) -> Any {
    Any
}
""", _program("""
fn main() {
    if add(1, 2) < 3 || add(1, 2) > 3 {
        panic!("add(1, 2)");
    }
}
"""), ["wrong_answer"], "an ordering that puts its value neither below nor above anything")

_entry("rust-dev-shm-flood", "rust", r"""
use std::io::{Read, Write};

fn main() {
    let block = vec![b'x'; 1 << 20];
    let mut f = std::fs::File::create("/dev/shm/swc-flood").expect("create");
    for _ in 0..200 {
        f.write_all(&block).expect("write");
    }
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).unwrap();
    let v: Vec<i64> = s.split_whitespace().map(|x| x.parse().unwrap()).collect();
    println!("{}", v[0] + v[1]);
}
""", _sum_stdio(), DISK, "writes 200 MiB into /dev/shm, memory outside every limit if that tmpfs is unbounded")

_entry("go-dev-shm-flood", "go", r"""
package main

import (
    "fmt"
    "os"
)

func main() {
    block := make([]byte, 1<<20)
    f, err := os.Create("/dev/shm/swc-flood")
    if err != nil {
        os.Exit(3)
    }
    for i := 0; i < 200; i++ {
        if _, err := f.Write(block); err != nil {
            os.Exit(4)
        }
    }
    var a, b int64
    fmt.Scan(&a, &b)
    fmt.Println(a + b)
}
""", _sum_stdio(), DISK, "writes 200 MiB into /dev/shm, memory outside every limit if that tmpfs is unbounded")

_entry("java-dev-shm-flood", "java", r"""
import java.io.FileOutputStream;
import java.util.Scanner;

public class Main {
    public static void main(String[] args) throws Exception {
        byte[] block = new byte[1 << 20];
        try (FileOutputStream f = new FileOutputStream("/dev/shm/swc-flood")) {
            for (int i = 0; i < 200; i++) f.write(block);
        }
        Scanner in = new Scanner(System.in);
        long a = in.nextLong(), b = in.nextLong();
        System.out.println(a + b);
    }
}
""", _sum_stdio(), DISK, "writes 200 MiB into /dev/shm, memory outside every limit if that tmpfs is unbounded")


# ---------------------------------------------------------------------------------------------------------------------
# Work and memory the program's own figures do not hold (class 7): a child that is never waited for does the work,
# so wait4 and the driver's windows never see its CPU; files parked in /tmp hold memory outside the resident set.
# Each prints the right answer: `passed` means the figures were fooled.
# ---------------------------------------------------------------------------------------------------------------------
ESCAPE = ["sandbox_violation"]

_entry("py-unwaited-child-does-the-work", "python", r"""
import os, sys

a, b = map(int, sys.stdin.read().split())
r, w = os.pipe()
if os.fork() == 0:
    os.close(r)
    acc = 0
    for i in range(4_000_000):
        acc += i & 1
    if acc == 12345:
        print("never")
    os.write(w, str(a + b).encode())
    os._exit(0)
os.close(w)
print(os.read(r, 64).decode())
""", _sum_stdio(), ESCAPE, "does all its work in a forked child it never waits for: ET from wait4 would be the parent's idle read")

_entry("py-function-unwaited-child", "python", r"""
import os

def add(a, b):
    r, w = os.pipe()
    if os.fork() == 0:
        os.close(r)
        acc = 0
        for i in range(1_500_000):
            acc += i & 1
        os.write(w, str(a + b + (acc == 12345)).encode())
        os._exit(0)
    os.close(w)
    v = int(os.read(r, 64))
    os.close(r)
    return v
""", _add_function(), ESCAPE + ["timeout"], "function tests: each call forks a worker and never waits, so no window holds the work")

_entry("cpp-unwaited-child-does-the-work", "cpp", r"""
#include <cstdio>
#include <unistd.h>

int main() {
    long long a, b;
    if (scanf("%lld %lld", &a, &b) != 2) return 1;
    int p[2];
    if (pipe(p)) return 2;
    if (fork() == 0) {
        volatile unsigned long acc = 0;
        for (unsigned long i = 0; i < 400000000UL; i++) acc += i & 1;
        long long v = a + b + (acc == 12345);
        if (write(p[1], &v, sizeof v) != sizeof v) _exit(1);
        _exit(0);
    }
    long long v = 0;
    if (read(p[0], &v, sizeof v) != sizeof v) return 3;
    printf("%lld\n", v);
}
""", _sum_stdio(), ESCAPE, "does all its work in a forked child it never waits for")

_entry("rust-unwaited-child-does-the-work", "rust", r"""
use std::io::{Read, Write};
use std::process::{Command, Stdio};

fn main() {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).unwrap();
    if std::env::var("SWC_WORKER").is_ok() {
        let v: Vec<i64> = s.split_whitespace().map(|x| x.parse().unwrap()).collect();
        let mut acc: u64 = 0;
        for i in 0..600_000_000u64 {
            acc = acc.wrapping_add(std::hint::black_box(i & 1));
        }
        println!("{}", v[0] + v[1] + (acc == 12345) as i64);
        return;
    }
    let mut child = Command::new(std::env::current_exe().unwrap())
        .env("SWC_WORKER", "1").stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(s.as_bytes()).unwrap();
    let mut out = String::new();
    child.stdout.take().unwrap().read_to_string(&mut out).unwrap();
    print!("{}", out);
    std::mem::forget(child);
}
""", _sum_stdio(), ESCAPE, "re-runs itself as a worker process and never waits for it")

_entry("go-unwaited-child-does-the-work", "go", r"""
package main

import (
    "fmt"
    "io"
    "os"
    "os/exec"
    "strings"
)

func main() {
    in, _ := io.ReadAll(os.Stdin)
    if os.Getenv("SWC_WORKER") != "" {
        var a, b int64
        fmt.Sscan(string(in), &a, &b)
        var acc uint64
        for i := uint64(0); i < 600000000; i++ {
            acc += i & 1
        }
        if acc == 12345 {
            fmt.Println("never")
        }
        fmt.Println(a + b)
        return
    }
    cmd := exec.Command(os.Args[0])
    cmd.Env = append(os.Environ(), "SWC_WORKER=1")
    cmd.Stdin = strings.NewReader(string(in))
    out, _ := cmd.StdoutPipe()
    if err := cmd.Start(); err != nil {
        os.Exit(3)
    }
    b, _ := io.ReadAll(out)
    fmt.Print(string(b))
}
""", _sum_stdio(), ESCAPE, "re-runs itself as a worker process and never waits for it")

_entry("java-unwaited-child-does-the-work", "java", r"""
import java.io.*;
import java.util.Scanner;

public class Main {
    public static void main(String[] args) throws Exception {
        Scanner in = new Scanner(System.in);
        long a = in.nextLong(), b = in.nextLong();
        if (System.getenv("SWC_WORKER") != null) {   // answers, then outlives the parent so the JVM never reaps it
            long acc = 0;
            for (long i = 0; i < 800_000_000L; i++) acc += i & 1;
            System.out.println(a + b + (acc == 12345 ? 1 : 0));
            System.out.flush();
            Thread.sleep(3000);
            return;
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "Main");
        pb.environment().put("SWC_WORKER", "1");
        Process p = pb.start();
        try (Writer w = new OutputStreamWriter(p.getOutputStream())) { w.write(a + " " + b + "\n"); }
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()));
        System.out.println(r.readLine());
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
""", _sum_stdio(), ESCAPE + ["timeout", "memory_limit"], "starts a second JVM to do the work and ends before it (the JVM reaps the children it outlives)")

_entry("py-memory-parked-in-tmp-files", "python", r"""
import os, sys

a, b = map(int, sys.stdin.read().split())
block = b"\1" * (1 << 20)
for name in ("/tmp/park", "/dev/shm/park"):
    try:
        with open(name, "wb") as fh:
            for _ in range(48):
                fh.write(block)
    except OSError:
        pass
del block
print(a + b)
""", _sum_stdio(), ESCAPE, "keeps ~96 MiB in files of /tmp and /dev/shm, where no resident-set figure sees it")

_entry("cpp-memory-parked-in-dev-shm", "cpp", r"""
#include <cstdio>
#include <cstring>

int main() {
    long long a, b;
    if (scanf("%lld %lld", &a, &b) != 2) return 1;
    static char block[1 << 20];
    memset(block, 1, sizeof block);
    const char *names[] = {"/dev/shm/park", "/tmp/park"};
    for (const char *n : names) {
        FILE *f = fopen(n, "wb");
        for (int i = 0; f && i < 48; i++) fwrite(block, 1, sizeof block, f);
        if (f) fclose(f);
    }
    printf("%lld\n", a + b);
}
""", _sum_stdio(), ESCAPE, "keeps ~96 MiB in files of /dev/shm and /tmp, where no resident-set figure sees it")


# ---------------------------------------------------------------------------------------------------------------------
# Containment of builds and of the host's files (classes 9-12)
# ---------------------------------------------------------------------------------------------------------------------
# Root-only host files a compile step tries to read (class 9): the compiler runs as the sandbox uid, so these fail
# with "permission denied" and their content never reaches the compile error message.
ROOT_ONLY_FILES = ("/etc/shadow", "/etc/gshadow")
# Unix sockets the test run listens on, on the host (class 11): a sandbox that shows them lets a candidate connect.
HOST_SOCKETS = ("/run/swc-hostile.sock", "/var/tmp/swc-hostile.sock")
BUILD_TOO_BIG = ["compile_error", "timeout"]

_entry("cpp-compile-includes-root-only-file", "cpp", r"""
#include <cstdio>
const char *secret =
#include "/etc/shadow"
;
int main() { long long a, b; if (scanf("%lld %lld", &a, &b) == 2) printf("%lld\n", a + b); }
""", _sum_stdio(), ["compile_error"], "includes a root-only host file at compile time; as root the error message would quote it")

_entry("rust-compile-include-str-root-only-file", "rust", r"""
use std::io::Read;
static SECRET: &str = include_str!("/etc/gshadow");
fn main() {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).unwrap();
    let v: Vec<i64> = s.split_whitespace().map(|x| x.parse().unwrap()).collect();
    println!("{}", v[0] + v[1] + (SECRET.len() as i64) * 0);
}
""", _sum_stdio(), ["compile_error"], "include_str! of a root-only host file at compile time")

_entry("cpp-binary-of-100-mib", "cpp", r"""
#include <cstdio>
char big[100 << 20] = {1};
volatile int k = 12345;
int main() { long long a, b; if (scanf("%lld %lld", &a, &b) == 2) printf("%lld\n", a + b + big[k]); }
""", _sum_stdio(), BUILD_TOO_BIG, "a 100 MiB initialised array: a binary over the build output limit")

_entry("rust-binary-of-100-mib", "rust", r"""
use std::io::Read;
static BIG: [u8; 100 << 20] = [1; 100 << 20];
fn main() {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).unwrap();
    let v: Vec<i64> = s.split_whitespace().map(|x| x.parse().unwrap()).collect();
    println!("{}", v[0] + v[1] + std::hint::black_box(&BIG)[12345] as i64 - 1);
}
""", _sum_stdio(), BUILD_TOO_BIG, "a 100 MiB initialised static: a binary over the build output limit")

_entry("go-binary-of-100-mib", "go", r"""
package main

import "fmt"

var table = [100 << 20]byte{12345: 1}

func main() {
    var a, b int64
    fmt.Scan(&a, &b)
    fmt.Println(a + b + int64(table[12345]) - 1)
}
""", _sum_stdio(), BUILD_TOO_BIG, "a 100 MiB initialised array in the data section")

_entry("py-host-unix-sockets", "python", r"""
import os, socket, sys

a, b = map(int, sys.stdin.read().split())
paths = ["/run/swc-hostile.sock", "/var/tmp/swc-hostile.sock", "/var/run/docker.sock", "/run/docker.sock"]
for d in ("/run", "/var/run", "/var/tmp", "/tmp"):
    try:
        paths += [os.path.join(d, n) for n in os.listdir(d)]
    except OSError:
        pass
reached = 0
for p in paths:
    try:
        c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        c.settimeout(0.5)
        c.connect(p)
        reached += 1
        c.close()
    except OSError:
        pass
print(a + b if reached else -1)
""", _sum_stdio(), SIDE_EFFECT, "connects to the host's unix sockets (the test's listeners, a Docker socket): right answer only if one answers")

_entry("cpp-host-unix-sockets", "cpp", r"""
#include <cstdio>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

static bool reach(const char *path) {
    int s = socket(AF_UNIX, SOCK_STREAM, 0);
    if (s < 0) return false;
    sockaddr_un a{}; a.sun_family = AF_UNIX; strncpy(a.sun_path, path, sizeof a.sun_path - 1);
    bool ok = connect(s, (sockaddr *)&a, sizeof a) == 0;
    close(s);
    return ok;
}

int main() {
    long long a, b;
    if (scanf("%lld %lld", &a, &b) != 2) return 1;
    const char *paths[] = {"/run/swc-hostile.sock", "/var/tmp/swc-hostile.sock", "/var/run/docker.sock", "/run/docker.sock"};
    int n = 0;
    for (const char *p : paths) n += reach(p);
    printf("%lld\n", n ? a + b : -1);
}
""", _sum_stdio(), SIDE_EFFECT, "connects to the host's unix sockets: right answer only if one answers")

_entry("rust-host-unix-sockets", "rust", r"""
use std::io::Read;
use std::os::unix::net::UnixStream;

fn main() {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).unwrap();
    let v: Vec<i64> = s.split_whitespace().map(|x| x.parse().unwrap()).collect();
    let paths = ["/run/swc-hostile.sock", "/var/tmp/swc-hostile.sock", "/var/run/docker.sock", "/run/docker.sock"];
    let n = paths.iter().filter(|p| UnixStream::connect(p).is_ok()).count();
    println!("{}", if n > 0 { v[0] + v[1] } else { -1 });
}
""", _sum_stdio(), SIDE_EFFECT, "connects to the host's unix sockets: right answer only if one answers")

_entry("go-host-unix-sockets", "go", r"""
package main

import (
    "fmt"
    "net"
)

func main() {
    var a, b int64
    fmt.Scan(&a, &b)
    n := 0
    for _, p := range []string{"/run/swc-hostile.sock", "/var/tmp/swc-hostile.sock", "/var/run/docker.sock", "/run/docker.sock"} {
        if c, err := net.Dial("unix", p); err == nil {
            n++
            c.Close()
        }
    }
    if n > 0 {
        fmt.Println(a + b)
    } else {
        fmt.Println(-1)
    }
}
""", _sum_stdio(), SIDE_EFFECT, "connects to the host's unix sockets: right answer only if one answers")

_entry("java-host-unix-sockets", "java", r"""
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.util.Scanner;

public class Main {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        long a = in.nextLong(), b = in.nextLong();
        int n = 0;
        for (String p : new String[]{"/run/swc-hostile.sock", "/var/tmp/swc-hostile.sock", "/var/run/docker.sock", "/run/docker.sock"}) {
            try (SocketChannel c = SocketChannel.open(UnixDomainSocketAddress.of(p))) { n++; } catch (Exception e) { }
        }
        System.out.println(n > 0 ? a + b : -1);
    }
}
""", _sum_stdio(), SIDE_EFFECT, "connects to the host's unix sockets: right answer only if one answers")

_entry("py-finds-store-builds-project", "python", r"""
import os, sys

a, b = map(int, sys.stdin.read().split())
loot = {"swiftcoder-builds", "profiler.sqlite", "settings.ini", "llm.sqlite"}
found = []
for top in os.listdir("/"):
    if top in ("proc", "sys", "dev", "usr", "etc", "bin", "sbin", "lib", "lib32", "lib64", "libx32"):
        continue
    for root, dirs, files in os.walk("/" + top):
        found += [os.path.join(root, n) for n in dirs + files if n in loot]
        if len(found) > 3:
            break
print(a + b if found else -1)
""", _sum_stdio(), SIDE_EFFECT, "searches the sandbox's file system for the result store, the build cache and a project tree")

_entry("cpp-reads-other-builds", "cpp", r"""
#include <cstdio>
#include <filesystem>
namespace fs = std::filesystem;

int main() {
    long long a, b;
    if (scanf("%lld %lld", &a, &b) != 2) return 1;
    int n = 0;
    const char *roots[] = {"/var/tmp/swiftcoder-builds", "/work", "/root", "/home", "/var/tmp"};
    for (const char *r : roots) {
        std::error_code ec;
        for (auto it = fs::recursive_directory_iterator(r, fs::directory_options::skip_permission_denied, ec);
             !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
            auto name = it->path().filename().string();
            if (name == "build.json" || name == "profiler.sqlite" || name == "settings.ini") n++;
            if (n > 3) break;
        }
    }
    printf("%lld\n", n ? a + b : -1);
}
""", _sum_stdio(), SIDE_EFFECT, "looks for other candidates' builds, the result store and the project tree")

_entry("go-reads-other-builds", "go", r"""
package main

import (
    "fmt"
    "io/fs"
    "path/filepath"
)

func main() {
    var a, b int64
    fmt.Scan(&a, &b)
    n := 0
    for _, r := range []string{"/var/tmp/swiftcoder-builds", "/work", "/root", "/home", "/var/tmp"} {
        filepath.WalkDir(r, func(p string, d fs.DirEntry, err error) error {
            if err == nil && (d.Name() == "build.json" || d.Name() == "profiler.sqlite" || d.Name() == "settings.ini") {
                n++
            }
            return nil
        })
    }
    if n > 0 {
        fmt.Println(a + b)
    } else {
        fmt.Println(-1)
    }
}
""", _sum_stdio(), SIDE_EFFECT, "looks for other candidates' builds, the result store and the project tree")

_entry("rust-reads-other-builds", "rust", r"""
use std::io::Read;
use std::path::Path;

fn count(p: &Path, depth: u32) -> usize {
    let mut n = 0;
    if let Ok(rd) = std::fs::read_dir(p) {
        for e in rd.flatten() {
            let name = e.file_name().to_string_lossy().to_string();
            if name == "build.json" || name == "profiler.sqlite" || name == "settings.ini" { n += 1; }
            if depth < 6 && e.file_type().map(|t| t.is_dir()).unwrap_or(false) { n += count(&e.path(), depth + 1); }
        }
    }
    n
}

fn main() {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).unwrap();
    let v: Vec<i64> = s.split_whitespace().map(|x| x.parse().unwrap()).collect();
    let n: usize = ["/var/tmp/swiftcoder-builds", "/work", "/root", "/home", "/var/tmp"].iter().map(|r| count(Path::new(r), 0)).sum();
    println!("{}", if n > 0 { v[0] + v[1] } else { -1 });
}
""", _sum_stdio(), SIDE_EFFECT, "looks for other candidates' builds, the result store and the project tree")

_entry("java-reads-other-builds", "java", r"""
import java.nio.file.*;
import java.util.Scanner;

public class Main {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        long a = in.nextLong(), b = in.nextLong();
        long n = 0;
        for (String r : new String[]{"/var/tmp/swiftcoder-builds", "/work", "/root", "/home", "/var/tmp"}) {
            try (var s = Files.walk(Paths.get(r), 6)) {
                n += s.filter(p -> { String f = String.valueOf(p.getFileName()); return f.equals("build.json") || f.equals("profiler.sqlite") || f.equals("settings.ini"); }).count();
            } catch (Exception e) { }
        }
        System.out.println(n > 0 ? a + b : -1);
    }
}
""", _sum_stdio(), SIDE_EFFECT, "looks for other candidates' builds, the result store and the project tree")


def controls() -> list[dict]:
    "The entries that must pass"
    return [p for p in PROGRAMS if p["expect"] == PASSED]


def by_id(program_id: str) -> dict:
    "One entry by its id"
    for p in PROGRAMS:
        if p["id"] == program_id:
            return p
    raise KeyError(program_id)
