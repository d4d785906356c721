"""Runs axe-core over every page of Beacon in headless Chromium, at WCAG 2.2 AA.

Usage: python3 check_pages.py PATH-TO-BEACON-BINARY
axe-core itself (4.x) comes from the axe-playwright-python package on PyPI, which ships
axe.min.js; Selenium drives Debian's Chromium.
Starts Beacon on a scratch SQLite file with the demo data, signs in through the form as a
person would, visits each page (lists, new and edit forms, a form with errors, error pages)
and fails if axe reports any violation.
"""
import base64
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.request

import axe_playwright_python
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

import report_pages

PORT = 8089
BASE = f"http://127.0.0.1:{PORT}"
PASSWORD = "beacon-demo-2026"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
RESOURCES = ["councils", "partnerships", "delegations", "joint-committee-members", "units", "people",
             "councillors", "positions", "users", "priorities"]


def start_beacon(binary, folder):
    env = dict(os.environ, BEACON_DATABASE_FILE=os.path.join(folder, "beacon.sqlite"), BEACON_BCRYPT_COST="4",
               BEACON_DEMO_CONTACTS_PER_DAY="150")
    log = open(os.path.join(folder, "beacon.log"), "w")
    process = subprocess.Popen([binary, "serve", "--hostname", "127.0.0.1", "--port", str(PORT)],
                               env=env, stdout=log, stderr=subprocess.STDOUT)
    for _ in range(240):
        try:
            with urllib.request.urlopen(BASE + "/health", timeout=1) as response:
                if response.status == 200:
                    return process
        except OSError:
            time.sleep(0.5)
    process.kill()
    sys.exit("Beacon did not start; see " + log.name)


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1024"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_script_timeout(120)
    return driver


def sign_in(driver, email):
    driver.delete_all_cookies()
    driver.get(BASE + "/sign-in")
    driver.find_element(By.ID, "field-email").send_keys(email)
    driver.find_element(By.ID, "field-password").send_keys(PASSWORD)
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    # Wait for the redirect after signing in, or the next page load can be cut short by it.
    WebDriverWait(driver, 30).until(lambda d: "/sign-in" not in d.current_url and d.execute_script("return document.readyState") == "complete")


AXE_SOURCE = open(os.path.join(os.path.dirname(axe_playwright_python.__file__), "axe.min.js")).read()
RUN_AXE = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})
   .then(report => done(report.violations))
   .catch(error => done([{id: 'axe-error', impact: 'critical', help: String(error), nodes: []}]));
