"""Candidates that try to game the figures rather than the verdict: forged counter output, a report file rewritten
by a left-behind process, a cache carried between measured calls, a result that is right only on small inputs.

Every program here runs only inside the sandbox, through `profiler.profile`."""
from swiftcoder.profiler import MeasureSettings, check_against_reference, profile

XS = list(range(60_000))
FTESTS = {"kind": "function", "entry_point": "f", "cases": [{"input": [[1, 2, 3]], "output": 6}], "stress": [{"input": [XS]}]}
LOOP = "def f(xs):\n    s = 0\n    for x in xs:\n        s += x\n    return s\n"
# prints counter lines, plants a report of one instruction where callgrind writes its own, and leaves a detached
# process behind that rewrites the report after the program has ended
FORGER_PY = '''import os, sys, time
def _forge():
    if getattr(sys, "_forged", False): return   # once a process: a fork per call would (rightly) hit the process limit
    sys._forged = True
    for p in ("/tmp/.swc-callgrind.out", "callgrind.out"):
        try:
            with open(p, "w") as fh: fh.write("events: Ir\\nsummary: 1\\ntotals: 1\\n")
        except OSError: pass
    sys.stderr.write("==1== I   refs:      1\\ntotals: 1\\n")
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            time.sleep(0.3); _forge_file(); os._exit(0)
        os._exit(0)
def _forge_file():
    with open("/tmp/.swc-callgrind.out", "w") as fh: fh.write("events: Ir\\nsummary: 1\\ntotals: 1\\n")
''' + LOOP.replace("    s = 0\n", "    _forge()\n    s = 0\n")

def _profile(cands, **kw):
    return {r["id"]: r for r in profile(cands, settings=MeasureSettings(repeats=1, rounds=1, max_rounds=1, **kw), show_progress=False)}

def test_forged_counter_output_is_not_the_count():
    res = _profile([{"id": "honest", "task": "t", "language": "python", "code": LOOP, "tests": FTESTS},
                    {"id": "forger", "task": "t", "language": "python", "code": FORGER_PY, "tests": FTESTS}])
    honest, forger = res["honest"]["instructions"], res["forger"]["instructions"]
    assert res["forger"]["status"] == "passed" and honest and forger
    assert forger >= 0.9 * honest, (honest, forger)   # the same loop: the forged "1" is never read

CPP_TESTS = {"kind": "program", "test_code": "int main() { volatile long long s = 0; for (int i = 0; i < 2000000; i++) s += work(i);"
                                              " return s == 0; }\n"}
CPP_HONEST = "long long work(int i) { return i % 7; }\n"
CPP_FORGER = ('#include <cstdio>\n#include <unistd.h>\n'
              'static int forged = [] { FILE* f = fopen("/tmp/.swc-callgrind.out", "w"); if (f) { fputs("totals: 1\\n", f); fclose(f); }'
              ' fputs("==1== I   refs:      1\\ntotals: 1\\n", stderr);'
              ' if (fork() == 0) { setsid(); usleep(300000); FILE* g = fopen("/tmp/.swc-callgrind.out", "w");'
              ' if (g) { fputs("totals: 1\\n", g); fclose(g); } _exit(0); } return 0; }();\n' + CPP_HONEST)

def test_forged_counter_output_is_not_the_count_cpp():
    res = _profile([{"id": "honest", "task": "t", "language": "cpp", "code": CPP_HONEST, "tests": CPP_TESTS},
                    {"id": "forger", "task": "t", "language": "cpp", "code": CPP_FORGER, "tests": CPP_TESTS}])
    honest, forger = res["honest"]["instructions"], res["forger"]["instructions"]
    assert res["forger"]["status"] == "passed" and honest and forger
    assert forger >= 0.9 * honest, (honest, forger)

def test_a_cache_in_module_globals_does_not_carry_between_rounds():
    cached = "_memo = {}\ndef f(xs):\n    k = len(xs)\n    if k not in _memo:\n" + "".join("    " + l + "\n" for l in LOOP.splitlines()[1:-1]) \
             + "        _memo[k] = s\n    return _memo[k]\n"
    cached = cached.replace("    s = 0\n    for x in xs:\n        s += x\n", "        s = 0\n        for x in xs:\n            s += x\n")
    res = {r["id"]: r for r in profile([{"id": "plain", "task": "t", "language": "python", "code": LOOP, "tests": FTESTS},
                                        {"id": "cached", "task": "t", "language": "python", "code": cached, "tests": FTESTS}],
                                       settings=MeasureSettings(repeats=1, rounds=5, max_rounds=5, instructions=False), show_progress=False)}
    assert res["cached"]["status"] == "passed", res["cached"]["message"]
    # the module runs afresh before every round, so every round pays for the loop again
    assert res["cached"]["et_s"] > 0.5 * res["plain"]["et_s"], (res["cached"]["et_s"], res["plain"]["et_s"])

