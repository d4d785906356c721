#!/usr/bin/env python3
"""Checks a running Beacon's /metrics with an independent Prometheus text-format parser
(prometheus_client) and its log for one JSON object per line, with a line per request.

Usage: check_metrics_and_logs.py --metrics FILE --log FILE
"""
import argparse
import json
import sys

from prometheus_client.parser import text_string_to_metric_families

EXPECTED = {
    "beacon_http_requests": "counter",
    "beacon_http_request_duration_seconds": "histogram",
    "beacon_http_requests_in_flight": "gauge",
    "beacon_database_connections": "gauge",
}


def check_metrics(path):
    with open(path, encoding="utf-8") as handle:
        families = {family.name: family for family in text_string_to_metric_families(handle.read())}
    problems = []
    for name, kind in EXPECTED.items():
        family = families.get(name)
        if family is None:
            problems.append(f"no metric family {name}")
        elif family.type != kind:
            problems.append(f"{name} is a {family.type}, not a {kind}")
    requests = families.get("beacon_http_requests")
    if requests and not any(s.labels.get("route") == "/health" and s.value >= 1 for s in requests.samples):
        problems.append("no request to /health counted")
    print(f"metrics: {len(families)} families parsed")
    return problems


def check_log(path):
    problems, requests = [], 0
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                problems.append(f"log line {number} is not JSON: {line[:80]!r}")
                continue
            if entry.get("message") == "request":
                requests += 1
                missing = {"request_id", "route", "status", "duration_ms"} - entry.keys()
                if missing:
                    problems.append(f"log line {number} lacks {sorted(missing)}")
    if requests == 0:
        problems.append("no request was logged")
    print(f"log: {requests} request lines")
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--metrics", required=True)
    parser.add_argument("--log", required=True)
    arguments = parser.parse_args()
    problems = check_metrics(arguments.metrics) + check_log(arguments.log)
    for problem in problems:
        print("FAIL:", problem)
    print("metrics and log: " + ("FAILED" if problems else "OK"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
