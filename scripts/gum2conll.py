#!/usr/bin/env python3
"""Converts the GUM corpus (../shared/data/gum/*.conllu) into CoNLL-2003 text for the
tagger's trainer: `word POS chunk tag` lines in IOB2 (chunk is always `O`),
`-DOCSTART- -X- -X- O` before each document, a blank line between sentences.

Usage: scripts/gum2conll.py [--genres LIST] [--misc MISC|O] [--with-test] [--gum DIR] > out.txt
  --genres LIST  comma list of GUM genres (default news,interview,academic,court: the
                 CC BY ones; bio and voyage are CC BY-SA 3.0), or `all`
  --misc MISC|O  what named mentions of types other than person, place and
                 organization (event, object, abstract, ...) become (default O)
  --with-test    keep the documents GUM's splits.md lists under test (default: left out)
  --gum DIR      the corpus folder (default ../shared/data/gum beside the repository)

Only named mentions are kept: those whose syntactic head is a proper noun (PROPN or
NNP/NNPS); GUM links pronouns and nominals ("the president") to Wikipedia identities
too, so the identity alone does not make a mention a name. As in CoNLL-2003, only the
name is tagged: the run of proper nouns (with inner `of`, `and`, `the`, `&`, `-`, `de`
and numbers) around the head, never a leading "the"; a person's leading titles and
honorifics (words of data/sources/positions.txt and honorifics.txt: "President",
"Mr.") stay outside. Nested names flatten longest first ("Bank of England" is one ORG,
not a LOC inside it); time expressions ("Monday", "July") are never tagged. The output
depends only on the corpus files and those two lists, and the files are read in name
order, so it is deterministic.
"""
import argparse
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CC_BY = ("news", "interview", "academic", "court")
ALL = CC_BY + ("bio", "voyage")
CORE = {"person": "PER", "place": "LOC", "organization": "ORG"}
NEVER = {"time", "quantity"}
CONNECT = {"of", "and", "the", "&", "-", "de", "du", "la", "von", "van", "der", "for", "on"}


def title_words():
    """Lower-case words of the position and honorific lists."""
    words = set()
    for name in ("positions.txt", "honorifics.txt"):
        with open(os.path.join(ROOT, "data", "sources", name), encoding="utf-8") as f:
            for line in f:
                line = line.split("#")[0].strip()
                if not line or line.startswith("["):
                    continue
                for w in line.lstrip("!").split():
                    words.add(w.lower())
    return words


def test_docs(gum):
    """Document names under `## test` in splits.md."""
    out, inside = set(), False
    with open(os.path.join(gum, "splits.md"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("## "):
                inside = line.strip() == "## test"
            elif inside and line.strip().startswith("* "):
                out.add(line.strip()[2:].strip())
    return out


def parse_entities(misc):
    """(opens, closes) of a MISC column: opens as (id, etype), closes as ids, in order."""
    field = next((p[7:] for p in misc.split("|") if p.startswith("Entity=")), "")
    events = []
    for m in re.finditer(r"\((\d+)-([^()]*)|(\d+)\)", field):
        if m.group(1):
            parts = m.group(2).split("-", 7)
            events.append(("open", m.group(1), parts[0]))
            # A one-token mention closes right after its attributes: `(5-place-...)`.
            end = m.end()
            if end < len(field) and field[end] == ")":
                events.append(("close", m.group(1), None))
        else:
            events.append(("close", m.group(3), None))
    return events


def is_prop(tok):
    return tok["upos"] == "PROPN" or tok["xpos"] in ("NNP", "NNPS")


def name_extent(sent, s, e, etype, titles):
    """The name's token range inside mention [s, e], or None for a non-name."""
    inside = range(s, e + 1)
    heads = [i for i in inside if not (s <= sent[i]["head"] - 1 <= e)]
    if not heads or not is_prop(sent[heads[0]]):
        return None
    h = heads[0]

    def name_tok(i):
        t = sent[i]
        return is_prop(t) or t["upos"] == "NUM" or t["xpos"] == "CD"

    def stop(i):
        return etype == "person" and sent[i]["form"].lower().rstrip(".") in titles

    if stop(h):
        return None
    lo = h
    i = h - 1
    while i >= s:
        if name_tok(i) and not stop(i):
            lo = i
        elif sent[i]["form"].lower() not in CONNECT:
            break
        i -= 1
    hi = h
    i = h + 1
    while i <= e:
        if name_tok(i):
            hi = i
        elif sent[i]["form"].lower() not in CONNECT:
            break
        i += 1
    return lo, hi


def read_docs(path):
    """Yields (doc id, sentences); a sentence is a list of token dicts with its mentions."""
    doc, sents, sent = None, [], []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for line in lines + [""]:
        if line.startswith("# newdoc id ="):
            if sents:
                yield doc, sents
            doc, sents = line.split("=", 1)[1].strip(), []
        elif not line.strip():
            if sent:
                sents.append(sent)
            sent = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            sent.append({"form": cols[1], "upos": cols[3], "xpos": cols[4],
                         "head": int(cols[6]), "misc": cols[9]})
    if sents:
        yield doc, sents


def mentions(sent):
    """(start, end, etype) of every entity mention in a sentence."""
    out, stack = [], []
    for i, tok in enumerate(sent):
        for kind, eid, etype in parse_entities(tok["misc"]):
            if kind == "open":
                stack.append((eid, i, etype))
            else:
                for k in range(len(stack) - 1, -1, -1):
                    if stack[k][0] == eid:
                        _, start, et = stack.pop(k)
                        out.append((start, i, et))
                        break
    return out


def tag_sentence(sent, misc, titles):
    spans = []
    for s, e, etype in mentions(sent):
        label = CORE.get(etype) or (None if etype in NEVER or misc == "O" else "MISC")
        if label is None:
            continue
        ext = name_extent(sent, s, e, etype, titles)
        if ext:
            spans.append((ext[0], ext[1], label))
    prio = {"PER": 0, "LOC": 1, "ORG": 2, "MISC": 3}
    spans.sort(key=lambda x: (x[0] - x[1], prio[x[2]], x[0]))
    tags = ["O"] * len(sent)
    for lo, hi, label in spans:
        if all(t == "O" for t in tags[lo:hi + 1]):
            tags[lo] = "B-" + label
            for i in range(lo + 1, hi + 1):
                tags[i] = "I-" + label
    return tags


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--genres", default=",".join(CC_BY))
    ap.add_argument("--misc", default="O", choices=("MISC", "O"))
    ap.add_argument("--with-test", action="store_true")
    ap.add_argument("--gum", default=os.path.join(ROOT, "..", "shared", "data", "gum"))
    a = ap.parse_args()
    genres = ALL if a.genres == "all" else tuple(a.genres.split(","))
    for g in genres:
        if g not in ALL:
            sys.exit(f"unknown genre {g} (known: {', '.join(ALL)})")
    skip = set() if a.with_test else test_docs(a.gum)
    titles = title_words()
    out = sys.stdout
    files = sorted(f for f in os.listdir(a.gum) if f.endswith(".conllu"))
    for name in files:
        genre = name.split("_")[1]
        if genre not in genres:
            continue
        for doc, sents in read_docs(os.path.join(a.gum, name)):
            if doc in skip:
                continue
            out.write("-DOCSTART- -X- -X- O\n\n")
            for sent in sents:
                for tok, tag in zip(sent, tag_sentence(sent, a.misc, titles)):
                    form = tok["form"].replace(" ", "_")
                    out.write(f"{form} {tok['xpos']} O {tag}\n")
                out.write("\n")


if __name__ == "__main__":
    main()
