#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Leverscope authors
"""Writes the manual page leverscope(1) from the program's own help: `leverscope --help` gives
the synopsis, the description and the list of subcommands, and `leverscope SUB --help` of every
subcommand listed there gives a section of its own. A subcommand added to the main help appears
in the manual page at the next build. Writes FILE and FILE.gz (gzip -9n); the date is the release
date of the version in CHANGELOG.md, so the output is the same on every build."""

import argparse
import gzip
import io
import os
import re
import subprocess
import sys

# An option line of a help text: "  -h, --help   text", "  --generator <name>   text",
# "  --session FILE      text"; the term ends at two spaces.
OPTION = re.compile(r"^(?P<indent> {1,6})(?P<term>-[^ ].*?)(?: {2,}(?P<text>\S.*))?$")
# A subcommand line of the main help: "  simulate   text".
SUBCOMMAND = re.compile(r"^(?P<indent> {1,6})(?P<term>[a-z][a-z0-9-]*)(?: {2,}(?P<text>\S.*))$")
HEADING = re.compile(r"^(?P<title>[A-Z][^:]*):$")


def fail(message):
    print(f"manpage: error: {message}", file=sys.stderr)
    sys.exit(1)


def run(binary, *arguments):
    process = subprocess.run([binary, *arguments], capture_output=True, text=True, timeout=60)
    if process.returncode != 0:
        fail(f"'{' '.join(['leverscope', *arguments])}' exited {process.returncode}: "
             f"{process.stderr.strip()[:200]}")
    # Qt's help names the program as it was started (a path in the build folder).
    return process.stdout.replace(binary, "leverscope")


def escape(text):
    """Text as roff: backslashes, hyphens as minus signs (options stay copyable), characters
    outside ASCII as \\[uXXXX] so that no input encoding needs guessing."""
    out = []
    for char in text:
        if char == "\\":
            out.append("\\e")
        elif char == "-":
            out.append("\\-")
        elif ord(char) > 127:
            out.append(f"\\[u{ord(char):04X}]")
        else:
            out.append(char)
    line = "".join(out)
    if line.startswith(".") or line.startswith("'"):
        line = "\\&" + line
    return line


def term(text):
    """An option's term: dashes in bold, arguments (<name>, FILE) in italics."""
    words = []
    for word in re.split(r"( |, )", text):
        if word in (" ", ", ", ""):
            words.append(escape(word))
        elif word.startswith("-"):
            name, equals, value = word.partition("=")
            words.append(f"\\fB{escape(name)}\\fR" +
                         (f"={chr(92)}fI{escape(value)}{chr(92)}fR" if equals else ""))
        elif word.startswith("[") or word.startswith("|"):
            words.append(escape(word))
        else:
            words.append(f"\\fI{escape(word)}\\fR")
    return "".join(words)


def parse_help(text):
    """The help text as (usage lines, blocks); a block is ("para", text), ("heading", title) or
    ("item", term, text)."""
    lines = text.rstrip("\n").split("\n")
    usage = []
    index = 0
    if lines and lines[0].startswith("Usage:"):
        # Continuation lines are indented; their indentation past "Usage: " is kept.
        width = len("Usage: ")
        usage.append(lines[0][len("Usage:"):].strip())
        index = 1
        while index < len(lines) and lines[index].startswith(" ") and lines[index].strip():
            line = lines[index]
            usage.append(line[width:] if line[:width].strip() == "" else line.strip())
            index += 1
    blocks = []
    item_indent = None
    for line in lines[index:]:
        if not line.strip():
            item_indent = None
            blocks.append(("break",))
            continue
        heading = HEADING.match(line)
        option = OPTION.match(line)
        subcommand = SUBCOMMAND.match(line)
        indent = len(line) - len(line.lstrip(" "))
        if item_indent is not None and indent > item_indent + 1 and blocks[-1][0] == "item":
            kind, name, body = blocks[-1]
            blocks[-1] = (kind, name, (body + " " + line.strip()).strip())
        elif heading:
            item_indent = None
            blocks.append(("heading", heading.group("title")))
        elif option or subcommand:
            match = option or subcommand
            item_indent = len(match.group("indent"))
            blocks.append(("item", match.group("term").strip(), (match.group("text") or "").strip()))
        else:
            item_indent = None
            if blocks and blocks[-1][0] == "para":
                blocks[-1] = ("para", blocks[-1][1] + " " + line.strip())
            else:
                blocks.append(("para", line.strip()))
    return usage, [block for block in blocks if block[0] != "break"]


