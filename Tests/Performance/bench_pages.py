#!/usr/bin/env python3
"""Drives Beacon's busiest pages with wrk and prints each page's throughput and latency beside
/health's, measured in the same run.

Usage: python3 bench_pages.py PATH-TO-BEACON-BINARY [--seconds 10] [--connections 64]
                              [--history large] [--compare-large] [--port 8096]

- Starts Beacon on a fresh demo store (SQLite; PostgreSQL when DATABASE_URL names an empty
  database), signs in for the signed-in pages, finds an indicator, a plan and a decision to
  open, then runs `wrk --latency` on each page in turn with the same connections.
- Prints, per page: requests a second, p50 and p99, and throughput as a share of /health's.
- `--compare-large` runs everything again on the large history (on PostgreSQL, in the empty
  database LARGE_DATABASE_URL names) (60 indicators x 10 years of
  monthly values, 50 councils; `BEACON_DEMO_HISTORY=large`) and prints each page's p50 at
  the large size over its p50 at demo size.
- Exits non-zero if any request fails or any page answers other than 200: CI runs it small
  (`--seconds 1 --connections 4`) to check every page still works, never on timing.
- Times from a debug build mean nothing; the README says how to measure.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Security"))
import beacon  # noqa: E402  (the server and browsers the security checks share)

COUNCIL = "/councils/wrenmoor"
PUBLIC = [("health (reference)", "/health"), ("home", "/"), ("scorecard", COUNCIL + "/scorecard"),
          ("indicator list", COUNCIL + "/indicators"), ("decisions register", COUNCIL + "/decisions"),
          ("plans", COUNCIL + "/plans")]


class Failed(Exception):
    pass


def find(browser, path, pattern, what):
    """The first link on a page that matches `pattern`, for the pages that need an id."""
    match = re.search(pattern, browser.get(path).text)
    if not match:
        raise Failed(f"no {what} found on {path}")
    return match.group(0)


def pages(server):
    """Every page the benchmark drives, with the cookie a signed-in page needs."""
    public = beacon.Browser(server)
    found = list(PUBLIC)
    found.append(("an indicator", find(public, COUNCIL + "/indicators", COUNCIL + r"/indicators/[0-9A-Fa-f-]{36}",
                                       "indicator")))
    plan = find(public, COUNCIL + "/plans", COUNCIL + r"/plans/[0-9A-Fa-f-]{36}", "plan")
    found.append(("a plan document", plan))
    found.append(("a decision", find(public, COUNCIL + "/decisions", COUNCIL + r"/decisions/[0-9A-Fa-f-]{36}",
                                     "decision")))
    agent = beacon.Browser(server, "service centre agent")
    cookie = "; ".join(f"{name}={value}" for name, value in agent.session.cookies.items())
    signed_in = [("service centre dashboard (signed in)", COUNCIL + "/service-centre", cookie),
                 ("home (signed in)", "/", cookie)]
    return [(name, path, None) for name, path in found] + signed_in


def milliseconds(text):
    """wrk's latencies: 812.00us, 12.34ms, 1.02s, 1.10m."""
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    if not match:
        raise Failed(f"wrk gave a latency of {text!r}")
    number, unit = match.groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def drive(server, path, cookie, seconds, connections):
    """One wrk run: requests a second, p50 and p99 in milliseconds."""
    command = ["wrk", "--latency", "--timeout", "30s", f"-t{min(2, connections)}", f"-c{connections}", f"-d{seconds}s",
               "-H", "Accept: text/html"]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    # wrk counts 3xx as success; a redirect (to sign-in, say) would measure the wrong page.
    status = beacon.Browser(server).session.get(server.base + path, allow_redirects=False, timeout=120,
                                                headers={"Cookie": cookie} if cookie else {}).status_code
    if status != 200:
        raise Failed(f"{path} answered {status}")
    output = subprocess.run(command + [server.base + path], capture_output=True, text=True, check=True).stdout
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    if "Non-2xx or 3xx responses" in output or (errors and sum(map(int, errors.groups()[:3]))):
        raise Failed(f"{path} failed under load:\n{output}")
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    if rate == 0:
        # No request finished within the run: wrk has no latencies to give.
        return 0.0, float("inf"), float("inf")
    try:
        p50 = milliseconds(re.search(r"^\s*50%\s+(\S+)", output, re.M).group(1))
        p99 = milliseconds(re.search(r"^\s*99%\s+(\S+)", output, re.M).group(1))
    except (Failed, AttributeError) as failure:
        raise Failed(f"{path}: could not read wrk's figures ({failure}):\n{output}")
    return rate, p50, p99


