#!/usr/bin/env python3
"""Lists the engine's errors on a development set, with context, to find
failure classes: spans it missed (FN), spans it invented (FP) and kind swaps,
then, for sets with holds, the `person | position` pairs it missed (HFN) or
invented (HFP), compared as score.py compares them (case-insensitive).

Usage: scripts/errors.py SET [KIND]
  SET: conll-valid, news-extra, news-blind-dev (the five development files of
  news-blind; the other five are held out) or real-news-dev (the 19 development files
  of ../shared/data/real-news-dev; the other nine are held out), gum-news or gum-all
  (../shared/data/gum, see scripts/gum2jsonl.py), wikinews-dev (the 29 development
  articles and interviews of data/eval/wikinews; the other 14 are held out), worldnews-dev (the 16
  development articles of data/eval/worldnews; the other eight are held out). KIND: person, place,
  position, holds or said (who says each quotation, on sets with @said lines: a
  quotation whose speaker differs from gold's, QFN a gold speaker the engine missed,
  QFP a speaker the engine gave where gold has `-`, with the engine's reason).
Only development sets: CoNLL test, news-dev and the held-out parts are
for measuring, never for looking at errors to tune rules against (see the
developers' guide).
"""
import collections, json, os, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import accuracy  # noqa: E402


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in ("conll-valid", "news-extra", "news-blind-dev",
                                                      "real-news-dev", "gum-news", "wikinews-dev",
                                                      "gum-all", "worldnews-dev"):
        sys.exit(__doc__)
    name, kind = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else None)
    with tempfile.TemporaryDirectory() as tmp:
        g = accuracy.gold(name, tmp)
        with open(g) as f:
            docs = [json.loads(l) for l in f]
        # GUM's news and interview genres are also the wikinews set, whose held-out
        # articles' errors are never read.
        docs = [d for d in docs if d["id"] not in accuracy.WIKINEWS_HELDOUT
                and d["id"] not in accuracy.WORLDNEWS_HELDOUT]
        out = subprocess.run([accuracy.ANNOTATE, "--jsonl", "--reasons"], input="".join(
            json.dumps({"id": d["id"], "text": d["text"]}) + "\n" for d in docs),
            capture_output=True, text=True, check=True).stdout
    preds = {p["id"]: p for p in map(json.loads, out.splitlines())}
    counts = collections.Counter()
    for d in docs:
        if kind not in ("holds", "said"):
            spans(d, preds[d["id"]], kind, counts)
    for d in docs:
        if kind in (None, "holds"):
            holds(d, preds[d["id"]], counts)
    for d in docs:
        if kind in (None, "said"):
            said(d, preds[d["id"]], counts)
    for k, v in sorted(counts.items()):
        print(k, v, file=sys.stderr)


def norm(s):
    return " ".join(s.lower().split())


def holds(d, pred, counts):
    gold = {(norm(h["person"]), norm(h["position"])): h for h in d.get("holds", [])}
    got = {(norm(h["person"]), norm(h["position"])): h for h in pred.get("holds", [])}
    for tag, pairs in (("HFN", set(gold) - set(got)), ("HFP", set(got) - set(gold))):
        for key in sorted(pairs):
            h = (gold if tag == "HFN" else got)[key]
            counts[(tag, "holds")] += 1
            print(f"{tag:4} {d['id']}: {h['person']} | {h['position']}")
            # Where the text says it: sentences naming both the post and the
            # person's last name.
            last = h["person"].split()[-1].lower()
            for line in d["text"].splitlines():
                for sent in line.split(". "):
                    low = sent.lower()
                    if last in low and h["position"].lower() in low:
                        print("       " + sent.strip()[:300])


def said(d, pred, counts):
    """Quotations scored as score.py scores them: matched on a start within one
    code point; a speaker compared case-insensitively."""
    text = d["text"]
    gold = d.get("quotes", [])
    got = pred.get("quotes", [])
    used = set()
    for g in gold:
        q = next((i for i, p in enumerate(got)
                  if i not in used and abs(p["start"] - g["start"]) <= 1), None)
        p = got[q] if q is not None else {}
        if q is not None:
            used.add(q)
        gs, ps = g["speaker"] or None, p.get("speaker")
        if (gs and norm(gs)) == (ps and norm(ps)):
            continue
        tag = "QSWAP" if gs and ps else ("QFN" if gs else "QFP")
        counts[(tag, "said")] += 1
        s = g["start"]
        ctx = (text[max(0, s - 120):s] + "[[" + text[s:s + 60] + "]]").replace("\n", " / ")
        end = p.get("end", s)
        after = text[end:end + 80].replace("\n", " / ")
        print(f"{tag:5} {d['id']}: gold {gs or '-'!r} engine {ps or '-'!r}"
              f" ({p.get('reason', 'no quotation found')})\n      {ctx} ...{after}")
    for i, p in enumerate(got):
        if i not in used and p.get("speaker"):
            counts[("QFP", "said")] += 1
            s = p["start"]
            ctx = (text[max(0, s - 120):s] + "[[" + text[s:p["end"]][:60] + "]]").replace("\n", " / ")
            print(f"QFP   {d['id']}: gold (no quotation) engine {p['speaker']!r}"
                  f" ({p.get('reason')})\n      {ctx}")


def spans(d, pred_doc, kind, counts):
    text = d["text"]
    gold = {(e["start"], e["end"]): e["kind"] for e in d["entities"]}
    pred = {(e["start"], e["end"]): e["kind"] for e in pred_doc["entities"]}
    for span in sorted(set(gold) | set(pred)):
        gk, pk = gold.get(span), pred.get(span)
        if gk == pk or (kind and kind not in (gk, pk)):
            continue
        tag = "SWAP" if gk and pk else ("FN" if gk else "FP")
        counts[(tag, gk or pk)] += 1
        s, e = span
        ctx = (text[max(0, s - 50):s] + "[[" + text[s:e] + "]]" + text[e:e + 40]).replace("\n", " / ")
        print(f"{tag:4} {gk or '-':8} {pk or '-':8} {d['id']}: {ctx}")


if __name__ == "__main__":
    main()
