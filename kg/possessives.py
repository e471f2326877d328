"""Names that hold a possessive, as diseases and laws are named after people: "Parkinson's
disease", "Hubble's law", "St Paul's Cathedral". The parser hangs the person's name from the
noun (``poss``), so a mention of either is the name or the noun alone; where the examples name
things so, `with_possessive` makes the mention the whole name. A possessor with "the" before
it is a word of a name whatever the examples show (`with_named_possessor`: "the Cat's Eye
Nebula"), since a person's name as a possessor takes no article.

`learn_possessives` keeps ``POSSESSIVE`` in the pattern file's names table.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

POSSESSIVE = "shape:possessive"
"""Names-table key set where the examples' names are a capitalised name, "'s" and one or two
words, as their sentences write them (`learn_possessives`)."""

_SHAPE = re.compile(r"[A-Z][\w.-]*(?: [A-Z][\w.-]*)*['’]s(?: [A-Za-z]+){1,2}")
_OWNER = re.compile(r"([A-Z][\w.-]*(?: [A-Z][\w.-]*)*)['’]s\b")


def learn_possessives(examples: Sequence[dict]) -> dict[str, str]:
    """`POSSESSIVE`, where at least two different names of the examples have its shape and
    their sentence writes them so, or one does and no example names the owner alone where its
    sentence writes it with "'s" ("Liverpool's stadium": Liverpool)."""
    shaped, alone = set(), 0
    for example in examples:
        names = {" ".join(n.replace("_", " ").split()) for t in example["triples"] for n in (t[0], t[2])}
        sentence = example["sentence"]
        for name in names:
            if _SHAPE.fullmatch(name) and name.lower() in sentence.lower():
                shaped.add(name.lower())
        owners = {m.group(1) for m in _OWNER.finditer(sentence)}
        alone += len(owners & names)
    return {POSSESSIVE: "1"} if len(shaped) >= 2 or (shaped and not alone) else {}


def with_possessive(span: Span) -> Span:
    """``span`` grown to the name it is part of that holds a possessive: "Parkinson" of
    "Parkinson's disease" (the name the noun hangs from) or "disease" (the noun the name
    hangs from), where the noun comes right after "'s" ("St Paul's Cathedral" too)."""
    doc = span.doc
    root = span.root
    if root.dep_ == "poss" and span.end + 1 < len(doc) and doc[span.end].tag_ == "POS":
        noun = root.head
        if noun.i == span.end + 1 and _owned(noun):
            return doc[span.start : noun.i + 1]
    if _owned(root) and span.start >= 2 and doc[span.start - 1].tag_ == "POS":
        owner = doc[span.start - 2]
        while owner.head.i != owner.i and owner.dep_ == "compound" and owner.head.i < span.start:
            owner = owner.head
        if owner.dep_ == "poss" and owner.head == root and owner.pos_ == "PROPN":
            return doc[owner.left_edge.i : span.end]
    return span


def with_own_possessive(span: Span) -> Span:
    """``span`` with the "'s" after it where the name possesses nothing, so that the "'s" is
    the name's own: "Bloomingdale's on Lexington Avenue was founded by …" (a store named so;
    not "Bloomingdale's store", where the name is a possessor)."""
    doc = span.doc
    if span.end >= len(doc) or span.root.dep_ == "poss" or doc[span.end - 1].whitespace_:
        return span
    whole = doc[span.start : span.end + 1]
    return whole if own_possessive(whole) else span


def own_possessive(span: Span) -> bool:
    """Whether ``span`` ends with an "'s" that belongs to the name before it, which possesses
    nothing ("Bloomingdale's" in "Bloomingdale's on Lexington Avenue was founded by …")."""
    mark = span[-1]
    return len(span) > 1 and mark.tag_ == "POS" and mark.head.i == span[-2].i and mark.head.dep_ != "poss"


def with_named_possessor(span: Span) -> Span:
    """``span`` grown to the capitalised possessor right before it where "the" comes before the
    possessor, so that the possessive is a word of one name: "the Cat's Eye Nebula", "the
    Voisey's Bay mine" (not "the Macy's store", where no capitalised word follows "'s")."""
    doc = span.doc
    if span.start < 3 or doc[span.start - 1].tag_ != "POS" or not span[0].is_title:
        return span
    owner = doc[span.start - 2]
    the = [c for c in owner.lefts if c.dep_ == "det" and c.lower_ == "the"]
    if owner.dep_ != "poss" or owner.pos_ != "PROPN" or not owner.is_title or not the:
        return span
    return doc[the[0].i + 1 : span.end]


def _owned(token: Token) -> bool:
    """Whether ``token`` may end a name that holds a possessive: a lower-case noun ("disease")
    or a name's word ("Cathedral")."""
    return (token.pos_ == "NOUN" and token.is_lower) or (token.pos_ == "PROPN" and token.is_title)
