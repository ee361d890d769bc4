#!/usr/bin/env python3
"""Converts the GUM corpus (../shared/data/gum/*.conllu) into gold JSONL for
scripts/accuracy.py's `gum-news` and `gum-all` sets: one line per document,
`{"id", "text", "entities": [{"start", "end", "kind", "text"}]}`, person and place only.

Usage: scripts/gum2jsonl.py [--genres LIST] [--gum DIR] > gold.jsonl
  --genres LIST  comma list of GUM genres (news, interview, academic, court, bio,
                 voyage) or `all` (default news,interview)

The text is the article as written, not tokens joined by spaces: a token is followed
by a space unless its MISC column says `SpaceAfter=No`, sentences of one paragraph by
a space, paragraphs (`# newpar`) by a blank line. Every document is kept, GUM's test
split too: the tagger is not trained on GUM (scripts/gum2conll.py is for experiments).

Spans follow scripts/gum2conll.py (named mentions only, the run of proper nouns around
the head, a person's leading titles and honorifics outside, nested names longest
first), then the project's guidelines where GUM differs:
- GUM types buildings, venues and institutions' sites as `place`; the guidelines do not
  (`the White House`, `Wembley Stadium`): a place whose last word is a building word
  (BUILDING below) is dropped;
- a place name inside an organisation's name is no place: longest-first flattening
  already keeps only the organisation (`University of Oxford`).
Differences left (see data/eval/GUM.md): GUM types a country named for its government
or team by what it stands for (`organization`), the guidelines call it a place; GUM
marks adjectival and plural mentions only when a proper noun heads them.

The output depends only on the corpus files and the title lists gum2conll.py reads,
and files are read in name order, so it is deterministic.
"""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gum2conll  # noqa: E402

KIND = {"PER": "person", "LOC": "place"}
# Academic titles before a name, which the project reads as honorifics.
EXTRA_TITLES = {"professor", "prof", "dr", "doctor"}
GENRES = ("news", "interview", "academic", "court", "bio", "voyage")
# Last words of GUM place names that name a building or venue, not a place.
BUILDING = {"house", "hall", "stadium", "arena", "museum", "hospital", "church",
            "cathedral", "abbey", "palace", "castle", "tower", "temple", "mosque",
            "library", "theatre", "theater", "airport", "station", "hotel", "centre",
            "center", "building", "school", "college", "university", "gallery",
            "prison", "chapel", "mall", "zoo", "club", "studio", "studios", "archive",
            "archives", "cemetery", "memorial", "complex", "lodge", "towers", "factory",
            "room", "office", "headquarters", "planetarium", "monastery"}


def read_docs(path):
    """Yields (doc id, paragraphs); a paragraph is a list of sentences of token dicts."""
    doc, pars, sent = None, [], []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for line in lines + [""]:
        if line.startswith("# newdoc id ="):
            if pars:
                yield doc, pars
            doc, pars = line.split("=", 1)[1].strip(), [[]]
        elif line.strip() == "# newpar" or line.startswith("# newpar "):
            if pars and pars[-1]:
                pars.append([])
        elif not line.strip():
            if sent:
                pars[-1].append(sent)
            sent = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            sent.append({"form": cols[1], "upos": cols[3], "xpos": cols[4],
                         "head": int(cols[6]), "deprel": cols[7], "misc": cols[9],
                         "space": "SpaceAfter=No" not in cols[9].split("|")})
    if pars and any(pars):
        yield doc, pars


