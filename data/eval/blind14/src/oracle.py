#!/usr/bin/env python3
"""Trivial oracle for the format check: prints the gold of each record back as predictions.
Usage (as event_eval.py's --cmd): python3 oracle.py SET.jsonl  <paths appended by event_eval>"""
import json, os, re, sys

set_path, paths = sys.argv[1], sys.argv[2:]
gold = {}
for line in open(set_path, encoding="utf-8"):
    if line.strip():
        r = json.loads(line)
        gold[re.sub(r"[^A-Za-z0-9_.-]", "_", r["id"]) + ".txt"] = r["gold"]["events"]
for p in paths:
    evs = []
    for e in gold[os.path.basename(p)]:
        o = {"kind": e["kind"], "lat": e["lat"], "lon": e["lon"], "place": e["location_name"]}
        if "date_range" in e:
            o["date"], o["date_end"] = e["date_range"]
        elif "date" in e:
            o["date"] = e["date"]
        evs.append(o)
    print(json.dumps({"path": p, "events": evs}))
