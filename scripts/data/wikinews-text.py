#!/usr/bin/env python3
"""Writes the plain text of GUM's Wikinews articles (../shared/data/gum, genres
`news` and `interview`), one file per article, as the starting point for hand-marking them
to ../shared/bench/GUIDELINES.md (data/eval/wikinews/, see its README).

Usage: scripts/data/wikinews-text.py OUTDIR [ID ...]

The text is scripts/gum2jsonl.py's (the article as written, paragraphs separated by
a blank line), with one tokenisation artefact undone: GUM splits the possessive
clitics into tokens of their own with a space before them ("Mecca 's", "do n't",
"it ’s"), which no newspaper prints, so the space goes (`clitics` below): "Mecca's",
"don't", "it’s"; and a plural possessive's " '" before a space becomes "'".
Deterministic.
"""
import json, os, re, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def clitics(text):
    text = re.sub(r"(\w) (n['’]t|['’](?:s|re|ve|ll|d|m))\b", r"\1\2", text)
    return re.sub(r"(\ws) ' ", r"\1' ", text)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out, wanted = sys.argv[1], set(sys.argv[2:])
    os.makedirs(out, exist_ok=True)
    r = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "gum2jsonl.py"),
                        "--genres", "news,interview"], capture_output=True, text=True, check=True)
    for line in r.stdout.splitlines():
        doc = json.loads(line)
        if wanted and doc["id"] not in wanted:
            continue
        text = clitics(doc["text"])
        with open(os.path.join(out, doc["id"] + ".txt"), "w", encoding="utf-8") as f:
            f.write(text.strip("\n") + "\n")


if __name__ == "__main__":
    main()
