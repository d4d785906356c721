"""The fuzz test: no request can stop Beacon or get a 500.

Usage: python3 fuzz.py PATH-TO-BEACON-BINARY [--port 8093]

Starts Beacon on a scratch database with the demo data and, signed in as each role (and as the
public), drives with edge values (year 0 and 9999, negative and huge numbers, impossible dates
and periods, empty, non-ASCII, 10,000 characters, a NUL):
- every route Beacon registers (`beacon routes`), each path parameter in turn;
- the query parameters of every page the crawl reaches;
- every field of every form each role can reach;
- every column of both CSV imports (indicator values, call records), through their upload pages;
- every field of every JSON API body, and the API's paging.
It fails if the server process dies or any response is a 500, naming the request.
"""
import argparse
import concurrent.futures
import json
import re
import sys
import time
import uuid

import beacon

EDGES = ["", "-1", "99999999999999999999", "0000", "9999", "0000-01", "0001/02", "0000/01", "0000-01-01", "0001-01-01",
         "9999-12-31", "0001-01-01T10:00", "9999-12-31T23:59", "2024-25-q9", "ü€😀\u202e", "x" * 10_000, "\u0000", "1e400"]
PATH_EDGES = ["0", "-1", "99999999999999999999", "00000000-0000-0000-0000-000000000000", str(uuid.uuid4()), "0000-01",
              "0001-02", "9999-99", "0001-01-01", "%C3%BC", "x" * 300, "%00", "..%2F..", "castlebeck", "2024-25-q9"]
# Forms that would end the fuzzing browsers' own sessions or close the council they work in.
SKIPPED_ACTIONS = re.compile(r"^/sign-out|^/admin/councils/[^/]+/close|^/admin/users/|^/admin/api-keys/")


class Stopped(Exception):
    """The server process died: nothing more can be sent."""


class Fuzzer:
    def __init__(self, server):
        self.server = server
        self.failures = []
        self.requests = 0
        self.browsers = {role: beacon.Browser(server, role) for role in beacon.ROLES}
        self.browsers["public"] = beacon.Browser(server)

    def check(self, response, what):
        self.requests += 1
        if response is None:
            self.failures.append(f"no answer: {what}")
        elif response.status_code >= 500:
            self.failures.append(f"{response.status_code}: {what}")
        if not self.server.alive():
            self.failures.append(f"Beacon STOPPED after: {what}")
            raise Stopped()

    def send(self, browser, method, path, data=None, what=None, **options):
        call = {"GET": browser.session.get, "POST": browser.session.post, "PUT": browser.session.put}[method]
        try:
            response = call(browser.url(path), data=data, allow_redirects=False, timeout=120, **options)
        except Exception as error:  # a dropped connection is a failure, and may mean the process died
            response = None
            what = f"{what or path} ({error.__class__.__name__})"
        self.check(response, what or f"{method} {path[:200]} as {browser.role or 'the public'}")
        return response

    def in_parallel(self, jobs):
        with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
            for future in [pool.submit(job) for job in jobs]:
                future.result()


def crawl_everyone(fuzzer):
    """Each role's pages and forms, and which role reached each kind of page."""
    pages, forms, reached = {}, {}, {}
    for role, browser in fuzzer.browsers.items():
        for path, response in beacon.crawl(browser, per_pattern=2, limit=400):
            fuzzer.check(response, f"GET {path} as {role}")
            reached.setdefault(beacon.pattern(path), role)
            pages.setdefault(beacon.pattern(path), (role, path))
            if response.status_code == 200 and "text/html" in response.headers.get("Content-Type", ""):
                for form in beacon.forms(response.text, path):
                    if not SKIPPED_ACTIONS.match(form.action):
                        forms.setdefault(form.key(), (role, form))
    return pages, forms, reached


def fuzz_forms(fuzzer, forms):
    def one(role, form):
        browser = fuzzer.browsers[role]
        fuzzer.send(browser, form.method.upper(), form.action, form.data(), f"{form.action} with its own values as {role}")
        for name, kind, default, choices in form.fields:
            if name == "_csrf" or kind in ("submit", "file"):
                continue
            for value in EDGES + ([] if not choices else ["not-a-choice"]):
                data = form.data(**{name: value})
                what = f"{form.method.upper()} {form.action} {name}={value[:40]!r} as {role}"
                if form.method == "get":
                    fuzzer.send(browser, "GET", form.action, what=what, params=data)
                else:
                    fuzzer.send(browser, "POST", form.action, data, what)
    fuzzer.in_parallel([lambda role=role, form=form: one(role, form) for role, form in forms.values()])


