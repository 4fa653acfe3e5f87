#!/usr/bin/env python3
"""Which SQL statements MariaDB ran, grouped by shape, from its general query log (issue 18: queries per round trip).

Usage: bench/statement-digest.py general.log [--seconds S] [--round-trips-per-s R] [--top 40]

Turn the log on for a few seconds of a load test's steady phase (as root of the app's MariaDB):
  SET GLOBAL general_log_file='/tmp/general.log'; SET GLOBAL general_log=1;  -- then, after S seconds:
  SET GLOBAL general_log=0;
Literals become ? and N and IN lists (..), so one shape counts all its calls. With --seconds and
--round-trips-per-s (the load test's summary) it also prints statements per round trip.
"""
import argparse, collections, re


def statements(path):
    current = None
    for line in open(path, errors="replace"):
        line = line.rstrip("\n")
        m = re.match(r"^(?:\d{6}\s+[\d:]+\s+)?\s*\d+\s+(Query|Execute|Prepare|Connect|Quit|Close stmt|Init DB)\t(.*)$", line)
        if m:
            if current:
                yield current
            current = m.group(2) if m.group(1) in ("Query", "Execute") else None
        elif current is not None:
            current += " " + line.strip()
    if current:
        yield current


def shape(sql):
    sql = re.sub(r"'(?:[^'\\]|\\.)*'", "?", sql)
    sql = re.sub(r"\b\d+(\.\d+)?\b", "N", sql)
    sql = re.sub(r"\s+", " ", sql)
    return re.sub(r"\((?:N|\?)(?:, ?(?:N|\?))*\)", "(..)", sql)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("log")
    ap.add_argument("--seconds", type=float)
    ap.add_argument("--round-trips-per-s", type=float)
    ap.add_argument("--top", type=int, default=40)
    a = ap.parse_args()
    shapes = collections.Counter(shape(s)[:160] for s in statements(a.log))
    total = sum(shapes.values())
    line = f"{total} statements"
    if a.seconds:
        line += f" in {a.seconds:g} s: {total / a.seconds:.0f}/s"
        if a.round_trips_per_s:
            line += f", {total / a.seconds / a.round_trips_per_s:.2f} per round trip"
    print(line)
    for sql, n in shapes.most_common(a.top):
        print(f"{n:7d} {100.0 * n / total:5.1f} %  {sql}")


if __name__ == "__main__":
    main()
