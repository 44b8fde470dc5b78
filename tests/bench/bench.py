#!/usr/bin/env python3
# bench.py — Tandem's benchmarks.
#
# Copyright 2026 The Tandem developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   bench.py --builddir B --srcdir S [--runs N] load|rss|save|startup|hostile|all
#
# Every figure is the median of N runs (default 5) and, where a reference
# exists, a ratio against it measured in the same run: timings on shared
# machines drift, ratios much less.  Prints a Markdown table.  Exits non-zero
# only when a benchmark cannot run (or a hostile file crashes the loader),
# never because a goal is missed.

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

GOALS = {
    "load": 1.0,        # tandem-cli info ÷ xmllint --noout
    "rss": 2.0,         # peak RSS ÷ file size
    "save": 300.0,      # ms
    "stall": 50.0,      # ms the main loop may go without running during a save
    "merge": 2.0,       # three-way merge ÷ loading the workspace once
    "startup": 0.8,     # tandem ÷ gnome-text-editor, to the first frame
    "hostile_s": 1.0,
    "hostile_mb": 64.0,
}


class Failure(Exception):
    pass


def run_child(argv, env=None):
    """Runs argv; returns (wall seconds, peak RSS in KiB, status, stdout, stderr).

    The peak RSS comes from /usr/bin/time: the rusage of a child forked from
    this (large) Python process would count Python's pages from before exec."""
    with tempfile.NamedTemporaryFile(mode="r") as rss:
        start = time.perf_counter()
        proc = subprocess.run(["/usr/bin/time", "-q", "-f", "%M", "-o", rss.name] + argv,
                              stdin=subprocess.DEVNULL, capture_output=True, env=env)
        elapsed = time.perf_counter() - start
        lines = rss.read().split()
    return elapsed, int(lines[-1]) if lines else 0, proc.returncode, proc.stdout, proc.stderr


def median(values):
    return statistics.median(values)


def fmt_ratio(value, goal, lower_is_better=True):
    met = value <= goal if lower_is_better else value >= goal
    return f"{value:.2f}", f"≤ {goal:g}", "met" if met else "missed"


