"""Checks of the hostile corpus itself; no sandbox involved and nothing from the corpus is ever executed.

The only tool run is `g++ -fsyntax-only` on the C++ controls (it parses, it does not build or run anything).
"""
import ast
import importlib.util
import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest


def _load_corpus():
    "Load programs.py by path, whatever pytest's import mode and rootdir are"
    path = Path(__file__).with_name("programs.py")
    name = "swc_hostile_programs"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


corpus = _load_corpus()
PROGRAMS = corpus.PROGRAMS
IDS = [p["id"] for p in PROGRAMS]
CONTROLS = [p for p in PROGRAMS if p["expect"] == ["passed"]]
HOSTILE = [p for p in PROGRAMS if p["expect"] != ["passed"]]

STATUSES = {"passed", "wrong_answer", "runtime_error", "compile_error", "timeout", "memory_limit", "output_limit",
            "sandbox_violation", "harness_error"}
LANGUAGES = {"python", "cpp", "java", "rust", "go"}
PREFIX = {"python": "py-", "cpp": "cpp-", "java": "java-", "rust": "rust-", "go": "go-"}
REQUIRED_KEYS = {"id", "language", "code", "tests", "expect", "marker", "escape_path", "why"}
OPTIONAL_KEYS = {"limits"}
ESCAPE_ROOTS = ("/tmp/", "/var/tmp/", "/dev/shm/", "/root/", "/home/", "/etc/", "/opt/")


def by_id(params):
    return pytest.mark.parametrize("prog", params, ids=[p["id"] for p in params])


def full_source(prog):
    "The source the toolchain sees: for program tests, the candidate followed by the test code"
    if prog["tests"]["kind"] == "program":
        return prog["code"] + "\n" + prog["tests"]["test_code"]
    return prog["code"]


# ----------------------------------------------------------------------------------------------------------- corpus

def test_corpus_size_and_spread():
    assert isinstance(PROGRAMS, list)
    assert len(PROGRAMS) >= 36
    per_language = Counter(p["language"] for p in PROGRAMS)
    for lang in LANGUAGES:
        assert per_language[lang] >= 4, f"{lang}: only {per_language[lang]} entries"
    assert per_language["python"] >= max(per_language["java"], per_language["rust"], per_language["go"])
    assert per_language["cpp"] >= max(per_language["java"], per_language["rust"], per_language["go"])


def test_controls():
    assert len(CONTROLS) >= 5
    assert {p["language"] for p in CONTROLS} == LANGUAGES, "one control per language at least"
    python_kinds = {p["tests"]["kind"] for p in CONTROLS if p["language"] == "python"}
    assert {"stdio", "function", "program"} <= python_kinds
    for p in CONTROLS:
        assert p["marker"] is None and p["escape_path"] is None, p["id"]
        assert "control" in p["why"], p["id"]


def test_ids_unique_and_kebab_case():
    dupes = [i for i, n in Counter(IDS).items() if n > 1]
    assert not dupes, f"duplicate ids {dupes}"
    for p in PROGRAMS:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)+", p["id"]), p["id"]
        assert p["id"].startswith(PREFIX[p["language"]]), p["id"]


def test_required_coverage_is_present():
    "The attacks the corpus promises, by id"
    promised = ["py-fork-bomb", "cpp-fork-bomb", "go-process-bomb", "py-memory-bomb", "cpp-memory-bomb",
                "java-memory-bomb", "java-offheap-unsafe-bomb", "rust-memory-bomb", "go-memory-bomb",
                "go-goroutine-bomb", "py-signal-ignoring-loop", "py-sleep-forever", "py-twenty-60mb-files",
                "py-write-outside-tmp", "cpp-write-outside-root", "py-net-loopback", "py-net-public-ip",
                "py-kill-parent", "py-killpg-self", "py-setsid-double-fork-daemon", "py-output-flood",
                "py-stdin-forever", "py-early-exit-program", "py-rebind-assertionerror", "py-always-equal-return",
                "py-fake-pass-token", "py-recursion-error", "cpp-stack-overflow", "cpp-template-bomb",
                "rust-const-eval-bomb", "py-dup2-stdout-devnull", "py-read-etc-shadow", "py-stdout-holder-child",
                "cpp-sigstop-self", "java-static-init-exit", "cpp-fd-exhaustion"]
    missing = [i for i in promised if i not in IDS]
    assert not missing, missing


def test_entries_are_json_and_do_not_share_specs():
    json.dumps(PROGRAMS)  # everything is plain data
    assert len({id(p["tests"]) for p in PROGRAMS}) == len(PROGRAMS), "entries share a mutable test spec"
    assert len({id(p["expect"]) for p in PROGRAMS}) == len(PROGRAMS), "entries share a mutable expect list"


