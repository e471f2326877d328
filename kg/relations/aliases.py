"""Nouns the examples say a property with where its label has other words: "the IATA code of X
is Y" for iataLocationIdentifier, "the mayor of X is Y" for leader.

A learned pattern reads only the shape its example was written in. A noun the examples use for a
property is learned here as an alias of the property's label instead, so that it is read in every
shape a label's noun is read in (`kg.relations.labels.reading`): "X's IATA code is Y", "X has the
IATA code Y", "Y, the mayor of X, …".

A noun is an alias where the examples state the property between whose the noun is and what it
is said to be, and most of the times the noun is read in such a shape on the examples, the
examples state that (`MIN_PRECISION`). An alias keeps the words that modified its noun every
time the noun stood for the property ("IATA code", "ICAO code", "home ground"): a noun alone
may say other things ("staff members" are no members).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from rdflib import URIRef
from spacy.tokens import Doc, Span, Token

from kg.names import phrase
from kg.relations.labels import ALIAS, Said, reading
from kg.relations.wordforms import stem
from kg.rule import LearnedRule

MIN_PRECISION = 0.5
"""Share of an alias's readings on the examples that must be a fact they state."""


def _modifiers(token: Token, said: Said) -> frozenset[str]:
    """The lemmas of the words that modify a read noun ("iata" in "the IATA code"), and the
    noun its shape turns on ("number" in "the number of staff members")."""
    slot = said.slot
    words = [c for c in token.lefts if c.dep_ in ("compound", "amod")]
    if slot is not token:
        words += [slot, *(c for c in slot.lefts if c.dep_ in ("compound", "amod"))]
    if slot.dep_ == "compound":  # "the IATA code XYZ": IATA hangs from XYZ
        words += [c for c in slot.head.lefts if c.dep_ == "compound" and c.i < slot.i]
    return frozenset(c.lemma_.lower() for c in words)


def _states(said: Said, subject: Span, obj: Span) -> bool:
    return phrase(said.owner).root.i == subject.root.i and phrase(said.value).root.i == obj.root.i


def learn_aliases(
    docs: Sequence[Doc],
    stated: Sequence[Sequence[tuple[Span, URIRef, Span]]],
    label_heads: set[str],
) -> list[LearnedRule]:
    """Aliases (rules named `ALIAS` and the alias's words, modifiers first, with no pattern)
    learned from the examples' parses and the facts found in each (``stated``); nouns that are
    the head of a property's label (``label_heads``, stemmed) are read as labels already."""
    readings: list[list[tuple[Token, Said]]] = []
    seen: dict[str, dict[URIRef, list[frozenset[str]]]] = defaultdict(lambda: defaultdict(list))
    examples: dict[tuple[str, URIRef], str] = {}
    for doc, facts in zip(docs, stated, strict=True):
        found = []
        for token in doc:
            if token.pos_ != "NOUN" or stem(token.lemma_) in label_heads:
                continue
            said = reading(token)
            if said is None:
                continue
            found.append((token, said))
            for subject, prop, obj in facts:
                inside = subject.start <= token.i < subject.end or obj.start <= token.i < obj.end
                if not inside and _states(said, subject, obj):
                    seen[token.lemma_.lower()][prop].append(_modifiers(token, said))
                    examples.setdefault((token.lemma_.lower(), prop), doc.text)
        readings.append(found)
    candidates: list[tuple[str, frozenset[str], URIRef]] = []
    for noun, props in seen.items():
        for prop, modifiers in props.items():
            wanted = frozenset.intersection(*modifiers)
            if len(props) == 1 or wanted:
                candidates.append((noun, wanted, prop))
    aliases = []
    for noun, wanted, prop in candidates:
        matches = right = 0
        for found, facts in zip(readings, stated, strict=True):
            for token, said in found:
                if token.lemma_.lower() != noun or not wanted <= _modifiers(token, said):
                    continue
                matches += 1
                right += any(p == prop and _states(said, s, o) for s, p, o in facts)
        if right and right >= MIN_PRECISION * matches:
            words = " ".join([*sorted(wanted), noun])
            example = examples[noun, prop]
            aliases.append(LearnedRule(f"{ALIAS}{words}", prop, [], right / matches, right, example, matches))
    return sorted(aliases, key=lambda rule: rule.name)
