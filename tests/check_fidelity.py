#!/usr/bin/env python3
"""Checks that the compiled-in dataset invents nothing the seed report does not give.

- every `quote` appears verbatim in the report, inside a passage the report itself puts in
  quotation marks (curly and straight quotation marks and apostrophes count as the same;
  nothing else is normalised);
- every statement has text;
- every date (asOf, each source's and each statement's) is plausible for the report: each
  known end names only a year, month or day that the report itself gives (a day only when the
  report gives that exact day), and none lies after the dataset's asOf;
- every name and alias of a person, organization or government appears in the report;
- no source has a URL (the report gives none).

Usage: check_fidelity.py DATASET SEED_REPORT
Exits 0 when every check passes, 1 when any fails, 2 on a usage error, and 77 (skipped) when
the seed report is not there, unless the environment sets DISPUTE_REQUIRE_SHARED=1.
"""
import json
import os
import pathlib
import re
import sys

SAME_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MONTH = "(" + "|".join(MONTHS) + ")"
# One end of an EDTF date of the subset: YYYY, YYYY-MM (or a season YYYY-21..24), YYYY-MM-DD.
END = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def normalise(text: str) -> str:
    return text.translate(SAME_QUOTES)


class ReportDates:
    """The years, months and days the report gives, as "2026 February 2, 2026" does."""

    def __init__(self, report: str):
        self.days = {(int(y), MONTHS.index(m) + 1, int(d))
                     for m, d, y in re.findall(MONTH + r" (\d{1,2}), (\d{4})\b", report)}
        self.days |= {(int(y), MONTHS.index(m) + 1, int(d))
                      for d, m, y in re.findall(r"\b(\d{1,2}) " + MONTH + r",? (\d{4})\b", report)}
        self.months = {(y, m) for y, m, _ in self.days}
        self.months |= {(int(y), MONTHS.index(m) + 1)
                        for m, y in re.findall(MONTH + r",? (\d{4})\b", report)}
        self.years = {int(y) for y in re.findall(r"\b(1[89]\d\d|20\d\d)\b", report)}

    def problems(self, date: str, as_of):
        """What is implausible about an EDTF date, as a list of messages."""
        found = []
        ends = date.split("/")
        if len(ends) == 2 and all(e in ("", "..") for e in ends):
            found.append(f'"{date}" has no known end')
        for end in ends:
            body = end.rstrip("?~%")
            if body in ("", "..") and len(ends) == 2:
                continue
            match = END.fullmatch(body)
            if not match:
                found.append(f'"{end}" is not a date of the EDTF subset')
                continue
            year, month, day = (int(g) if g else None for g in match.groups())
            if year not in self.years:
                found.append(f"the report gives no date in {year}")
            elif month is not None and month <= 12 and (year, month) not in self.months:
                found.append(f"the report gives no date in {year}-{month:02d}")
            elif day is not None and (year, month, day) not in self.days:
                found.append(f"the report never gives the day {body}")
            first_month = {21: 3, 22: 6, 23: 9, 24: 12}.get(month, month)
            if as_of is not None and (year, first_month or 1, day or 1) > as_of:
                found.append(f"{end} lies after the dataset's asOf")
        return found


def as_of_key(as_of):
    if not as_of:
        return None
    match = END.fullmatch(as_of.rstrip("?~%"))
    if not match:
        return None
    year, month, day = (int(g) if g else 99 for g in match.groups())
    return (year, month, day)


def main(argv) -> int:
    if len(argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    dataset_path, seed_path = pathlib.Path(argv[1]), pathlib.Path(argv[2])
    if not seed_path.is_file():
        required = os.environ.get("DISPUTE_REQUIRE_SHARED") == "1"
        print(f"{'FAIL' if required else 'SKIP'}: the seed report is not at {seed_path}; "
              "set DISPUTE_SHARED_DIR to the folder that holds seed/ford-xiaomi-report.txt"
              + ("" if required else " (DISPUTE_REQUIRE_SHARED=1 makes this a failure)"))
        return 1 if required else 77
    try:
        dataset = json.loads(dataset_path.read_text(encoding="utf-8"))
        seed = normalise(seed_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        print(f"FAIL cannot read {dataset_path} or {seed_path}: {error}\n0 passed, 1 failed")
        return 1

    passed = failed = 0

    def check(problems, what):
        nonlocal passed, failed
        if problems:
            failed += 1
            for problem in problems:
                print(f"FAIL {what}: {problem}")
        else:
            passed += 1

    dates = ReportDates(seed)
    quoted = re.findall(r'"([^"]*)"', seed)
    as_of = as_of_key(dataset.get("asOf"))
    if "asOf" in dataset:
        check(dates.problems(dataset["asOf"], None), "asOf")

    for source in dataset.get("sources", []):
        problems = []
        if "date" in source:
            problems += dates.problems(source["date"], as_of)
        if "url" in source:
            problems.append("has a URL, but the seed report gives none")
        check(problems, f"source {source.get('id')}")

    quotes = 0
    for statement in dataset.get("statements", []):
        problems = []
        quote = statement.get("quote")
        if quote is not None:
            quotes += 1
            words = normalise(quote).strip().strip('"')
            if not words.strip() or normalise(quote) not in seed:
                problems.append(f'quote "{quote}" is not verbatim in the seed report')
            elif not any(words in passage for passage in quoted):
                problems.append(f'quote "{quote}" is in the seed report, but not inside '
                                "quotation marks")
        if not isinstance(statement.get("text"), str) or not statement["text"].strip():
            problems.append("has no text")
        problems += dates.problems(statement.get("date", ""), as_of)
        check(problems, f"statement {statement.get('id')}")

    for actor in dataset.get("actors", []):
        if actor.get("kind") not in ("person", "organization", "government"):
            continue
        names = [actor.get("name", "")] + actor.get("aliases", [])
        check([f'name "{n}" is not in the seed report' for n in names
               if not n or normalise(n).lower() not in seed.lower()], f"actor {actor.get('id')}")

    print(f"{quotes} quotes checked against {seed_path.name}; report dates: "
          f"years {sorted(dates.years)}, months {sorted(dates.months)}, days {sorted(dates.days)}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