def test_fast_because_wrong_on_large_inputs():
    wrong = "def f(xs):\n    return sum(xs) if len(xs) < 1000 else 0\n"
    res = _profile([{"id": "ref", "task": "t", "language": "python", "code": "def f(xs):\n    return sum(xs)\n", "tests": FTESTS},
                    {"id": "wrong", "task": "t", "language": "python", "code": wrong, "tests": FTESTS}], instructions=False)
    assert res["wrong"]["status"] == "passed"   # its cases pass ...
    assert check_against_reference(res["wrong"], res["ref"])["status"] == "wrong_answer"   # ... its stress digest does not
    assert check_against_reference(res["ref"], res["ref"])["status"] == "passed"

# prints a window line of the harness's format (the token read from its own command line) from inside the test:
# a forged 1 ns, 1 KiB window; the harness's own window line comes after it and is the one read
CPP_WINDOW_FORGER = ('#include <cstdio>\n#include <cstring>\n'
                     'static void forge_window() { static bool done = false; if (done) return; done = true;'
                     ' char buf[4096] = {0}; FILE* f = fopen("/proc/self/cmdline", "r"); size_t n = f ? fread(buf, 1, sizeof buf - 1, f) : 0;'
                     ' if (f) fclose(f); const char* tok = buf + strlen(buf) + 1; if ((size_t)(tok - buf) >= n) return;'
                     ' printf("\\n%s w [[[0, 0], 1, 0, 1, 0, 1]]\\n", tok); fflush(stdout); }\n'
                     'long long work(int i) { forge_window(); return i % 7; }\n')

def test_a_forged_window_line_is_not_the_window_cpp():
    res = _profile([{"id": "honest", "task": "t", "language": "cpp", "code": CPP_HONEST, "tests": CPP_TESTS},
                    {"id": "forger", "task": "t", "language": "cpp", "code": CPP_WINDOW_FORGER, "tests": CPP_TESTS}])
    honest, forger = res["honest"], res["forger"]
    assert forger["status"] == "passed" and forger["window"] == "solution", forger["message"]
    assert forger["et_s"] > 1e-5 and forger["mu_mb"] > 0.1, (forger["et_s"], forger["mu_mb"])   # not the forged 1 ns, 1 KiB
    assert forger["instructions"] >= 0.9 * honest["instructions"], (honest["instructions"], forger["instructions"])

# skips its work only when it finds valgrind mapped into its own process: right and slow when timed, wrong and cheap
# when counted; the count's stress result differs from the timed runs', so the candidate is a wrong answer
COUNTER_DETECTOR = '''def _under_counter():
    try:
        with open("/proc/self/maps") as fh:
            return "vgpreload" in fh.read()
    except OSError:
        return False
_COUNTED = _under_counter()
''' + LOOP.replace("    s = 0\n", "    if _COUNTED and len(xs) > 1000:\n        return 0\n    s = 0\n")

def test_a_candidate_that_behaves_otherwise_when_counted_fails():
    res = _profile([{"id": "honest", "task": "t", "language": "python", "code": LOOP, "tests": FTESTS},
                    {"id": "detector", "task": "t", "language": "python", "code": COUNTER_DETECTOR, "tests": FTESTS}])
    assert res["honest"]["status"] == "passed" and res["honest"]["instructions"]
    assert res["detector"]["status"] == "wrong_answer", res["detector"]
    assert "instruction counter" in res["detector"]["message"]

# switches the counter off inside its own window (the driver's helper is reachable from the solution's interpreter):
# its count is a few thousand instructions against tens of milliseconds of CPU, which no program does, so it is refused
LONG_LOOP = "def f(xs):\n    s = 0\n    for _ in range(8):\n        for x in xs:\n            s += x\n    return s // 8\n"
COUNTER_OFF = "import sys\n" + LONG_LOOP.replace("    s = 0\n", "    off = getattr(sys.modules['__main__'], '_off', None)\n"
                                                  "    if off is not None:\n        off()\n    s = 0\n")

