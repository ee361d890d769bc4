"""Shared fixtures: the repository's scripts (golden.py's document sets) and the CLI."""
import os
import sys

import pytest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "scripts"))

import accuracy  # noqa: E402
import golden  # noqa: E402


@pytest.fixture(scope="session")
def cli():
    """golden.annotate: runs target/release/annotate --jsonl once over (id, text) pairs."""
    if not os.path.exists(accuracy.ANNOTATE):
        pytest.skip("build target/release/annotate first (cargo build --release --bin annotate)")
    return golden.annotate


def document_set(name, tmp_path):
    """golden.inputs(name): the (id, text) pairs of news-dev, conll-test, ..."""
    if not os.path.isdir(os.path.join(accuracy.SHARED, "data")):
        pytest.skip("../shared/data is not beside the repository")
    return golden.inputs(name, str(tmp_path))
