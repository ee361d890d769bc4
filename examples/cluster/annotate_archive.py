#!/usr/bin/env python3
"""Annotates a large JSONL archive on a Dask cluster, partition by partition.

Input: one {"id": ..., "text": "..."} object per line, as for `annotate --jsonl`.
Output: the same lines `annotate --jsonl` writes, in input order, as JSONL part files
(OUT/part-00000.jsonl, ...) or, with --parquet, Parquet files with the columns
`id` (the id as JSON) and `annotation` (the whole output line, JSON).

    python examples/cluster/annotate_archive.py IN.jsonl OUT_DIR [--workers 2]
        [--scheduler tcp://host:8786] [--blocksize 8MiB] [--parquet]

Without --scheduler it starts a LocalCluster of --workers processes (one thread
each: the engine is the work, and each process annotates its partition on its own
core). Blank lines are skipped and a malformed line is reported and skipped, as the
CLI does.
"""
import argparse
import json
import logging
import os
import sys
import time

import dask.bag as db
from distributed import Client, LocalCluster

log = logging.getLogger("annotate_archive")


def annotate_lines(lines):
    """One partition: raw JSONL lines in, `annotate --jsonl` output lines out."""
    from news_annotator import annotate_many

    ids, texts = [], []
    for raw in lines:
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
            text = obj["text"]
            if not isinstance(text, str):
                raise TypeError("text is not a string")
        except (ValueError, KeyError, TypeError) as e:
            log.warning("skipped a malformed line (%s): %.80r", e, raw)
            continue
        ids.append(obj.get("id"))
        texts.append(text)
    # as_json: the engine's own output lines, no dicts built and dumped again.
    return annotate_many(texts, threads=1, ids=ids, as_json=True)


def run(src, out, client, blocksize="8MiB", parquet=False):
    """Annotates `src` into the folder `out` on `client`'s cluster; returns the part files."""
    lines = db.read_text(src, blocksize=blocksize, encoding="utf-8")
    annotated = lines.map_partitions(annotate_lines)
    os.makedirs(out, exist_ok=True)
    if parquet:
        frame = annotated.map(lambda l: {"id": json.dumps(json.loads(l)["id"]),
                                         "annotation": l}).to_dataframe(
            meta={"id": str, "annotation": str})
        frame.to_parquet(out, write_index=False, name_function=lambda i: f"part-{i:05d}.parquet")
        return sorted(os.path.join(out, f) for f in os.listdir(out) if f.endswith(".parquet"))
    names = annotated.to_textfiles(os.path.join(out, "part-*.jsonl"),
                                   name_function=lambda i: f"{i:05d}", encoding="utf-8",
                                   last_endline=True)
    return sorted(names)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("src")
    p.add_argument("out")
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--scheduler", help="address of a running Dask scheduler")
    p.add_argument("--blocksize", default="8MiB")
    p.add_argument("--parquet", action="store_true")
    a = p.parse_args(argv)
    t0 = time.perf_counter()
    if a.scheduler:
        client = Client(a.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=a.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        parts = run(a.src, a.out, client, a.blocksize, a.parquet)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    print(f"annotate_archive: {len(parts)} part file(s) in {a.out}, "
          f"{time.perf_counter() - t0:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING)
    main()
