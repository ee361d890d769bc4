"""news_annotator: same output as `annotate --jsonl`, Python conventions, clear errors."""
import json
import threading

import pytest

import news_annotator
from news_annotator import annotate, annotate_many

from conftest import document_set

INVENTED = [
    "Foreign Minister Talia Brennock met President Osric Vantelle in Lisbon on Monday.",
    "Brennock said the talks in Madrid had gone well. 😀 Vantelle did not comment.",
    "",
    "The mayor of Porto, Ines Calloway, opened the bridge.",
]


def line(result):
    """A result as the CLI writes it (serde_json: compact, UTF-8, keys in map order)."""
    return json.dumps(result, ensure_ascii=False, separators=(",", ":"))


@pytest.mark.parametrize("name", ["news-dev", "conll-test"])
def test_python_same_as_cli(name, cli, tmp_path):
    pairs = document_set(name, tmp_path)
    expected = cli(pairs)
    got = annotate_many([t for _, t in pairs], ids=[i for i, _ in pairs])
    assert len(got) == len(expected) == len(pairs)
    for want, have in zip(expected, got):
        assert have == json.loads(want)
        assert line(have) == want
    one = [annotate(t, id=i) for i, t in pairs[:5]]
    assert one == got[:5]
    assert annotate_many([t for _, t in pairs], ids=[i for i, _ in pairs], as_json=True) == expected
    assert annotate(pairs[0][1], id=pairs[0][0], as_json=True) == expected[0]


def test_python_invented_same_as_cli(cli):
    pairs = list(enumerate(INVENTED))
    assert [line(annotate(t, id=i)) for i, t in pairs] == cli(pairs)


def test_python_schema_and_offsets():
    text = INVENTED[1] + " " + INVENTED[0]
    result = annotate(text)
    assert set(result) >= {"id", "entities", "holds", "groups"}
    assert result["id"] is None
    for m in result["entities"]:
        assert text[m["start"]:m["end"]] == m["text"]  # code points = str indices
        assert m["kind"] in ("person", "place", "position")


def test_python_annotate_many_threads_and_order():
    texts = INVENTED * 5
    one = [annotate(t) for t in texts]
    assert annotate_many(texts) == one
    assert annotate_many(texts, threads=1) == one
    assert annotate_many(iter(texts), 3) == one
    assert annotate_many([]) == []
    assert [r["id"] for r in annotate_many(texts[:3], ids=["a", 2, None])] == ["a", 2, None]


def test_python_bad_input_raises():
    for call, error, words in [
        (lambda: annotate(5), TypeError, "text must be str, not int"),
        (lambda: annotate(b"bytes"), TypeError, "not bytes"),
        (lambda: annotate(None), TypeError, "not NoneType"),
        (lambda: annotate("x", id=[1]), TypeError, "id must be"),
        (lambda: annotate_many("one string"), TypeError, "single str"),
        (lambda: annotate_many(["ok", "ok", 3.5]), TypeError, "texts[2] must be str, not float"),
        (lambda: annotate_many(5), TypeError, "not iterable"),
        (lambda: annotate_many(["a"], threads=0), ValueError, "at least 1"),
        (lambda: annotate_many(["a"], threads="2"), TypeError, "threads"),
        (lambda: annotate_many(["a", "b"], ids=[1]), ValueError, "ids has 1 items"),
        (lambda: annotate_many(["a"], ids=[object()]), TypeError, "ids[0]"),
    ]:
        with pytest.raises(error) as caught:
            call()
        assert words in str(caught.value)


def test_python_releases_the_gil():
    # While a worker thread is inside annotate_many, this thread keeps running Python.
    texts = [" ".join(INVENTED)] * 400
    inside = threading.Event()
    done = []

    def work():
        inside.set()
        done.append(annotate_many(texts, threads=1))

    worker = threading.Thread(target=work)
    worker.start()
    inside.wait()
    spins = 0
    while worker.is_alive():
        spins += 1
    worker.join()
    assert len(done[0]) == len(texts)
    assert spins > 1000, spins


def test_python_docs_and_stubs():
    import importlib.resources as resources

    assert "annotate --jsonl" in annotate.__doc__
    assert "GIL" in annotate_many.__doc__
    assert news_annotator.__version__
    files = resources.files("news_annotator")
    assert files.joinpath("__init__.pyi").is_file()
    assert files.joinpath("py.typed").is_file()
