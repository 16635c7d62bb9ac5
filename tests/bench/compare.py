#!/usr/bin/env python3
"""Whole-process comparisons of dispute-explorer against bare floor programs.

    tests/bench/compare.py BUILD_DIR [--runs N] [--work DIR]

Builds nothing: BUILD_DIR must hold a build with DISPUTE_BENCHMARKS on. Generates the datasets,
then runs each program and its floor alternately, N times each, and prints the median wall
time and peak memory (resident set) of each, and their ratios against the targets.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SIZES = (1_000, 10_000, 100_000)


def run_once(command, env):
    """Wall seconds and peak resident kilobytes of one run, which must succeed."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    stderr = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        sys.exit(f"{' '.join(map(str, command))} failed ({process.returncode}):\n{stderr}")
    return elapsed, usage.ru_maxrss


def compare(name, program, floor, runs, env):
    """Runs program and floor alternately; returns a row of medians and ratios."""
    times = {"program": [], "floor": []}
    memory = {"program": [], "floor": []}
    run_once(program, env)  # warm the file cache and the dynamic loader for both
    run_once(floor, env)
    for _ in range(runs):
        for key, command in (("program", program), ("floor", floor)):
            elapsed, rss = run_once(command, env)
            times[key].append(elapsed)
            memory[key].append(rss)
    row = {"name": name}
    for key in times:
        row[key + "_s"] = statistics.median(times[key])
        row[key + "_mib"] = statistics.median(memory[key]) / 1024
    row["time_ratio"] = row["program_s"] / row["floor_s"]
    row["memory_ratio"] = row["program_mib"] / row["floor_mib"]
    return row


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build_dir", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--work", type=Path, help="folder for the datasets (default: temporary)")
    args = parser.parse_args()

    build = args.build_dir.resolve()
    program = build / "app" / "dispute-explorer"
    bench = build / "tests" / "bench"
    for path in (program, bench / "bench_generate", bench / "bench_floor_parse",
                 bench / "bench_floor_window"):
        if not path.exists():
            sys.exit(f"missing {path}: build with -DDISPUTE_BENCHMARKS=ON first")

    with tempfile.TemporaryDirectory() as temporary:
        work = args.work or Path(temporary)
        work.mkdir(parents=True, exist_ok=True)
        home = work / "home"
        (home / "run").mkdir(parents=True, exist_ok=True)
        os.chmod(home / "run", 0o700)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
                   XDG_CONFIG_HOME=str(home / ".config"), XDG_RUNTIME_DIR=str(home / "run"))

        data = {}
        for size in SIZES:
            data[size] = work / f"bench-{size}.json"
            if not data[size].exists():
                subprocess.run([bench / "bench_generate", data[size], str(size)], check=True)
        big = data[SIZES[-1]]
        print(f"{big.name}: {big.stat().st_size / 1e6:.1f} MB, {os.cpu_count()} cores, "
              f"{args.runs} alternating runs each, medians")

        shot = work / "out.png"
        rows = [
            compare(f"--validate {size // 1000}k vs bare parse",
                    [program, "--validate", data[size]], [bench / "bench_floor_parse", data[size]],
                    args.runs, env)
            for size in SIZES
        ]
        targets = [(None, None), (None, None), (1.5, 1.5)]
        rows.append(compare("--screenshot builtin vs bare window",
                            [program, "--screenshot", shot],
                            [bench / "bench_floor_window", shot], args.runs, env))
        targets.append((1.5, None))
        rows.append(compare("--screenshot 100k vs bare parse",
                            [program, "--screenshot", shot, big],
                            [bench / "bench_floor_parse", big], args.runs, env))
        targets.append((2.0, None))

    header = (f"{'comparison':38} {'program':>9} {'floor':>9} {'ratio':>6} {'target':>7}"
              f" {'peak MiB':>9} {'floor MiB':>9} {'ratio':>6} {'target':>7}")
    print(header)
    failed = False
    for row, (time_target, memory_target) in zip(rows, targets):
        def verdict(ratio, target):
            nonlocal failed
            if target is None:
                return f"{ratio:6.2f} {'':>7}"
            failed = failed or ratio > target
            return f"{ratio:6.2f} {('≤' + str(target)) + (' ok' if ratio <= target else ' !!'):>7}"
        print(f"{row['name']:38} {row['program_s']:8.3f}s {row['floor_s']:8.3f}s "
              f"{verdict(row['time_ratio'], time_target)} {row['program_mib']:9.1f} "
              f"{row['floor_mib']:9.1f} {verdict(row['memory_ratio'], memory_target)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
