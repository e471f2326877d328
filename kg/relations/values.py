"""What value a property read from a user's ontology takes (`kg.relations.learned`), and
whether a mention can be one.

`Values.value` makes a literal property's value from its mention: a date whole, a number
without its unit. `Values.fits` checks a value against the property's range, as the ontology
gives it or as the examples showed it (`Values._ranges`: all numbers, all dates).
`Values.worded` is the value where a reading's words, not a name, decide it: a common noun
without the year and country before it ("a 1937 Australian adventure film" is an adventure
film), or the word that describes a noun ("a bronze sculpture"). What a mention is called is
`kg.relations.ends`.
"""

from __future__ import annotations

import re
from functools import cached_property

from rdflib import XSD, URIRef
from spacy.tokens import Span, Token

from kg.amounts import AMOUNT
from kg.canonical import canonical_name
from kg.dated import DATED
from kg.kindwords import KEPT
from kg.learn import COMMON, Patterns
from kg.literals import NUMBER, value_like
from kg.ontology import DATE_TYPES, NUMBER_TYPES, Ontology, label_words, local_name
from kg.relations.spans import WORK_WORDS, amount, code, dated
from kg.relations.wordforms import LANGUAGE
from kg.rule import LearnedRule
from kg.writtenwords import HYPHENS, after_capital_hyphen


