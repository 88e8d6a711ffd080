# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Leverscope authors
# What `cmake --install` puts beside the program, and the Debian package CPack builds from it
# (scripts/package.sh): the desktop entry, the AppStream metainfo, the MIME type of session
# files, the icons, the manual page generated from the program's own help, the copyright file
# and the changelog. Everything generated is generated at build time, so it cannot go stale.

find_package(Python3 REQUIRED COMPONENTS Interpreter)

# The application's AppStream id, which names the desktop entry and the metainfo file.
set(LEVERSCOPE_APP_ID io.github.leverscope.Leverscope)
# The repository's future public home: the AppStream links and screenshot addresses point there
# (the screenshots are docs/figures/screenshot-*.png at the release's tag).
set(LEVERSCOPE_HOMEPAGE https://github.com/leverscope/leverscope)
set(LEVERSCOPE_MAINTAINER "The Leverscope authors <leverscope@users.noreply.github.com>")

set(LEVERSCOPE_GENERATED ${PROJECT_BINARY_DIR}/share)
set(LEVERSCOPE_METAINFO ${LEVERSCOPE_GENERATED}/metainfo/${LEVERSCOPE_APP_ID}.metainfo.xml)
set(LEVERSCOPE_DEBIAN_CHANGELOG ${LEVERSCOPE_GENERATED}/doc/changelog.gz)
set(LEVERSCOPE_MANPAGE ${LEVERSCOPE_GENERATED}/man/man1/leverscope.1)

# The AppStream release list and the Debian changelog come from CHANGELOG.md; the step fails
# when CHANGELOG.md has no entry for PROJECT_VERSION.
add_custom_command(
    OUTPUT ${LEVERSCOPE_METAINFO} ${LEVERSCOPE_DEBIAN_CHANGELOG}
    COMMAND Python3::Interpreter ${PROJECT_SOURCE_DIR}/scripts/release_notes.py
            --changelog ${PROJECT_SOURCE_DIR}/CHANGELOG.md
            --version ${PROJECT_VERSION}
            --package leverscope
            --maintainer ${LEVERSCOPE_MAINTAINER}
            --homepage ${LEVERSCOPE_HOMEPAGE}
            --metainfo-template ${PROJECT_SOURCE_DIR}/resources/${LEVERSCOPE_APP_ID}.metainfo.xml.in
            --metainfo ${LEVERSCOPE_METAINFO}
            --debian-changelog ${LEVERSCOPE_DEBIAN_CHANGELOG}
    DEPENDS ${PROJECT_SOURCE_DIR}/scripts/release_notes.py
            ${PROJECT_SOURCE_DIR}/CHANGELOG.md
            ${PROJECT_SOURCE_DIR}/resources/${LEVERSCOPE_APP_ID}.metainfo.xml.in
    COMMENT "Release notes: AppStream metainfo and Debian changelog from CHANGELOG.md"
    VERBATIM)

# leverscope(1) from `leverscope --help` and every `leverscope SUBCOMMAND --help`: a subcommand
# listed in the main help appears in the manual page without further work.
add_custom_command(
    OUTPUT ${LEVERSCOPE_MANPAGE} ${LEVERSCOPE_MANPAGE}.gz
    COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
            $<TARGET_FILE:Python3::Interpreter> ${PROJECT_SOURCE_DIR}/scripts/manpage.py
            --binary $<TARGET_FILE:leverscope>
            --changelog ${PROJECT_SOURCE_DIR}/CHANGELOG.md
            --homepage ${LEVERSCOPE_HOMEPAGE}
            --out ${LEVERSCOPE_MANPAGE}
    DEPENDS leverscope ${PROJECT_SOURCE_DIR}/scripts/manpage.py
            ${PROJECT_SOURCE_DIR}/CHANGELOG.md
    COMMENT "Manual page leverscope(1) from the program's help"
    VERBATIM)
add_custom_target(leverscope_release_files ALL
    DEPENDS ${LEVERSCOPE_METAINFO} ${LEVERSCOPE_DEBIAN_CHANGELOG} ${LEVERSCOPE_MANPAGE}.gz)

# The freedesktop places.
install(FILES resources/${LEVERSCOPE_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${LEVERSCOPE_METAINFO} DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES resources/mime/leverscope.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)
install(FILES resources/leverscope.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 32 48 64 128 256)
    install(FILES resources/icons/${size}x${size}/leverscope.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${LEVERSCOPE_MANPAGE}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES resources/debian/copyright ${LEVERSCOPE_DEBIAN_CHANGELOG}
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/leverscope)

# The Debian package: `cpack -G DEB` in a build configured with CMAKE_INSTALL_PREFIX=/usr
# (scripts/package.sh). Dependencies are computed by dpkg-shlibdeps from the linked libraries.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME leverscope)
set(CPACK_PACKAGE_VENDOR "The Leverscope authors")
set(CPACK_PACKAGE_CONTACT ${LEVERSCOPE_MAINTAINER})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "what-if explorer: predicting well is not knowing the levers")
# Debian wants description lines under 80 characters: the line breaks are kept as written.
set(CPACK_PACKAGE_DESCRIPTION
"Leverscope lets lecturers, students and scientists see why a model that
predicts well can be wrong about causes. Pick a data generator, drag the
collinearity and noise sliders, and watch held-out R-squared stay flat while
the fitted weights explode; with a confounder, no amount of data turns the
weights into levers, only an experiment does.

It draws the population truth of a linear-Gaussian structural model beside
Monte-Carlo fits (OLS, ridge, lasso, principal-component regression), the
causal graph, the spectrum of the covariance and the effect of interventions.
Your own CSV data can be explored the same way. Presets and parables, a
presentation mode for projectors, undo, sessions and export to PNG, PDF, SVG
and CSV support teaching; a command line simulates, fits and exports without
a display.")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${LEVERSCOPE_HOMEPAGE})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
include(CPack)
