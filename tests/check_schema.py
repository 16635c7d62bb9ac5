#!/usr/bin/env python3
"""Checks the JSON Schema of the data format with a real JSON Schema validator.

The schema itself must be a valid draft-07 schema; the compiled-in dataset and every file
under tests/fixtures/valid/ must conform to it; every file under
tests/fixtures/invalid-schema/ must be rejected by it, for exactly one reason, so that each
of those files tests the one mistake its name says.

Usage: check_schema.py PROJECT_DIR
Exits 0 when every check passes, 1 when any fails, 2 on a usage error.
"""
import json
import pathlib
import sys

import jsonschema

SCHEMA = "resources/schema/dispute-explorer-1.schema.json"
DATASET = "resources/data/ford-xiaomi-ev-2026.json"
VALID = "tests/fixtures/valid"
INVALID = "tests/fixtures/invalid-schema"


def pointer(path) -> str:
    """An RFC 6901 JSON Pointer for a jsonschema error path."""
    return "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in path)


def load(path: pathlib.Path):
    """The parsed JSON of path, or raises ValueError with a message naming the file."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ValueError(f"{path}: cannot read: {error.strerror}") from error
    except UnicodeDecodeError as error:
        raise ValueError(f"{path}: not UTF-8: {error}") from error
    except json.JSONDecodeError as error:
        raise ValueError(f"{path}:{error.lineno}:{error.colno}: not JSON: {error.msg}") from error


def main(argv) -> int:
    if len(argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    project = pathlib.Path(argv[1])
    passed = failed = 0

    def fail(message: str) -> None:
        nonlocal failed
        failed += 1
        print(f"FAIL {message}")

    def ok(message: str) -> None:
        nonlocal passed
        passed += 1
        print(f"ok   {message}")

    try:
        schema = load(project / SCHEMA)
        jsonschema.Draft7Validator.check_schema(schema)
    except ValueError as error:
        print(f"FAIL {error}\n0 passed, 1 failed")
        return 1
    except jsonschema.exceptions.SchemaError as error:
        print(f"FAIL {SCHEMA} is not a valid draft-07 schema: "
              f"{pointer(error.absolute_path)}: {error.message}\n0 passed, 1 failed")
        return 1
    ok(f"{SCHEMA} is a valid draft-07 schema")
    validator = jsonschema.Draft7Validator(schema)

    valid = [project / DATASET] + sorted((project / VALID).glob("*.json"))
    invalid = sorted((project / INVALID).glob("*.json"))
    if len(valid) < 2:
        fail(f"no fixtures in {project / VALID}")
    if not invalid:
        fail(f"no fixtures in {project / INVALID}")

    for path in valid:
        name = path.relative_to(project)
        try:
            errors = sorted(validator.iter_errors(load(path)), key=lambda e: list(e.absolute_path))
        except ValueError as error:
            fail(str(error))
            continue
        if errors:
            fail(f"{name} must conform to the schema but does not:")
            for error in errors:
                print(f"       {pointer(error.absolute_path)}: {error.message}")
        else:
            ok(f"{name} conforms")

    for path in invalid:
        name = path.relative_to(project)
        try:
            errors = list(validator.iter_errors(load(path)))
        except ValueError as error:
            fail(str(error))
            continue
        reasons = [f"{pointer(e.absolute_path)}: {e.message}" for e in errors]
        if not errors:
            fail(f"{name} was accepted but must be rejected")
        elif len(errors) > 1:
            fail(f"{name} is rejected for {len(errors)} reasons but must have exactly one:")
            for reason in reasons:
                print(f"       {reason}")
        else:
            ok(f"{name} is rejected: {reasons[0]}")

    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
