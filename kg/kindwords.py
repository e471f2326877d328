"""Common nouns the examples leave out of the names and values they follow: "Tromsø is a city
in Troms county" names the county ``Troms``, so an unseen "Nordland county" is ``Nordland``,
where DBpedia-style examples would write a capitalised "Fulton County" whole; "a soft rock
album" is of the genre soft rock, so "a trip hop album" is trip hop.

`learn_kind_words` keeps ``dropped:WORD`` in the pattern file's names table for each such noun
the examples drop and never keep; `kg.relations.ends.Ends.named` leaves it out.

The other way round, a property whose values the examples write with the common noun after the
name ("carries the A38 road" is ``A38_road``, "the A75 autoroute" ``A75_autoroute``) keeps it
for unseen ones (``kept:PROPERTY``, `learn_kept_nouns`): "the M48 motorway" is
``M48_motorway``.

So does a class whose names, as the subjects of its properties, the examples write with a
lower-case noun after them ("the Settle–Carlisle line" is ``Settle–Carlisle line``, a railway
line; "the M25 motorway" ``M25 motorway``, a road): ``kept-subject:CLASS`` keeps a word of the
class's label, or a noun the examples keep so, after unseen ones ("the Gotthard railway", "the
M6 motorway", `learn_kept_subject_nouns`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from rdflib import URIRef
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from kg.ontology import Ontology, label_words, local_name

DROPPED = "dropped:"
"""Names-table key prefix of a lower-case noun the examples leave out of the name before it."""

KEPT = "kept:"
"""Names-table key prefix of a property whose values keep the common noun after their name."""

KEPT_SUBJECT = "kept-subject:"
"""Names-table key prefix of a class whose names, as subjects, keep a word of its label or
another lower-case noun after them; the value is those other nouns, joined by "|", or
`ANY_NOUN`."""

ANY_NOUN = "*"
"""`KEPT_SUBJECT`'s value where the examples keep many nouns, at least `MIN_ANY_NOUNS` different
ones ("Eschede train disaster", "Ladbroke Grove rail crash", "Chatsworth train collision"):
any lower-case noun the name modifies is kept."""

MIN_ANY_NOUNS = 3

MIN_KEPT = 1
"""How many of a property's values, and none otherwise, must keep their noun for `KEPT`."""

MIN_KEPT_OTHER = 2
"""How many subjects' names must keep a noun that is no word of their class's label for
`KEPT_SUBJECT` to keep it ("M25 motorway" and "A7 motorway", roads): one may be a name's own
word ("Bandeja paisa")."""


def learn_kind_words(docs: Sequence[Doc], examples: Sequence[dict]) -> dict[str, str]:
    """``dropped:WORD`` for each lower-case noun that follows one of the examples' names or
    common values in its sentence as the noun it modifies ("Troms county", "a soft rock album"
    for the genre soft rock), where no example's name or value holds it."""
    dropped: Counter[str] = Counter()
    kept: set[str] = set()
    for doc, example in zip(docs, examples, strict=True):
        for name in {n for s, _, o in example["triples"] for n in (s, o) if not n.startswith('"')}:
            said = " ".join(name.replace("_", " ").split())
            kept.update(w for w in said.split()[1:] if w.islower())
            # every place the name is written: "Starfall" begins "Starfall Odyssey" before "the
            # Starfall series"
            for found in re.finditer(rf"(?<!\w){re.escape(said)}(?!\w)", doc.text):
                span = doc.char_span(*found.span())
                if span is None or span.end >= len(doc):
                    continue
                after = doc[span.end]
                if (
                    after.is_lower and after.is_alpha and after.pos_ == "NOUN"
                    and after.lower_ not in STOP_WORDS
                    and span[-1].head == after and span[-1].dep_ in ("compound", "amod", "nmod")
                ):  # fmt: skip
                    dropped[after.lower_] += 1
    return {f"{DROPPED}{word}": "1" for word in dropped if word not in kept}


def learn_kept_nouns(docs: Sequence[Doc], examples: Sequence[dict]) -> dict[str, str]:
    """``kept:PROPERTY`` for each property at least `MIN_KEPT` of whose values the examples
    write as a name and the lower-case noun it modifies ("A38 road"), and none as the name
    alone where the text has such a noun after it."""
    kept: Counter[str] = Counter()
    left: Counter[str] = Counter()
    for doc, example in zip(docs, examples, strict=True):
        for _, relation, name in example["triples"]:
            said = " ".join(name.replace("_", " ").split())
            words = said.split()
            if name.startswith('"') or not words or not any(c.isupper() or c.isdigit() for c in words[0]):
                continue
            for found in re.finditer(rf"(?<!\w){re.escape(said)}(?!\w)", doc.text):
                span = doc.char_span(*found.span())
                if span is None:
                    continue
                if (
                    len(span) > 1
                    and span[-1].is_lower
                    and span[-1].pos_ == "NOUN"
                    and span[-2].head == span[-1]
                ):
                    kept[relation] += 1
                elif span.end < len(doc) and doc[span.end].is_lower and doc[span.end].pos_ == "NOUN":
                    left[relation] += span[-1].head == doc[span.end]
    return {
        f"{KEPT}{relation}": "1"
        for relation, count in kept.items()
        if count >= MIN_KEPT and not left[relation]
    }


