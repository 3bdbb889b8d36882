#!/usr/bin/env python3
"""Validate blind eval JSONL files (stdlib only).  Usage: python3 validate.py FILE.jsonl ..."""
import datetime as dt, json, re, sys

KINDS = {"incident", "meeting", "call", "other"}
HDR = re.compile(r"^ date (\d{4}-\d{2}-\d{2})\n")

def vdate(s, where, errs):
    try:
        dt.date.fromisoformat(s)
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s): raise ValueError
    except Exception:
        errs.append("%s: bad date %r" % (where, s))

def vloc(o, where, errs, need_cc=True):
    for k in ("lat", "lon"):
        v = o.get(k)
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            errs.append("%s: %s not a number" % (where, k)); return
    if not -90 <= o["lat"] <= 90 or not -180 <= o["lon"] <= 180:
        errs.append("%s: lat/lon out of range" % where)
    if need_cc and not re.fullmatch(r"[A-Z]{2}", str(o.get("country_code", ""))):
        errs.append("%s: bad country_code %r" % (where, o.get("country_code")))

def main(paths):
    errs, ids, n = [], set(), 0
    for p in paths:
        for ln, line in enumerate(open(p, encoding="utf-8"), 1):
            if not line.strip(): continue
            w = "%s:%d" % (p, ln)
            try: r = json.loads(line)
            except Exception as e: errs.append("%s: bad JSON %s" % (w, e)); continue
            n += 1
            for k in ("id", "register", "date", "text", "gold", "notes"):
                if k not in r: errs.append("%s: missing %s" % (w, k))
            if r.get("id") in ids: errs.append("%s: duplicate id %s" % (w, r.get("id")))
            ids.add(r.get("id"))
            if not str(r.get("id", "")).startswith(str(r.get("register")) + "_"): errs.append("%s: id/register mismatch" % w)
            vdate(r.get("date", ""), w, errs)
            m = HDR.match(r.get("text", ""))
            if r.get("register") == "military_release":
                if not m: errs.append("%s: missing ' date' header" % w)
                elif m.group(1) != r.get("date"): errs.append("%s: header date %s != date %s" % (w, m.group(1), r.get("date")))
            elif r.get("text", "").lstrip().startswith("date "):
                errs.append("%s: unexpected header" % w)
            g = r.get("gold", {})
            if not isinstance(g.get("events"), list): errs.append("%s: gold.events missing" % w); continue
            for i, e in enumerate(g["events"]):
                we = "%s ev%d" % (w, i)
                for k in ("kind", "subtype", "location_name", "lat", "lon", "country_code", "actors"):
                    if k not in e: errs.append("%s: missing %s" % (we, k))
                if e.get("kind") not in KINDS: errs.append("%s: bad kind %r" % (we, e.get("kind")))
                if ("date" in e) == ("date_range" in e): errs.append("%s: need exactly one of date/date_range" % we)
                if "date" in e: vdate(e["date"], we, errs)
                if "date_range" in e:
                    dr = e["date_range"]
                    if not (isinstance(dr, list) and len(dr) == 2): errs.append("%s: bad date_range" % we)
                    else:
                        for d in dr: vdate(d, we, errs)
                        if dr[0] > dr[1]: errs.append("%s: date_range reversed" % we)
                        if r.get("register") == "military_release" and dr[1] > r["date"]:
                            errs.append("%s: event after publication date" % we)
                if "date" in e and r.get("register") == "military_release" and e["date"] > r["date"]:
                    errs.append("%s: event after publication date" % we)
                vloc(e, we, errs)
                if not isinstance(e.get("actors", []), list): errs.append("%s: actors not a list" % we)
                for j, a in enumerate(e.get("alt_locations", [])):
                    vloc(a, "%s alt%d" % (we, j), errs)
                    if "name" not in a: errs.append("%s alt%d: missing name" % (we, j))
                if "optional" in e and e["optional"] is not True: errs.append("%s: optional must be true" % we)
            for j, q in enumerate(g.get("non_event_places", [])):
                vloc(q, "%s nonev%d" % (w, j), errs, need_cc=False)
                if "name" not in q: errs.append("%s nonev%d: missing name" % (w, j))
    for e in errs: print("ERROR", e)
    print("%d records, %d errors" % (n, len(errs)))
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
