"""The Dask example gives exactly `annotate --jsonl`'s output, on a local cluster of two workers."""
import json
import os
import subprocess
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "scripts"))

import accuracy  # noqa: E402
import golden  # noqa: E402

distributed = pytest.importorskip("distributed")
import annotate_archive  # noqa: E402


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """news-dev and the CoNLL test text as one JSONL archive (with a blank line), and
    what `annotate --jsonl` writes for it."""
    if not os.path.exists(accuracy.ANNOTATE):
        pytest.skip("build target/release/annotate first")
    if not os.path.isdir(os.path.join(accuracy.SHARED, "data")):
        pytest.skip("../shared/data is not beside the repository")
    tmp = tmp_path_factory.mktemp("archive")
    pairs = golden.inputs("news-dev", str(tmp)) + golden.inputs("conll-test", str(tmp))
    src = tmp / "in.jsonl"
    lines = [json.dumps({"id": i, "text": t}) for i, t in pairs]
    lines.insert(3, "")
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with open(src, "rb") as f:
        cli = subprocess.run([accuracy.ANNOTATE, "--jsonl"], stdin=f, capture_output=True,
                             check=True).stdout
    return src, cli


def test_cluster_jsonl_same_as_cli(client, archive, tmp_path):
    src, cli = archive
    parts = annotate_archive.run(str(src), str(tmp_path / "out"), client, blocksize="64KiB")
    assert len(parts) > 2  # really partitioned
    got = b""
    for p in parts:  # `cat out/part-*.jsonl` gives the CLI's output byte for byte
        with open(p, "rb") as f:
            got += f.read()
    assert got == cli


def test_cluster_parquet_same_as_cli(client, archive, tmp_path):
    import pandas as pd

    src, cli = archive
    cli = cli.decode().splitlines()
    parts = annotate_archive.run(str(src), str(tmp_path / "pq"), client, blocksize="256KiB",
                                 parquet=True)
    frame = pd.concat([pd.read_parquet(p) for p in parts])
    assert list(frame["annotation"]) == cli
    assert [json.loads(i) for i in frame["id"]] == [json.loads(l)["id"] for l in cli]
