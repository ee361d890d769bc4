#!/usr/bin/env python3
"""Throughput of news_annotator on the 1 MiB benchmark text (scripts/golden.py's
`bench-1mib`: CoNLL test documents repeated), one core and every core.

    python packages/python/bench.py [RUNS]

Prints chars/s for: annotate(text) on the whole text (one thread), and
annotate_many([text] * 2N, threads=1 | None) where N is the number of cores. If spaCy
and en_core_web_sm import, spaCy's nlp(text) in the same process on the same text.
"""
import os
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "scripts"))

import golden  # noqa: E402
from news_annotator import annotate, annotate_many  # noqa: E402


def best(runs, f):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        f()
        times.append(time.perf_counter() - t0)
    return min(times)


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        [(_, text)] = golden.inputs("bench-1mib", tmp)
    n = len(text)
    cores = os.cpu_count() or 1
    annotate(text)  # warm: builds the engine
    t = best(runs, lambda: annotate(text))
    print(f"annotate(text), 1 thread: {n / t / 1e6:.2f} M chars/s ({t:.3f} s for {n:,} chars)")
    batch = [text] * (2 * cores)
    for threads, label in [(1, "1 thread"), (None, f"all {cores} cores")]:
        t = best(runs, lambda: annotate_many(batch, threads=threads))
        print(f"annotate_many(2x{cores} texts), {label}: {n * len(batch) / t / 1e6:.2f} M chars/s")
    try:
        import spacy

        nlp = spacy.load("en_core_web_sm")
    except Exception as e:  # noqa: BLE001 - report whatever stops spaCy
        print(f"spaCy en_core_web_sm: not available ({type(e).__name__}: {e})")
        return
    nlp.max_length = n + 1
    nlp(text[:10000])
    t = best(1, lambda: nlp(text))
    print(f"spaCy {spacy.__version__} en_core_web_sm nlp(text), 1 thread: {n / t / 1e6:.2f} M chars/s")


if __name__ == "__main__":
    main()
