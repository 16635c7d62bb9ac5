#!/usr/bin/env python3
"""Checks what `cmake --install` puts in place for the desktop, in an installed prefix.

Each check runs the tool its standard ships with and fails on any complaint:

  desktop_entry       desktop-file-validate on the menu entry, and its Exec and MimeType lines
  appstream_metainfo  appstreamcli validate --no-net --pedantic, and the newest release
  app_icons           the scalable SVG and a PNG of exactly N x N pixels at every fixed size
  mime_type           xmllint, then update-mime-database: the glob and the parent type
  file_association    with the MIME and desktop databases built the way the system's triggers
                      build them, a *.dispute.json file opens with this program by default

Usage: check_desktop_integration.py CHECK PREFIX PROJECT_VERSION
Exits 0 when the check passes, 1 when it fails, 2 on a usage error.
"""
import os
import pathlib
import shutil
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

APP_ID = "io.github.disputeexplorer.DisputeExplorer"
OWN_TYPE = "application/x-dispute-explorer+json"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
# The component id is the reverse-DNS application id of conventions.md, capitals included.
ACCEPTED_APPSTREAM_NOTES = ("cid-contains-uppercase-letter",)


class CheckFailed(Exception):
    pass


def run(command, env=None):
    """The completed process of command, with its output as text; fails when the tool is missing."""
    if shutil.which(command[0], path=(env or os.environ).get("PATH")) is None:
        raise CheckFailed(f"{command[0]} is not installed")
    return subprocess.run(command, capture_output=True, text=True, env=env, check=False)


def desktop_entry(prefix: pathlib.Path) -> pathlib.Path:
    return prefix / "share/applications" / f"{APP_ID}.desktop"


def desktop_entry_keys(path: pathlib.Path) -> dict:
    """The keys of the [Desktop Entry] group."""
    keys, group = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            group = line
        elif group == "[Desktop Entry]" and "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            keys[key] = value
    return keys


def check_desktop_entry(prefix: pathlib.Path, _version: str):
    entry = desktop_entry(prefix)
    result = run(["desktop-file-validate", str(entry)])
    if result.returncode != 0 or result.stdout.strip() or result.stderr.strip():
        raise CheckFailed(f"desktop-file-validate:\n{result.stdout}{result.stderr}")
    keys = desktop_entry_keys(entry)
    if keys.get("Exec") != "dispute-explorer %F":
        raise CheckFailed(f"Exec is {keys.get('Exec')!r}, not 'dispute-explorer %F'")
    types = keys.get("MimeType", "").split(";")
    for wanted in (OWN_TYPE, "application/json"):
        if wanted not in types:
            raise CheckFailed(f"MimeType does not list {wanted}")
    if keys.get("Icon") != APP_ID:
        raise CheckFailed(f"Icon is {keys.get('Icon')!r}, not {APP_ID}")


def check_appstream_metainfo(prefix: pathlib.Path, version: str):
    metainfo = prefix / "share/metainfo" / f"{APP_ID}.metainfo.xml"
    result = run(["appstreamcli", "validate", "--no-net", "--pedantic", str(metainfo)])
    output = result.stdout + result.stderr
    issues = [line for line in output.splitlines() if line[:3] in ("E: ", "W: ", "I: ", "P: ")]
    unexpected = [line for line in issues if not line.endswith(ACCEPTED_APPSTREAM_NOTES)]
    if result.returncode != 0 or unexpected:
        raise CheckFailed(f"appstreamcli validate:\n{output}")
    component = ElementTree.parse(metainfo).getroot()
    if component.findtext("id") != APP_ID:
        raise CheckFailed(f"the component id is not {APP_ID}")
    if component.findtext("launchable") != f"{APP_ID}.desktop":
        raise CheckFailed("the launchable is not the desktop entry")
    if OWN_TYPE not in [e.text for e in component.iter("mediatype")]:
        raise CheckFailed(f"the component does not provide {OWN_TYPE}")
    newest = component.find("releases/release")
    if newest is None or newest.get("version") != version:
        raise CheckFailed(f"the newest release is not the project's version {version}")


def png_size(path: pathlib.Path):
    """(width, height) from a PNG's header, or raises CheckFailed when it is no PNG."""
    header = path.read_bytes()[:24]
    if header[:8] != b"\x89PNG\r\n\x1a\n" or header[12:16] != b"IHDR":
        raise CheckFailed(f"{path} is not a PNG")
    return struct.unpack(">II", header[16:24])


