#!/usr/bin/env python3
"""Lists the engine's positions on text it was not built from, to find classes of
false and missed posts (issue 12). Runs `target/release/annotate --jsonl` and prints
tab-separated lines.

Usage: scripts/post-audit.py gum [--genres LIST] [--missed] [--gum DIR]
       scripts/post-audit.py conll FILE       (CoNLL-2003 train text only, never test)

gum: every position the engine marks, as `MARK doc gum-view text | context`, where
  gum-view says what GUM's gold mention around it is: `person:HEAD` (a person mention
  whose syntactic head is HEAD), `org`, `place`, ..., or `-` (no mention covers it).
  With --missed, instead every GUM person mention headed by a common noun that the
  engine marks no position in: `MISS doc head lexicon? mention | context`, where
  `lexicon?` is `lex` when the head is a word of data/sources/positions.txt.
conll: every position the engine marks in the file (`../shared/bench/conll2jsonl.py`
  format is built here), `MARK doc text | context`.

Deterministic: files are read in name order; output depends only on the corpus, the
engine binary and the position list.
"""
import argparse
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gum2conll  # noqa: E402
import gum2jsonl  # noqa: E402

ROOT = gum2conll.ROOT
BIN = os.path.join(ROOT, "target", "release", "annotate")
WIDTH = 60


def annotate(docs):
    """Runs the engine on [(id, text)], returns [entities] in the same order."""
    inp = "".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in docs)
    out = subprocess.run([BIN, "--jsonl"], input=inp, capture_output=True, text=True,
                         check=True).stdout
    return [json.loads(line)["entities"] for line in out.splitlines() if line.strip()]


def context(text, s, e):
    left = text[max(0, s - WIDTH):s].replace("\n", " ")
    right = text[e:e + WIDTH].replace("\n", " ")
    return f"{left}[[{text[s:e]}]]{right}"


def gum_doc(pars):
    """The text as gum2jsonl writes it, and every mention as (start, end, etype,
    head form, head upos) in characters."""
    text, pos, out = [], 0, []
    for pi, par in enumerate(pars):
        if pi:
            text.append("\n\n")
            pos += 2
        for si, sent in enumerate(par):
            if si:
                text.append(" ")
                pos += 1
            starts, ends = [], []
            for ti, tok in enumerate(sent):
                starts.append(pos)
                text.append(tok["form"])
                pos += len(tok["form"])
                ends.append(pos)
                if tok["space"] and ti + 1 < len(sent):
                    text.append(" ")
                    pos += 1
            for s, e, etype in gum2conll.mentions(sent):
                heads = [i for i in range(s, e + 1) if not (s <= sent[i]["head"] - 1 <= e)]
                h = heads[0] if heads else e
                out.append((starts[s], ends[e], etype, sent[h]["form"], sent[h]["upos"],
                            starts[h], ends[h]))
    return "".join(text) + "\n", out


def lexicon_words():
    words = set()
    with open(os.path.join(ROOT, "data", "sources", "positions.txt"), encoding="utf-8") as f:
        section = ""
        for line in f:
            line = line.split("#")[0].strip()
            if line.startswith("["):
                section = line
            elif line and section.startswith("[heads"):
                words.add(line.lstrip("!").lower())
    return words


def run_gum(a):
    genres = gum2jsonl.GENRES if a.genres == "all" else tuple(a.genres.split(","))
    docs, mentions = [], []
    for name in sorted(f for f in os.listdir(a.gum) if f.endswith(".conllu")):
        if name.split("_")[1] not in genres:
            continue
        for doc, pars in gum2jsonl.read_docs(os.path.join(a.gum, name)):
            text, ms = gum_doc(pars)
            docs.append((doc, text))
            mentions.append(ms)
    lex = lexicon_words()
    for (doc, text), ms, ents in zip(docs, mentions, annotate(docs)):
        posts = [x for x in ents if x["kind"] == "position"]
        if a.missed:
            for s, e, etype, head, upos, hs, he in ms:
                if etype != "person" or upos != "NOUN":
                    continue
                if any(p["start"] < he and hs < p["end"] for p in posts):
                    continue
                flag = "lex" if head.lower() in lex or head.lower().rstrip("s") in lex else "-"
                print(f"MISS\t{doc}\t{head.lower()}\t{flag}\t{text[s:e]}\t| {context(text, s, e)}")
            continue
        for p in posts:
            s, e = p["start"], p["end"]
            cover = [m for m in ms if m[0] <= s and e <= m[1]]
            # The smallest mention covering the post.
            view = "-"
            if cover:
                m = min(cover, key=lambda m: m[1] - m[0])
                view = f"{m[2]}:{m[3].lower()}" if m[2] == "person" else m[2]
            print(f"MARK\t{doc}\t{view}\t{p['text']}\t| {context(text, s, e)}")


def run_conll(path):
    sys.path.insert(0, os.path.join(ROOT, "..", "shared", "bench"))
    import conll2jsonl  # noqa: E402
    docs = []
    for n, d in enumerate(conll2jsonl.docs(path)):
        text, _ = conll2jsonl.convert(d)
        docs.append((f"doc{n}", text))
    for (doc, text), ents in zip(docs, annotate(docs)):
        for p in ents:
            if p["kind"] == "position":
                print(f"MARK\t{doc}\t{p['text']}\t| {context(text, p['start'], p['end'])}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("source", choices=("gum", "conll"))
    ap.add_argument("file", nargs="?")
    ap.add_argument("--genres", default="all")
    ap.add_argument("--missed", action="store_true")
    ap.add_argument("--gum", default=os.path.join(ROOT, "..", "shared", "data", "gum"))
    a = ap.parse_args()
    if a.source == "gum":
        run_gum(a)
    else:
        if not a.file or "test" in os.path.basename(a.file):
            sys.exit("conll: give the CoNLL-2003 train file (never test)")
        run_conll(a.file)


if __name__ == "__main__":
    main()
