"""What the fuzz test and the injection crawl share: a Beacon server started from the built
binary on a scratch SQLite file with the demo data, browsers signed in as each role, a crawl
of the pages each can reach, and the forms on those pages read with a real HTML parser
(html5lib, which parses as browsers do)."""
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.parse

import html5lib
import requests

PASSWORD = "beacon-demo-2026"
ROLES = {
    "administrator": "admin@wrenmoor.example",
    "performance officer": "performance@wrenmoor.example",
    "democratic services": "democratic@wrenmoor.example",
    "service centre agent": "agent@wrenmoor.example",
    "head of unit": "head.customer@wrenmoor.example",
    "officer": "officer.contact@wrenmoor.example",
    "councillor": "councillor@wrenmoor.example",
    "Castlebeck administrator": "admin@castlebeck.example",
}
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)
NOT_PAGES = (".csv", ".json", ".atom", ".ics", "/document.html", ".css")


class Server:
    """Beacon on 127.0.0.1 with a fresh scratch database; `alive()` says whether it still runs."""

    def __init__(self, binary, port, contacts_per_day="20"):
        self.binary, self.port = binary, port
        self.base = f"http://127.0.0.1:{port}"
        self.folder = tempfile.mkdtemp(prefix="beacon-security-")
        env = dict(os.environ, BEACON_DATABASE_FILE=os.path.join(self.folder, "beacon.sqlite"), BEACON_BCRYPT_COST="4",
                   BEACON_DEMO_CONTACTS_PER_DAY=contacts_per_day, LOG_LEVEL="warning")
        self.log_path = os.path.join(self.folder, "beacon.log")
        self.process = subprocess.Popen([binary, "serve", "--hostname", "127.0.0.1", "--port", str(port)], env=env,
                                        stdout=open(self.log_path, "w"), stderr=subprocess.STDOUT)
        for _ in range(600):
            if not self.alive():
                sys.exit("Beacon stopped while starting; see " + self.log_path)
            try:
                if requests.get(self.base + "/health", timeout=2).status_code == 200:
                    return
            except requests.RequestException:
                time.sleep(0.5)
        self.stop()
        sys.exit("Beacon did not start; see " + self.log_path)

    def alive(self):
        return self.process.poll() is None

    def log_tail(self, lines=40):
        with open(self.log_path, errors="replace") as log:
            return "".join(log.readlines()[-lines:])

    def stop(self):
        if self.alive():
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()

    def routes(self):
        """Every route Beacon registers, as (method, path pattern), from `beacon routes`."""
        env = dict(os.environ, BEACON_DATABASE_FILE=os.path.join(self.folder, "beacon.sqlite"), LOG_LEVEL="error")
        table = subprocess.run([self.binary, "routes"], env=env, capture_output=True, text=True, check=True).stdout
        found = []
        for line in table.splitlines():
            cells = [cell.strip() for cell in line.split("|")]
            if len(cells) >= 3 and cells[1] in ("GET", "POST", "PUT", "DELETE", "PATCH"):
                found.append((cells[1], cells[2]))
        return found


class Browser:
    """A requests session that behaves as a browser does with Beacon's forms."""

    def __init__(self, server, role=None):
        self.server, self.role = server, role
        self.session = requests.Session()
        self.session.headers["Accept"] = "text/html"
        if role:
            self.sign_in()

    def sign_in(self):
        email = ROLES[self.role]
        self.session.cookies.clear()
        page = self.get("/sign-in")
        response = self.post("/sign-in", {"email": email, "password": PASSWORD, "_csrf": token(page.text)})
        if response.status_code != 303:
            raise RuntimeError(f"could not sign in as {email}: {response.status_code}")

    def url(self, path):
        return path if path.startswith("http") else self.server.base + path

    def get(self, path, **options):
        return self.session.get(self.url(path), allow_redirects=False, timeout=120, **options)

    def post(self, path, data=None, **options):
        return self.session.post(self.url(path), data=data, allow_redirects=False, timeout=120, **options)

    def signed_in(self):
        return "Signed in as" in self.get("/").text


def api_key(server, role="performance_officer", name="Security tests"):
    """Issues an API key through the administrator's form, as a council would."""
    admin = Browser(server, "administrator")
    page = admin.get("/admin/api-keys")
    created = admin.post("/admin/api-keys", {"name": name, "role": role, "_csrf": token(page.text)})
    return re.search(r"bk_[0-9a-f]{8}_[A-Za-z0-9_-]+", created.text).group(0)


def token(html):
    match = re.search(r'name="_csrf" value="([^"]*)"', html)
    return match.group(1) if match else ""


def parse(html):
    return html5lib.parse(html, namespaceHTMLElements=False)


def pattern(path):
    """A path with its ids and numbers generalised, so a crawl visits a few of each kind of page."""
    path = urllib.parse.urlsplit(path).path
    path = UUID.sub("{id}", path)
    return re.sub(r"/\d[^/]*", "/{n}", path)


def links(html):
    found = []
    for element in parse(html).iter("a"):
        href = element.get("href") or ""
        if href.startswith("/") and not href.startswith("//"):
            found.append(href.split("#")[0])
    return found


class Form:
    """A form as a browser would submit it: its action, method and default values."""

    def __init__(self, element, page_path):
        self.action = element.get("action") or page_path
        self.method = (element.get("method") or "get").lower()
        self.multipart = (element.get("enctype") or "") == "multipart/form-data"
        self.fields = []  # (name, kind, default, choices)
        for control in element.iter():
            name = control.get("name")
            if not name:
                continue
            if control.tag == "input":
                kind = (control.get("type") or "text").lower()
                if kind in ("checkbox", "radio") and control.get("checked") is None:
                    self.fields.append((name, kind, None, [control.get("value") or "on"]))
                else:
                    self.fields.append((name, kind, control.get("value") or "", []))
            elif control.tag == "textarea":
                self.fields.append((name, "textarea", control.text or "", []))
            elif control.tag == "select":
                options = [option.get("value", option.text or "") for option in control.iter("option")]
                chosen = [option.get("value", option.text or "") for option in control.iter("option") if option.get("selected") is not None]
                self.fields.append((name, "select", (chosen or options or [""])[0], options))

    def data(self, **overrides):
        values = []
        for name, kind, default, _ in self.fields:
            value = overrides.get(name, default)
            if value is not None and kind not in ("submit", "file"):
                values.append((name, value))
        return values

    def key(self):
        return (pattern(self.action), self.method, tuple(sorted(name for name, *_ in self.fields)))


def forms(html, page_path):
    return [Form(element, page_path) for element in parse(html).iter("form")]


def crawl(browser, start=("/",), per_pattern=3, limit=600, extra=()):
    """Pages a browser reaches by following links from the start, a few of each kind; yields
    (path, response) for each page fetched, HTML or not."""
    queue, seen, counts = list(start) + list(extra), set(), {}
    while queue and len(seen) < limit:
        path = queue.pop(0)
        if path in seen or "/sign-out" in path:
            continue
        kind = pattern(path)
        if counts.get(kind, 0) >= per_pattern:
            continue
        counts[kind] = counts.get(kind, 0) + 1
        seen.add(path)
        response = browser.get(path)
        yield path, response
        if response.status_code == 200 and "text/html" in response.headers.get("Content-Type", "") \
                and not path.split("?")[0].endswith(NOT_PAGES):
            queue.extend(link for link in links(response.text) if link not in seen)