def extent(sent, s, e, etype, titles, inner):
    """The name's token range inside mention [s, e], or None: gum2conll's extent, then
    the guidelines' conventions (see the module's doc). `inner` holds the other
    mentions of the sentence as (start, end, etype)."""
    ext = gum2conll.name_extent(sent, s, e, etype, titles)
    if ext is None and etype in ("person", "place"):
        ext = appositive_name(sent, s, e)
    if ext is None or etype not in ("person", "place"):
        return ext
    lo, hi = ext
    nested = [m for m in inner if s <= m[0] and m[1] <= e and (m[0], m[1]) != (s, e)]
    words = [sent[i]["form"].lower() for i in range(lo, hi + 1)]
    # A group (`Ana Ruiz and Ben Ode`, `Lima and Quito`) is its members, not one name.
    if any(w in ("and", "&", ",") for w in words) and any(m[2] == etype for m in nested):
        return None
    if etype != "person":
        return ext
    # Plural proper nouns name groups (`Democrats`, `Americans`): no person.
    if sent[hi]["xpos"] == "NNPS":
        return None
    # Titles inside the extent (`US President Ana Ruiz`, headed by `US` in UD) and a
    # place or organisation opening it stay outside.
    for i in range(hi, lo - 1, -1):
        if sent[i]["form"].lower().rstrip(".") in titles | EXTRA_TITLES:
            lo = i + 1
            break
    for m in sorted(nested):
        if m[2] != "person" and m[0] <= lo <= m[1] < hi:
            lo = m[1] + 1
    for m in sorted(nested, reverse=True):
        if m[2] != "person" and lo <= m[0] <= hi <= m[1]:
            hi = m[0] - 1
    while lo <= hi and sent[lo]["form"].lower() in gum2conll.CONNECT:
        lo += 1
    while lo <= hi and sent[hi]["form"].lower() in gum2conll.CONNECT | {"from"}:
        hi -= 1
    return (lo, hi) if lo <= hi else None


def appositive_name(sent, s, e):
    """For a common noun with a name in apposition (`Biologist Ana Ruiz`: UD attaches
    `Ana Ruiz` to `Biologist` as `flat`), the name."""
    heads = [i for i in range(s, e + 1) if not (s <= sent[i]["head"] - 1 <= e)]
    if not heads:
        return None
    flat = [i for i in range(s, e + 1) if sent[i]["head"] - 1 == heads[0]
            and sent[i]["deprel"] in ("flat", "appos") and gum2conll.is_prop(sent[i])]
    if not flat or flat[-1] != e or not all(gum2conll.is_prop(sent[i])
                                            for i in range(flat[0], e + 1)):
        return None
    return flat[0], e


def sentence_spans(sent, titles):
    """(lo, hi, kind) token ranges of the sentence's person and place names, nested
    names flattened longest first as in gum2conll.tag_sentence."""
    spans = []
    ms = gum2conll.mentions(sent)
    for s, e, etype in ms:
        label = gum2conll.CORE.get(etype)
        if label is None:
            continue
        ext = extent(sent, s, e, etype, titles, ms)
        if ext:
            spans.append((ext[0], ext[1], label))
    prio = {"PER": 0, "LOC": 1, "ORG": 2}
    spans.sort(key=lambda x: (x[0] - x[1], prio[x[2]], x[0]))
    taken = [False] * len(sent)
    out = []
    for lo, hi, label in spans:
        if not any(taken[lo:hi + 1]):
            for i in range(lo, hi + 1):
                taken[i] = True
            out.append((lo, hi, label))
    return sorted((lo, hi, KIND[t]) for lo, hi, t in out if t in KIND)


def is_building(sent, hi):
    return sent[hi]["form"].lower() in BUILDING


def convert(pars, titles):
    text, ents = [], []
    pos = 0
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
            for lo, hi, kind in sentence_spans(sent, titles):
                if kind == "place" and is_building(sent, hi):
                    continue
                ents.append({"start": starts[lo], "end": ends[hi], "kind": kind})
    t = "".join(text) + "\n"
    for e in ents:
        e["text"] = t[e["start"]:e["end"]]
    return t, ents


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--genres", default="news,interview")
    ap.add_argument("--gum", default=os.path.join(gum2conll.ROOT, "..", "shared", "data", "gum"))
    a = ap.parse_args()
    genres = GENRES if a.genres == "all" else tuple(a.genres.split(","))
    for g in genres:
        if g not in GENRES:
            sys.exit(f"unknown genre {g} (known: {', '.join(GENRES)})")
    titles = gum2conll.title_words()
    for name in sorted(f for f in os.listdir(a.gum) if f.endswith(".conllu")):
        if name.split("_")[1] not in genres:
            continue
        for doc, pars in read_docs(os.path.join(a.gum, name)):
            t, ents = convert(pars, titles)
            print(json.dumps({"id": doc, "text": t, "entities": ents}, ensure_ascii=False))


if __name__ == "__main__":
    main()
