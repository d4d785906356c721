"""The API against its own OpenAPI document, with schemathesis.

Usage: python3 api_schema.py PATH-TO-BEACON-BINARY [--port 8095] [--max-time 240]

Starts Beacon on a scratch database with the demo data, issues API keys as an administrator
would, and runs schemathesis on `/api/v1/openapi.json`, for at most `--max-time` seconds in all,
from a fixed seed: indicators with a performance officer's key (only they define indicators),
everything else with an administrator's. It fails on any server error and on any answer whose status,
content type or body the document does not allow. Needs `pip install schemathesis`.
"""
import argparse
import subprocess
import sys

import beacon

CHECKS = "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--port", type=int, default=8095)
    parser.add_argument("--max-time", type=int, default=240, help="seconds schemathesis may run")
    arguments = parser.parse_args()
    server = beacon.Server(arguments.binary, arguments.port)
    runs = [("administrator", "--exclude-path-regex", 2 * arguments.max_time // 3),
            ("performance_officer", "--include-path-regex", arguments.max_time // 3)]
    failed = []
    try:
        for role, choice, seconds in runs:
            key = beacon.api_key(server, role=role, name=f"schemathesis as {role}")
            # Through this Python, so it need not be on PATH wherever pip put its scripts. One worker:
            # with two threads, CPython 3.11.7's ast.parse (which Hypothesis calls) fails at random with
            # "AST constructor recursion depth mismatch" (CPython gh-106905), an error of the tool, not Beacon.
            command = [sys.executable, "-c", "from schemathesis.cli import schemathesis; schemathesis()",
                       "run", f"{server.base}/api/v1/openapi.json", "--url", server.base,
                       "-H", f"Authorization: Bearer {key}", choice, "indicators", "--checks", CHECKS,
                       "--max-time", str(seconds), "--seed", "2026", "--workers", "1", "--request-timeout", "60",
                       "--no-color", "--generation-database", "none"]
            print(f"schemathesis as {role}, {seconds} s:", flush=True)
            if subprocess.run(command).returncode != 0:
                failed.append(role)
        alive = server.alive()
    finally:
        server.stop()
    if not alive:
        sys.exit("Beacon stopped during the run; see " + server.log_path)
    if failed:
        sys.exit("schemathesis found problems with the keys of: " + ", ".join(failed))
    print("schemathesis: no server errors and no answers outside the document.")


if __name__ == "__main__":
    main()
