#!/usr/bin/env python3
"""Distractor probe (not an extractor): for each record, predicts every non-event place with each of the
document's gold kinds (incident if none) at the record date.  Usage as event_eval.py's --cmd:
python3 src/distract.py SET.jsonl  <paths appended by event_eval>"""
import json, os, re, sys

set_path, paths = sys.argv[1], sys.argv[2:]
recs = {}
for line in open(set_path, encoding="utf-8"):
    if line.strip():
        r = json.loads(line)
        recs[re.sub(r"[^A-Za-z0-9_.-]", "_", r["id"]) + ".txt"] = r
for p in paths:
    r = recs[os.path.basename(p)]
    kinds = sorted({e["kind"] for e in r["gold"]["events"] if e["kind"] != "other"}) or ["incident"]
    evs = [{"kind": k, "lat": q["lat"], "lon": q["lon"], "place": q["name"], "date": r["date"]}
           for q in r["gold"]["non_event_places"] for k in kinds]
    print(json.dumps({"path": p, "events": evs}))
