#!/usr/bin/env python3
"""Overlap of blind14 gold location names (and points within 10 km) with blind3-blind13 gold."""
import json, glob, os, sys, math
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import _km
from geo import fold
prior_names, prior_pts = set(), []
for s in range(3, 14):
    for f in glob.glob(os.path.join(HERE, "..", "..", "blind%d" % s, "**", "*.jsonl"), recursive=True):
        for l in open(f, encoding="utf-8"):
            if not l.strip():
                continue
            g = json.loads(l).get("gold", {})
            for e in g.get("events", [g] if "lat" in g else []):
                prior_names.add(fold(e.get("location_name", "")))
                prior_pts.append((e["lat"], e["lon"]))
regs = sys.argv[1:] or ["wire", "regional", "coder_note", "travel_record", "readout", "military_release", "headline", "bulletin", "narrative"]
names, near = {}, set()
for reg in regs:
    mod = __import__(reg)
    for r in mod.DOCS:
        for e in r["gold"]["events"]:
            n = e["location_name"]
            names.setdefault(n, []).append(r["id"])
            if any(_km(e["lat"], e["lon"], a, b) <= 10 for a, b in prior_pts):
                near.add(n)
ov = sorted(n for n in names if fold(n) in prior_names)
import re
GEN = r"\b(district|region|camp|air base|airbase|base|airport|area|outskirts|oil field|gas field|field|terminal|prison|island|atoll|palace|royal|detention centre|building|border gate|street|avenue|road)\b"
def loose(n):
    n = re.sub(r"\(.*?\)", " ", n).split(",")[0]
    n = re.sub(r"^(the |al-|el-|as-|ad-|ash-|ar-)", "", fold(n))
    return " ".join(re.sub(GEN, " ", n).split())
prior_loose = {loose(n) for n in prior_names}
ovl = sorted(n for n in names if loose(n) and loose(n) in prior_loose)
print("distinct gold names:", len(names), "name overlap:", len(ov), "(%.1f%%)" % (100.0 * len(ov) / max(1, len(names))))
print("overlapping:", ", ".join(ov))
print("loose name overlap (parentheses, comma tails and generic words like district/camp/base removed):", len(ovl), "(%.1f%%)" % (100.0 * len(ovl) / max(1, len(names))))
print("loose overlapping:", ", ".join(ovl))
print("within 10 km of an earlier gold point:", len(near))
if "-v" in os.environ.get("OVL", ""):
    print(", ".join(sorted(near)))
