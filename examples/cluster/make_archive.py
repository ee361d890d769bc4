#!/usr/bin/env python3
"""Writes a JSONL archive of about SIZE_MB megabytes for timing the cluster example:
news-dev's documents (../shared/data, via scripts/golden.py) repeated with fresh ids.

    python examples/cluster/make_archive.py OUT.jsonl [SIZE_MB]
"""
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts"))
import golden  # noqa: E402


def main():
    out, size = sys.argv[1], int(float(sys.argv[2] if len(sys.argv) > 2 else 100) * 1e6)
    with tempfile.TemporaryDirectory() as tmp:
        pairs = golden.inputs("news-dev", tmp)
    written, n = 0, 0
    with open(out, "w", encoding="utf-8") as f:
        while written < size:
            doc_id, text = pairs[n % len(pairs)]
            line = json.dumps({"id": f"{doc_id}#{n}", "text": text}) + "\n"
            f.write(line)
            written += len(line.encode())
            n += 1
    print(f"{out}: {n} documents, {written:,} bytes")


if __name__ == "__main__":
    main()