"""


def check(driver, label, results):
    driver.execute_script(AXE_SOURCE)
    violations = driver.execute_async_script(RUN_AXE, TAGS)
    results.append((label, violations))
    status = "ok" if not violations else f"{len(violations)} violation(s)"
    print(f"{label}: {status}", flush=True)
    for violation in violations:
        nodes = ", ".join(node["target"][0] if node["target"] else "?" for node in violation["nodes"][:5])
        print(f"    {violation['id']} ({violation['impact']}): {violation['help']} -- {nodes}")


def visit(driver, path, results, label=None):
    driver.get(BASE + path)
    if "/sign-in" in driver.current_url and not path.startswith("/sign-in"):
        results.append((label or path, [{"id": "not-signed-in", "impact": "critical", "help": "was sent to sign in", "nodes": []}]))
        print(f"{label or path}: was sent to sign in instead")
        return
    check(driver, label or path, results)


def axe_can_fail(driver):
    """A page with an unlabelled field must fail, or the check itself is broken."""
    driver.get("data:text/html,<!doctype html><html lang=en><title>t</title><main><input type=text></main></html>")
    driver.execute_script(AXE_SOURCE)
    return bool(driver.execute_async_script(RUN_AXE, TAGS))


def first_link(driver, path, selector="main table tbody a"):
    driver.get(BASE + path)
    return driver.find_elements(By.CSS_SELECTOR, selector)[0].get_attribute("href").replace(BASE, "")


def check_performance_pages(driver, results):
    sign_in(driver, "performance@wrenmoor.example")
    for path in ["/", "/councils/wrenmoor/indicators", "/admin/indicators", "/admin/indicators/new",
                 "/councils/wrenmoor/indicator-import", "/admin/strategies", "/admin/strategies/new"]:
        visit(driver, path, results, path + " (performance officer)")
    visit(driver, first_link(driver, "/admin/indicators"), results, "/admin/indicators/…/edit")
    indicator = first_link(driver, "/councils/wrenmoor/indicators")
    visit(driver, indicator, results, "/councils/wrenmoor/indicators/… (with actions)")
    visit(driver, first_link(driver, indicator, "table.history a[href*='/periods/']"), results, "…/periods/… (data entry)")
    visit(driver, first_link(driver, indicator, "table.history a[href$='/target']"), results, "…/periods/…/target")
    driver.get(BASE + "/councils/wrenmoor/indicator-import")
    driver.find_element(By.ID, "field-csv").send_keys("code,period,actual\nBV 8,2024/25 Q1,ninety\n")
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    check(driver, "/councils/wrenmoor/indicator-import (rejected rows)", results)


def check_scorecard_prints_on_a4(driver, results):
    """Prints the whole-council scorecard to PDF and checks nothing spills past an A4 page's width."""
    driver.get(BASE + "/councils/wrenmoor/scorecard")
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    driver.set_window_size(1050, 1000)
    overflow = driver.execute_script(
        "const t = document.querySelector('table.scorecard'); return t.getBoundingClientRect().right - document.documentElement.clientWidth;")
    pdf = base64.b64decode(driver.execute_cdp_cmd("Page.printToPDF", {"paperWidth": 11.69, "paperHeight": 8.27, "preferCSSPageSize": True})["data"])
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    driver.set_window_size(1280, 1024)
    pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
    problems = []
    if overflow > 1:
        problems.append({"id": "print-overflow", "impact": "serious", "help": f"the scorecard is {overflow:.0f}px wider than A4", "nodes": []})
    if pages < 1:
        problems.append({"id": "print-empty", "impact": "serious", "help": "the scorecard printed no pages", "nodes": []})
    print(f"scorecard print: {pages} A4 page(s), overflow {overflow:.0f}px")
    results.append(("/councils/wrenmoor/scorecard (printed on A4)", problems))


