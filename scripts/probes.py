#!/usr/bin/env python3
"""Probe corpus: invented sentences, one class of news writing each, marked by hand
to ../shared/bench/GUIDELINES.md (tests/fixtures/probes/*.md). Each probe is its own
small document, so a failure names the class of text it stands for.

Format of a probe file: a line `### ID` opens a probe; its text follows, marked as the
gold files are (`[[Ana Ruiz|person]]`), then its `@holds PERSON | POSITION` lines.
Lines starting with `#` before the first probe are comments.

A probe passes when the engine's persons, places, positions and holds are exactly
the marked ones. tests/fixtures/probes/known-failures.txt lists the probes that still
fail (one ID a line, with a comment saying why); any other failure, or a listed probe
that now passes, fails the check.

Usage: scripts/probes.py [-v] [--all]   (-v: print each failure's difference;
       --all: list every probe's result)
"""
import json, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "..", "shared", "bench"))
import gold as goldmod  # noqa: E402

PROBES = os.path.join(ROOT, "tests", "fixtures", "probes")
ANNOTATE = os.path.join(ROOT, "target", "release", "annotate")


def probes():
    """(file, id, marked text) of every probe, in file order."""
    out = []
    for name in sorted(os.listdir(PROBES)):
        if not name.endswith(".md"):
            continue
        pid, lines = None, []
        with open(os.path.join(PROBES, name), encoding="utf-8") as f:
            for line in f:
                if line.startswith("### "):
                    if pid:
                        out.append((name, pid, "".join(lines)))
                    pid, lines = line[4:].strip(), []
                elif pid is not None:
                    lines.append(line)
        if pid:
            out.append((name, pid, "".join(lines)))
    return out


def convert(pid, marked, tmp):
    path = os.path.join(tmp, pid + ".md")
    with open(path, "w", encoding="utf-8") as f:
        f.write(marked)
    return goldmod.convert(path)


def norm(s):
    return " ".join(s.lower().split())


def known_failures():
    path = os.path.join(PROBES, "known-failures.txt")
    out = set()
    if os.path.exists(path):
        with open(path) as f:
            for line in f:
                line = line.split("#")[0].strip()
                if line:
                    out.add(line)
    return out


def main():
    import tempfile
    verbose = "-v" in sys.argv
    every = "--all" in sys.argv
    with tempfile.TemporaryDirectory() as tmp:
        golds = [(f, convert(pid, m, tmp)) for f, pid, m in probes()]
    ids = [g["id"] for _, g in golds]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        sys.exit(f"duplicate probe ids: {sorted(dup)}")
    inp = "".join(json.dumps({"id": g["id"], "text": g["text"]}, ensure_ascii=False) + "\n"
                  for _, g in golds)
    r = subprocess.run([ANNOTATE, "--jsonl"], input=inp, capture_output=True, text=True, check=True)
    pred = {d["id"]: d for d in map(json.loads, r.stdout.splitlines())}
    known = known_failures()
    per_file, failed, unexpected, fixed = {}, [], [], []
    for fname, g in golds:
        p = pred[g["id"]]
        text = g["text"]
        ge = {(e["start"], e["end"], e["kind"]) for e in g["entities"]}
        pe = {(e["start"], e["end"], e["kind"]) for e in p["entities"]}
        gh = {(norm(h["person"]), norm(h["position"])) for h in g["holds"]}
        ph = {(norm(h["person"]), norm(h["position"])) for h in p.get("holds", [])}
        ok = ge == pe and gh == ph
        tot = per_file.setdefault(fname, [0, 0])
        tot[0] += ok
        tot[1] += 1
        if every:
            print(f"{'pass' if ok else 'FAIL'} {g['id']}")
        if not ok:
            failed.append(g["id"])
            if g["id"] not in known:
                unexpected.append(g["id"])
            if verbose:
                print(f"--- {g['id']} ({fname})\n    {text.strip()}")
                for s, e, k in sorted(ge - pe):
                    print(f"    missed   {k:8} {text[s:e]!r}")
                for s, e, k in sorted(pe - ge):
                    print(f"    spurious {k:8} {text[s:e]!r}")
                for h in sorted(gh - ph):
                    print(f"    missed   hold {h[0]} | {h[1]}")
                for h in sorted(ph - gh):
                    print(f"    spurious hold {h[0]} | {h[1]}")
        elif g["id"] in known:
            fixed.append(g["id"])
    passed = sum(v[0] for v in per_file.values())
    total = sum(v[1] for v in per_file.values())
    for fname, (ok, n) in per_file.items():
        print(f"{fname:28} {ok:3d}/{n:3d}")
    print(f"probes: {passed}/{total} pass")
    if unexpected:
        print("failing, not in known-failures.txt: " + " ".join(unexpected))
    if fixed:
        print("passing, still in known-failures.txt: " + " ".join(fixed))
    sys.exit(1 if unexpected or fixed else 0)


if __name__ == "__main__":
    main()
