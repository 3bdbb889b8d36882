#!/usr/bin/env python3
"""Writes N article files for scale tests: the shipped reports of data/articles/, each copy
with its date line moved by a few days so the timeline spreads. Not news: copies of our own
sample reports, for measuring load time, memory and throughput only.

    python3 scripts/generate_articles.py OUT_DIR N
"""
import datetime
import pathlib
import sys


def main() -> None:
    out, n = pathlib.Path(sys.argv[1]), int(sys.argv[2])
    sources = sorted(pathlib.Path(__file__).resolve().parent.parent.glob("data/articles/*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in sources]
    for i in range(n):
        text = texts[i % len(texts)]
        lines = text.split("\n", 1)
        if lines[0].strip().startswith("date "):
            day = datetime.date.fromisoformat(lines[0].split()[1])
            day += datetime.timedelta(days=(i // len(texts)) % 700)
            text = f" date {day.isoformat()}\n{lines[1]}"
        folder = out / f"{i // 1000:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{i:07d}.txt").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