def check_plan_prints_on_a4(driver, plan, results):
    """Prints the plan document to PDF on A4 portrait: nothing wider than the page, a page per section."""
    driver.get(BASE + plan)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    driver.set_window_size(740, 1000)
    overflow = driver.execute_script(
        "return Math.max(...[...document.querySelectorAll('.plan-document table, .plan-document svg')]"
        ".map(t => t.getBoundingClientRect().right)) - document.documentElement.clientWidth;")
    sections = driver.execute_script("return document.querySelectorAll('.plan-document section.plan-section').length;")
    pdf = base64.b64decode(driver.execute_cdp_cmd("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69, "preferCSSPageSize": True})["data"])
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    driver.set_window_size(1280, 1024)
    pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
    problems = []
    if overflow > 1:
        problems.append({"id": "print-overflow", "impact": "serious", "help": f"the plan is {overflow:.0f}px wider than A4", "nodes": []})
    if sections != 9 or pages < 9:
        problems.append({"id": "print-sections", "impact": "serious", "help": f"{sections} sections on {pages} pages; expected nine, each on a new page", "nodes": []})
    headless = print_with_chromium_headless(plan)
    if headless:
        problems.append({"id": "print-to-pdf", "impact": "serious", "help": headless, "nodes": []})
    print(f"plan print: {sections} sections on {pages} A4 page(s), overflow {overflow:.0f}px")
    results.append((plan + " (printed on A4)", problems))


def print_with_chromium_headless(path):
    """Prints the page as a person would script it (chromium --headless --print-to-pdf); returns a problem or None."""
    with tempfile.TemporaryDirectory() as folder:
        out = os.path.join(folder, "plan.pdf")
        subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={out}", BASE + path], capture_output=True, timeout=120)
        if not os.path.exists(out):
            return "chromium --print-to-pdf wrote no file"
        pdf = open(out, "rb").read()
    boxes = set(re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([0-9.]+)\s+([0-9.]+)\s*\]", pdf))
    pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
    a4 = all(abs(float(w) - 595) < 2 and abs(float(h) - 842) < 2 for w, h in boxes)
    print(f"plan --print-to-pdf: {pages} page(s), media boxes {sorted(boxes)}")
    if not boxes or not a4:
        return f"pages are not A4 portrait: {sorted(boxes)}"
    if pages < 9:
        return f"only {pages} pages for nine sections"
    return None


def check_plan_pages(driver, results):
    visit(driver, "/councils/wrenmoor/plans", results, "/councils/wrenmoor/plans (public)")
    plan = first_link(driver, "/councils/wrenmoor/plans")
    visit(driver, plan, results, "/councils/wrenmoor/plans/… (published document)")
    check_plan_prints_on_a4(driver, plan, results)
    visit(driver, first_link(driver, "/councils/wrenmoor/plans", "main a[href*='/priorities/']"), results, "…/priorities/… (golden thread)")
    visit(driver, first_link(driver, "/councils/wrenmoor/plans", "main a[href*='/strategies/']"), results, "…/strategies/… (strategy)")
    sign_in(driver, "head.customer@wrenmoor.example")
    driver.get(BASE + "/councils/wrenmoor/plans")
    links = driver.find_elements(By.XPATH, "//main//table/tbody//a[contains(., 'Customer Services Division')]")
    if not links:
        sys.exit("the head of customer services sees no plan of theirs on /councils/wrenmoor/plans:\n" + driver.find_element(By.TAG_NAME, "body").text[:1500])
    own = links[0].get_attribute("href").replace(BASE, "")
    for suffix, label in [("/manage", "manage"), ("/budget", "budget variance"), ("/compare", "compare revisions")]:
        visit(driver, own + suffix, results, f"…/plans/…{suffix} ({label})")
    visit(driver, first_link(driver, own + "/manage", "main a[href$='/progress']"), results, "…/actions/…/progress")
    visit(driver, first_link(driver, own + "/manage", "main a[href$='/review']"), results, "…/risks/…/review")
    visit(driver, first_link(driver, own + "/manage", "main a[href$='/outcome']"), results, "…/consultations/…/outcome")
    driver.get(BASE + own + "/manage")
    [b for b in driver.find_elements(By.CSS_SELECTOR, "main form button") if b.text == "Start a revision"][0].click()
    for path, label in [("/edit", "plan text"), ("/actions/new", "new action"), ("/risks/new", "new risk"), ("/budget-lines/new", "new budget line"),
                        ("/consultations/new", "new consultation"), ("/developments/new", "new development"), ("/priority-links/new", "new priority link")]:
        visit(driver, own + path, results, f"…/plans/…{path} ({label})")
    visit(driver, first_link(driver, own + "/manage", "main a[href*='/actions/']:not([href$='/progress']):not([href$='/new'])"), results, "…/actions/… (change an action)")
    driver.get(BASE + own + "/actions/new")
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    check(driver, "…/actions (form with errors)", results)


def notice_link(driver, reference, signed_in=True):
    """The address of a notice in the register, by its reference."""
    driver.get(BASE + "/councils/wrenmoor/decisions")
    links = driver.find_elements(By.XPATH, f"//main//table/tbody/tr[td[1][normalize-space(.)='{reference}']]//a")
    if not links:
        sys.exit(f"{reference} is not in the decisions register:\n" + driver.find_element(By.TAG_NAME, "body").text[:1500])
    return links[0].get_attribute("href").replace(BASE, "")


def check_notice_prints(driver, path, results):
    """Prints a decision notice on A4: every section, nothing wider than the page, no forms or navigation."""
    driver.get(BASE + path)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    driver.set_window_size(740, 1000)
    overflow = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")
    shown = driver.execute_script("return [...document.querySelectorAll('nav, form, .no-print')].filter(e => e.offsetParent !== null).length;")
    sections = driver.execute_script("return document.querySelectorAll('.decision-notice h2').length;")
    pdf = base64.b64decode(driver.execute_cdp_cmd("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69, "preferCSSPageSize": True})["data"])
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    driver.set_window_size(1280, 1024)
    pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
    problems = []
    if overflow > 1 or shown or sections < 11 or pages < 1:
        problems.append({"id": "notice-print", "impact": "serious", "nodes": [],
                         "help": f"overflow {overflow}px, {shown} navigation or form elements shown, {sections} headings, {pages} pages"})
    print(f"notice print: {sections} headings on {pages} A4 page(s), overflow {overflow}px")
    results.append((path + " (notice printed on A4)", problems))


def check_decision_pages(driver, results):
    """The register, forward plan and notices in public; a consultee's forms; democratic services' work."""
    for path in ["/councils/wrenmoor/decisions", "/councils/wrenmoor/forward-plan"]:
        visit(driver, path, results, path + " (public)")
    recorded = notice_link(driver, "CM/2026/09")
    visit(driver, recorded, results, "/councils/wrenmoor/decisions/… (record of a decision)")
    check_notice_prints(driver, recorded, results)
    sign_in(driver, "councillor@wrenmoor.example")
    visit(driver, notice_link(driver, "CM/2026/13"), results, "/councils/wrenmoor/decisions/… (open, with a consultee's forms)")
    visit(driver, notice_link(driver, "CM/2026/12"), results, "/councils/wrenmoor/decisions/… (in call-in, with the call-in form)")
    sign_in(driver, "democratic@wrenmoor.example")
    for reference, label in [("CM/2026/14", "draft: publish and appendices"), ("CM/2026/13", "open: record the decision"),
                             ("CM/2026/09", "referred back: reconsider")]:
        visit(driver, notice_link(driver, reference) + "/manage", results, f"…/decisions/…/manage ({label})")
    visit(driver, notice_link(driver, "CM/2026/14") + "/edit", results, "…/decisions/…/edit (change a draft)")
    visit(driver, "/councils/wrenmoor/decisions/new", results, "/councils/wrenmoor/decisions/new")
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    check(driver, "/councils/wrenmoor/decisions (form with errors)", results)
    check_meeting_pages(driver, results)


def check_meeting_pages(driver, results):
    """Signed in as democratic services: the calendar, both demo meetings, their work pages, committees and meetings lists."""
    visit(driver, "/councils/wrenmoor/meetings", results)
    links = [a.get_attribute("href").replace(BASE, "") for a in driver.find_elements(By.CSS_SELECTOR, "main table tbody a")]
    upcoming, held = links[0], links[-1]
    visit(driver, held, results, "/councils/wrenmoor/meetings/… (held, with amendments)")
    visit(driver, first_link(driver, held, "main a[href*='/councillors/']"), results, "/councils/wrenmoor/councillors/…")
    visit(driver, "/councils/wrenmoor/councillors", results)
    visit(driver, held + "/manage", results, "…/meetings/…/manage")
    visit(driver, first_link(driver, held + "/manage", "main ol a"), results, "…/meetings/…/agenda/… (resolved: amendment form)")
    visit(driver, first_link(driver, upcoming + "/manage", "main ol a"), results, "…/meetings/…/agenda/… (resolution form)")
    for path in ["/admin/committees", "/admin/committees/new", "/admin/meetings", "/admin/meetings/new"]:
        visit(driver, path, results, path + " (democratic services)")


def check_service_centre_pages(driver, results):
    """An agent's pages, then a performance officer's: dashboard, contacts, requests, complaints, staffing, imports, feeds."""
    sign_in(driver, "agent@wrenmoor.example")
    centre = "/councils/wrenmoor/service-centre"
    for path in [centre, centre + "/contacts/new", centre + "/contacts", centre + "/requests", centre + "/requests/new",
                 centre + "/open311-approvals",
                 centre + "/requests/new?service=MISSED_BIN", centre + "/complaints", centre + "/complaints-report"]:
        visit(driver, path, results, path + " (agent)")
    driver.get(BASE + centre + "/contacts/new")
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    check(driver, centre + "/contacts (form with errors)", results)
    sign_in(driver, "performance@wrenmoor.example")
    visit(driver, first_link(driver, centre + "/requests"), results, centre + "/requests/… (with the update form)")
    visit(driver, first_link(driver, centre + "/complaints"), results, centre + "/complaints/… (with a step form)")
    visit(driver, first_link(driver, centre + "/complaints?all=1", "main table tbody tr:last-child a"), results, centre + "/complaints/… (ombudsman)")
    for path in [centre + "/imports", centre + "/feeds", centre + "/staffing?calls=120&handling=200", centre + "/measures?span=week&by=queue",
                 "/admin/services", "/admin/services/new"]:
        visit(driver, path, results, path + " (performance officer)")
    visit(driver, centre + "/staffing?week=" + time.strftime("%Y-%m-%d", time.gmtime(time.time() + 330 * 86400)), results,
          centre + "/staffing (a week's forecast)")


def check_resident_pages(driver, results):
    """A resident, not signed in: find a service, its form (empty, with errors, sent), the
    receipt, and following the request."""
    driver.delete_all_cookies()
    report = "/councils/wrenmoor/report"
    for path in [report, report + "?q=bin", report + "?q=dragons", report + "/MISSED_BIN", "/councils/wrenmoor/track",
                 "/councils/wrenmoor/track?reference=SR-1999-000001"]:
        visit(driver, path, results, path + " (resident)")
    driver.get(BASE + report + "/MISSED_BIN")
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    check(driver, report + "/MISSED_BIN (with errors)", results)
    driver.find_element(By.ID, "field-address_string").send_keys("14 Elm Road")
    driver.find_element(By.CSS_SELECTOR, "select[name='attribute[bin_type]'] option[value='recycling']").click()
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    check(driver, report + "/MISSED_BIN (sent: the receipt)", results)
    driver.find_element(By.LINK_TEXT, "Follow this request").click()
    check(driver, "/councils/wrenmoor/track?reference=… (a request)", results)


def check_privacy_pages(driver, results):
    """The data protection officer's pages: the desk, a search's results (with the export and
    erasure forms), the erasure form with errors, the access log and the retention form."""
    sign_in(driver, "dpo@wrenmoor.example")
    desk = "/councils/wrenmoor/privacy"
    for path in [desk, desk + "/access-log", desk + "/access-log?kind=complaint", desk + "/retention"]:
        visit(driver, path, results, path + " (data protection officer)")
    driver.get(BASE + desk)
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    check(driver, desk + " (search with errors)", results)
    driver.find_element(By.ID, "field-name").send_keys("Margaret Ellison")
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    check(driver, desk + "/search (results)", results)
    driver.find_elements(By.CSS_SELECTOR, "main form button[type=submit]")[-1].click()
    check(driver, desk + "/erasures (without a reason)", results)


def main():
    binary = os.path.abspath(sys.argv[1])
    results = []
    with tempfile.TemporaryDirectory() as folder:
        process = start_beacon(binary, folder)
        driver = browser()
        try:
            if not axe_can_fail(driver):
                sys.exit("axe found nothing wrong with a broken page: the check is not working")
            for path in ["/", "/sign-in", "/no-such-page", "/councils/wrenmoor/indicators", "/councils/wrenmoor/scorecard"]:
                visit(driver, path, results)
            check_scorecard_prints_on_a4(driver, results)
            visit(driver, first_link(driver, "/councils/wrenmoor/indicators"), results, "/councils/wrenmoor/indicators/… (public)")
            sign_in(driver, "admin@wrenmoor.example")
            for path in ["/", "/admin", "/admin/audit", "/admin/api-keys"]:
                visit(driver, path, results)
            for resource in RESOURCES:
                visit(driver, f"/admin/{resource}", results)
                links = driver.find_elements(By.CSS_SELECTOR, "main table tbody a")
                edit = links[0].get_attribute("href") if links else None
                visit(driver, f"/admin/{resource}/new", results)
                if edit:
                    driver.get(edit)
                    check(driver, f"/admin/{resource}/…/edit", results)
            driver.get(BASE + "/admin/units/new")
            driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
            check(driver, "/admin/units (form with errors)", results)
            check_performance_pages(driver, results)
            sign_in(driver, "head.customer@wrenmoor.example")
            visit(driver, "/", results, "/ (head of unit's home page with values owed)")
            check_plan_pages(driver, results)
            sign_in(driver, "agent@wrenmoor.example")
            visit(driver, "/admin/users", results, "/admin/users (403 for an agent)")
            sign_in(driver, "councillor@wrenmoor.example")
            visit(driver, "/", results, "/ (councillor's home page)")
            check_decision_pages(driver, results)
            check_service_centre_pages(driver, results)
            check_privacy_pages(driver, results)
            check_resident_pages(driver, results)
            report_pages.check_report_pages(driver, results)
        finally:
            driver.quit()
            process.terminate()
            process.wait(timeout=10)
    failed = sum(1 for _, violations in results if violations)
    print(f"accessibility: {len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
