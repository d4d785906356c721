#!/usr/bin/env python3
"""Drives Beacon's Open311 GeoReport v2 endpoints as residents' apps do, with an independent
client from PyPI (georeport) for reading and curl for the form-encoded POST; validates every JSON
answer against the official schemas in ../shared/open311 and checks each XML answer carries the
same data as its JSON twin.

Usage: check_open311.py PATH-TO-BEACON-BINARY
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import types
import xml.etree.ElementTree as ElementTree

import jsonschema
import referencing
import requests
from georeport import GeoReport

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "Security"))
from beacon import api_key as issue_key  # noqa: E402

PORT = 8097
BASE = f"http://127.0.0.1:{PORT}"
ROOT = BASE + "/open311/v2"
SCHEMAS = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "open311")
# XML elements that hold a list, and the element of each item.
LISTS = {"services": "service", "service_requests": "request", "attributes": "attribute", "values": "value",
         "errors": "error", "endpoints": "endpoint", "formats": "format", "service_request_updates": "request_update"}
problems = []


def start(binary, folder):
    env = dict(os.environ, BEACON_DATABASE_FILE=os.path.join(folder, "beacon.sqlite"), BEACON_BCRYPT_COST="4",
               BEACON_DEMO_CONTACTS_PER_DAY="20", BEACON_SCHEDULER="0")
    log = open(os.path.join(folder, "beacon.log"), "w")
    process = subprocess.Popen([binary, "serve", "--hostname", "127.0.0.1", "--port", str(PORT)], env=env,
                               stdout=log, stderr=subprocess.STDOUT)
    for _ in range(240):
        try:
            if requests.get(BASE + "/health", timeout=1).status_code == 200:
                return process
        except requests.RequestException:
            time.sleep(0.5)
    process.kill()
    sys.exit("Beacon did not start")


def api_key():
    """Issues an API key as the demo administrator, through the pages (Tests/Security's helper)."""
    return issue_key(types.SimpleNamespace(base=BASE), role="service_centre_agent", name="FixMyStreet")


def registry():
    resources = []
    for name in ["service.json", "services.json", "service-definition.json", "request.json", "requests.json"]:
        with open(os.path.join(SCHEMAS, name)) as handle:
            schema = json.load(handle)
        draft4 = referencing.jsonschema.DRAFT4
        resources.append((name, referencing.Resource.from_contents(schema, default_specification=draft4)))
    return referencing.Registry().with_resources(resources)


def validate(data, schema_name, label, schemas):
    schema = schemas.contents(schema_name)
    validator = jsonschema.Draft4Validator(schema, registry=schemas, format_checker=jsonschema.FormatChecker())
    for error in validator.iter_errors(data):
        problems.append(f"{label}: {error.message} at {list(error.absolute_path)}")


def from_xml(element):
    """An XML answer as the JSON one would be: lists for list elements, text otherwise."""
    if element.tag in LISTS:
        return [from_xml(child) for child in element if child.tag == LISTS[element.tag]]
    if len(element) == 0:
        return element.text or ""
    return {child.tag: from_xml(child) for child in element}


def as_text(value):
    """JSON values as XML writes them."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return [as_text(item) for item in value]
    if isinstance(value, dict):
        return {key: as_text(item) for key, item in value.items() if item is not None}
    return str(value)


def same_in_both(path, params, label):
    as_json = requests.get(f"{ROOT}/{path}.json", params=params)
    as_xml = requests.get(f"{ROOT}/{path}.xml", params=params)
    if as_json.status_code != as_xml.status_code:
        problems.append(f"{label}: JSON {as_json.status_code} but XML {as_xml.status_code}")
    converted = from_xml(ElementTree.fromstring(as_xml.content))
    if as_text(as_json.json()) != converted:
        problems.append(f"{label}: the XML differs from the JSON:\n{as_text(as_json.json())}\n{converted}")
    return as_json.json()


def main():
    binary = os.path.abspath(sys.argv[1])
    schemas = registry()
    with tempfile.TemporaryDirectory() as folder:
        server = start(binary, folder)
        try:
            key = api_key()
            client = GeoReport(ROOT, jurisdiction="wrenmoor")
            services = client.get_service_list()
            validate(services, "services.json", "services", schemas)
            definition = client.get_service_definition("MISSED_BIN")
            validate(definition, "service-definition.json", "service definition", schemas)
            raised = subprocess.run(
                ["curl", "-s", "-X", "POST", f"{ROOT}/requests.json", "-d", f"api_key={key}",
                 "-d", "jurisdiction_id=wrenmoor", "-d", "service_code=MISSED_BIN", "-d", "lat=52.4862",
                 "-d", "long=-1.8904", "-d", "attribute[bin_type]=recycling", "--data-urlencode",
                 "description=Recycling not collected on Elm Road", "-d", "email=ann@example.org"],
                capture_output=True, text=True, check=True).stdout
            receipt = json.loads(raised)
            request_id = receipt[0]["service_request_id"]
            print("raised", request_id)
            one = client.get_service_request(request_id)
            validate(one, "request.json", "one request", schemas)
            listed = client.get_service_requests(status="open")
            validate(listed, "requests.json", "requests", schemas)
            if one.get("status") != "open" or one.get("service_code") != "MISSED_BIN":
                problems.append(f"the raised request reads back as {one}")
            if "ann@example.org" in json.dumps(listed):
                problems.append("a reporter's email is in the public list")
            xml_client = GeoReport(ROOT, jurisdiction="wrenmoor", output_format="xml")
            if xml_client.get_service_request(request_id)["service_request_id"] != request_id:
                problems.append("the XML request does not read back")
            for path, params, label in [("services", {"jurisdiction_id": "wrenmoor"}, "services"),
                                        ("services/MISSED_BIN", {"jurisdiction_id": "wrenmoor"}, "definition"),
                                        (f"requests/{request_id}", {"jurisdiction_id": "wrenmoor"}, "request"),
                                        ("requests", {"jurisdiction_id": "wrenmoor"}, "requests"),
                                        ("discovery", {}, "discovery"),
                                        ("servicerequestupdates", {"jurisdiction_id": "wrenmoor"}, "updates"),
                                        ("services/DRAGONS", {"jurisdiction_id": "wrenmoor"}, "unknown service"),
                                        ("requests", {"jurisdiction_id": "wrenmoor",
                                                      "start_date": "2026-01-01T00:00:00Z",
                                                      "end_date": "2026-05-01T00:00:00Z"}, "a 120-day span")]:
                same_in_both(path, params, label)
            for fields, status, label in [({"api_key": "bk_wrong"}, 403, "a bad key"),
                                          ({"api_key": key, "service_code": "DRAGONS"}, 404, "an unknown service"),
                                          ({"api_key": key}, 400, "no location")]:
                form = {"jurisdiction_id": "wrenmoor", "service_code": "MISSED_BIN"} | fields
                for suffix in ["json", "xml"]:
                    answer = requests.post(f"{ROOT}/requests.{suffix}", data=form)
                    if answer.status_code != status:
                        problems.append(f"{label} ({suffix}): {answer.status_code}, not {status}")
        finally:
            server.terminate()
            server.wait(10)
    for problem in problems:
        print("FAIL:", problem)
    print("open311: " + ("FAILED" if problems else "OK"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