def fuzz_queries(fuzzer, pages):
    def one(role, path):
        base = path.split("?")[0]
        # The names the page's own links use; its filter forms are fuzzed with the forms.
        names = set(re.findall(r"[?&]([^=&]+)=", path)) | {"page", "per"}
        for name in names:
            for value in EDGES:
                fuzzer.send(fuzzer.browsers[role], "GET", base, what=f"GET {base}?{name}={value[:40]!r} as {role}",
                            params={name: value})
    fuzzer.in_parallel([lambda role=role, path=path: one(role, path) for role, path in pages.values()
                        if not path.startswith("/sign-in")])


def fuzz_paths(fuzzer, routes, pages, reached):
    samples = [path.split("?")[0] for _, path in pages.values()]

    def sample_for(route):
        regex = re.compile("^" + re.sub(r":[a-z]+", "[^/]+", re.escape(route).replace("\\:", ":")) + "$")
        return next((path for path in samples if regex.match(path)), None)

    def one(method, route):
        sample = sample_for(route) or re.sub(r":council", "wrenmoor", route)
        role = reached.get(beacon.pattern(sample), "administrator")
        browser = fuzzer.browsers[role]
        real, template = sample.split("/"), route.split("/")
        for index, part in enumerate(template):
            if not part.startswith(":"):
                continue
            for value in PATH_EDGES:
                parts = list(real) if len(real) == len(template) else [p if not p.startswith(":") else "wrenmoor" for p in template]
                parts[index] = value
                path = "/".join(parts)
                data = {"_csrf": beacon.token(browser.get("/").text)} if method == "POST" else None
                fuzzer.send(browser, method, path, data, f"{method} {path[:200]} as {role} ({route})")
    fuzzer.in_parallel([lambda m=method, r=route: one(m, r) for method, route in routes if ":" in route])


def upload(fuzzer, role, page, field_values, name, content):
    browser = fuzzer.browsers[role]
    form = next(f for f in beacon.forms(browser.get(page).text, page) if f.multipart)
    data = dict(form.data(**field_values))
    return fuzzer.send(browser, "POST", form.action, data, f"upload {name} to {form.action}",
                       files={"file": (name, content, "text/csv")})


def fuzz_indicator_import(fuzzer):
    columns = ["code", "period", "actual", "missing_reason", "estimate", "target", "tolerance", "commentary"]
    good = {"code": "LPI 2", "period": "2024/25", "actual": "20", "missing_reason": "", "estimate": "", "target": "20",
            "tolerance": "5%", "commentary": ""}
    rows = [",".join(columns)]
    for column in columns:
        for value in EDGES[:-3] + ["April 0001", "April 9999", "0000/01 Q1", "-5%", "40 to 20", "£-1"]:
            row = dict(good, **{column: value.replace(",", "").replace("\n", "")})
            rows.append(",".join('"' + row[c].replace('"', '""') + '"' for c in columns))
    response = upload(fuzzer, "performance officer", "/councils/wrenmoor/indicator-import", {}, "values.csv", "\n".join(rows))
    # A file with nothing wrong goes on to be confirmed: send one with edge values that are still values.
    confirmable = ["code,period,actual,target", "LPI 2,2024/25,-99999999999999,99999999999999", "LPI 2,April 2024,0,0"]
    response = upload(fuzzer, "performance officer", "/councils/wrenmoor/indicator-import", {}, "ok.csv", "\n".join(confirmable))
    if response is not None and response.status_code == 200:
        for form in beacon.forms(response.text, "/councils/wrenmoor/indicator-import"):
            if form.method == "post" and not form.multipart:
                fuzzer.send(fuzzer.browsers["performance officer"], "POST", form.action, form.data(), "confirming an import")


def fuzz_contact_import(fuzzer):
    columns = ["contact_id", "channel", "queue", "arrived_at", "answered_at", "ended_at", "agent", "outcome"]
    good = {"contact_id": "", "channel": "phone", "queue": "COUNCIL_TAX", "arrived_at": "2026-03-02T09:15:00+00:00",
            "answered_at": "2026-03-02T09:15:20+00:00", "ended_at": "2026-03-02T09:19:00+00:00", "agent": "A1", "outcome": "resolved"}
    times = ["0001-01-01T12:00:00+00:00", "9999-12-31T23:00:00+00:00", "0000-01-01T00:00:00Z", "1899-12-31T23:59:59Z",
             "2201-01-01T00:00:00Z", "2026-02-30T10:00:00Z", "2026-03-02T25:00:00Z", "2026-03-02T09:15:00+99:99"]
    rows, number = [",".join(columns)], 0
    for column in columns:
        for value in EDGES[:-3] + (times if column.endswith("_at") else []):
            number += 1
            row = dict(good, contact_id=f"fuzz-{number}")
            row[column] = value.replace(",", "").replace("\n", "")
            rows.append(",".join('"' + row[c].replace('"', '""') + '"' for c in columns))
    response = upload(fuzzer, "performance officer", "/councils/wrenmoor/service-centre/imports", {"source": "fuzz"},
                      "calls.csv", "\n".join(rows))
    run = response.headers.get("Location") if response is not None else None
    for _ in range(120):  # the import runs in the background: wait for it, watching the process
        page = fuzzer.send(fuzzer.browsers["performance officer"], "GET", run or "/", what=f"the import's page {run}")
        if page is None or "Running" not in page.text:
            break
        time.sleep(0.5)


