#!/usr/bin/env python3
"""Lists the engine's errors on a development set, with context, to find
failure classes: spans it missed (FN), spans it invented (FP) and kind swaps.

Usage: scripts/errors.py SET [KIND]   SET: conll-valid or news-extra.
Only development sets: CoNLL test and news-dev are for measuring, never for
looking at errors to tune rules against (see the developers' guide).
"""
import collections, json, os, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import accuracy  # noqa: E402


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in ("conll-valid", "news-extra"):
        sys.exit(__doc__)
    name, kind = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else None)
    with tempfile.TemporaryDirectory() as tmp:
        g = accuracy.gold(name, tmp)
        with open(g) as f:
            docs = [json.loads(l) for l in f]
        out = subprocess.run([accuracy.ANNOTATE, "--jsonl"], input="".join(
            json.dumps({"id": d["id"], "text": d["text"]}) + "\n" for d in docs),
            capture_output=True, text=True, check=True).stdout
    preds = {p["id"]: p for p in map(json.loads, out.splitlines())}
    counts = collections.Counter()
    for d in docs:
        text = d["text"]
        gold = {(e["start"], e["end"]): e["kind"] for e in d["entities"]}
        pred = {(e["start"], e["end"]): e["kind"] for e in preds[d["id"]]["entities"]}
        for span in sorted(set(gold) | set(pred)):
            gk, pk = gold.get(span), pred.get(span)
            if gk == pk or (kind and kind not in (gk, pk)):
                continue
            tag = "SWAP" if gk and pk else ("FN" if gk else "FP")
            counts[(tag, gk or pk)] += 1
            s, e = span
            ctx = (text[max(0, s - 50):s] + "[[" + text[s:e] + "]]" + text[e:e + 40]).replace("\n", " / ")
            print(f"{tag:4} {gk or '-':8} {pk or '-':8} {d['id']}: {ctx}")
    for k, v in sorted(counts.items()):
        print(k, v, file=sys.stderr)


if __name__ == "__main__":
    main()