def render_blocks(blocks, out, heading_macro=".SS"):
    for block in blocks:
        if block[0] == "heading":
            out.append(f'{heading_macro} "{escape(block[1])}"')
        elif block[0] == "para":
            out.append(".PP")
            out.append(escape(block[1]))
        else:
            out.append(".TP")
            # An option's term, or a subcommand's name in bold.
            out.append(term(block[1]) if block[1].startswith("-") else
                       f"\\fB{escape(block[1])}\\fR")
            out.append(escape(block[2]) if block[2] else "\\&")


def render_usage(usage, out):
    out.append(".nf")
    for line in usage:
        out.append(escape(line))
    out.append(".fi")


def release_date(changelog, version):
    pattern = re.compile(r"^## \[" + re.escape(version) + r"\] - (\d{4}-\d{2}-\d{2})\s*$")
    with open(changelog, encoding="utf-8") as handle:
        for line in handle:
            match = pattern.match(line.rstrip("\n"))
            if match:
                return match.group(1)
    fail(f"{changelog} has no entry for version {version}")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--binary", required=True)
    parser.add_argument("--changelog", required=True)
    parser.add_argument("--homepage", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    version_line = run(args.binary, "--version").strip()
    version = version_line.split()[-1]
    main_help = run(args.binary, "--help")
    usage, blocks = parse_help(main_help)
    # The subcommands are the items under the main help's "Subcommands" heading.
    subcommands = []
    under = False
    for block in blocks:
        if block[0] == "heading":
            under = block[1].startswith("Subcommands")
        elif block[0] == "item" and under and not block[1].startswith("-"):
            subcommands.append(block[1])
    if not subcommands:
        fail("'leverscope --help' lists no subcommands under a 'Subcommands' heading")

    out = [
        '.\\" Generated by scripts/manpage.py from the help of ' + escape(version_line) +
        "; do not edit.",
        f'.TH LEVERSCOPE 1 "{release_date(args.changelog, version)}" '
        f'"{escape(version_line)}" "User Commands"',
        ".SH NAME",
        "leverscope \\- what\\-if explorer: predicting well is not knowing the levers",
        ".SH SYNOPSIS",
    ]
    render_usage(usage, out)
    out.append(".SH DESCRIPTION")
    render_blocks(blocks, out)
    for name in subcommands:
        sub_usage, sub_blocks = parse_help(run(args.binary, name, "--help"))
        out.append(f'.SH "LEVERSCOPE {escape(name.upper())}"')
        if sub_usage:
            render_usage(sub_usage, out)
        render_blocks(sub_blocks, out)
    out.extend([
        ".SH EXIT STATUS",
        ".TP",
        "0",
        "Success.",
        ".TP",
        "1",
        "An input file that cannot be used, a computation that failed, or no display for the "
        "window.",
        ".TP",
        "2",
        "A bad command line: an unknown option, a missing or out\\-of\\-range value.",
        ".SH FILES",
        ".TP",
        "\\fI*.leverscope\\fR",
        "Saved sessions: JSON holding the settings, opened with \\fB\\-\\-session\\fR \\fIFILE\\fR "
        "or as the only argument.",
        ".SH SEE ALSO",
        "The lecturer's guide and the formulas, in the source tree: \\fIdocs/teaching.md\\fR, "
        "\\fIdocs/math.md\\fR; " + escape(args.homepage),
    ])
    text = "\n".join(out) + "\n"

    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    for path, data in ((args.out, text.encode("ascii")), (args.out + ".gz", None)):
        if data is None:
            buffer = io.BytesIO()
            with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9,
                               mtime=0) as packed:
                packed.write(text.encode("ascii"))
            data = buffer.getvalue()
        with open(path + ".partial", "wb") as handle:
            handle.write(data)
        os.replace(path + ".partial", path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
