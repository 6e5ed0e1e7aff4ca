#!/usr/bin/env python3
"""Counts English string literals of three or more words below the report layer.

    python3 scripts/count-english.py [-v] [--check]

Words a person reads are made in WharfingerReport; Wire, Services and Analysis hand out
values (issue 19). This lists the string literals in Sources/WharfingerWire,
Sources/WharfingerServices and Sources/WharfingerAnalysis that hold three or more words
(comments skipped, an interpolation counted as a gap) and prints their count; -v prints
each one with its file and line. The few that stay are traps' messages, each with a
comment saying why; --check exits 1, naming them, when any other literal is found (a test
runs it). ServiceRegistry+IANA.swift is left out: it is generated data (IANA's service
names and descriptions), not code's words.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
LAYERS = ["Sources/WharfingerWire", "Sources/WharfingerServices", "Sources/WharfingerAnalysis"]
GENERATED = {"ServiceRegistry+IANA.swift"}
# A literal passed to one of these (on its line or the one before) is a trap's message for
# developers, never a report's word.
TRAPS = re.compile(r"\b(precondition|preconditionFailure|fatalError|assert|assertionFailure)\(")


def literals(text):
    """Yields (line, literal) for each string literal outside comments."""
    i, n, line = 0, len(text), 1
    while i < n:
        if text[i] == "\n":
            line += 1
            i += 1
        elif text.startswith("//", i):
            while i < n and text[i] != "\n":
                i += 1
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            line += text.count("\n", i, end)
            i = end
        elif text.startswith('"""', i):
            end = text.find('"""', i + 3)
            end = n if end < 0 else end
            yield line, text[i + 3:end]
            line += text.count("\n", i, end)
            i = end + 3
        elif text[i] == '"':
            j, depth, kept = i + 1, 0, []
            while j < n and text[j] != "\n":
                if text.startswith("\\(", j):
                    depth += 1
                    kept.append(" ")
                    j += 2
                    continue
                if depth:
                    depth += {"(": 1, ")": -1}.get(text[j], 0)
                elif text[j] == "\\":
                    j += 2
                    continue
                elif text[j] == '"':
                    break
                else:
                    kept.append(text[j])
                j += 1
            yield line, "".join(kept)
            i = j + 1
        else:
            i += 1


def words(text):
    return [w for w in text.split() if re.search(r"[A-Za-z]{2,}", w)]


def main():
    found, words_outside_traps = [], []
    for layer in LAYERS:
        for path in sorted((ROOT / layer).rglob("*.swift")):
            if path.name in GENERATED:
                continue
            text = path.read_text()
            lines = text.split("\n")
            for line, literal in literals(text):
                if len(words(literal)) >= 3:
                    entry = f'{path.relative_to(ROOT)}:{line}: "{literal.strip()}"'
                    found.append(entry)
                    if not TRAPS.search(" ".join(lines[max(line - 2, 0):line])):
                        words_outside_traps.append(entry)
    if "-v" in sys.argv:
        print("\n".join(found))
    print(len(found))
    if "--check" in sys.argv and words_outside_traps:
        print("English below the report layer (word it in WharfingerReport):", file=sys.stderr)
        print("\n".join(words_outside_traps), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
