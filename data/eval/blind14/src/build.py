#!/usr/bin/env python3
"""Assemble the blind14 registers, split them into tune/sealed and write README counts."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib
OUT = os.path.dirname(HERE)
N_PER, HALF = 30, 15
REGS = ["wire", "regional", "coder_note", "travel_record", "readout", "military_release", "headline", "bulletin", "narrative"]


def dump(path, recs):
    with open(path, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    os.makedirs(os.path.join(OUT, "tune"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "sealed"), exist_ok=True)
    stats = {}
    for reg in REGS:
        try:
            mod = __import__(reg)
        except ModuleNotFoundError:
            print("skipping missing register", reg)
            continue
        recs = sorted(mod.DOCS, key=lambda r: r["id"])
        assert len(recs) == N_PER, (reg, len(recs))
        assert len({r["id"] for r in recs}) == N_PER
        dump(os.path.join(OUT, reg + ".jsonl"), recs)
        lst = list(recs)
        random.seed(reg)
        random.shuffle(lst)
        tune = sorted(lst[:HALF], key=lambda r: r["id"])
        sealed = sorted(lst[HALF:], key=lambda r: r["id"])
        dump(os.path.join(OUT, "tune", reg + ".jsonl"), tune)
        dump(os.path.join(OUT, "sealed", reg + ".jsonl"), sealed)
        scored = lambda rs: sum(1 for r in rs for e in r["gold"]["events"]
                                if e["kind"] in ("incident", "meeting", "call") and not e.get("optional"))
        evs = [e for r in recs for e in r["gold"]["events"]]
        stats[reg] = {
            "docs": len(recs),
            "incident": sum(e["kind"] == "incident" and not e.get("optional") for e in evs),
            "meeting": sum(e["kind"] == "meeting" and not e.get("optional") for e in evs),
            "call": sum(e["kind"] == "call" and not e.get("optional") for e in evs),
            "optional": sum(bool(e.get("optional")) for e in evs),
            "other": sum(e["kind"] == "other" and not e.get("optional") for e in evs),
            "nonev": sum(len(r["gold"]["non_event_places"]) for r in recs),
            "no_scored": sum(1 for r in recs if scored([r]) == 0),
            "scored_tune": scored(tune), "scored_sealed": scored(sealed),
            "tune_ids": [r["id"] for r in tune],
        }
    manual = sorted(set(n for _, n in lib.MANUAL))
    import geo
    json.dump({"stats": stats, "gazetteer": geo.GAZETTEER, "manual_points": manual, "n_manual_uses": len(lib.MANUAL),
               "n_gazetteer_uses": len(lib.GAZ)},
              open(os.path.join(HERE, "stats.json"), "w"), indent=1, ensure_ascii=False)
    for reg, s in stats.items():
        print(reg, {k: v for k, v in s.items() if k != "tune_ids"})
    print("manual point names:", len(manual), "uses:", len(lib.MANUAL), "gazetteer uses:", len(lib.GAZ))


if __name__ == "__main__":
    main()
