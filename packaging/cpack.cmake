# The Debian package, made by CPack from the install rules (packaging/CMakeLists.txt):
#   cmake --build --preset release --target package   ->  build/release/mmvis_<version>_amd64.deb
# Its Depends are computed from the binary by dpkg-shlibdeps, plus what it loads at run time
# without linking: Qt's platform plugins (the window, and offscreen for --export) and a font.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME mmvis)
set(CPACK_PACKAGE_VENDOR "The mmvis developers")
set(CPACK_PACKAGE_CONTACT "${MMVIS_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "visualizer of the Windows NT memory manager, for teaching")
set(CPACK_PACKAGE_DESCRIPTION
    "mmvis simulates the memory manager of Windows NT 4.0 and 2000 on an x86
machine, bit by bit, and shows what it does: page directories and page
tables with the self-map and hyperspace, the PFN database and its page
lists, working sets, VADs, page faults, the paging file, sections with
prototype PTEs, process creation and context switches.

A WinDbg-style command language drives it from a console, from scripts
run a step at a time, or in batch runs without a window. Every diagram
can be exported as SVG, PNG or PDF.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${MMVIS_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, fonts-dejavu-core, fonts-noto-cjk")
# Qt's own dialogs (standard buttons) in Korean and Chinese, when those are chosen.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
include(CPack)