class Values:
    """The values of the properties of one pattern file and ontology, and the checks on them."""

    def __init__(self, patterns: Patterns, ontology: Ontology) -> None:
        self.patterns = patterns
        self.ontology = ontology

    def value(self, prop: URIRef, obj: Span) -> Span:
        """The span of ``obj`` a literal property's value is: a date whole, a number without its
        unit ("81 sq km" is 81); a text value, or a thing, as it is ("12 Elm Road")."""
        ranges = self._ranges(prop)
        if ranges & DATE_TYPES:
            return dated(amount(obj))
        if ranges & (NUMBER_TYPES | {XSD.gYear}):
            return amount(obj)
        if XSD.string in ranges:
            return code(obj)  # "ISBN 0-340-12345-6", which the tokenizer splits
        return obj

    def fits(self, prop: URIRef, obj: Span) -> bool:
        """Whether ``obj`` can be the property's value: a year for a year, a day, month or year
        for a date, a number for a number; for a thing, no date, number or value-like words
        ("the 1990s"); anything for text or where the ontology gives no range."""
        ranges = self._ranges(prop)
        value = canonical_name(obj, self.patterns.names)
        is_date = bool(re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", value))  # a day or a month
        is_number = bool(NUMBER.match(value))
        if XSD.gYear in ranges:
            return bool(re.fullmatch(r"\d{4}", value))
        if ranges & DATE_TYPES:
            return is_date or bool(re.fullmatch(r"\d{4}", value))
        if ranges & NUMBER_TYPES:
            return is_number
        if ranges and not ranges & {XSD.string}:
            return not (is_date or is_number or value_like(obj))
        return True

    def literal(self, prop: URIRef) -> bool:
        """Whether the property's values are literals (its range, `_ranges`, is an XSD type)."""
        return any(c.startswith(str(XSD)) for c in self._ranges(prop))

    def _ranges(self, prop: URIRef) -> set[URIRef]:
        """The property's range, or a number where the ontology gives none (or only text: the
        benchmark's JSON form leaves literal ranges empty) and the examples' values were all
        numbers (`kg.amounts.AMOUNT`), or a date where they were all dates (`kg.dated.DATED`)."""
        term = self.ontology.properties.get(prop)
        if term is None:
            return set()
        if set(term.range) <= {XSD.string} and self.patterns.names.get(f"{AMOUNT}{local_name(prop)}"):
            return {XSD.decimal}
        if set(term.range) <= {XSD.string} and self.patterns.names.get(f"{DATED}{local_name(prop)}"):
            return {XSD.date}
        return set(term.range)

    def without_label(self, prop: URIRef, obj: Span) -> Span:
        """The value without the property's own name before or after it: "season 2011" and
        "the 2011 season" are 2011 for the property season, left alone for any other (and after
        it where the examples' values keep the noun after their name, `kg.kindwords.KEPT`, or
        where an adjective would be left: "a main course" is a course's value whole)."""
        term = self.ontology.properties.get(prop)
        words = label_words(term.label).split() if term else []
        if (
            words and len(obj) > len(words) and [t.lower_ for t in obj[: len(words)]] == words
            and obj[len(words)].pos_ != "ADP"
        ):  # fmt: skip
            return obj[len(words) :]  # but "the Diocese of Liverpool" is a diocese's name
        if self.patterns.names.get(f"{KEPT}{local_name(prop)}"):
            return obj  # "Nordic cuisine", where the examples' cuisines keep the word
        if (
            words and len(obj) > len(words) and [t.text for t in obj[-len(words) :]] == words
            and obj[-len(words) - 1].pos_ != "ADJ"
        ):  # fmt: skip
            return obj[: -len(words)]  # "the 2014 season"; not "a main course"
        return obj

    def a_label(self, span: Span) -> bool:
        """Whether a mention is, article aside, a property's label ("the UTC offset"), or a
        common noun that with its preposition is one ("is part of Mexican cuisine": the label
        "part of", no thing called "part")."""
        words = [t.lower_ for t in span if t.pos_ != "DET"]
        if " ".join(words) in self._label_phrases:
            return True
        root = span.root
        return root.is_lower and any(
            " ".join([*words, child.lower_]) in self._label_phrases
            for child in root.children
            if child.dep_ == "prep"
        )

    @cached_property
    def _label_phrases(self) -> frozenset[str]:
        return frozenset(label_words(p.label) for p in self.ontology.properties.values() if p.label)

    def of_works(self, prop: URIRef) -> bool:
        """Whether the property's values are works, whose names are titles: its range's classes
        all have labels that end with a word of `kg.relations.spans.WORK_WORDS`."""
        term = self.ontology.properties.get(prop)
        labels = [
            label_words(self.ontology.classes[c].label or "").split()
            for c in (term.range if term else ()) if c in self.ontology.classes
        ]  # fmt: skip
        return bool(labels) and all(words[-1:] and words[-1] in WORK_WORDS for words in labels)

    def worded(self, rule: LearnedRule, token: Token) -> Span | None:
        """The value a reading's words make of ``token`` where they, not its name, decide it:
        a common noun's (`common_noun`: "a 2007 New Zealand thriller film" is a thriller
        film) or a language's one word (`kg.relations.wordforms.LANGUAGE`: "Hindi" of "Indian
        Hindi-language", which the tagger runs together), or the word describing a noun where
        the examples' value was that word ("bronze" of "a bronze sculpture"); None otherwise."""
        if self.common_value(rule.property, token):
            return common_noun(token)
        if self.describing(rule) and token.is_lower:
            return _describing(token)  # "a bronze sculpture": made of bronze, where the examples said so
        if rule.name.startswith(LANGUAGE):
            return token.doc[token.i : token.i + 1]
        return None

    def describing(self, rule: LearnedRule) -> bool:
        """Whether a rule's value is a word that describes a noun ("a bronze sculpture", "a
        fantasy novel"), where the examples' values were common nouns or the rule's own
        examples a common word that describes one."""
        said: dict = next((node["RIGHT_ATTRS"] for node in rule.pattern if node["RIGHT_ID"] == "object"), {})
        if said.get("DEP") not in ("compound", "amod"):
            return False
        return self.common(rule.property) or said.get("POS") not in (None, "PROPN", "NUM")

    def common_value(self, prop: URIRef, token: Token) -> bool:
        """Whether ``token`` is a common noun, the value of a property the examples gave
        common nouns as values, and the head of its words ("film", not the "drama" of "drama
        film")."""
        head = token.dep_ not in ("compound", "amod", "nmod")
        return self.common(prop) and token.pos_ == "NOUN" and token.is_lower and head

    def common(self, prop: URIRef) -> bool:
        """Whether the examples gave the property's values as common nouns (`kg.learn.COMMON`)."""
        return bool(self.patterns.names.get(f"{COMMON}{local_name(prop)}"))


def _describing(word: Token) -> Span:
    """A lower-case word that describes a noun, with the lower-case words before it that
    describe it or the same noun: "mass media" of "the mass media industry", however the
    parser hangs "mass", but no superlative ("iron ore" of "the largest iron ore mine"); a
    word a hyphen joins to the first, spaces none, is part of it ("an album-oriented rock
    station")."""
    doc, start = word.doc, word.i
    while start > 0:
        if start >= 2 and _lower_hyphened(doc[start - 2], doc[start - 1]):
            start -= 2
            continue
        before = doc[start - 1]
        if not (before.is_lower and before.is_alpha and before.dep_ in ("compound", "amod")):
            break
        if before.tag_ == "JJS":
            break  # "the largest iron ore mine": a superlative ranks the thing, describes no kind
        if after_capital_hyphen(before):
            break  # "a Finnish-language thriller series": the language's word
        if before.head.i not in (word.i, word.head.i):
            break
        start -= 1
    return doc[start : word.i + 1]


def _lower_hyphened(word: Token, hyphen: Token) -> bool:
    """Whether ``word`` is a lower-case word ``hyphen`` joins to the word after it, spaces none
    ("album" of "album-oriented", "scrum" of "scrum-half")."""
    return (
        hyphen.text in HYPHENS and not hyphen.whitespace_ and not word.whitespace_
        and word.is_lower and word.is_alpha
    )  # fmt: skip


def common_noun(root: Token) -> Span:
    """A common noun with the lower-case words that make its name, without the year, number
    or name words before it: "a 1937 Australian adventure film" and "a Swedish-language drama
    film" are of the genres "adventure film" and "drama film"; a hyphened word whole
    ("scrum-half", "a trick-taking game"); not a superlative ("the largest iron ore mine" is of iron ore)."""
    doc = root.doc
    start = root.i
    hyphen, before = (doc[start - 1], doc[start - 2]) if start >= 2 else (root, root)
    if (
        hyphen.text == "-"
        and not hyphen.whitespace_
        and before.is_lower
        and before.is_alpha
        and not before.whitespace_
    ):
        start -= 2  # "scrum-half", one word the tokenizer splits at its hyphen
    while start > root.left_edge.i:
        word = doc[start - 1]
        if not (word.is_lower and word.is_alpha and word.dep_ in ("compound", "amod")):
            break
        if word.tag_ == "JJS":
            break  # "the largest iron ore mine": a superlative ranks the thing, names no kind
        if start - 2 >= 0 and doc[start - 2].text == "-" and not doc[start - 2].whitespace_:
            if start >= 3 and _lower_hyphened(doc[start - 3], doc[start - 2]):
                start -= 3  # "a trick-taking game": one hyphened word of lower-case words
                continue
            break  # "Swedish-language": the language's, not the genre's
        start -= 1
    return doc[start : root.i + 1]
