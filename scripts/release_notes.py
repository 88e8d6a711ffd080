#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Leverscope authors
"""Release notes from CHANGELOG.md (Keep a Changelog): the AppStream <releases> of the metainfo
file and the Debian changelog of the package, both for the released versions (Unreleased is
left out). Fails with one line when CHANGELOG.md has no entry for --version, so the version set in
CMakeLists.txt and the changelog cannot drift apart. Output is byte-for-byte reproducible."""

import argparse
import datetime
import gzip
import html
import os
import re
import sys
import textwrap

HEADING = re.compile(r"^## \[(?P<version>[^\]]+)\](?: - (?P<date>\d{4}-\d{2}-\d{2}))?\s*$")


def fail(message):
    print(f"release_notes: error: {message}", file=sys.stderr)
    sys.exit(1)


def plain(text):
    """Markdown inline marks removed: `code`, **strong**, *em*, [text](link)."""
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text)
    return text.replace("`", "").replace("**", "")


def parse(path):
    """[(version, date, intro paragraphs, [(group, item)])] for the released versions, newest
    first, as they stand in the file."""
    releases = []
    current = None
    group = ""
    with open(path, encoding="utf-8") as handle:
        for raw in handle:
            line = raw.rstrip("\n")
            match = HEADING.match(line)
            if match:
                current = None
                group = ""
                if match.group("version").lower() == "unreleased":
                    continue
                if not match.group("date"):
                    fail(f"{path}: release {match.group('version')} has no date (## [x.y.z] - YYYY-MM-DD)")
                current = {"version": match.group("version"), "date": match.group("date"),
                           "intro": [], "items": []}
                releases.append(current)
                continue
            if current is None:
                continue
            if line.startswith("## ") or line.startswith("["):
                current = None
            elif line.startswith("### "):
                group = line[4:].strip()
            elif line.startswith("- "):
                current["items"].append([group, line[2:].strip()])
            elif line.startswith("  ") and line.strip() and current["items"]:
                current["items"][-1][1] += " " + line.strip()
            elif line.strip():
                current["intro"].append(line.strip())
    return releases


def write_atomically(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    partial = path + ".partial"
    with open(partial, "wb") as handle:
        handle.write(data)
    os.replace(partial, path)


def appstream_releases(releases):
    out = ["  <releases>"]
    for release in releases:
        out.append(f'    <release version="{release["version"]}" date="{release["date"]}">')
        out.append("      <description>")
        if release["intro"]:
            out.append(f'        <p>{html.escape(plain(" ".join(release["intro"])), quote=False)}</p>')
        if release["items"]:
            out.append("        <ul>")
            for group, item in release["items"]:
                prefix = f"{group}: " if group and group != "Added" else ""
                out.append(f"          <li>{html.escape(prefix + plain(item), quote=False)}</li>")
            out.append("        </ul>")
        out.append("      </description>")
        out.append("    </release>")
    out.append("  </releases>")
    return "\n".join(out)


def debian_changelog(releases, package, maintainer):
    wrapper = textwrap.TextWrapper(width=78, initial_indent="  * ", subsequent_indent="    ",
                                   break_long_words=False, break_on_hyphens=False)
    out = []
    # Releases made on the same day are an hour apart, newest last: Debian wants every entry
    # newer than the one below it.
    hours = {}
    for release in reversed(releases):
        hours[release["version"]] = 12 + sum(1 for other in releases
                                              if other["date"] == release["date"]
                                              and other["version"] in hours)
    for release in releases:
        out.append(f"{package} ({release['version']}) unstable; urgency=medium")
        out.append("")
        if release["intro"]:
            out.extend(wrapper.wrap(plain(" ".join(release["intro"]))))
        for group, item in release["items"]:
            prefix = f"{group}: " if group and group != "Added" else ""
            out.extend(wrapper.wrap(prefix + plain(item)))
        day = datetime.datetime.strptime(release["date"], "%Y-%m-%d")
        # RFC 5322 date, in English whatever the locale.
        weekday = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[day.weekday()]
        month = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                 "Dec")[day.month - 1]
        out.append("")
        out.append(f" -- {maintainer}  {weekday}, {day.day:02d} {month} {day.year} {hours[release['version']]:02d}:00:00 +0000")
        out.append("")
    return "\n".join(out[:-1]) + "\n"


def gzipped(data):
    """gzip -9n: no file name, no time stamp."""
    import io
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as out:
        out.write(data)
    return buffer.getvalue()


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--changelog", required=True)
    parser.add_argument("--version", required=True)
    parser.add_argument("--package", default="leverscope")
    parser.add_argument("--maintainer", required=True)
    parser.add_argument("--homepage", required=True)
    parser.add_argument("--metainfo-template")
    parser.add_argument("--metainfo")
    parser.add_argument("--debian-changelog")
    parser.add_argument("--print-date", action="store_true",
                        help="print the release date of --version and exit")
    args = parser.parse_args()

    releases = parse(args.changelog)
    dates = {release["version"]: release["date"] for release in releases}
    if args.version not in dates:
        fail(f"{args.changelog} has no entry '## [{args.version}] - YYYY-MM-DD' for the version "
             f"set in CMakeLists.txt; add one")
    if releases[0]["version"] != args.version:
        fail(f"{args.changelog}: the newest release is {releases[0]['version']}, but "
             f"CMakeLists.txt says {args.version}")
    if args.print_date:
        print(dates[args.version])
        return 0
    if args.metainfo:
        with open(args.metainfo_template, encoding="utf-8") as handle:
            template = handle.read()
        text = (template.replace("@RELEASES@", appstream_releases(releases))
                .replace("@VERSION@", args.version)
                .replace("@HOMEPAGE@", args.homepage))
        write_atomically(args.metainfo, text.encode("utf-8"))
    if args.debian_changelog:
        text = debian_changelog(releases, args.package, args.maintainer)
        write_atomically(args.debian_changelog, gzipped(text.encode("utf-8")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