class Bench:
    def __init__(self, args):
        self.builddir = os.path.abspath(args.builddir)
        self.srcdir = os.path.abspath(args.srcdir)
        self.runs = args.runs
        self.cli = os.path.join(self.builddir, "src", "cli", "tandem-cli")
        self.app = os.path.join(self.builddir, "src", "tandem")
        self.reference = os.path.join(self.builddir, "tests", "bench", "reference.tandem")
        self.rows = []
        for path in (self.cli, self.reference):
            if not os.path.exists(path):
                raise Failure(f"{path} is missing: build it with "
                              f"`meson compile -C {self.builddir} tests/bench/reference.tandem`")

    def row(self, figure, value, reference, ratio, goal, verdict):
        self.rows.append((figure, value, reference, ratio, goal, verdict))

    def print_rows(self, rows=None):
        rows = rows if rows is not None else self.rows
        print("| figure | Tandem | reference | ratio | goal | |")
        print("| --- | --- | --- | --- | --- | --- |")
        for r in rows:
            print("| " + " | ".join(r) + " |")
        sys.stdout.flush()

    def size_mb(self):
        return os.path.getsize(self.reference) / 1e6

    def load(self):
        ours, theirs = [], []
        for _ in range(self.runs):
            t, _, status, _, err = run_child([self.cli, "info", self.reference])
            if status != 0:
                raise Failure(f"tandem-cli info failed: {err.decode()}")
            ours.append(t)
            t, _, status, _, err = run_child(["xmllint", "--noout", self.reference])
            if status != 0:
                raise Failure(f"xmllint failed: {err.decode()}")
            theirs.append(t)
        ratio = median(ours) / median(theirs)
        self.row(f"load {self.size_mb():.1f} MB (`tandem-cli info`)", f"{median(ours) * 1000:.0f} ms",
                 f"{median(theirs) * 1000:.0f} ms (`xmllint --noout`)", *fmt_ratio(ratio, GOALS["load"]))

    def merge(self):
        """Two sides edit different cards and one card both ways; the merge
        alone (the app holds base and mine, and loads theirs) against one load."""
        import re
        with open(self.reference, encoding="utf-8") as f:
            base = f.read()
        starts = [m.start() for m in re.finditer(r'<card id="', base)]
        def edit(text, picks, old, new):
            out, last = [], 0
            for i in picks:
                j = text.index(old, starts[i])
                out.append(text[last:j] + new)
                last = j + len(old)
            return "".join(out) + text[last:]
        ours = edit(base, range(0, len(starts), 7), ' title="', ' title="Ours: ')
        theirs = edit(base, range(3, len(starts), 7), ' title="', ' title="Theirs: ')
        theirs = edit(theirs, [0], ' title="', ' title="Theirs: ')
        with tempfile.TemporaryDirectory() as tmp:
            paths = []
            for name, text in (("base", base), ("ours", ours), ("theirs", theirs)):
                paths.append(os.path.join(tmp, name + ".tandem"))
                with open(paths[-1], "w", encoding="utf-8") as f:
                    f.write(text)
            loads, merges = [], []
            tool = os.path.join(self.builddir, "tests", "bench", "bench-merge")
            for _ in range(self.runs):
                proc = subprocess.run([tool] + paths, capture_output=True, check=False)
                if proc.returncode != 0:
                    raise Failure(f"bench-merge failed: {proc.stderr.decode()}")
                figures = json.loads(proc.stdout)
                if figures["conflicts"] != 1:
                    raise Failure(f"expected one conflict, got {figures['conflicts']}")
                loads.append(figures["load_ms"])
                merges.append(figures["merge_ms"])
        ratio = median(merges) / median(loads)
        self.row(f"three-way merge {self.size_mb():.1f} MB", f"{median(merges):.0f} ms",
                 f"{median(loads):.0f} ms (one load, in-process)", *fmt_ratio(ratio, GOALS["merge"]))

    def rss(self):
        size_kib = os.path.getsize(self.reference) / 1024
        ours, theirs = [], []
        for _ in range(self.runs):
            _, rss, status, _, _ = run_child([self.cli, "info", self.reference])
            if status != 0:
                raise Failure("tandem-cli info failed")
            ours.append(rss)
            _, rss, _, _, _ = run_child(["xmllint", "--noout", self.reference])
            theirs.append(rss)
        ratio = median(ours) / size_kib
        self.row("peak RSS loading ÷ file size", f"{median(ours) / 1024:.0f} MB ({ratio:.2f}×)",
                 f"{median(theirs) / 1024:.0f} MB ({median(theirs) / size_kib:.2f}×, xmllint)",
                 *fmt_ratio(ratio, GOALS["rss"]))

    def save(self):
        tool = os.path.join(self.builddir, "tests", "bench", "bench-save")
        _, _, status, out, err = run_child([tool, self.reference, str(self.runs)])
        if status != 0:
            raise Failure(f"bench-save failed: {err.decode()}")
        figures = json.loads(out)
        save_ms = median(figures["save_ms"])
        stall_ms = median(figures["stall_ms"])
        verdict = "met" if save_ms <= GOALS["save"] else "missed"
        self.row(f"save {figures['bytes'] / 1e6:.1f} MB (async, to the callback)", f"{save_ms:.0f} ms",
                 "—", "—", f"≤ {GOALS['save']:g} ms", verdict)
        verdict = "met" if stall_ms <= GOALS["stall"] else "missed"
        self.row("longest main-loop stall during that save", f"{stall_ms:.0f} ms", "—", "—",
                 f"≤ {GOALS['stall']:g} ms", verdict)

    def startup(self):
        if not os.environ.get("DISPLAY"):
            raise Failure("startup needs a display: run under xvfb-run (run-benchmarks does)")
        tool = os.path.join(self.builddir, "tests", "bench", "bench-first-frame")
        editor = shutil.which("gnome-text-editor")
        if editor is None:
            raise Failure("gnome-text-editor is not installed (run-benchmarks installs it)")
        with tempfile.TemporaryDirectory() as home:
            env = dict(os.environ)
            env.update({
                "GSK_RENDERER": "cairo", "GDK_DEBUG": "gl-disable",
                "GSETTINGS_SCHEMA_DIR": os.path.join(self.builddir, "data"),
                "GSETTINGS_BACKEND": "memory", "NO_AT_BRIDGE": "1", "GTK_A11Y": "none",
                "XDG_CONFIG_HOME": os.path.join(home, "config"),
                "XDG_DATA_HOME": os.path.join(home, "data"),
                "XDG_STATE_HOME": os.path.join(home, "state"),
                "XDG_CACHE_HOME": os.path.join(home, "cache"),
            })
            commands = {
                "tandem": [self.app, "--exit-after-startup"],
                "editor": [editor, "--standalone"],
            }
            # One untimed start of each warms the page cache and font caches.
            times = {name: [] for name in commands}
            for i in range(self.runs + 1):
                for name, command in commands.items():
                    _, _, status, out, err = run_child([tool, "20"] + command, env=env)
                    if status != 0:
                        raise Failure(f"{command[0]}: {err.decode().strip()}")
                    if i > 0:
                        times[name].append(float(out))
        ratio = median(times["tandem"]) / median(times["editor"])
        self.row("start-up to first frame", f"{median(times['tandem']):.0f} ms",
                 f"{median(times['editor']):.0f} ms (`gnome-text-editor --standalone`)",
                 *fmt_ratio(ratio, GOALS["startup"]))

    def hostile_files(self, workdir):
        hostile = os.path.join(self.srcdir, "tests", "data", "hostile")
        files = sorted(os.path.join(hostile, f) for f in os.listdir(hostile))
        head = ('<?xml version="1.0" encoding="UTF-8"?>\n<workspace xmlns='
                '"https://tandemplanner.github.io/ns/workspace" version="1" id="w-1" title="x">\n')
        huge = os.path.join(workdir, "huge-text.tandem")
        with open(huge, "w") as f:
            f.write(head + "<description>")
            f.write("All work and no play makes Jack a dull boy. " * (11 * 1000 * 1000 // 44))
            f.write("</description>\n</workspace>\n")
        deep = os.path.join(workdir, "deep-100000.tandem")
        with open(deep, "w") as f:
            f.write(head + "<x:a xmlns:x='urn:x'>" * 100000 + "</x:a>" * 100000 + "\n</workspace>\n")
        return files + [huge, deep]

    def hostile(self):
        worst_time = worst_rss = 0
        worst_time_file = worst_rss_file = ""
        with tempfile.TemporaryDirectory() as workdir:
            files = self.hostile_files(workdir)
            for path in files:
                times, rsss = [], []
                for _ in range(self.runs):
                    t, rss, status, _, err = run_child([self.cli, "validate", path])
                    if status != 1 or not err.strip():
                        raise Failure(f"{os.path.basename(path)}: expected an error and exit status 1, "
                                      f"got {status}: {err.decode(errors='replace')[:200]}")
                    times.append(t)
                    rsss.append(rss)
                if median(times) > worst_time:
                    worst_time, worst_time_file = median(times), os.path.basename(path)
                if median(rsss) > worst_rss:
                    worst_rss, worst_rss_file = median(rsss), os.path.basename(path)
        self.row(f"hostile corpus ({len(files)} files): slowest error", f"{worst_time * 1000:.0f} ms",
                 f"`{worst_time_file}`", "—", f"< {GOALS['hostile_s']:g} s",
                 "met" if worst_time < GOALS["hostile_s"] else "missed")
        self.row("hostile corpus: largest peak RSS", f"{worst_rss / 1024:.0f} MB",
                 f"`{worst_rss_file}`", "—", f"< {GOALS['hostile_mb']:g} MB",
                 "met" if worst_rss / 1024 < GOALS["hostile_mb"] else "missed")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--builddir", default="build")
    parser.add_argument("--srcdir", default=os.path.join(os.path.dirname(__file__), "..", ".."))
    parser.add_argument("--runs", type=int, default=int(os.environ.get("TANDEM_BENCH_RUNS", 5)))
    parser.add_argument("benchmarks", nargs="+",
                        choices=["load", "rss", "save", "merge", "startup", "hostile", "all"])
    args = parser.parse_args()
    names = args.benchmarks
    if "all" in names:
        names = ["load", "rss", "save", "merge", "startup", "hostile"]

    try:
        bench = Bench(args)
        for name in names:
            getattr(bench, name)()
    except Failure as e:
        print(f"bench: {e}", file=sys.stderr)
        return 1
    print(f"Median of {args.runs} runs; ratios against a reference measured in the same run.")
    bench.print_rows()
    return 0


if __name__ == "__main__":
    sys.exit(main())
