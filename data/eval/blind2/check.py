#!/usr/bin/env python3
"""Format check for the blind2 event set (does not run any extractor).

Usage: python3 check.py   (from anywhere; finds ../../../../shared/eval/event_eval.py or
       /work/shared/eval/event_eval.py for the loader)
Checks every line parses, matches the gold format event_eval.py reads, and that the loader accepts it.
"""
import datetime as dt, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
for cand in (os.path.join(HERE, "..", "..", "..", "..", "shared", "eval"), "/work/shared/eval"):
    if os.path.isfile(os.path.join(cand, "event_eval.py")):
        sys.path.insert(0, os.path.abspath(cand))
        break
import event_eval  # noqa: E402

KINDS = {"incident", "meeting", "call", "other"}
EV_KEYS = {"kind", "subtype", "date", "date_range", "location_name", "lat", "lon", "country_code",
           "actors", "optional", "alt_locations"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
errors, ids, n = [], set(), 0

def err(where, msg):
    errors.append("%s: %s" % (where, msg))

for path in sorted(glob.glob(os.path.join(HERE, "*", "*.jsonl"))):
    reg = os.path.basename(path)[:-6]
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        where = "%s:%d" % (os.path.relpath(path, HERE), ln)
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            err(where, "bad JSON %s" % e); continue
        n += 1
        for k in ("id", "register", "date", "text", "gold", "notes"):
            if k not in r: err(where, "missing %s" % k)
        if r.get("register") != reg: err(where, "register %r != file %r" % (r.get("register"), reg))
        if not str(r.get("id", "")).startswith(reg + "_"): err(where, "id prefix")
        if r.get("id") in ids: err(where, "duplicate id %s" % r.get("id"))
        ids.add(r.get("id"))
        if not DATE.match(r.get("date", "")): err(where, "bad publication date")
        pub = dt.date.fromisoformat(r["date"])
        g = r.get("gold", {})
        if set(g) != {"events", "non_event_places"}: err(where, "gold keys %s" % sorted(g))
        for i, e in enumerate(g.get("events", [])):
            w = "%s event %d" % (where, i)
            extra = set(e) - EV_KEYS
            if extra: err(w, "unexpected keys %s" % sorted(extra))
            if e.get("kind") not in KINDS: err(w, "kind %r" % e.get("kind"))
            if ("date" in e) == ("date_range" in e): err(w, "need exactly one of date/date_range")
            ds = e.get("date_range") or [e.get("date")]
            if "date_range" in e and (len(ds) != 2 or ds[0] > ds[1]): err(w, "bad range")
            for d in ds:
                if not isinstance(d, str) or not DATE.match(d): err(w, "bad date %r" % d)
                elif dt.date.fromisoformat(d) > pub: err(w, "event after publication date")
            for k in ("lat", "lon"):
                if not isinstance(e.get(k), (int, float)): err(w, "%s not a number" % k)
            if not -90 <= e.get("lat", 0) <= 90 or not -180 <= e.get("lon", 0) <= 180: err(w, "lat/lon range")
            if not e.get("location_name"): err(w, "no location_name")
            if not re.match(r"^[A-Z]{2}$", e.get("country_code", "")): err(w, "country_code")
            if not isinstance(e.get("actors"), list): err(w, "actors must be a list")
            if "optional" in e and e["optional"] is not True: err(w, "optional must be true when present")
            for a in e.get("alt_locations", []):
                if not all(isinstance(a.get(k), (int, float)) for k in ("lat", "lon")): err(w, "alt lat/lon")
        for p in g.get("non_event_places", []):
            if set(p) != {"name", "lat", "lon"}: err(where, "non_event_place keys %s" % sorted(p))
    try:
        docs = event_eval.load_set(path, {})
        assert len(docs) == sum(1 for _ in open(path, encoding="utf-8"))
    except SystemExit:
        err(path, "event_eval.load_set rejected the file")

print("records: %d, files: %d" % (n, len(glob.glob(os.path.join(HERE, "*", "*.jsonl")))))
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