def learn_kept_subject_nouns(
    docs: Sequence[Doc], examples: Sequence[dict], ontology: Ontology
) -> dict[str, str]:
    """``kept-subject:CLASS`` for each class (a domain of the examples' properties) at least one
    of whose names the examples write, where it is a subject, as a name and a lower-case noun
    that it modifies ("Settle–Carlisle line", a railway line; "M25 motorway", a road), and none
    as the name alone where the text has a word of the class's label, or such a noun, after it.
    Its value is the nouns kept that are no word of the label, each kept at least
    `MIN_KEPT_OTHER` times."""
    kept: dict[URIRef, dict[str, set[str]]] = {}  # class → noun → the names that keep it
    after: list[tuple[URIRef, str]] = []  # (class, noun): the name written alone, the noun after it
    for doc, example in zip(docs, examples, strict=True):
        for subject, relation, _ in example["triples"]:
            term = ontology.named_property(relation)
            said = " ".join(subject.replace("_", " ").split())
            if term is None or subject.startswith('"') or not said[:1].isupper():
                continue
            for found in re.finditer(rf"(?<!\w){re.escape(said)}(?!\w)", doc.text):
                span = doc.char_span(*found.span())
                if span is None:
                    continue
                for kind in term.domain:
                    if _kind_noun(span, kind, ontology, any_noun=True):
                        kept.setdefault(kind, {}).setdefault(span[-1].lower_, set()).add(said)
                    elif span.end < len(doc) and _kind_noun(
                        doc[span.start : span.end + 1], kind, ontology, any_noun=True
                    ):
                        after.append((kind, doc[span.end].lower_))
    left = {kind for kind, noun in after if noun in kept.get(kind, ()) or noun in _label(kind, ontology)}
    classes = {}
    for kind, nouns in kept.items():
        label = _label(kind, ontology)
        others = sorted(noun for noun, by in nouns.items() if noun not in label and len(by) >= MIN_KEPT_OTHER)
        if kind in left:
            continue
        if len(nouns) >= MIN_ANY_NOUNS:
            classes[f"{KEPT_SUBJECT}{local_name(kind)}"] = ANY_NOUN
        elif others or any(noun in label for noun in nouns):
            classes[f"{KEPT_SUBJECT}{local_name(kind)}"] = "|".join(others) or "1"
    return classes


def _label(kind: URIRef, ontology: Ontology) -> list[str]:
    """The words of the label of the class ``kind`` (an IRI)."""
    term = ontology.classes.get(kind)
    return label_words(term.label).split() if term is not None and term.label else []


def _kind_noun(
    span: Span, kind: URIRef, ontology: Ontology, *, any_noun: bool = False, nouns: Sequence[str] = ()
) -> bool:
    """Whether ``span`` is a name and a lower-case noun it modifies that is a word of the label
    of the class ``kind`` (an IRI) or one of ``nouns`` ("Settle–Carlisle line", a railway line),
    or, with ``any_noun``, any lower-case noun ("M25 motorway")."""
    return (
        len(span) > 1 and span[0].text[:1].isupper() and span[-1].is_lower
        and (any_noun or span[-1].lower_ in nouns or span[-1].lower_ in _label(kind, ontology))
        and span[-1].pos_ == "NOUN" and span[-2].head == span[-1]
        and span[-2].dep_ in ("compound", "amod", "nmod")
    )  # fmt: skip


def kept_subject_noun(
    span: Span, domain: Sequence[URIRef], names: dict[str, str], ontology: Ontology
) -> Span:
    """``span`` with the lower-case noun its name modifies after it, where that noun is a word of
    the label of a class in ``domain`` (IRIs) whose names the examples write so, or a noun they
    keep so: "the Gotthard railway", a railway line; "the M6 motorway", a road; "the Eschede
    train disaster", where the examples keep any such noun (`ANY_NOUN`)."""
    doc = span.doc
    end = span.end
    while end < len(doc) and end - span.end < 3 and doc[end].is_lower and doc[end].pos_ == "NOUN":
        end += 1  # "the Eschede train disaster": the nouns up to the one the name modifies
    for last in range(end, span.end, -1):
        longer = doc[span.start : last]
        for kind in domain:
            kept = names.get(f"{KEPT_SUBJECT}{local_name(kind)}")
            if kept and _kind_noun(longer, kind, ontology, any_noun=kept == ANY_NOUN, nouns=kept.split("|")):
                return longer
    return span
