"""The injection crawl: no text anyone can type into Beacon becomes markup on any page.

Usage: python3 injection_crawl.py PATH-TO-BEACON-BINARY [--port 8094]

Starts Beacon on a scratch database with the demo data, then:
1. signed in as each role, fills every text field of every form it can reach (create and edit
   forms alike) with a payload numbered for that field, which breaks out of text, of double- and
   single-quoted and unquoted attributes, of <title>, <textarea> and SVG text, and carries a URL
   payload; a field that refuses the payload (a date, a code) gets the example its hint gives;
2. through the JSON API, does the same for every text field of every kind of record it accepts;
3. sends the payload in every query parameter of the pages reached (and `next` on sign-in);
4. fetches every page reachable from the navigation and each record — as the public and each
   role — and parses it with html5lib (as a browser parses it).
It fails on any element or attribute the payload added (an element or attribute named injx…, an
on… handler, a javascript: URL, a meta refresh), and on a form field whose value holds part of a
payload but not all of it (text cut at a quote on the next save).
"""
import argparse
import json
import re
import sys
import time

import beacon

# `n` numbers the field so a finding names where the payload went in.
PAYLOAD = "Tenants \"Voice\" 'Panel' </title></textarea></text></svg><injx{n} injx{n}=1 onclick=injx>&amp; {n}"
URL_PAYLOAD = "javascript:injx{n}()"
TEXT_KINDS = ("text", "textarea", "search")
FILLERS = {"date": "2026-06-01", "datetime-local": "2026-06-01T10:00", "time": "10:00", "number": "1",
           "month": "2026-06", "tel": "01632 960000"}
SKIPPED = re.compile(r"^/sign-(in|out)|/(close|delete|remove|withdraw|revoke|archive|reopen|approve|reject|import)"
                     r"|^/admin/users/[^/]+|^/admin/api-keys/|/preferences")
ATTRIBUTES_WITH_URLS = ("href", "src", "action", "formaction", "xlink:href", "data")


class Filler:
    def __init__(self):
        self.count = 0
        self.stored = 0
        self.forms = 0

    def payload(self, url=False):
        self.count += 1
        return (URL_PAYLOAD if url else PAYLOAD).format(n=self.count)


def controls(form_element):
    """Every named control of a form, with what a person filling it would read."""
    found = []
    for control in form_element.iter():
        name = control.get("name")
        if not name or control.tag not in ("input", "textarea", "select"):
            continue
        kind = control.tag if control.tag != "input" else (control.get("type") or "text").lower()
        options = [o.get("value", o.text or "") for o in control.iter("option")] if control.tag == "select" else []
        chosen = [o.get("value", o.text or "") for o in control.iter("option") if o.get("selected") is not None]
        value = control.text or "" if control.tag == "textarea" else control.get("value") or ""
        if control.tag == "select":
            value = (chosen or [o for o in options if o] or [""])[0]
        found.append({"name": name, "kind": kind, "value": value, "checked": control.get("checked") is not None,
                      "example": control.get("placeholder") or ""})
    return found


def examples(html):
    """The example each field's hint or error gives ('like 2024-04-01'), by field name."""
    found = {}
    for field in beacon.parse(html).iter("div"):
        words = " ".join("".join(field.itertext()).split())
        match = re.search(r"\blike ([^\s,;)]+)", words)
        names = [c.get("name") for c in field.iter() if c.get("name")]
        if match and len(names) == 1:
            found[names[0]] = match.group(1).rstrip(".")
    return found


def fields_in_error(html):
    names = set()
    for element in beacon.parse(html).iter():
        if "field-error" in (element.get("class") or "").split():
            names.update(c.get("name") for c in element.iter() if c.get("name"))
    return names


