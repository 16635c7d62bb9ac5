#!/usr/bin/env python3
"""Checks that every translation file covers every translatable string of the sources.

Each .ts file is copied to a temporary folder and brought up to date there with lupdate over
the program's sources, with the options the build uses for it, so a string added to the code
but not yet to a .ts file counts as missing. Any message then left unfinished, or any empty
translation or plural form, is reported.

Usage: check_translations.py LUPDATE PROJECT_DIR TS_FILE[:OPTION,...]...
Exits 0 when every file is complete, 1 when any is not, 2 on a usage error.
"""
import pathlib
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree


def problems_of(ts_path: pathlib.Path) -> list[str]:
    """Messages of ts_path that are unfinished or have an empty translation."""
    found = []
    for context in ElementTree.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            state = "unfinished" if translation is None else translation.get("type")
            if state in ("vanished", "obsolete"):
                continue  # no longer in the sources
            if state == "unfinished":
                found.append(f"{name}: unfinished: {source!r}")
                continue
            forms = translation.findall("numerusform")
            texts = [form.text for form in forms] if forms else [translation.text]
            if any(not text for text in texts):
                found.append(f"{name}: empty translation: {source!r}")
    return found


def main(arguments: list[str]) -> int:
    if len(arguments) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    lupdate, project = arguments[0], pathlib.Path(arguments[1])
    sources = sorted(str(path) for folder in ("app", "models", "views")
                     for path in (project / folder).glob("*.cpp"))
    failed = False
    with tempfile.TemporaryDirectory() as temporary:
        for argument in arguments[2:]:
            ts_name, _, options = argument.partition(":")
            original = project / ts_name
            copy = pathlib.Path(temporary) / original.name
            shutil.copyfile(original, copy)
            command = [lupdate, "-silent", "-locations", "none",
                       *[option for option in options.split(",") if option], *sources,
                       "-ts", str(copy)]
            run = subprocess.run(command, capture_output=True, text=True)
            if run.returncode != 0:
                print(f"{ts_name}: lupdate failed:\n{run.stdout}{run.stderr}", file=sys.stderr)
                failed = True
                continue
            problems = problems_of(copy)
            for problem in problems:
                print(f"{ts_name}: {problem}", file=sys.stderr)
            if problems:
                print(f"{ts_name}: {len(problems)} string(s) to translate; run the "
                      "update_translations target and fill them in", file=sys.stderr)
                failed = True
            else:
                print(f"{ts_name}: complete")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