def test_markers_unique_and_not_prefixes_of_each_other():
    markers = [p["marker"] for p in PROGRAMS if p["marker"] is not None]
    assert len(markers) == len(set(markers))
    for a in markers:
        for b in markers:
            assert a == b or a not in b, f"pgrep -f {a!r} would also match {b!r}"


def test_escape_paths_unique():
    paths = [p["escape_path"] for p in PROGRAMS if p["escape_path"] is not None]
    assert len(paths) == len(set(paths))
    for a in paths:
        for b in paths:
            assert a == b or not b.startswith(a), f"{a} is a prefix of {b}"


def test_compile_bombs_are_declared():
    for bomb in corpus.COMPILE_BOMBS:
        prog = next(p for p in PROGRAMS if p["id"] == bomb)
        assert prog["language"] in {"cpp", "rust", "go"}
        assert set(prog["expect"]) <= {"compile_error", "timeout"}, bomb
    for p in PROGRAMS:
        if p["expect"] and set(p["expect"]) <= {"compile_error", "timeout"} and "compile_error" in p["expect"]:
            assert p["id"] in corpus.COMPILE_BOMBS, f"{p['id']} looks like a compile bomb: declare it"


def test_expected_secret_is_unknowable():
    "py-find-expected-output can only print its expected stdout by finding it where the harness leaks it"
    secret = corpus.HARNESS_SECRET
    prog = next(p for p in PROGRAMS if p["id"] == "py-find-expected-output")
    assert prog["tests"]["cases"][0]["stdout"].strip() == secret
    for p in PROGRAMS:
        assert secret not in p["code"], p["id"]
        assert secret not in p["tests"].get("test_code", ""), p["id"]
        assert not re.search(r"swc-secret-[0-9a-f]{16}", p["code"]), p["id"]


def test_loopback_probes_try_the_announced_port_first():
    for p in PROGRAMS:
        if "loopback" in p["id"]:
            assert str(corpus.LOOPBACK_PORT) in p["code"], p["id"]


# -------------------------------------------------------------------------------------------------------- per entry

@by_id(PROGRAMS)
def test_entry_keys_and_types(prog):
    keys = set(prog)
    assert REQUIRED_KEYS <= keys, f"missing {REQUIRED_KEYS - keys}"
    assert keys <= REQUIRED_KEYS | OPTIONAL_KEYS, f"unknown keys {keys - REQUIRED_KEYS - OPTIONAL_KEYS}"
    assert prog["language"] in LANGUAGES
    assert isinstance(prog["code"], str) and prog["code"].strip()
    assert isinstance(prog["why"], str) and prog["why"].strip() and "\n" not in prog["why"]
    assert len(prog["why"]) <= 160, "why is one line"


@by_id(PROGRAMS)
def test_expect(prog):
    expect = prog["expect"]
    assert isinstance(expect, list) and expect
    assert len(expect) == len(set(expect)), "duplicate statuses"
    assert set(expect) <= STATUSES, f"unknown statuses {set(expect) - STATUSES}"
    assert "harness_error" not in expect
    if "passed" in expect:
        assert expect == ["passed"], "a control expects exactly passed; a hostile entry never"
    if "compile_error" in expect:
        assert prog["language"] in {"cpp", "java", "rust", "go"}, "Python does not compile"


@by_id(PROGRAMS)
def test_test_spec_shape(prog):
    tests = prog["tests"]
    assert isinstance(tests, dict)
    kind = tests.get("kind")
    if kind == "function":
        assert prog["language"] == "python", "function tests are Python only"
        assert set(tests) == {"kind", "entry_point", "cases"}
        assert isinstance(tests["entry_point"], str) and tests["entry_point"].isidentifier()
        assert isinstance(tests["cases"], list) and tests["cases"]
        for case in tests["cases"]:
            assert set(case) == {"input", "output"}
            assert isinstance(case["input"], list)
            json.dumps(case["output"])
    elif kind == "stdio":
        assert set(tests) == {"kind", "cases"}
        assert isinstance(tests["cases"], list) and tests["cases"]
        for case in tests["cases"]:
            assert set(case) == {"stdin", "stdout"}
            assert isinstance(case["stdin"], str) and isinstance(case["stdout"], str)
            assert case["stdout"].strip(), "an empty expected stdout would let a silent program pass"
    elif kind == "program":
        assert set(tests) == {"kind", "test_code"}
        assert isinstance(tests["test_code"], str) and tests["test_code"].strip()
    else:
        pytest.fail(f"unknown test kind {kind!r}")


@by_id(PROGRAMS)
def test_marker(prog):
    marker = prog["marker"]
    if marker is None:
        return
    assert isinstance(marker, str)
    assert re.fullmatch(r"swc-hostile-[a-z0-9-]+", marker), marker
    assert prog["id"] in marker, "the marker names its entry"
    # as a whole string literal, so that the program really passes exactly this string on to what it spawns
    assert f'"{marker}"' in prog["code"], "the program must put its marker in the argv of what it spawns"


