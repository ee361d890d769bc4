"""Type stubs for news_annotator (the schema of one ``annotate --jsonl`` line)."""

from typing import Iterable, List, Literal, Optional, TypedDict, Union, overload

__version__: str

Id = Union[None, bool, int, float, str]
Kind = Literal["person", "place", "position"]

class _MentionBase(TypedDict):
    start: int
    """First code point (Python string index) of the mention."""
    end: int
    """One past its last code point."""
    kind: Kind
    text: str
    """Exactly ``text[start:end]`` of the annotated text."""

class Mention(_MentionBase, total=False):
    holder: str
    """For a position: the name of the person the text ties it to."""

class Hold(TypedDict):
    person: str
    """The person's fullest name in the text."""
    position: str
    """The position as written at its fullest mention."""

class GroupHold(TypedDict):
    position: Optional[str]
    country: Optional[str]

class Place(TypedDict):
    category: str
    """``country``, ``city``, ``region``, ``continent``, ``sea``, ..."""
    country: Optional[str]
    lat: Optional[float]
    lon: Optional[float]
    population: Optional[int]

class Group(TypedDict):
    kind: Kind
    name: str
    aliases: List[str]
    mentions: int
    holds: List[GroupHold]
    country: Optional[str]
    place: Optional[Place]

class _QuoteBase(TypedDict):
    start: int
    end: int

class Quote(_QuoteBase, total=False):
    """A quotation: code points of the quoted words inside the marks; ``speaker``
    is the person's fullest name, absent where no named person says it."""
    speaker: str

class Annotation(TypedDict, total=False):
    id: Id
    entities: List[Mention]
    holds: List[Hold]
    groups: List[Group]
    quotes: List[Quote]

@overload
def annotate(text: str, *, id: Id = None, as_json: Literal[False] = False) -> Annotation: ...
@overload
def annotate(text: str, *, id: Id = None, as_json: Literal[True]) -> str: ...
def annotate(text: str, *, id: Id = None, as_json: bool = False) -> Union[Annotation, str]:
    """Annotates one text; returns one ``annotate --jsonl`` line as a dict.

    Offsets are code points (Python string indices), end exclusive. With
    ``as_json=True``, returns the line itself (a ``str``, no dicts built). The GIL is
    released while the engine runs.

    Raises:
        TypeError: ``text`` is not a ``str``, or ``id`` is not a JSON scalar.
        RuntimeError: the engine failed on this text.
    """

@overload
def annotate_many(
    texts: Iterable[str],
    threads: Optional[int] = None,
    *,
    ids: Optional[Iterable[Id]] = None,
    as_json: Literal[False] = False,
) -> List[Annotation]: ...
@overload
def annotate_many(
    texts: Iterable[str],
    threads: Optional[int] = None,
    *,
    ids: Optional[Iterable[Id]] = None,
    as_json: Literal[True],
) -> List[str]: ...
def annotate_many(
    texts: Iterable[str],
    threads: Optional[int] = None,
    *,
    ids: Optional[Iterable[Id]] = None,
    as_json: bool = False,
) -> Union[List[Annotation], List[str]]:
    """Annotates many texts on ``threads`` threads (None: every core), GIL released.

    Results are in input order, each what ``annotate(text, id=id, as_json=as_json)``
    returns.

    Raises:
        TypeError: ``texts`` is a single ``str``, or an item of ``texts`` or ``ids``
            has the wrong type (the message names its index).
        ValueError: ``threads`` < 1, or ``ids`` has another length than ``texts``.
        RuntimeError: the engine failed on a text (the message names its index).
    """
