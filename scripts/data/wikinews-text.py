#!/usr/bin/env python3
"""Writes the plain text of GUM's Wikinews news articles (../shared/data/gum,
genre `news`), one file per article, as the starting point for hand-marking them
to ../shared/bench/GUIDELINES.md (data/eval/wikinews/, see its README).

Usage: scripts/data/wikinews-text.py OUTDIR [ID ...]

The text is scripts/gum2jsonl.py's (the article as written, paragraphs separated by
a blank line), with one tokenisation artefact undone: GUM splits the possessive
clitic into its own token with a space before it ("Mecca 's"), which no newspaper
prints, so " 's" and " '" before a space become "'s" and "'". Deterministic.
"""
import json, os, re, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out, wanted = sys.argv[1], set(sys.argv[2:])
    os.makedirs(out, exist_ok=True)
    r = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "gum2jsonl.py"),
                        "--genres", "news"], capture_output=True, text=True, check=True)
    for line in r.stdout.splitlines():
        doc = json.loads(line)
        if wanted and doc["id"] not in wanted:
            continue
        text = re.sub(r"(\w) 's\b", r"\1's", doc["text"])
        text = re.sub(r"(\ws) ' ", r"\1' ", text)
        with open(os.path.join(out, doc["id"] + ".txt"), "w", encoding="utf-8") as f:
            f.write(text.strip("\n") + "\n")


if __name__ == "__main__":
    main()