def fill(filler, browser, action, form_controls, page_html):
    """Submits the form with a payload in every text field; the fields that refuse it get their
    example instead, and it is sent again (three times at most)."""
    hints = examples(page_html)
    data, texts = [], {}
    for control in form_controls:
        kind, name = control["kind"], control["name"]
        if kind in ("submit", "file", "button", "reset") or (kind in ("checkbox", "radio") and not control["checked"]):
            continue
        if kind in TEXT_KINDS and name != "_csrf":
            texts[name] = filler.payload()
            data.append((name, texts[name]))
        elif kind == "url":
            data.append((name, filler.payload(url=True)))
        elif kind == "email":
            filler.count += 1
            data.append((name, f"injx{filler.count}@example.org"))
        elif kind in FILLERS and not control["value"]:
            data.append((name, hints.get(name) or FILLERS[kind]))
        else:
            data.append((name, control["value"]))
    for _ in range(3):
        response = browser.post(action, data)
        if response.status_code in (301, 302, 303):
            filler.stored += sum(1 for name, value in data if value == texts.get(name))
            return True
        if response.status_code not in (400, 409, 422):
            return False
        refused = fields_in_error(response.text)
        if not refused:
            return False
        hints.update(examples(response.text))
        originals = {c["name"]: c for c in form_controls}
        data = [(name, hints.get(name) or (originals[name]["value"] if name in originals else "") or "1")
                if name in refused else (name, value) for name, value in data]
        data = [(name, beacon.token(response.text) or value) if name == "_csrf" else (name, value) for name, value in data]
    return False


def fill_forms(server, filler):
    for role in beacon.ROLES:
        browser = beacon.Browser(server, role)
        done = set()
        for path, response in list(beacon.crawl(browser, per_pattern=2, limit=300)):
            if response.status_code != 200 or "text/html" not in response.headers.get("Content-Type", ""):
                continue
            for element in beacon.parse(response.text).iter("form"):
                action = element.get("action") or path.split("?")[0]
                key = (beacon.pattern(action), tuple(sorted(c["name"] for c in controls(element))))
                if (element.get("method") or "get").lower() != "post" or SKIPPED.search(action) or key in done:
                    continue
                if element.get("enctype") == "multipart/form-data":
                    continue
                done.add(key)
                filler.forms += 1
                # The page again, for a fresh form (an edit form's version moves on with each save).
                fresh = browser.get(path)
                for candidate in beacon.parse(fresh.text).iter("form"):
                    if (candidate.get("action") or path.split("?")[0]) == action:
                        fill(filler, browser, action, controls(candidate), fresh.text)
                        break
        if not browser.signed_in():
            browser.sign_in()
        print(f"  {role}: {len(done)} forms filled", flush=True)


def fill_api(server, filler):
    key = beacon.api_key(server, name="Injection")
    api = beacon.Browser(server)
    api.session.headers.update({"Authorization": f"Bearer {key}", "Accept": "application/json",
                                "Content-Type": "application/json"})
    for resource in ["units", "people", "councillors", "indicators"]:
        items = api.get(f"/api/v1/{resource}").json().get("items", [])
        for record in items[:2]:
            body = {name: (filler.payload() if isinstance(value, str) and name not in ("id", "email", "code")
                           and not beacon.UUID.fullmatch(value) else value) for name, value in record.items()}
            if "code" in body:
                body["code"] = f"INJX {filler.count}"
            answer = api.session.put(api.url(f"/api/v1/{resource}/{record['id']}"), data=json.dumps(body), timeout=60)
            if answer.status_code == 200:
                filler.stored += sum(1 for value in body.values() if isinstance(value, str) and "injx" in value)
    request = {"service": "FLY_TIPPING", "description": filler.payload(), "answers": {"size": "A car boot load"},
               "latitude": "52.1", "longitude": "-1.2", "address": filler.payload(), "reporterName": filler.payload()}
    api.session.post(api.url("/api/v1/service-requests"), data=json.dumps(request), timeout=60)


