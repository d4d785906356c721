#!/usr/bin/env python3
"""Parses Beacon's feeds as ordinary readers do, and fails on anything a reader would reject.

  check_feeds.py --atom decisions.atom --ical meetings.ics --jsonld data.jsonld
"""
import argparse
import json
import sys

import feedparser
import icalendar
from pyld import jsonld

DCAT = "http://www.w3.org/ns/dcat#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


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


def check_ical(path):
    raw = open(path, "rb").read()
    problems = []
    if b"\n" in raw.replace(b"\r\n", b""):
        problems.append("a line ends without CRLF")
    if any(len(line) > 75 for line in raw.split(b"\r\n")):
        problems.append("a line is longer than 75 octets")
    try:
        calendar = icalendar.Calendar.from_ical(raw)
    except ValueError as error:
        return [f"{path}: does not parse: {error}"]
    events = list(calendar.walk("VEVENT"))
    if not events:
        problems.append("no events")
    for event in events:
        for field in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"):
            if event.get(field) is None:
                problems.append(f"an event has no {field}: {event.get('SUMMARY', '?')}")
    print(f"{path}: iCalendar with {len(events)} events" if not problems else f"{path}: " + "; ".join(problems))
    return problems


def check_catalogue(path):
    """Reads the data catalogue as JSON-LD (PyLD: expanded, then as RDF) and checks it is a DCAT
    catalogue whose every dataset has distributions with a download URL."""
    document = json.load(open(path))
    try:
        quads = jsonld.to_rdf(document, {"format": "application/n-quads"})
        expanded = jsonld.expand(document)
    except jsonld.JsonLdError as error:
        return [f"{path}: not valid JSON-LD: {error}"]
    problems = []
    nodes = jsonld.flatten(expanded)
    typed = lambda kind: [n for n in nodes if DCAT + kind in n.get("@type", [])]
    if len(typed("Catalog")) != 1:
        problems.append("not one dcat:Catalog")
    datasets, distributions = typed("Dataset"), {n["@id"]: n for n in typed("Distribution")}
    if not datasets:
        problems.append("no dcat:Dataset")
    for dataset in datasets:
        links = [distributions.get(d["@id"]) for d in dataset.get(DCAT + "distribution", [])]
        if not links or any(link is None or not link.get(DCAT + "downloadURL") for link in links):
            problems.append(f"{dataset['@id']} has a distribution without a downloadURL")
    print(f"{path}: JSON-LD, {quads.count(chr(10))} triples, {len(datasets)} datasets, {len(distributions)} "
          "distributions" if not problems else f"{path}: " + "; ".join(problems))
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--atom", action="append", default=[])
    parser.add_argument("--ical", action="append", default=[])
    parser.add_argument("--jsonld", action="append", default=[])
    args = parser.parse_args()
    problems = [p for path in args.atom for p in check_atom(path)] + [p for path in args.ical for p in check_ical(path)]
    problems += [p for path in args.jsonld for p in check_catalogue(path)]
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
