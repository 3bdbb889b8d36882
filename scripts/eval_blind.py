#!/usr/bin/env python3
"""Scores the CLI on one half of the register-diverse blind set, register by register.

usage: python3 scripts/eval_blind.py tune|sealed [--set blind|blind2|...|blind14] [--cmd CMD] [--per-doc REGISTER]

Runs ../shared/eval/event_eval.py once per register file in data/eval/blind/<half>/ and once
on all of them together, and prints one table row each (event F1 at 50 km, P, R, date and
location accuracy, distractors). The sealed half is measured once, at the end of a piece of
work; tuning reads only the tune half.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EVAL = os.path.join(ROOT, "..", "shared", "eval", "event_eval.py")
DEFAULT_CMD = os.path.join(ROOT, "target", "release", "incident-map") + " extract --format jsonl"


def score(set_path, cmd, per_doc=False):
    args = [sys.executable, EVAL, "--set", set_path, "--cmd", cmd]
    if per_doc:
        args.append("--per-doc")
    out = subprocess.run(args, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit("event_eval failed on %s:\n%s" % (set_path, out.stderr[-2000:]))
    if per_doc:
        print(out.stdout)
    last = out.stdout.strip().splitlines()[-1]
    return dict(kv.split("=", 1) for kv in last.split())


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("half", choices=["tune", "sealed"])
    ap.add_argument("--cmd", default=DEFAULT_CMD)
    ap.add_argument("--set", default="blind", help="folder under data/eval (blind, blind2, ..., blind14)")
    ap.add_argument("--per-doc", metavar="REGISTER", default=None)
    a = ap.parse_args()
    folder = os.path.join(ROOT, "data", "eval", a.set, a.half)
    files = sorted(f for f in os.listdir(folder) if f.endswith(".jsonl"))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        combined = os.path.join(tmp, "all.jsonl")
        with open(combined, "w", encoding="utf-8") as out:
            for f in files:
                with open(os.path.join(folder, f), encoding="utf-8") as src:
                    for line in src:
                        if line.strip():
                            out.write(line if line.endswith("\n") else line + "\n")
        for f in files:
            register = f[: -len(".jsonl")]
            rows.append((register, score(os.path.join(folder, f), a.cmd, a.per_doc == register)))
        rows.append(("all", score(combined, a.cmd)))
    keys = ["event_f1", "event_p", "event_r", "date_acc", "loc_acc50", "distractor_rate", "n_docs", "n_gold", "n_pred"]
    print("| register (%s) | F1@50km | P | R | date | loc@50 | distractors | docs | gold | pred |" % a.half)
    print("|---|---|---|---|---|---|---|---|---|---|")
    for register, r in rows:
        print("| %s | %s |" % (register, " | ".join(r.get(k, "?") for k in keys)))


if __name__ == "__main__":
    main()
