"""Summarises one `hey -o csv` run: requests, achieved rate, status codes, latency percentiles in milliseconds.

hey writes each response time in seconds with four decimals, so the resolution is 0.1 ms.
Usage: percentiles.py RESULTS.csv TARGET_RATE [EXPECTED_STATUS=201]  ->  one tab-separated line:
target  achieved  requests  non_expected  p50_ms  p90_ms  p99_ms  max_ms
"""
import csv
import math
import sys


def percentile(sorted_values, q):
    if not sorted_values:
        return float("nan")
    rank = max(0, min(len(sorted_values) - 1, math.ceil(q * len(sorted_values)) - 1))  # nearest rank
    return sorted_values[rank]


def main(path, target, expected="201"):
    times, offsets, other = [], [], 0
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            times.append(float(row["response-time"]) * 1000.0)
            offsets.append(float(row["offset"]))
            if row["status-code"] != expected:
                other += 1
    times.sort()
    span = max(offsets) if offsets else 0.0
    achieved = len(times) / span if span > 0 else 0.0
    print("\t".join([
        target, f"{achieved:.0f}", str(len(times)), str(other),
        f"{percentile(times, 0.50):.1f}", f"{percentile(times, 0.90):.1f}",
        f"{percentile(times, 0.99):.1f}", f"{times[-1] if times else float('nan'):.1f}",
    ]))


if __name__ == "__main__":
    main(*sys.argv[1:4])
