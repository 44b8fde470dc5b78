#!/usr/bin/env python3
# bench-print.py CLI WORKSPACE-500 WORKSPACE-5000 WORKSPACE-CALENDAR
#
# TAP: exporting 500 cards to PDF (fit, A4 landscape) takes at most a second
# (the median of five runs), a 5,000-card poster finishes and its process
# peaks under 200 MB, and twelve months of a 1,000-launch calendar export in
# at most a second (reported beside loading the same file, `tandem-cli
# info`, in the same run).  The page counts are checked with pdfinfo.
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

cli, small, large, calendar = sys.argv[1:5]
out = tempfile.mkdtemp(prefix="tandem-bench-print-")
results = []


def pages(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    return int(next(l for l in info.splitlines() if l.startswith("Pages:")).split()[1])


def timed(*command):
    before = time.monotonic()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.monotonic() - before


def export(workspace, pdf, *options):
    return timed(cli, "export", workspace, "-o", pdf, *options)


pdf = os.path.join(out, "500.pdf")
times = [export(small, pdf, "--landscape") for _ in range(5)]
median = statistics.median(times)
results.append((median <= 1.0,
                f"500 cards to PDF (fit, A4 landscape, {pages(pdf)} pages): "
                f"median {median:.3f} s of {', '.join(f'{t:.3f}' for t in times)} (limit 1 s)"))

# A fresh child, so its peak is the poster export's own.
pdf = os.path.join(out, "5000.pdf")
child = subprocess.Popen(
    [sys.executable, "-c",
     "import resource, subprocess, sys, time\n"
     "t = time.monotonic()\n"
     "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)\n"
     "print(time.monotonic() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n",
     cli, "export", large, "-o", pdf, "--layout", "poster"],
    stdout=subprocess.PIPE, text=True)
output, _ = child.communicate()
seconds, peak_kb = output.split()
peak_mb = int(peak_kb) / 1024
results.append((child.returncode == 0 and peak_mb < 200,
                f"5,000-card poster (A4 portrait, {pages(pdf)} pages): {float(seconds):.2f} s, "
                f"peak RSS {peak_mb:.1f} MB (limit 200 MB)"))

# The busiest year of the generated launches, by month.
pdf = os.path.join(out, "calendar.pdf")
times = [export(calendar, pdf, "--calendar", "2026-12", "--months", "12") for _ in range(5)]
loads = [timed(cli, "info", calendar) for _ in range(5)]
median = statistics.median(times)
load = statistics.median(loads)
results.append((median <= 1.0 and pages(pdf) == 12,
                f"12 months of a 1,000-launch calendar to PDF ({pages(pdf)} pages): "
                f"median {median:.3f} s of {', '.join(f'{t:.3f}' for t in times)} (limit 1 s); "
                f"{median / load:.1f}× loading the file ({load:.3f} s)"))

print(f"1..{len(results)}")
for i, (ok, text) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {i} {text}")
for name in os.listdir(out):
    os.unlink(os.path.join(out, name))
os.rmdir(out)
sys.exit(0 if all(ok for ok, _ in results) else 1)