@by_id(PROGRAMS)
def test_escape_path(prog):
    path = prog["escape_path"]
    if path is None:
        return
    assert isinstance(path, str) and path.startswith(ESCAPE_ROOTS), path
    assert Path(path).is_absolute() and ".." not in Path(path).parts
    name = Path(path).name
    assert name.startswith("swc-escape-"), path
    assert name in full_source(prog), "the program must target its escape path"


@by_id(PROGRAMS)
def test_limits(prog):
    limits = prog.get("limits", {})
    assert isinstance(limits, dict)
    assert set(limits) <= set(corpus.LIMIT_KEYS), f"unknown limit keys {set(limits) - set(corpus.LIMIT_KEYS)}"
    for key, value in limits.items():
        assert isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0, (key, value)
    assert limits.get("timeout_s", 10) <= corpus.DEFAULT_LIMITS["timeout_s"], "overrides only tighten"
    assert limits.get("memory_mb", 512) <= corpus.DEFAULT_LIMITS["memory_mb"], "overrides only tighten"


# --------------------------------------------------------------------------------------------------------- sources

def _strip_c_like(src, language):
    "The source with comments and string/char/raw literals removed (enough for bracket balancing)"
    out, i, n = [], 0, len(src)
    while i < n:
        c, nxt = src[i], src[i + 1:i + 2]
        if c == "/" and nxt == "/":
            i = src.find("\n", i)
            i = n if i < 0 else i
        elif c == "/" and nxt == "*":
            end = src.find("*/", i + 2)
            assert end >= 0, "unterminated block comment"
            i = end + 2
        elif c == "`" and language == "go":
            end = src.find("`", i + 1)
            assert end >= 0, "unterminated raw string"
            i = end + 1
        elif c in "\"'":
            j = i + 1
            while j < n and src[j] != c:
                assert src[j] != "\n", f"unterminated literal at offset {i}"
                j += 2 if src[j] == "\\" else 1
            assert j < n, f"unterminated literal at offset {i}"
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _balanced(text):
    pairs, stack = {")": "(", "]": "[", "}": "{"}, []
    for c in text:
        if c in "([{":
            stack.append(c)
        elif c in pairs:
            if not stack or stack.pop() != pairs[c]:
                return False
    return not stack


PY = [p for p in PROGRAMS if p["language"] == "python"]
C_LIKE = [p for p in PROGRAMS if p["language"] != "python"]


@by_id(PY)
def test_python_sources_parse(prog):
    ast.parse(prog["code"])
    if prog["tests"]["kind"] == "program":
        ast.parse(prog["tests"]["test_code"])
        ast.parse(full_source(prog))
    if prog["tests"]["kind"] == "function":
        tree = ast.parse(prog["code"])
        defined = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
        assert prog["tests"]["entry_point"] in defined


@by_id(C_LIKE)
def test_c_like_sources_are_plausible(prog):
    lang, src = prog["language"], full_source(prog)
    stripped = _strip_c_like(src, lang)
    assert _balanced(stripped), "unbalanced brackets"
    if lang == "cpp":
        assert re.search(r"\bint\s+main\s*\(", stripped), "no main()"
        assert "#include" in src
    elif lang == "java":
        assert re.search(r"\bpublic\s+class\s+Main\b", stripped), "no public class Main"
        assert re.search(r"public\s+static\s+void\s+main\s*\(\s*String\s*\[\]", stripped)
        # imports must precede every class, or plain concatenation does not compile
        first_class = re.search(r"\bclass\b", stripped).start()
        assert not re.search(r"^\s*import\s", stripped[first_class:], re.M), "import after a class"
    elif lang == "rust":
        assert re.search(r"\bfn\s+main\s*\(\s*\)", stripped), "no fn main()"
        assert "extern crate" not in stripped, "std only"
    elif lang == "go":
        assert src.startswith("package main\n"), "a single package main file"
        assert re.search(r"\bfunc\s+main\s*\(\s*\)", stripped), "no func main()"
    if prog["tests"]["kind"] == "program" and lang in {"cpp", "rust"}:
        assert not re.search(r"\b(int|fn)\s+main\s*\(", _strip_c_like(prog["code"], lang)), "main belongs to test_code"


CPP_CONTROLS = [p for p in CONTROLS if p["language"] == "cpp"]


@pytest.mark.skipif(shutil.which("g++") is None, reason="g++ not installed")
@by_id(CPP_CONTROLS)
def test_cpp_controls_compile(prog, tmp_path):
    assert prog["id"] not in corpus.COMPILE_BOMBS
    src = tmp_path / "main.cpp"
    src.write_text(full_source(prog))
    r = subprocess.run(["g++", "-std=c++17", "-fsyntax-only", "-Wall", str(src)], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr
