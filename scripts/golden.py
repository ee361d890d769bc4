#!/usr/bin/env python3
"""Golden test: the engine's output, pinned. A change that moves any mention, hold,
group or quotation on these texts fails until the golden files are rewritten on
purpose (`--write`), so a reshaping that claims "same output" is checked, and a change
that means to alter output shows exactly where it did (`git diff tests/golden/`).

Usage: scripts/golden.py [--write]

Pinned (`target/release/annotate --jsonl` output, one line per document):
- news-extra, news-blind (data/eval, our own text): whole output lines, in
  tests/golden/<set>.jsonl, so a diff shows what moved;
- news-dev, real-news-dev, CoNLL-2003 valid and test (third-party or evaluation
  text stays out of the repository) and the browser benchmark's 1 MiB text (CoNLL test
  documents repeated): a SHA-256 per document, in tests/golden/<set>.sha256.
Without --write, exits 1 and lists the documents whose output changed.
"""
import hashlib, json, os, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import accuracy  # noqa: E402

GOLDEN = os.path.join(accuracy.ROOT, "tests", "golden")
WHOLE = ("news-extra", "news-blind")
HASHED = ("news-dev", "real-news", "conll-valid", "conll-test", "bench-1mib")


def conll_documents(path):
    """The CoNLL documents as the speed benchmarks build them: tokens joined by
    spaces, sentences by newlines (scripts/bench-browser.mjs, examples/speed.rs)."""
    docs, sentences, words = [], [], []
    for line in open(path, encoding="utf-8").read().split("\n"):
        if line.startswith("-DOCSTART-"):
            if words:
                sentences.append(" ".join(words))
            if sentences:
                docs.append("\n".join(sentences))
            sentences, words = [], []
        elif not line.strip():
            if words:
                sentences.append(" ".join(words))
            words = []
        else:
            words.append(line.split(" ")[0])
    if words:
        sentences.append(" ".join(words))
    if sentences:
        docs.append("\n".join(sentences))
    return docs


def inputs(name, tmp):
    """(id, text) pairs of a set."""
    if name == "bench-1mib":
        docs = conll_documents(os.path.join(accuracy.SHARED, "data", "conll2003", "test.txt"))
        whole, i = "", 0
        while len(whole.encode()) < 1 << 20:
            whole += ("\n\n" if whole else "") + docs[i % len(docs)]
            i += 1
        return [("bench-1mib", whole)]
    with open(accuracy.gold(name, tmp)) as f:
        return [(d["id"], d["text"]) for d in map(json.loads, f)]


def annotate(pairs):
    src = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in pairs)
    out = subprocess.run([accuracy.ANNOTATE, "--jsonl"], input=src.encode(),
                         capture_output=True, check=True).stdout.decode()
    return out.splitlines()


def render(name, lines):
    if name in WHOLE:
        return "".join(l + "\n" for l in lines)
    return "".join(f"{json.loads(l)['id']}\t{hashlib.sha256(l.encode()).hexdigest()}\n"
                   for l in lines)


def main():
    write = "--write" in sys.argv
    if not os.path.exists(accuracy.ANNOTATE):
        sys.exit(f"golden: build {accuracy.ANNOTATE} first (cargo build --release --bin annotate)")
    os.makedirs(GOLDEN, exist_ok=True)
    changed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name in WHOLE + HASHED:
            path = os.path.join(GOLDEN, name + (".jsonl" if name in WHOLE else ".sha256"))
            now = render(name, annotate(inputs(name, tmp)))
            if write:
                with open(path, "w") as f:
                    f.write(now)
                print(f"golden: wrote {os.path.relpath(path, accuracy.ROOT)}")
                continue
            was = open(path).read() if os.path.exists(path) else ""
            if now == was:
                print(f"golden: {name}: same ({now.count(chr(10))} documents)")
                continue
            old = dict(l.split("\t", 1) if name not in WHOLE else (json.loads(l)["id"], l)
                       for l in was.splitlines())
            new = dict(l.split("\t", 1) if name not in WHOLE else (json.loads(l)["id"], l)
                       for l in now.splitlines())
            moved = [k for k in new if old.get(k) != new[k]] + [k for k in old if k not in new]
            changed += len(moved)
            print(f"golden: {name}: output changed in {len(moved)} document(s): "
                  + ", ".join(str(k) for k in moved[:12]) + (" …" if len(moved) > 12 else ""))
    if changed:
        print("golden: FAILED (if the change is meant, rewrite with scripts/golden.py --write "
              "and read `git diff tests/golden/`)")
        sys.exit(1)


if __name__ == "__main__":
    main()