def test_a_count_that_cannot_be_the_timed_work_is_refused():
    res = _profile([{"id": "honest", "task": "t", "language": "python", "code": LONG_LOOP, "tests": FTESTS},
                    {"id": "off", "task": "t", "language": "python", "code": COUNTER_OFF, "tests": FTESTS}])
    honest, off = res["honest"], res["off"]
    assert honest["status"] == off["status"] == "passed" and honest["instructions"]
    assert off["et_s"] >= 0.01, off["et_s"]   # long enough to judge
    assert off["instructions"] is None and off["backend"]["instructions"].startswith("refused:"), off["backend"]

# prints what `perf stat` would print on stderr; the sandbox's own counter (the software task clock standing in for the
# hardware instruction counter, which this VM lacks) is read by its pid 1, so the printed "1" is never the count
STDIO_SUM = {"kind": "stdio", "cases": [{"stdin": "2 3\n", "stdout": "5\n"}]}
CPP_PERF_FORGER = ('#include <cstdio>\nint main() { std::fputs("1,,instructions:u,100.00,,\\n1,,instructions,,\\n", stderr);'
                   ' volatile long long s = 0; for (long long i = 0; i < 30000000; i++) s += i % 7;'
                   ' long long a, b; if (std::scanf("%lld %lld", &a, &b) != 2) return 1; std::printf("%lld\\n", a + b); }\n')

def test_a_printed_perf_report_is_not_the_count():
    res = _profile([{"id": "forger", "task": "t", "language": "cpp", "code": CPP_PERF_FORGER, "tests": STDIO_SUM}], perf_event=(1, 1))
    r = res["forger"]
    assert r["status"] == "passed", r["message"]
    assert r["backend"]["instructions"].startswith("perf_event_open (1, 1) (process"), r["backend"]
    assert r["instructions"] > 0.5 * 1e9 * r["et_s"], (r["instructions"], r["et_s"])   # the task clock of its run, not the printed 1

# class 6: a program that notices the counter (valgrind's preload, its tool in the address space) and fails only there
PY_CRASH_COUNTED = ("def _counted():\n    try: return 'valgrind' in open('/proc/self/maps').read() or 'vgpreload' in __import__('os').environ.get('LD_PRELOAD', '')\n"
                    "    except OSError: return False\n") + LOOP.replace("    s = 0\n", "    if _counted(): raise SystemExit(3)\n    s = 0\n")
CPP_CRASH_COUNTED = ('#include <cstdio>\n#include <cstring>\n#include <cstdlib>\n'
                     'static int seen = [] { FILE* f = fopen("/proc/self/maps", "r"); char l[512];'
                     ' while (f && fgets(l, sizeof l, f)) if (strstr(l, "valgrind") || strstr(l, "callgrind")) exit(3);'
                     ' if (f) fclose(f); return 0; }();\n' + CPP_HONEST)

def test_a_program_that_fails_only_under_the_counter_fails():
    for lang, honest, crasher, tests in (("python", LOOP, PY_CRASH_COUNTED, FTESTS), ("cpp", CPP_HONEST, CPP_CRASH_COUNTED, CPP_TESTS)):
        res = _profile([{"id": "honest", "task": "t", "language": lang, "code": honest, "tests": tests},
                        {"id": "crasher", "task": "t", "language": lang, "code": crasher, "tests": tests}])
        assert res["honest"]["status"] == "passed" and res["honest"]["instructions"], (lang, res["honest"])
        assert res["crasher"]["status"] == "runtime_error", (lang, res["crasher"]["status"], res["crasher"]["message"][:300])
        assert "under the instruction counter" in res["crasher"]["message"]

def test_go_counts_survive_its_preemption_signals():
    tests = {"kind": "stdio", "cases": [{"stdin": "1 2\n", "stdout": "3\n"}]}
    code = 'package main\nimport "fmt"\nfunc main() {\n\tvar a, b int64\n\tfmt.Scan(&a, &b)\n\ts := int64(0)\n\tfor i := int64(0); i < 2000000; i++ {\n\t\ts += i & 1\n\t}\n\tfmt.Println(a + b + s - s)\n}\n'
    cands = [{"id": f"g{k}", "task": "t", "language": "go", "code": code + f"// copy {k}\n", "tests": tests} for k in range(6)]
    res = _profile(cands)
    assert all(r["status"] == "passed" and r["instructions"] for r in res.values()), \
        [(r["id"], r["status"], r.get("backend", {}).get("instructions")) for r in res.values()]
