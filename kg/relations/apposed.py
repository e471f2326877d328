"""A place and the country written after it with a comma ("born in Uddevalla, Sweden"): the
place's country, for the property the examples state so.

A learned pattern reads such a pair only under the words its example had around it ("born
in X, Y"), and only where the parser links the two as it did there (an apposition one time, an
adverbial another). Where the examples state a property between the two of most such pairs in
their sentences, every such pair is read as that property, whatever the words around it. The
convention (``comma:P``, its value the right and seen counts) is learned only from pairs whose
second name is a country kg's gazetteer lists, and read only of such pairs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

from rdflib import URIRef
from spacy.tokens import Doc, Span, Token

from kg.names import phrase
from kg.ontology import Ontology
from kg.places import place_kind
from kg.rule import LearnedRule
from kg.spellings import name_key

COMMA = "comma:"
"""Names-table key prefix of a property stated between a place and the country after it."""

MIN_SHARE = 0.5
"""Share of the examples' "place, country" pairs the property must be stated of."""


def comma_pairs(doc: Doc, ontology: Ontology) -> Iterator[tuple[Token, Token]]:
    """The (place, country) roots of the text's "X, Y" pairs whose Y is a country: a name, a
    comma, and a name the parser hangs from the first."""
    for token in doc:
        if token.pos_ != "PROPN":
            continue
        country = phrase(token)
        if token.i != country.root.i or country.start < 2 or doc[country.start - 1].text != ",":
            continue
        place = doc[phrase(doc[country.start - 2]).start : country.start - 1]  # its phrase holds the country
        if not len(place) or place.root.pos_ != "PROPN" or country.root.head.i != place.root.i:
            continue
        if place_kind(country.text, ontology) == "Country" and place_kind(place.text, ontology) != "Country":
            yield place.root, country.root


def _place(root: Token) -> Span:
    """The place a "place, country" pair's root names, without the country its phrase holds."""
    span = phrase(root)
    comma = next((t.i for t in span if t.text == "," and t.i > root.i), span.end)
    return span.doc[span.start : comma]


def learn_commas(docs: Sequence[Doc], examples: Sequence[dict], ontology: Ontology) -> dict[str, str]:
    """``comma:P`` for each property the examples state between most of their "place,
    country" pairs (`MIN_SHARE`), valued "right/seen"."""
    seen = 0
    right: Counter[str] = Counter()
    for doc, example in zip(docs, examples, strict=True):
        stated = {(name_key(s.split(",_")[0]), name_key(o)): r for s, r, o in example["triples"]}
        for place, country in comma_pairs(doc, ontology):
            seen += 1
            said = stated.get((name_key(_place(place).text), name_key(phrase(country).text)))
            if said is not None:
                right[said] += 1
    return {f"{COMMA}{r}": f"{n}/{seen}" for r, n in right.items() if n >= MIN_SHARE * seen}


class CommaReader:
    """Reads the "place, country" pairs of a text as the properties `learn_commas` found."""

    def __init__(self, names: dict[str, str], ontology: Ontology) -> None:
        self.ontology = ontology
        self.rules: list[LearnedRule] = []
        for key, counts in names.items():
            if not key.startswith(COMMA):
                continue
            try:
                term = ontology.term(key.removeprefix(COMMA), properties_only=True)
                right, seen = (int(n) for n in counts.split("/"))
            except (KeyError, ValueError):
                continue  # a pattern file edited by hand, or for another ontology
            self.rules.append(LearnedRule(key, URIRef(term), [], right / seen, right, "", seen))

    def __call__(self, doc: Doc) -> Iterator[tuple[LearnedRule, dict[str, Token]]]:
        if not self.rules:
            return
        for place, country in comma_pairs(doc, self.ontology):
            for rule in self.rules:
                yield rule, {"subject": place, "object": country, "anchor": place}
