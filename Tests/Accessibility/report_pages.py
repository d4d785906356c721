"""The progress reports' pages, the data catalogue and the plan and partnership scorecards for
check_pages.py: axe on each; for reports, print on A4, a narrow screen and the PDF Beacon makes
with headless Chromium.

Run alone (python3 report_pages.py PATH-TO-BEACON-BINARY) to check only these pages.
"""
import base64
import re
import sys
import tempfile
import urllib.request

from selenium.webdriver.common.by import By

import check_pages as pages

REPORTS = "/councils/wrenmoor/reports"


def pdf_problems(path):
    """Downloads the report's PDF and checks every page is A4 portrait, a page or more a section."""
    with urllib.request.urlopen(pages.BASE + path + "/report.pdf", timeout=120) as response:
        pdf = response.read()
    if not pdf.startswith(b"%PDF-"):
        return [f"report.pdf is not a PDF ({response.headers.get('Content-Type')})"], 0
    boxes = set(re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([0-9.]+)\s+([0-9.]+)\s*\]", pdf))
    count = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
    problems = []
    if not boxes or not all(abs(float(w) - 595) < 2 and abs(float(h) - 842) < 2 for w, h in boxes):
        problems.append(f"pages are not A4 portrait: {sorted(boxes)}")
    return problems, count


def check_report_prints(driver, path, results):
    """On A4 (740px in print) and at 375px nothing is wider than the page; the PDF's pages are A4."""
    driver.get(pages.BASE + path)
    sections = driver.execute_script("return document.querySelectorAll('.plan-document section.plan-section').length;")
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    driver.set_window_size(740, 1000)
    # Tables too: on screen a wide one scrolls in its box, but on paper nothing may be cut off.
    overflow = driver.execute_script(
        "return Math.max(document.documentElement.scrollWidth,"
        " ...[...document.querySelectorAll('.plan-document table')]"
        ".map(t => t.getBoundingClientRect().right)) - document.documentElement.clientWidth;")
    printed = base64.b64decode(driver.execute_cdp_cmd("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69,
                                                                          "preferCSSPageSize": True})["data"])
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    driver.set_window_size(375, 900)
    narrow = driver.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")
    driver.set_window_size(1280, 1024)
    printed_pages = printed.count(b"/Type /Page") - printed.count(b"/Type /Pages")
    problems, pdf_pages = pdf_problems(path)
    if overflow > 1 or narrow > 1:
        problems.append(f"wider than the page: {overflow}px on A4, {narrow}px at 375px")
    if printed_pages < sections or pdf_pages < sections:
        problems.append(f"{sections} sections on {printed_pages} printed and {pdf_pages} PDF pages")
    print(f"report print: {sections} sections, {printed_pages} printed pages, {pdf_pages} PDF pages, "
          f"overflow {overflow}px (A4) {narrow}px (375px)")
    results.append((path + " (printed on A4, PDF, 375px)",
                    [{"id": "report-print", "impact": "serious", "help": p, "nodes": []} for p in problems]))


def check_report_pages(driver, results):
    """The public list and an issued report; then the performance officer's list with its form,
    the form with errors, a draft, its edit form and an issued report with the correction form."""
    driver.delete_all_cookies()
    pages.visit(driver, "/councils/wrenmoor/data", results, "/councils/wrenmoor/data (data catalogue)")
    partnership = pages.first_link(driver, "/councils/wrenmoor/scorecard", "main a[href*='/partnerships/']")
    pages.visit(driver, partnership, results, "/councils/wrenmoor/partnerships/…/scorecard")
    plan = pages.first_link(driver, "/councils/wrenmoor/plans")
    pages.visit(driver, pages.first_link(driver, plan, "main a[href*='plan=']"), results,
                "/councils/wrenmoor/scorecard?plan=… (a plan's scorecard)")
    pages.visit(driver, REPORTS, results, REPORTS + " (public)")
    issued = pages.first_link(driver, REPORTS)
    every = [a.get_attribute("href").replace(pages.BASE, "")
             for a in driver.find_elements(By.CSS_SELECTOR, "main table")[0].find_elements(By.CSS_SELECTOR, "tbody a")]
    pages.visit(driver, issued, results, REPORTS + "/… (issued, public)")
    for path in every:
        check_report_prints(driver, path, results)
    pages.sign_in(driver, "performance@wrenmoor.example")
    pages.visit(driver, REPORTS, results, REPORTS + " (performance officer)")
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    pages.check(driver, REPORTS + "/new (with errors)", results)
    driver.get(pages.BASE + REPORTS)
    draft = driver.find_elements(By.CSS_SELECTOR, "main table")[1].find_element(By.CSS_SELECTOR, "tbody a")
    draft_path = draft.get_attribute("href").replace(pages.BASE, "")
    pages.visit(driver, draft_path, results, REPORTS + "/… (draft, with the issue form)")
    pages.visit(driver, draft_path + "/edit", results, REPORTS + "/…/edit")
    pages.visit(driver, issued, results, REPORTS + "/… (issued, with the correction form)")


def main():
    binary = sys.argv[1]
    results = []
    with tempfile.TemporaryDirectory() as folder:
        process = pages.start_beacon(binary, folder)
        driver = pages.browser()
        try:
            check_report_pages(driver, results)
        finally:
            driver.quit()
            process.terminate()
            process.wait(timeout=10)
    failed = [label for label, violations in results if violations]
    print(f"report pages: {len(results) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