class Checker:
    def __init__(self):
        self.findings = {}
        self.pages = 0

    def found(self, what, where):
        self.findings.setdefault(what, set()).add(where)

    def check(self, html, where):
        self.pages += 1
        for element in beacon.parse(html).iter():
            tag = element.tag if isinstance(element.tag, str) else ""
            if tag.lower().startswith("injx"):
                self.found(f"element <{tag}> added", where)
            for name, value in element.attrib.items():
                name = name if isinstance(name, str) else name[1]
                if name.lower().startswith(("injx", "on")):
                    self.found(f"attribute {name} added to <{tag}>", where)
                if name.lower() in ATTRIBUTES_WITH_URLS and value.strip().lower().startswith("javascript:"):
                    self.found(f"javascript: URL in <{tag} {name}>", where)
                if tag == "meta" and name.lower() == "http-equiv" and value.lower() == "refresh":
                    self.found("meta refresh added", where)
            if tag in ("input", "textarea"):
                value = element.get("value") or "" if tag == "input" else element.text or ""
                if "injx" in value and not re.search(re.escape(PAYLOAD.split("{n}")[0]) + r"\d+", value) \
                        and not value.startswith("javascript:injx") and "@example.org" not in value:
                    self.found(f"a field's value cut short: {value[:60]!r}", where)


def crawl_everything(server, checker):
    for role in [None] + list(beacon.ROLES):
        browser = beacon.Browser(server, role)
        pages = 0
        for path, response in beacon.crawl(browser, per_pattern=3, limit=500):
            content_type = response.headers.get("Content-Type", "")
            if response.status_code == 200 and "text/html" in content_type:
                checker.check(response.text, f"{path} as {role or 'the public'}")
                pages += 1
                if path.endswith("/document.html") and "Content-Security-Policy" not in response.text:
                    checker.found("a downloaded document without a Content-Security-Policy", path)
        print(f"  {role or 'the public'}: {pages} pages", flush=True)


def reflected(server, checker):
    browser = beacon.Browser(server, "administrator")
    public = beacon.Browser(server)
    probe = PAYLOAD.format(n=0)
    checker.check(public.get("/sign-in", params={"next": "/x" + probe}).text, "/sign-in?next=… as the public")
    for path, response in list(beacon.crawl(browser, per_pattern=1, limit=200)):
        if "text/html" not in response.headers.get("Content-Type", ""):
            continue
        names = set(re.findall(r"[?&]([^=&]+)=", path)) | {"q", "next", "page", "period", "year"}
        for name in names:
            answer = browser.get(path.split("?")[0], params={name: probe})
            if "text/html" in answer.headers.get("Content-Type", ""):
                checker.check(answer.text, f"{path.split('?')[0]}?{name}=… as administrator")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--port", type=int, default=8094)
    arguments = parser.parse_args()
    started = time.time()
    server = beacon.Server(arguments.binary, arguments.port)
    filler, checker = Filler(), Checker()
    try:
        print("Filling every form as each role:", flush=True)
        fill_forms(server, filler)
        fill_api(server, filler)
        print(f"{filler.forms} forms; the payload stored in {filler.stored} fields ({time.time() - started:.0f} s)")
        print("Crawling as the public and each role:", flush=True)
        crawl_everything(server, checker)
        reflected(server, checker)
    finally:
        alive = server.alive()
        server.stop()
    kinds = {where.split(" as ")[0] for places in checker.findings.values() for where in places}
    for what, places in sorted(checker.findings.items()):
        print(f"  {what}: {len(places)} pages, e.g. {sorted(places)[:3]}")
    print(f"{checker.pages} pages checked in {time.time() - started:.0f} s; {len(checker.findings)} kinds of finding "
          f"on {len(kinds)} pages; Beacon {'still running' if alive else 'STOPPED'}.")
    if filler.stored < 50:
        sys.exit(f"Only {filler.stored} fields took the payload: the crawl tested too little.")
    if checker.findings or not alive:
        sys.exit("Text became markup.")
    print("No text became markup.")


if __name__ == "__main__":
    main()
