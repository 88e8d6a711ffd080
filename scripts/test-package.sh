#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Leverscope authors
# Installs the Debian package into a fresh Debian 12 root and runs it there, as a lecturer's
# machine would: debootstrap (minbase) into a directory, `apt-get install ./leverscope_*.deb`
# in a chroot (the package's computed dependencies come from deb.debian.org), then
# `leverscope simulate` and `man leverscope`. Needs root. Slow (minutes, network): not run by CI.
#
#   scripts/test-package.sh [PATH/leverscope_VERSION_amd64.deb]
#
# The debootstrapped base is kept as a tarball (LEVERSCOPE_CHROOT_BASE) and unpacked into a new
# directory on every run, so each run starts from the same untouched Debian 12.
set -euo pipefail

root_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
deb="${1:-}"
if [ -z "$deb" ]; then
  deb="$(ls -t "$root_dir"/build-package/leverscope_*_amd64.deb 2>/dev/null | head -n 1 || true)"
fi
if [ -z "$deb" ] || [ ! -f "$deb" ]; then
  echo "test-package: no .deb found; run scripts/package.sh first or pass its path" >&2
  exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "test-package: needs root (debootstrap, chroot, mount)" >&2
  exit 1
fi
if ! command -v debootstrap >/dev/null 2>&1; then
  env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap
fi

mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
base="${LEVERSCOPE_CHROOT_BASE:-/var/tmp/leverscope-bookworm-minbase.tar}"
chroot_dir="$(mktemp -d /var/tmp/leverscope-chroot.XXXXXX)"

cleanup() {
  umount "$chroot_dir/proc" 2>/dev/null || true
  umount "$chroot_dir/dev/pts" 2>/dev/null || true
  umount "$chroot_dir/dev" 2>/dev/null || true
  rm -rf --one-file-system "$chroot_dir"
}
trap cleanup EXIT

if [ ! -f "$base" ]; then
  echo "== debootstrap: a minimal Debian 12 (bookworm) from $mirror"
  debootstrap --variant=minbase bookworm "$chroot_dir" "$mirror"
  tar -C "$chroot_dir" -cf "$base.partial" .
  mv "$base.partial" "$base"
else
  echo "== fresh Debian 12 root from $base"
  tar -C "$chroot_dir" -xf "$base"
fi

# The root must be readable by everyone: apt downloads as _apt, man-db indexes as man.
chmod 755 "$chroot_dir"
mount -t proc proc "$chroot_dir/proc"
mount --bind /dev "$chroot_dir/dev"
mount --bind /dev/pts "$chroot_dir/dev/pts"
cp /etc/resolv.conf "$chroot_dir/etc/resolv.conf"
cp "$deb" "$chroot_dir/tmp/"
package_file="$(basename "$deb")"

in_root() {
  chroot "$chroot_dir" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
    LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}

echo "== apt-get install ./$package_file"
in_root apt-get update -qq
# Only what the package depends on (no recommends): the computed dependencies must suffice.
in_root sh -c "cd /tmp && apt-get install -y -q --no-install-recommends ./$package_file" |
  grep -E '^(The following NEW|  [a-z0-9])' || true
in_root dpkg-query -W -f='${Package} ${Version} ${Status}\n' leverscope

echo "== leverscope --version"
in_root leverscope --version
echo "== leverscope simulate --generator proxy --reps 20"
in_root leverscope simulate --generator proxy --reps 20 >"$chroot_dir/tmp/simulate.json"
head -c 600 "$chroot_dir/tmp/simulate.json"
echo
echo "   ($(wc -c <"$chroot_dir/tmp/simulate.json") bytes of JSON)"
python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$chroot_dir/tmp/simulate.json"
echo "   the JSON parses"
echo "== a screenshot of the window, offscreen (with qt6-qpa-plugins for the offscreen platform)"
in_root apt-get install -y -qq --no-install-recommends qt6-qpa-plugins man-db >/dev/null
in_root env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp leverscope --generator confounder \
  --screenshot /tmp/window.png --size 1280x800
file_header="$(head -c 8 "$chroot_dir/tmp/window.png" | od -An -c | tr -s ' ')"
echo "   window.png: $(wc -c <"$chroot_dir/tmp/window.png") bytes, header:$file_header"
echo "== man leverscope | head (man-db installed for it)"
in_root sh -c 'MANWIDTH=80 man leverscope 2>&1 | head -n 20'
echo "== installed files"
in_root dpkg -L leverscope | grep -E 'bin/|applications/|metainfo/|mime/|man1/|doc/|256x256' || true
echo "test-package: OK"