def check_app_icons(prefix: pathlib.Path, _version: str):
    hicolor = prefix / "share/icons/hicolor"
    svg = hicolor / "scalable/apps" / f"{APP_ID}.svg"
    if not svg.is_file():
        raise CheckFailed(f"{svg} is missing")
    if ElementTree.parse(svg).getroot().tag != "{http://www.w3.org/2000/svg}svg":
        raise CheckFailed(f"{svg} is not an SVG")
    for size in ICON_SIZES:
        png = hicolor / f"{size}x{size}/apps" / f"{APP_ID}.png"
        if not png.is_file():
            raise CheckFailed(f"{png} is missing")
        if png_size(png) != (size, size):
            raise CheckFailed(f"{png} is {png_size(png)} pixels, not {size} x {size}")


def mime_database(prefix: pathlib.Path, data_dir: pathlib.Path) -> pathlib.Path:
    """Builds the MIME database of the installed type under data_dir, as the system would."""
    packages = data_dir / "mime/packages"
    packages.mkdir(parents=True)
    shutil.copy(prefix / "share/mime/packages" / f"{APP_ID}.xml", packages)
    # Searched like the system's own folders, so the tool has nothing to remark about it.
    env = dict(os.environ, XDG_DATA_DIRS=str(data_dir), XDG_DATA_HOME=str(data_dir))
    result = run(["update-mime-database", str(data_dir / "mime")], env)
    if result.returncode != 0 or result.stdout.strip() or result.stderr.strip():
        raise CheckFailed(f"update-mime-database:\n{result.stdout}{result.stderr}")
    return data_dir / "mime"


def check_mime_type(prefix: pathlib.Path, _version: str):
    source = prefix / "share/mime/packages" / f"{APP_ID}.xml"
    result = run(["xmllint", "--noout", str(source)])
    if result.returncode != 0 or result.stderr.strip():
        raise CheckFailed(f"xmllint:\n{result.stderr}")
    with tempfile.TemporaryDirectory() as temp:
        database = mime_database(prefix, pathlib.Path(temp))
        globs = (database / "globs2").read_text(encoding="utf-8").splitlines()
        if not any(line.endswith(f":{OWN_TYPE}:*.dispute.json") for line in globs):
            raise CheckFailed("globs2 has no *.dispute.json glob for the type")
        parents = (database / "subclasses").read_text(encoding="utf-8").splitlines()
        if f"{OWN_TYPE} application/json" not in parents:
            raise CheckFailed("the type is not a sub-class of application/json")


def check_file_association(prefix: pathlib.Path, _version: str):
    with tempfile.TemporaryDirectory() as temp:
        data_dir = pathlib.Path(temp) / "share"
        mime_database(prefix, data_dir)
        applications = data_dir / "applications"
        applications.mkdir()
        shutil.copy(desktop_entry(prefix), applications)
        result = run(["update-desktop-database", str(applications)])
        if result.returncode != 0 or result.stderr.strip():
            raise CheckFailed(f"update-desktop-database:\n{result.stderr}")
        document = pathlib.Path(temp) / "story.dispute.json"
        document.write_text("{}", encoding="utf-8")
        env = dict(os.environ, LC_ALL="C.UTF-8", XDG_DATA_DIRS=str(data_dir),
                   XDG_DATA_HOME=str(pathlib.Path(temp) / "home"),
                   XDG_CONFIG_HOME=str(pathlib.Path(temp) / "config"),
                   PATH=f"{prefix / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}")
        info = run(["gio", "info", "-a", "standard::content-type", str(document)], env)
        if f"standard::content-type: {OWN_TYPE}" not in info.stdout:
            raise CheckFailed(f"gio info:\n{info.stdout}{info.stderr}")
        default = run(["gio", "mime", OWN_TYPE], env)
        first_line = (default.stdout.splitlines() or [""])[0]
        if default.returncode != 0 or not first_line.endswith(f": {APP_ID}.desktop"):
            raise CheckFailed(f"gio mime:\n{default.stdout}{default.stderr}")


CHECKS = {
    "desktop_entry": check_desktop_entry,
    "appstream_metainfo": check_appstream_metainfo,
    "app_icons": check_app_icons,
    "mime_type": check_mime_type,
    "file_association": check_file_association,
}


def main(arguments) -> int:
    if len(arguments) != 3 or arguments[0] not in CHECKS:
        print(__doc__, file=sys.stderr)
        return 2
    check, prefix, version = arguments
    try:
        CHECKS[check](pathlib.Path(prefix), version)
    except (CheckFailed, OSError, ElementTree.ParseError) as error:
        print(f"{check}: {error}", file=sys.stderr)
        return 1
    print(f"{check}: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
