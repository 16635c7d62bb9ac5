#!/usr/bin/env python3
"""Checks the JSON Schema of the data format with a real JSON Schema validator.

The schema itself must be a valid draft-07 schema; the compiled-in dataset and every file
under tests/fixtures/valid/ must conform to it; every file under
tests/fixtures/invalid-schema/ must be rejected by it.

Usage: check_schema.py PROJECT_DIR
"""
import json
import pathlib
import sys

import jsonschema


def main() -> int:
    project = pathlib.Path(sys.argv[1])
    schema = json.loads((project / "resources/schema/dispute-explorer-1.schema.json").read_text())
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)

    valid = [project / "resources/data/ford-xiaomi-ev-2026.json"]
    valid += sorted((project / "tests/fixtures/valid").glob("*.json"))
    invalid = sorted((project / "tests/fixtures/invalid-schema").glob("*.json"))
    if len(valid) < 2 or not invalid:
        print("error: the fixtures are missing")
        return 1

    passed = failed = 0
    for path in valid:
        errors = list(validator.iter_errors(json.loads(path.read_text(encoding="utf-8"))))
        if errors:
            failed += 1
            for error in errors:
                pointer = "/" + "/".join(str(p) for p in error.absolute_path)
                print(f"FAIL {path.name}: {pointer}: {error.message}")
        else:
            passed += 1
            print(f"ok   {path.name} conforms")
    for path in invalid:
        if validator.is_valid(json.loads(path.read_text(encoding="utf-8"))):
            failed += 1
            print(f"FAIL {path.name} was accepted but must be rejected")
        else:
            passed += 1
            print(f"ok   {path.name} is rejected")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
