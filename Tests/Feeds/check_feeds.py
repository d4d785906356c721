#!/usr/bin/env python3
"""Parses Beacon's feeds as ordinary readers do, and fails on anything a reader would reject.

  check_feeds.py --atom decisions.atom
"""
import argparse
import sys

import feedparser


def check_atom(path):
    feed = feedparser.parse(path)
    problems = []
    if feed.bozo:
        problems.append(f"not well-formed: {feed.bozo_exception}")
    if feed.version != "atom10":
        problems.append(f"read as {feed.version!r}, not Atom 1.0")
    if not feed.entries:
        problems.append("no entries")
    for entry in feed.entries:
        for field in ("id", "title", "link", "updated"):
            if not entry.get(field):
                problems.append(f"an entry has no {field}: {entry.get('title', '?')}")
    print(f"{path}: Atom 1.0 with {len(feed.entries)} entries" if not problems else f"{path}: " + "; ".join(problems))
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--atom", action="append", default=[])
    args = parser.parse_args()
    problems = [p for path in args.atom for p in check_atom(path)]
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
