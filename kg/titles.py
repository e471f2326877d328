"""Rulers and nobles named without their title: Wikidata labels "Elizabeth I" where the text
says "Queen Elizabeth I", and DBpedia names some so ("Juan_Carlos_I_of_Spain" for "King Juan
Carlos I of Spain") and others not ("Queen_Sofía_of_Spain").

`learn_untitled` keeps ``shape:untitled`` in the pattern file's names table where the examples
name someone the text gives such a title (`TITLES`) without it, and never with it (or
``shape:untitled:TITLE`` for one title, where they keep another: "Cardinal Vincent Nichols" is
``Vincent_Nichols`` beside ``Pope_Francis``); `kg.relations.ends.Ends.named` then leaves the
title out: "Queen Christina" is ``Christina``.

The other way round, a work named after a person keeps the honorific kg leaves out of people's
names (`with_honorific`: "Miss Julie", a play), and so does a person where the examples name
people with the honorific the text gives them, and never without (`learn_honorifics` keeps
``shape:honorific``: Wikidata's "Lady Jane Grey", "Lord Byron").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Span

UNTITLED = "shape:untitled"
"""Names-table key set where the examples name rulers and nobles without their title."""

HONORED = "shape:honorific"
"""Names-table key set where the examples name people with their honorific ("Lady Jane Grey")."""

TITLES = frozenset(
    {"King", "Queen", "Emperor", "Empress", "Prince", "Princess", "Pope", "Tsar", "Czar", "Tsarina",
     "Sultan", "Shah", "Kaiser", "Sir", "Dame", "Duke", "Duchess", "Archduke", "Archduchess",
     "Cardinal", "Archbishop", "Bishop", "Patriarch"}
)  # fmt: skip
"""Titles written before a ruler's, noble's or prelate's name."""

HONORIFICS = frozenset(
    {"Mr", "Mrs", "Ms", "Miss", "Dr", "Doctor", "Sir", "Dame", "Lord", "Lady", "Professor"}
)
"""Words written before a person's name that kg leaves out of it ("Miss Smith" is Smith), but
that begin the titles of works named after one ("Miss Julie", a play; "Doctor Zhivago")."""


def with_honorific(span: Span) -> Span:
    """``span`` with the honorific written right before it (`HONORIFICS`), for a thing that is
    no person: "Miss Julie is a play" names the play Miss Julie."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].text in HONORIFICS and span[0].pos_ == "PROPN":
        return doc[span.start - 1 : span.end]
    return span


def titled_name(doc: Doc, start: int) -> Span | None:
    """The name after the title at ``start`` ("Queen Elizabeth I": "Elizabeth I"), its run of
    proper nouns and the numbers that end a ruler's name; None where no title stands there."""
    if doc[start].text not in TITLES:
        return None
    end = start + 1
    while end < len(doc) and (doc[end].pos_ == "PROPN" or (end > start + 1 and doc[end].like_num)):
        end += 1
    return doc[start + 1 : end] if end > start + 1 else None


def learn_untitled(docs: Sequence[Doc], examples: Sequence[dict]) -> dict[str, str]:
    """``{UNTITLED: "1"}`` where some example names a titled person (`titled_name`) without the
    title and none with it; where some keep a title, ``{"shape:untitled:TITLE": "1"}`` for each
    other title the examples leave out, never keep ("Cardinal Vincent Nichols" is
    ``Vincent_Nichols`` where "Pope Francis" is ``Pope_Francis``)."""
    dropped: Counter[str] = Counter()
    kept: Counter[str] = Counter()
    for doc, example in zip(docs, examples, strict=True):
        names = {n.replace("_", " ") for s, _, o in example["triples"] for n in (s, o)}
        for token in doc:
            name = titled_name(doc, token.i)
            if name is None:
                continue
            kept[token.text] += any(n.startswith(f"{token.text} {name.text}") for n in names)
            dropped[token.text] += any(n == name.text or n.startswith(f"{name.text} ") for n in names)
    if sum(dropped.values()) and not sum(kept.values()):
        return {UNTITLED: "1"}
    return {f"{UNTITLED}:{title}": "1" for title, n in sorted(dropped.items()) if n and not kept[title]}


def untitled_here(names: dict[str, str], title: str) -> bool:
    """Whether the examples leave ``title`` out of names (`learn_untitled`)."""
    return bool(names.get(UNTITLED) or names.get(f"{UNTITLED}:{title}"))


def learn_honorifics(docs: Sequence[Doc], examples: Sequence[dict]) -> dict[str, str]:
    """``{HONORED: "1"}`` where some example names a person the text gives an honorific
    (`HONORIFICS`: "Lady Jane Grey") with it, and none without it."""
    dropped = kept = 0
    for doc, example in zip(docs, examples, strict=True):
        names = {n.replace("_", " ") for s, _, o in example["triples"] for n in (s, o)}
        for token in doc[:-1]:
            if token.text not in HONORIFICS or doc[token.i + 1].pos_ != "PROPN":
                continue
            end = token.i + 1
            while end < len(doc) and doc[end].pos_ == "PROPN":
                end += 1
            name = doc[token.i + 1 : end].text
            kept += any(n.startswith(f"{token.text} {name}") for n in names)
            dropped += any(n == name or n.startswith(f"{name} ") for n in names)
    return {HONORED: "1"} if kept and not dropped else {}