def fuzz_api(fuzzer):
    key = beacon.api_key(fuzzer.server, name="Fuzz")
    api = beacon.Browser(fuzzer.server)
    api.session.headers.update({"Authorization": f"Bearer {key}", "Accept": "application/json"})
    values = EDGES + [0, -1, 10 ** 20, 1.5, None, True, [], {}]
    for resource in ["units", "people", "councillors", "indicators"]:
        listed = fuzzer.send(api, "GET", f"/api/v1/{resource}")
        for name in ["page", "per"]:
            for value in EDGES:
                fuzzer.send(api, "GET", f"/api/v1/{resource}", what=f"GET /api/v1/{resource}?{name}={value[:40]!r}", params={name: value})
        items = listed.json().get("items", []) if listed is not None and listed.status_code == 200 else []
        if not items:
            continue
        record = items[0]
        for name in record:
            for value in values:
                body = dict(record, **{name: value})
                fuzzer.send(api, "POST", f"/api/v1/{resource}", json.dumps(body), f"POST /api/v1/{resource} {name}={str(value)[:40]!r}",
                            headers={"Content-Type": "application/json"})
                fuzzer.send(api, "PUT", f"/api/v1/{resource}/{record['id']}", json.dumps(body),
                            f"PUT /api/v1/{resource} {name}={str(value)[:40]!r}", headers={"Content-Type": "application/json"})
    request = {"service": "FLY_TIPPING", "description": "Fuzz", "answers": {"size": "A car boot load"}, "latitude": "52.1",
               "longitude": "-1.2", "address": "1 High Street"}
    for name in list(request) + ["reporterName", "reporterEmail", "reporterPhone"]:
        for value in values:
            body = json.dumps(dict(request, **{name: value}))
            fuzzer.send(api, "POST", "/api/v1/service-requests", body, f"POST service request {name}={str(value)[:40]!r}",
                        headers={"Content-Type": "application/json"})
    for body in ["", "{", "[]", "null", '{"name": "' + "x" * 100_000 + '"}']:
        fuzzer.send(api, "POST", "/api/v1/units", body, f"POST /api/v1/units with body {body[:20]!r}", headers={"Content-Type": "application/json"})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--port", type=int, default=8093)
    parser.add_argument("--only", action="append", help="run only these steps (paths, queries, forms, imports, api)")
    arguments = parser.parse_args()
    server = beacon.Server(arguments.binary, arguments.port)
    started = time.time()
    fuzzer = Fuzzer(server)
    try:
        pages, forms, reached = crawl_everyone(fuzzer)
        print(f"Crawled {len(pages)} kinds of page and found {len(forms)} different forms ({fuzzer.requests} requests, "
              f"{time.time() - started:.0f} s)", flush=True)
        steps = [("paths", lambda: fuzz_paths(fuzzer, server.routes(), pages, reached)),
                 ("queries", lambda: fuzz_queries(fuzzer, pages)),
                 ("forms", lambda: fuzz_forms(fuzzer, forms)),
                 ("imports", lambda: fuzz_indicator_import(fuzzer)),
                 ("imports", lambda: fuzz_contact_import(fuzzer)),
                 ("api", lambda: fuzz_api(fuzzer))]
        for name, step in [(name, step) for name, step in steps if not arguments.only or name in arguments.only]:
            before = fuzzer.requests
            step()
            print(f"{name}: {fuzzer.requests - before} requests ({time.time() - started:.0f} s)", flush=True)
    except Stopped:
        print("Beacon stopped; the end of its log:\n" + server.log_tail(), flush=True)
    finally:
        alive = server.alive()
        server.stop()
        for failure in fuzzer.failures[:200]:
            print("  " + failure)
    print(f"{fuzzer.requests} requests in {time.time() - started:.0f} s; Beacon {'still running' if alive else 'STOPPED'}.")
    if fuzzer.failures or not alive:
        sys.exit(f"{len(fuzzer.failures)} requests failed.")
    print("No request stopped Beacon or got a 500.")


if __name__ == "__main__":
    main()
