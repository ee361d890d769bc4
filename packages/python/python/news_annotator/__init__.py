"""news_annotator: the news annotator's engine for Python.

Finds the people, places and positions (titles, offices) a news text names, groups
the mentions of each, and says who holds which post. The engine is Rust (the same
code as the ``annotate`` command and the in-browser page); results are plain dicts
with exactly the schema of one ``annotate --jsonl`` output line.

>>> from news_annotator import annotate
>>> result = annotate("Prime Minister Ada Vellan visited Lisbon.")
>>> sorted(result)  # doctest: +SKIP
['entities', 'groups', 'holds', 'id']

``annotate_many(texts, threads=None)`` annotates a batch on every core with the
GIL released.
"""

from ._engine import __version__, annotate, annotate_many

__all__ = ["annotate", "annotate_many", "__version__"]
