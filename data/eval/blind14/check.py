#!/usr/bin/env python3
"""Validate every blind14 record: fields, dates, ranges, coordinates, weekday notes, split."""
import datetime as dt, glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REGS = ["wire", "regional", "coder_note", "travel_record", "readout", "military_release", "headline", "bulletin", "narrative"]
KINDS = {"incident", "meeting", "call", "other"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_NOTE = re.compile(r"\b(%s)=(\d{4}-\d{2}-\d{2})\b" % "|".join(WEEKDAYS))
WD_TEXT = re.compile(r"\b(%s)\b" % "|".join(WEEKDAYS))
N_PER, HALF = 30, 15
errors = []


def err(rid, msg):
    errors.append("%s: %s" % (rid, msg))


def pdate(s, rid, what):
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            raise ValueError
        return dt.date.fromisoformat(s)
    except Exception:
        err(rid, "%s is not YYYY-MM-DD: %r" % (what, s))


def coord(obj, rid, what):
    la, lo = obj.get("lat"), obj.get("lon")
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (la, lo)):
        err(rid, "%s lat/lon not numbers" % what)
    elif not (-90 <= la <= 90 and -180 <= lo <= 180):
        err(rid, "%s lat/lon out of range" % what)
    if not obj.get("name", obj.get("location_name")):
        err(rid, "%s has no name" % what)


def check_record(r, reg):
    rid = r.get("id", "?")
    for k in ("id", "register", "date", "text", "gold", "notes", "tags"):
        if k not in r:
            err(rid, "missing " + k)
    if not re.fullmatch(r"%s_\d{3}" % reg, rid):
        err(rid, "bad id for register " + reg)
    if r.get("register") != reg:
        err(rid, "register field %r" % r.get("register"))
    pub = pdate(r.get("date", ""), rid, "date")
    if not r.get("text", "").strip():
        err(rid, "empty text")
    if not isinstance(r.get("tags"), list):
        err(rid, "tags not a list")
    g = r.get("gold", {})
    if set(g) - {"events", "non_event_places"} or "events" not in g:
        err(rid, "gold keys %s" % sorted(g))
    for i, e in enumerate(g.get("events", [])):
        w = "event %d" % i
        if e.get("kind") not in KINDS:
            err(rid, w + " bad kind %r" % e.get("kind"))
        if not isinstance(e.get("subtype"), str):
            err(rid, w + " subtype missing")
        if ("date" in e) == ("date_range" in e):
            err(rid, w + " needs exactly one of date/date_range")
        if "date" in e:
            d = pdate(e["date"], rid, w + " date")
            ds = [d]
        else:
            dr = e["date_range"]
            if not (isinstance(dr, list) and len(dr) == 2):
                err(rid, w + " date_range must be [d1, d2]")
                continue
            ds = [pdate(x, rid, w + " date_range") for x in dr]
            if all(ds) and ds[0] > ds[1]:
                err(rid, w + " date_range not ordered")
        if pub and all(ds) and max(ds) > pub:
            err(rid, w + " gold date after publication date")
        coord(e, rid, w)
        if not re.fullmatch(r"[A-Z]{2}", e.get("country_code", "")):
            err(rid, w + " bad country_code")
        if not isinstance(e.get("actors", []), list):
            err(rid, w + " actors not a list")
        for a in e.get("alt_locations", []):
            coord(a, rid, w + " alt")
        if "optional" in e and e["optional"] is not True:
            err(rid, w + " optional must be true when present")
    for p in g.get("non_event_places", []):
        coord(p, rid, "non_event_place")
    # weekday notes
    notes = r.get("notes", "")
    resolved = {}
    for name, ds in WD_NOTE.findall(notes):
        d = pdate(ds, rid, "weekday note")
        if d and WEEKDAYS[d.weekday()] != name:
            err(rid, "weekday note %s=%s is wrong (it is a %s)" % (name, ds, WEEKDAYS[d.weekday()]))
        resolved.setdefault(name, []).append(d)
        if d and pub and abs((d - pub).days) > 7:
            err(rid, "weekday note %s=%s more than a week from publication" % (name, ds))
    for name in set(WD_TEXT.findall(r.get("text", ""))):
        if name not in resolved:
            err(rid, "weekday %s in text has no resolution in notes" % name)


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def main():
    total = 0
    for reg in REGS:
        recs = load(os.path.join(HERE, reg + ".jsonl"))
        if len(recs) != N_PER:
            err(reg, "has %d records, expected %d" % (len(recs), N_PER))
        ids = [r["id"] for r in recs]
        if len(set(ids)) != len(ids):
            err(reg, "duplicate ids")
        for r in recs:
            check_record(r, reg)
        total += len(recs)
        # split reproducibility
        lst = sorted(recs, key=lambda r: r["id"])
        random.seed(reg)
        random.shuffle(lst)
        want_t = sorted(r["id"] for r in lst[:HALF])
        want_s = sorted(r["id"] for r in lst[HALF:])
        for part, want in (("tune", want_t), ("sealed", want_s)):
            p = os.path.join(HERE, part, reg + ".jsonl")
            got = [r["id"] for r in load(p)] if os.path.exists(p) else None
            if got != want:
                err(reg, "%s split mismatch" % part)
            elif load(p) != [r for r in sorted(recs, key=lambda r: r["id"]) if r["id"] in want]:
                err(reg, "%s split records differ from register file" % part)
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problem(s) in %d records" % (len(errors), total))
        sys.exit(1)
    print("OK: %d records in %d registers, splits reproducible" % (total, len(REGS)))


if __name__ == "__main__":
    main()
