#!/usr/bin/env python3
"""Writes data/gazetteer/common_words.txt: one-word gazetteer names that are also ordinary
lowercase English words (Debian package `wamerican`, /usr/share/dict/american-english).

The geoparser needs more evidence before it reads such a word as a place ("Reading",
"Mobile", "Police", "Hope"). Only the intersection with the gazetteer is kept, folded the
way src/text/fold.rs folds (lowercase ASCII letters and digits).

usage: python3 scripts/build_common_words.py [--dict /usr/share/dict/american-english]
"""
import argparse
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GAZ = os.path.join(HERE, "..", "data", "gazetteer")


def fold(s):
    out = []
    for c in unicodedata.normalize("NFD", s):
        if unicodedata.combining(c) or not c.isalnum():
            continue
        out.append(c.lower())
    return "".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dict", default="/usr/share/dict/american-english")
    a = ap.parse_args()
    words = set()
    with open(a.dict, encoding="utf-8", errors="replace") as f:
        for line in f:
            w = line.strip()
            if w and w.isascii() and w.isalpha() and w.islower():
                words.add(w)
    names = set()
    for fn in ("places.tsv", "curated.tsv"):
        with open(os.path.join(GAZ, fn), encoding="utf-8") as f:
            next(f)
            for row in f:
                cols = row.rstrip("\n").split("\t")
                if len(cols) < 11:
                    continue
                for n in [cols[3]] + cols[9].split("|"):
                    if n and " " not in n and "-" not in n:
                        names.add(fold(n))
    common = sorted(names & words)
    with open(os.path.join(GAZ, "common_words.txt"), "w", encoding="utf-8") as f:
        f.write("# Gazetteer names that are ordinary English words; regenerate with\n")
        f.write("# python3 scripts/build_common_words.py (source: Debian wamerican, SCOWL).\n")
        for w in common:
            f.write(w + "\n")
    print(f"{len(common)} common words")


if __name__ == "__main__":
    main()
