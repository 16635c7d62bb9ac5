#!/usr/bin/env python3
"""Checks that the compiled-in dataset invents nothing the seed report does not give: every
`quote` appears verbatim in the report (curly and straight quotation marks count as the same),
every name and alias of a person, organization or government appears in it, and there is no
URL (the report gives none). Also checks that every statement has text and that no day-precise
date lies after the dataset's asOf.

Usage: check_fidelity.py DATASET SEED_REPORT
Exits 77 (skipped) when the seed report is not there, unless DISPUTE_REQUIRE_SHARED=1.
"""
import json
import os
import pathlib
import re
import sys

SAME_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def normalise(text: str) -> str:
    return text.translate(SAME_QUOTES)


def latest_year_month_day(date: str):
    """The last (year, month, day) an EDTF date of the dataset can mean, or None if open."""
    end = date.split("/")[-1].rstrip("?~%")
    if end in ("", ".."):
        return None
    parts = [int(p) for p in end.split("-")]
    return tuple(parts + [99] * (3 - len(parts)))


def main() -> int:
    dataset_path, seed_path = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    if not seed_path.is_file():
        print(f"the seed report is not at {seed_path}")
        return 1 if os.environ.get("DISPUTE_REQUIRE_SHARED") == "1" else 77
    dataset = json.loads(dataset_path.read_text(encoding="utf-8"))
    seed = normalise(seed_path.read_text(encoding="utf-8"))
    as_of = latest_year_month_day(dataset["asOf"])

    passed = failed = 0
    for statement in dataset["statements"]:
        problems = []
        quote = statement.get("quote")
        if quote is not None and normalise(quote) not in seed:
            problems.append(f'quote "{quote}" is not in the seed report')
        if not statement.get("text", "").strip():
            problems.append("has no text")
        date = statement["date"]
        latest = latest_year_month_day(date)
        if latest is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date.split("/")[-1]) \
                and latest > as_of:
            problems.append(f"date {date} is after asOf {dataset['asOf']}")
        if problems:
            failed += 1
            for problem in problems:
                print(f"FAIL {statement['id']}: {problem}")
        else:
            passed += 1
    for actor in dataset["actors"]:
        if actor["kind"] not in ("person", "organization", "government"):
            continue
        for name in [actor["name"]] + actor.get("aliases", []):
            if name.lower() not in seed.lower():
                failed += 1
                print(f'FAIL actor {actor["id"]}: name "{name}" is not in the seed report')
            else:
                passed += 1
    for source in dataset.get("sources", []):
        if "url" in source:
            failed += 1
            print(f'FAIL source {source["id"]}: the seed report gives no URL')
    quotes = sum(1 for s in dataset["statements"] if "quote" in s)
    print(f"{quotes} quotes found verbatim in {seed_path.name}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
