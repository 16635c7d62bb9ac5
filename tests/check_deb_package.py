#!/usr/bin/env python3
"""Builds the Debian package with cpack and checks what it holds.

The package must hold exactly the program and its desktop integration (no test, no static
library, no header), declare the dependencies dpkg-shlibdeps found for the program, carry its
maintainer, section and description, and its program must run once unpacked.

Usage: check_deb_package.py CPACK BUILD_DIR WORK_DIR PROJECT_VERSION
Exits 0 when every check passes, 1 when any fails, 2 on a usage error.
"""
import pathlib
import shutil
import subprocess
import sys

APP_ID = "io.github.disputeexplorer.DisputeExplorer"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
EXPECTED_FILES = {
    "usr/bin/dispute-explorer",
    f"usr/share/applications/{APP_ID}.desktop",
    f"usr/share/metainfo/{APP_ID}.metainfo.xml",
    f"usr/share/mime/packages/{APP_ID}.xml",
    f"usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
} | {f"usr/share/icons/hicolor/{n}x{n}/apps/{APP_ID}.png" for n in ICON_SIZES}
# Libraries the program links; their packages must be among the dependencies.
LINKED_PACKAGES = ("libqt6core6", "libqt6gui6", "libqt6widgets6", "libqt6charts6", "libqt6svg6",
                   "libqt6network6")


class CheckFailed(Exception):
    pass


def run(command):
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise CheckFailed(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}")
    return result.stdout


def build_package(cpack: str, build_dir: pathlib.Path, work_dir: pathlib.Path) -> pathlib.Path:
    shutil.rmtree(work_dir, ignore_errors=True)
    run([cpack, "-G", "DEB", "--config", str(build_dir / "CPackConfig.cmake"), "-B",
         str(work_dir)])
    packages = sorted(work_dir.glob("dispute-explorer_*.deb"))
    if len(packages) != 1:
        raise CheckFailed(f"cpack made {len(packages)} packages instead of one")
    return packages[0]


def packaged_files(package: pathlib.Path) -> set:
    """The paths of the package's files, without the folders."""
    files = set()
    for line in run(["dpkg-deb", "-c", str(package)]).splitlines():
        fields = line.split(maxsplit=5)
        if not fields[0].startswith("d"):
            files.add(fields[5].removeprefix("./"))
    return files


def check_control(package: pathlib.Path, version: str):
    def field(name):
        return run(["dpkg-deb", "-f", str(package), name]).strip()

    if field("Package") != "dispute-explorer" or field("Version") != version:
        raise CheckFailed(f"the package is {field('Package')} {field('Version')}")
    for name in ("Maintainer", "Section", "Description", "Homepage"):
        if not field(name):
            raise CheckFailed(f"the package has no {name}")
    depends = [d.split()[0] for d in field("Depends").split(", ")]
    missing = [p for p in LINKED_PACKAGES if p not in depends]
    if missing:
        raise CheckFailed(f"Depends lacks {', '.join(missing)}: {field('Depends')}")


def check_unpacked_program(package: pathlib.Path, work_dir: pathlib.Path, version: str):
    root = work_dir / "root"
    run(["dpkg-deb", "-x", str(package), str(root)])
    output = run([str(root / "usr/bin/dispute-explorer"), "--version"]).strip()
    if output != f"dispute-explorer {version}":
        raise CheckFailed(f"the unpacked program says {output!r}")


def main(arguments) -> int:
    if len(arguments) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    cpack, build_dir, work_dir, version = arguments
    work_dir = pathlib.Path(work_dir)
    try:
        package = build_package(cpack, pathlib.Path(build_dir), work_dir)
        files = packaged_files(package)
        if files != EXPECTED_FILES:
            raise CheckFailed(f"unexpected files: {sorted(files - EXPECTED_FILES)}, "
                              f"missing files: {sorted(EXPECTED_FILES - files)}")
        check_control(package, version)
        check_unpacked_program(package, work_dir, version)
    except (CheckFailed, OSError) as error:
        print(f"deb_package: {error}", file=sys.stderr)
        return 1
    print(f"deb_package: {package.name} ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
