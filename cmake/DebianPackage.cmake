# `cpack -G DEB` (or the `package` target) builds a Debian package of what `cmake --install`
# installs: the program, its menu entry, metainfo, MIME type and icons. Its dependencies are
# read from the libraries the program links (dpkg-shlibdeps), so it installs with apt on the
# Debian release it was built on.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME dispute-explorer)
set(CPACK_PACKAGE_VENDOR "Dispute Explorer contributors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "explore who claimed what in a contested news story")
set(CPACK_PACKAGE_DESCRIPTION
    "Dispute Explorer takes a contested news story apart: who claimed what, who
denied it, on which evidence, and when. It shows the people and organisations
of a story as a tree, what each of them said and what was said about them, and
every claim, denial and reaction on a timeline that keeps vague dates vague.
Disputes are opened from JSON data files; every view can be exported as PNG,
SVG or PDF.")
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Dispute Explorer contributors")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)

include(CPack)