def measure(binary, history, arguments, port):
    """Starts Beacon on the demo at the given history size and measures every page."""
    if history == "large":
        os.environ["BEACON_DEMO_HISTORY"] = "large"
        # On PostgreSQL the large history needs an empty database of its own.
        if os.environ.get("LARGE_DATABASE_URL"):
            os.environ["DATABASE_URL"] = os.environ["LARGE_DATABASE_URL"]
    else:
        os.environ.pop("BEACON_DEMO_HISTORY", None)
    server = beacon.Server(binary, port)
    try:
        results = {}
        for name, path, cookie in pages(server):
            results[name] = drive(server, path, cookie, arguments.seconds, arguments.connections)
        if not server.alive():
            raise Failed("Beacon stopped during the run; the end of its log:\n" + server.log_tail())
        return results
    finally:
        server.stop()


def report(title, results):
    health = results["health (reference)"][0]
    print(f"\n{title}")
    print(f"{'page':40} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'of /health':>10}")
    for name, (rate, p50, p99) in results.items():
        print(f"{name:40} {rate:9.1f} {p50:8.1f} {p99:8.1f} {rate / health:10.1%}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--history", choices=["demo", "large"], default="demo")
    parser.add_argument("--compare-large", action="store_true")
    parser.add_argument("--port", type=int, default=8096)
    parser.add_argument("--drawn", action="store_true",
                        help="draw every public page afresh (BEACON_PAGE_CACHE=0): the cost without the page cache")
    arguments = parser.parse_args()
    # Beacon stopped while requests are in flight can trip over Fluent's shutdown; the crash
    # reporter would then hold the port for minutes, so it is off for the benchmark's servers.
    os.environ["SWIFT_BACKTRACE"] = "enable=no"
    if not shutil.which("wrk"):
        sys.exit("wrk is needed: apt-get install wrk")
    store = "PostgreSQL" if os.environ.get("DATABASE_URL") else "SQLite"
    if arguments.drawn:
        os.environ["BEACON_PAGE_CACHE"] = "0"
        store += ", every page drawn afresh"
    if store == "PostgreSQL" and arguments.compare_large and not os.environ.get("LARGE_DATABASE_URL"):
        sys.exit("On PostgreSQL, --compare-large needs LARGE_DATABASE_URL: a second, empty database")
    try:
        first = measure(arguments.binary, arguments.history, arguments, arguments.port)
        report(f"{arguments.history} history on {store}, {arguments.connections} connections, "
               f"{arguments.seconds} s a page", first)
        if arguments.compare_large:
            # A port of its own: the first Beacon may still be letting its connections go.
            large = measure(arguments.binary, "large", arguments, arguments.port + 1)
            report(f"large history on {store}", large)
            print(f"\n{'page':40} {'p50 large / demo':>17}")
            for name in first:
                ratio = large[name][1] / first[name][1] if first[name][1] not in (0, float("inf")) else float("nan")
                print(f"{name:40} {ratio:17.2f}")
    except (Failed, subprocess.CalledProcessError) as failure:
        sys.exit(f"The page benchmark failed: {failure}")
    print("\nEvery page answered 200 to every request.")


if __name__ == "__main__":
    main()
