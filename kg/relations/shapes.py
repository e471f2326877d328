"""The shapes of a reading's ends that `kg.relations.learned.LearnedExtractor` asks about: a
list the parser hangs in apposition, "Swedish-language", a people's adjective alone in a noun's
place, an ordinal, a value in the plural of the text's singular, a title's own "The"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.canonical import TITLE_A, TITLE_THE
from kg.titletags import title_the

ORDINALS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last"}
)
"""Words that say where in a row a thing comes, never what kind of thing it is."""


def with_title_the(span: Span, names: dict[str, str]) -> dict[str, str]:
    """The names table, told to keep a title's "The" (`kg.canonical.TITLE_THE`) where the mention
    begins with one written with a capital mid-sentence ("designed The Little Mermaid"), and a
    title's "A" (`kg.canonical.TITLE_A`) where the parse repairs made it a word of the title."""
    if len(span) > 1 and span[0].text == "The" and title_the(span[0]):
        return names | {TITLE_THE: "1"}
    if len(span) > 1 and span[0].text in ("A", "An") and span[0].pos_ == "PROPN":
        return names | {TITLE_A: "1"}  # "A Wrinkle in Time": the parse repairs made it the title's
    return names


def pluralised(span: Span) -> str | None:
    """A value's words with its noun in the plural ("Celtic languages"), the noun the name
    modifies taken in where the mention leaves it out ("North Germanic language"); None where
    no singular noun ends it."""
    doc, last = span.doc, span[-1]
    if (
        last.tag_ != "NN"
        and span.end < len(doc)
        and doc[span.end].tag_ == "NN"
        and last.head == doc[span.end]
    ):
        span, last = doc[span.start : span.end + 1], doc[span.end]
    return f"{span.text}s" if last.tag_ == "NN" and last.is_lower else None


def listed(token: Token) -> list[Token]:
    """The words coordinated with ``token``, and the names of a list the parser hangs from it in
    apposition ("Xbox One, PlayStation 4 and Nintendo Switch": "PlayStation" an apposition of
    "Xbox", "Switch" coordinated with "PlayStation")."""
    items = list(token.conjuncts)
    if token.ent_type_ in ("GPE", "LOC"):
        return items  # "Point Fortin, Trinidad and Tobago": a place and where it is
    for child in token.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and any(c.dep_ == "conj" for c in child.children):
            items += [child, *child.conjuncts]
    return items


def exemplified(token: Token) -> list[Token]:
    """The names a common noun gives as examples of itself with "such as" ("succulents such as
    Aloe polyphylla and Aloe dichotoma": both aloes), which is what is said of it is said of;
    none otherwise."""
    if token.pos_ != "NOUN":
        return []
    for child in token.children:
        if (
            child.dep_ == "prep"
            and child.lower_ == "as"
            and child.i > 0
            and child.doc[child.i - 1].lower_ == "such"
        ):
            names = [c for c in child.children if c.dep_ == "pobj"]
            return [n for name in names for n in (name, *name.conjuncts) if _named(n)]
    return []


def _named(token: Token) -> bool:
    """Whether ``token`` is a name or ends one ("Aloe polyphylla", its epithet tagged a noun)."""
    return token.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)


def language_word(token: Token) -> bool:
    """Whether ``token`` is the capitalised half of "Swedish-language"."""
    doc, i = token.doc, token.i
    return i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ == "language" and token.is_title


def subject_alone(token: Token) -> bool:
    """Whether ``token`` is a noun's place with no determiner (a clause's subject or object, a
    preposition's object): "Icelandic is written in the Latin script" and "the code of Georgian"
    name a language, where "the Icelandic" or "an American" would not."""
    return token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and not any(
        c.dep_ in ("det", "poss") for c in token.children
    )
