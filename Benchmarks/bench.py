#!/usr/bin/env python3
"""Runs the benchmark table of docs/PERFORMANCE.md (see scripts/bench, which builds the binaries).

Every measurement is its own process, interleaved round by round so that machine drift hits all
engines alike: WasmLua built by scripts/build's options ("ours"), WasmLua built plainly as an
embedder builds it ("plain"), and the WasmKit 0.4.2 engine built plainly. Ratios are WasmLua time /
WasmKit time (below 1: WasmLua faster), medians over the rounds.
"""
import json
import math
import os
import re
import statistics
import subprocess
import sys
import time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ours_bench, plain_bench, wasmlua, bench_dir, rounds = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
only = set(sys.argv[6].split(",")) if len(sys.argv) > 6 and sys.argv[6] else None
manifest = json.load(open(os.path.join(bench_dir, "workloads.json")))["workloads"]
workloads = [w for w in manifest if only is None or w["name"] in only]


def measure(command):
    """Runs a command; returns its `key value` lines as a dict of floats, and its peak RSS in KiB."""
    start = time.monotonic()
    process = subprocess.Popen(
        ["/usr/bin/time", "-f", "%M"] + command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    out, err = process.communicate()
    wall = time.monotonic() - start
    if process.returncode != 0:
        sys.exit(f"bench: {' '.join(command)} failed:\n{out}{err}")
    values = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 2:
            try:
                values[parts[0]] = float(parts[1])
            except ValueError:
                values[parts[0]] = parts[1]
    rss = int(err.strip().splitlines()[-1])
    return values, rss, wall, out


def geomean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else float("nan")


engines = {"ours": (ours_bench, "wasmlua"), "plain": (plain_bench, "wasmlua"), "wasmkit": (plain_bench, "wasmkit"),
           "fuel": (ours_bench, "wasmlua-fuel")}
times = {(w["name"], e): [] for w in workloads for e in engines}
rss = {(w["name"], e): 0 for w in workloads for e in engines}
whole = {(w["name"], e): [] for w in workloads for e in ("ours", "wasmkit")}
for _ in range(rounds):
    for w in workloads:
        path = os.path.join(bench_dir, w["file"])
        for engine, (binary, name) in engines.items():
            if w["kind"] == "run":
                values, peak, _, _ = measure([binary, "run", name, path, str(w["n"]), w["expected"]])
                times[(w["name"], engine)].append(values["seconds"])
            elif w["kind"] == "host" and engine != "fuel":
                values, peak, _, _ = measure([binary, "host", name, path, str(w["n"])])
                times[(w["name"], engine)].append(values["ns-per-call"])
            elif w["kind"] == "large" and engine != "fuel":
                values, peak, _, _ = measure([binary, "compile", name, path])
                times[(w["name"], engine)].append(values["seconds"])
            else:
                continue
            rss[(w["name"], engine)] = max(rss[(w["name"], engine)], peak)
        if w["kind"] == "run":
            # Whole processes, as a user runs them: `wasmlua run --invoke` against a WasmKit process
            # doing the same (read, compile, instantiate, run, print).
            for engine, command in (("ours", [wasmlua, "run", "--invoke", "run", path, str(w["n"])]),
                                    ("wasmkit", [plain_bench, "invoke", "wasmkit", path, str(w["n"])])):
                _, _, wall, out = measure(command)
                if out.strip() != w["expected"]:
                    sys.exit(f"bench: {' '.join(command)} printed {out.strip()}, expected {w['expected']}")
                whole[(w["name"], engine)].append(wall)

med = {k: statistics.median(v) for k, v in times.items() if v}
lines = []
commit = subprocess.run(["git", "-C", root, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
lines.append(f"## {time.strftime('%Y-%m-%d %H:%M')} UTC, commit {commit}, `scripts/bench {rounds}`")
lines.append("")
lines.append("In-process `run(n)` times (s), medians of %d rounds, one process per measurement:" % rounds)
lines.append("")
lines.append("| workload | n | WasmKit | ours | ours/WasmKit | plain | plain/WasmKit | fuel on/off | peak RSS MiB (ours / WasmKit) |")
lines.append("|---|---|---|---|---|---|---|---|---|")
ratios = {"ours": [], "plain": [], "fuel": [], "whole": []}
for w in workloads:
    n = w["name"]
    if w["kind"] == "run":
        kit, ours, plain, fuel = med[(n, "wasmkit")], med[(n, "ours")], med[(n, "plain")], med[(n, "fuel")]
        ratios["ours"].append(ours / kit)
        ratios["plain"].append(plain / kit)
        ratios["fuel"].append(fuel / ours)
        lines.append(f"| {n} | {w['n']} | {kit:.3f} | {ours:.3f} | {ours / kit:.2f} | {plain:.3f} | {plain / kit:.2f} | "
                     f"{fuel / ours:.2f} | {rss[(n, 'ours')] / 1024:.1f} / {rss[(n, 'wasmkit')] / 1024:.1f} |")
for w in workloads:
    n = w["name"]
    if w["kind"] == "host":
        kit, ours, plain = med[(n, "wasmkit")], med[(n, "ours")], med[(n, "plain")]
        lines.append(f"| {n} (ns per host call) | {w['n']} | {kit:.1f} | {ours:.1f} | {ours / kit:.2f} | {plain:.1f} | {plain / kit:.2f} | | |")
    if w["kind"] == "large":
        kit, ours, plain = med[(n, "wasmkit")], med[(n, "ours")], med[(n, "plain")]
        lines.append(f"| {n} (compile + instantiate; WasmKit eager) | - | {kit:.3f} | {ours:.3f} | {ours / kit:.2f} | {plain:.3f} | {plain / kit:.2f} | | "
                     f"{rss[(n, 'ours')] / 1024:.1f} / {rss[(n, 'wasmkit')] / 1024:.1f} |")
lines.append("")
if ratios["ours"]:
    lines.append(f"Geometric means over the {len(ratios['ours'])} execution workloads: ours/WasmKit **{geomean(ratios['ours']):.2f}**, "
                 f"plain/WasmKit **{geomean(ratios['plain']):.2f}**, fuel on/off **{geomean(ratios['fuel']):.2f}**.")
    lines.append("")
    lines.append("Whole processes (`wasmlua run --invoke run FILE N` against a WasmKit process doing the same), wall seconds:")
    lines.append("")
    lines.append("| workload | WasmKit | wasmlua | wasmlua/WasmKit |")
    lines.append("|---|---|---|---|")
    for w in workloads:
        n = w["name"]
        if w["kind"] == "run":
            kit, ours = statistics.median(whole[(n, "wasmkit")]), statistics.median(whole[(n, "ours")])
            ratios["whole"].append(ours / kit)
            lines.append(f"| {n} | {kit:.3f} | {ours:.3f} | {ours / kit:.2f} |")
    lines.append("")
    lines.append(f"Geometric mean, whole processes: **{geomean(ratios['whole']):.2f}**.")
    lines.append("")

if only is None or "calls" in only:
    host = os.path.join(bench_dir, "wasm/host_call.wasm")
    def median_of_rounds(command):
        """Runs `command` once per round; the median of each of its figures."""
        runs = [measure(command)[0] for _ in range(rounds)]
        return {key: statistics.median(run[key] for run in runs) for key in runs[0]}

    calls = median_of_rounds([ours_bench, "calls", host])
    stores = median_of_rounds([ours_bench, "stores", os.path.join(bench_dir, "wasm/fib.wasm")])
    # calls.lua once per round; each figure is the median of its rounds (one run alone follows
    # whatever else the shared machine is doing at that moment).
    lua_runs = [subprocess.run([wasmlua, os.path.join(root, "Benchmarks/lua/calls.lua")], capture_output=True, text=True,
                               check=True).stdout for _ in range(rounds)]
    figures = [[float(x) for x in re.findall(r"\d+\.\d+", run)] for run in lua_runs]
    medians = iter([statistics.median(column) for column in zip(*figures)])
    lua = re.sub(r"\d+\.\d+", lambda _: f"{next(medians):.1f}", lua_runs[0])
    lines.append(f"| calls and stores (ours; medians of {rounds} runs) | measured | target |")
    lines.append("|---|---|---|")
    for key, label, target in (
        ("host-funcWrap", "Wasm -> Swift host call, typed `funcWrap` (ns)", "<= 20"),
        ("host-funcWrap-hook", "the same with a no-op call hook (ns; a host call is two hook crossings)", ""),
        ("host-funcNew", "Wasm -> Swift host call, `funcNew` with `[Value]` (ns)", ""),
        ("host-funcNew-views", "Wasm -> Swift host call, `funcNew` with argument/result views (ns)", "<= 40"),
        ("export-typed", "Swift -> Wasm, `TypedFunc` call of an empty export (ns)", "<= 20"),
        ("export-call", "Swift -> Wasm, `Func.call` of an empty export (ns)", "<= 50"),
        ("export-typed-hook", "the same `TypedFunc` call with a no-op call hook (ns; a call is two hook crossings)", ""),
    ):
        lines.append(f"| {label} | {calls[key]:.1f} | {target} |")
    # The hook target is per crossing (each call enters and leaves: two crossings per call).
    for key, label in (("host-funcWrap", "Wasm -> Swift host call"), ("export-typed", "Swift -> Wasm `TypedFunc` call")):
        added = (calls[key + "-hook"] - calls[key]) / 2
        lines.append(f"| no-op call hook, added per crossing: {label} (ns) | {added:.1f} | <= 10 |")
    lines.append(f"| empty `Store` creation (us) | {stores['store-create-us']:.1f} | <= 10 |")
    lines.append(f"| resident memory per idle `Store` (KiB) | {stores['store-resident-kib']:.1f} | <= 64 |")
    lines.append(f"| store + instantiate fib.wasm + release (us) | {stores['store-instantiate-close-us']:.1f} | <= 30 |")
    lines.append("")
    lines.append(f"Lua (`Benchmarks/lua/calls.lua`; medians of {rounds} runs):")
    lines.append("")
    lines.extend(lua.splitlines())
    lines.append("")

if only is None or "wasi" in only:
    # A real WASI program (Tests/wasi-programs/src/words.c, built with wasi-libc) run to
    # completion in each engine with WASI (WasmKit through its own WASI support), interleaved.
    program = os.path.join(root, "Tests/wasi-programs/words.wasm")
    kib = "8192"
    wasi_times = {"ours": [], "plain": [], "wasmkit": []}
    outputs = set()
    for _ in range(rounds):
        for engine, binary, name in (("ours", ours_bench, "wasmlua"), ("plain", plain_bench, "wasmlua"),
                                     ("wasmkit", plain_bench, "wasmkit")):
            values, _, _, _ = measure([binary, "wasi", name, program, kib])
            wasi_times[engine].append(values["seconds"])
            outputs.add(values.get("output"))
        start = time.monotonic()
        subprocess.run([wasmlua, "run", program, kib], check=True, stdout=subprocess.DEVNULL)
        wasi_times.setdefault("whole", []).append(time.monotonic() - start)
    if len(outputs) != 1:
        sys.exit(f"bench: the engines disagree on the WASI program's output: {outputs}")
    kit = statistics.median(wasi_times["wasmkit"])
    lines.append(f"WASI program `words.wasm {kib}` (C, wasi-libc: text generation, hashing, qsort, printf), "
                 "instantiate + run to completion, medians (s):")
    lines.append("")
    lines.append("| WasmKit (its WASI) | ours | ours/WasmKit | plain | plain/WasmKit | `wasmlua run` whole process |")
    lines.append("|---|---|---|---|---|---|")
    ours, plain = statistics.median(wasi_times["ours"]), statistics.median(wasi_times["plain"])
    lines.append(f"| {kit:.3f} | {ours:.3f} | {ours / kit:.2f} | {plain:.3f} | {plain / kit:.2f} | "
                 f"{statistics.median(wasi_times['whole']):.3f} |")
    lines.append("")

report = "\n".join(lines)
print(report)
with open(os.path.join(root, "docs/PERFORMANCE.md"), "a") as f:
    f.write("\n" + report)
