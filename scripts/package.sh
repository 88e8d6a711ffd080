#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Leverscope authors
# Builds the Debian package build-package/leverscope_VERSION_amd64.deb with CPack, then checks
# it the way Debian does: desktop-file-validate, appstreamcli validate, the MIME type, the
# computed dependencies (dpkg-deb -I) and lintian. Installs the packaging tools it needs
# (desktop-file-utils appstream lintian dpkg-dev file), which the ordinary build does not.
# A build of its own (build-package/), minutes on a busy machine: not run by CI.
#
#   scripts/package.sh          # LEVERSCOPE_PACKAGE_BUILD overrides the build folder
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

LEVERSCOPE_PACKAGES+=(desktop-file-utils appstream lintian dpkg-dev file)
install_missing_packages

build="${LEVERSCOPE_PACKAGE_BUILD:-$LEVERSCOPE_ROOT/build-package}"
# Debian's hardening at link time (relro, bindnow; Debian's compiler already builds PIE). The
# compile flags stay the project's Release flags, so that ccache reuses the objects of the
# ordinary build and the package builds in a minute. LEVERSCOPE_PACKAGE_HARDENING=full adds
# Debian's compile flags too (stack protector, fortify; without their -g -O2): a full rebuild.
export DEB_BUILD_MAINT_OPTIONS="hardening=+all"
export DEB_CXXFLAGS_MAINT_STRIP="-g -O2"
cxxflags=""
if [ "${LEVERSCOPE_PACKAGE_HARDENING:-}" = full ]; then
  cxxflags="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)"
fi
ldflags="$(dpkg-buildflags --get LDFLAGS)"
if [ ! -f "$build/CMakeCache.txt" ]; then
  CXXFLAGS="$cxxflags" LDFLAGS="$ldflags" cmake -S "$LEVERSCOPE_ROOT" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
    -DLEVERSCOPE_BUILD_TESTS=OFF -DLEVERSCOPE_BUILD_BENCHMARKS=OFF \
    $(compiler_launcher_args)
fi
cmake --build "$build" --parallel "$(nproc)"
rm -f "$build"/leverscope_*.deb
(cd "$build" && cpack -G DEB)
deb="$(ls "$build"/leverscope_*_amd64.deb)"
echo "== built $deb"

# The files as installed, for the validators.
staging="$build/_staging"
rm -rf "$staging"
DESTDIR="$staging" cmake --install "$build" >/dev/null
status=0

echo "== desktop-file-validate"
desktop-file-validate "$staging"/usr/share/applications/*.desktop && echo "OK" || status=1

echo "== appstreamcli validate (--no-net: the screenshots are addressed at the release's tag)"
appstreamcli validate --no-net --pedantic "$staging"/usr/share/metainfo/*.metainfo.xml || status=1

echo "== MIME type: *.leverscope is application/x-leverscope-session"
mime_root="$(mktemp -d)"
cp -r "$staging/usr/share/mime" "$mime_root/"
update-mime-database "$mime_root/mime" 2>/dev/null
if grep -q '^[0-9]*:application/x-leverscope-session:\*\.leverscope$' "$mime_root/mime/globs2"; then
  echo "OK"
else
  echo "FAIL: no glob for *.leverscope"
  status=1
fi
rm -rf "$mime_root"

echo "== dpkg-deb -I"
dpkg-deb -I "$deb"
for library in libqt6widgets6 libqt6gui6 libqt6core6 libqcustomplot2.1-qt6; do
  if ! dpkg-deb -f "$deb" Depends | grep -q "$library"; then
    echo "FAIL: Depends does not name $library"
    status=1
  fi
done

echo "== lintian"
# Errors fail the script; warnings and notes are printed for the record.
lintian --display-info --pedantic "$deb" | tee "$build/lintian.txt" || true
if grep -q '^E: ' "$build/lintian.txt"; then
  echo "FAIL: lintian reports errors"
  status=1
fi

[ "$status" -eq 0 ] && echo "package: OK $deb" || echo "package: FAILED checks above" >&2
exit "$status"
