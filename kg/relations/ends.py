"""The two ends of a relation read from a user's ontology (`kg.relations.learned`): what a
mention is called, as the text and the examples name things.

`Ends.mention` names the thing a token stands for: a short name is the full one the text gives
elsewhere, "The" is kept where the examples keep it, a people's adjective is its country where
the examples' values were countries (`Ends.country_named`), and a kind's noun after a name is
kept or left out as the examples write names (`Ends.with_kept_noun`, `Ends.without_kind_word`).
What value of a property a mention gives, and whether it fits the property's range, is
`kg.relations.values`.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from spacy.tokens import Span, Token

from kg.bareplaces import BARE_PLACES
from kg.canonical import TITLE_THE, canonical_name
from kg.commanames import with_comma_place
from kg.conventions import LOWER_TAIL, NAME_WORDS, NUMBERED
from kg.demonyms import demonym
from kg.kindwords import DROPPED, KEPT, kept_subject_noun
from kg.learn import Patterns
from kg.legalforms import without_legal_form
from kg.literals import numbered_word
from kg.names import phrase, trimmed, untitled
from kg.namespans import name_runs, tagged
from kg.ontology import KG, Ontology, local_name
from kg.places import place_kind
from kg.possessives import POSSESSIVE, with_named_possessor, with_own_possessive, with_possessive
from kg.spellings import name_key
from kg.titles import HONORED, TITLES, untitled_here, with_honorific
from kg.titletags import title_the

_LOOSE = frozenset({"advcl", "npadvmod", "advmod", "dep", "appos"})
"""Parts the parser gives a species' second word it hangs from the verb, which no object or
subject of the verb has ("Elettaria cardamomum": an adverbial clause)."""


class Ends:
    """Names for the ends of the relations read with one pattern file and ontology."""

    def __init__(self, patterns: Patterns, ontology: Ontology) -> None:
        self.patterns = patterns
        self.ontology = ontology

    def country_named(self, prop: URIRef, span: Span, name: str) -> str:
        """``name``, or for a people's adjective that is the value of a property whose values
        the examples gave as countries, the country's: "a 1937 Australian film" is from
        Australia (and "American" the examples' own name for the United States, where they
        wrote one)."""
        country = demonym(span)
        if country is None or place_kind(name, self.ontology) == "Country":
            return name
        if self.patterns.names.get(f"place:{local_name(prop)}:object") != "Country" and not self._countries(
            prop
        ):
            return name
        return self.patterns.known(country.replace(" ", "_"))

    def _countries(self, prop: URIRef) -> bool:
        """Whether the ontology gives ``prop`` only countries for values (a range whose classes
        are all labelled "country"), whatever few examples there were."""
        term = self.ontology.properties.get(prop)
        return self.ontology.class_labels(term.range if term else ()) == {"country"}

    def mention(self, token: Token, *, alone: bool = False) -> Span:
        """`named`, with the capitalised "The" before it where the examples keep one in names
        (`kg.canonical.TITLE_THE`): "The Ferryman", a film's title; and where the capital is no
        sentence's first word. ``alone``: not made the full name a short one ends or starts
        elsewhere in the text."""
        span = self.named(token, alone=alone)
        doc = span.doc
        if span.start == 0 or doc[span.start - 1].text != "The" or doc[span.start].pos_ != "PROPN":
            return span
        # "Edvard Eriksen designed The Little Mermaid": a capital mid-sentence makes "The" the
        # title's own, whatever the examples' names
        if self.patterns.names.get(TITLE_THE) or title_the(doc[span.start - 1]):
            return doc[span.start - 1 : span.end]
        return span

    def named(self, token: Token, *, alone: bool = False) -> Span:
        """`phrase`, made to agree with the rest of the text and the examples: a ``City,
        Country`` pair is the city (the country is a fact of its own), and a short name is
        the full name it ends or starts elsewhere in the text ("Gorbach", "Alfons Gorbach"), where
        the rest is name words ("Denmark" is not the "Church of Denmark") and not the name it is in
        apposition with ("South Australia, Australia"), unless the examples named it as a thing of
        its own ("produced by Guerlain", after "created by Jacques Guerlain"), and, for a place the
        tagger names, the longer name is a place's too ("Lisbon" is not the "Lisbon City Choir");
        a species' second word and a minor planet's number stay where the examples' names have
        them (`kg.conventions.LOWER_TAIL`, `kg.conventions.NUMBERED`), and so does a name's
        possessive (`kg.possessives.POSSESSIVE`)."""
        span = phrase(token)
        doc = token.doc
        if self.patterns.names.get(POSSESSIVE):
            span = with_possessive(span)  # "Parkinson's disease", where the examples name so
        span = with_named_possessor(span)  # "the Cat's Eye Nebula": no person's nebula
        span = with_own_possessive(span)  # "Bloomingdale's on Lexington Avenue was founded …"
        if self.patterns.names.get(LOWER_TAIL) and len(span) == 1 and span.end < len(doc):
            epithet = doc[span.end]  # "Banksia brownii", a species, which the tagger cuts to "Banksia"
            hung = span.root.head == epithet and span.root.dep_ == "compound"
            # "comes from Elettaria cardamomum and …", where the parser hangs the epithet from the verb
            loose = epithet.pos_ in ("NOUN", "ADJ", "X") and epithet.head.i < span.start
            loose = loose and epithet.dep_ in _LOOSE
            if epithet.is_alpha and epithet.is_lower and (hung or loose):
                span = doc[span.start : span.end + 1]
        if self.patterns.names.get(NUMBERED) and span.start > 0 and numbered_word(span[0]):
            number = doc[span.start - 1]  # "4179 Toutatis", a minor planet
            if number.is_digit and (number.i == 0 or not doc[number.i - 1].like_num):
                span = doc[number.i : span.end]
                before = doc[span.start - 3 : span.start] if span.start >= 3 else None
                if before is not None and re.fullmatch(r"\(\d+\)", before.text.replace(" ", "")):
                    span = doc[before.start : span.end]  # "(66063) 1998 RO1": a number and a designation
        name_words = set(self.patterns.names.get(NAME_WORDS, "").split())
        if span.end <= token.i and all(t.lower_ in name_words for t in doc[span.end : token.i + 1]):
            span = doc[span.start : token.i + 1]  # "Uruguay national [football team]": words of the name
        if "," in span.text and self.patterns.names.get(BARE_PLACES) and span[0].ent_type_ == "GPE":
            span = doc[
                span.start : next(t.i for t in span if t.text == ",")
            ]  # "Inyo County", as the examples
        if "," in span.text:
            last = doc[span.end - 1]
            tail = phrase(last)
            known = self.patterns.classes.get(name_key(canonical_name(tail, self.patterns.names)), set())
            if self.ontology.instance_names.get(tail.text) == KG.Country or any(
                self.ontology.classes.get(c) and self.ontology.classes[c].label == "Country" for c in known
            ):
                comma = next((t.i for t in span if t.text == ","), None)
                if comma is not None and comma > span.start:
                    span = doc[span.start : comma]
        span = self.without_kind_word(span)  # "Nordland county" is Nordland, as the examples' "Troms"
        start = span.start
        while start < span.end - 1 and doc[start].pos_ == "DET":
            start += 1  # "the County of": the tagger's span, with its article and not its end
        for run in name_runs(doc):
            if run.start <= start and span.end <= run.end and len(run) > span.end - start:
                span = run  # "Amkar Perm" in "FC Amkar Perm", "County of" in "County of Tyrol"
                break
        if not any(t.pos_ == "PROPN" for t in span):
            return span
        span = self._untitled(span)
        if self.patterns.names.get(HONORED):
            span = with_honorific(span)  # "Lady Jane Grey", where the examples name people so
        span = with_comma_place(span, self.patterns.names)  # "Newnham College, Cambridge"
        span = without_legal_form(span, self.patterns.names)  # "Adidas AG", where the examples say so
        if alone or name_key(canonical_name(span, self.patterns.names)) in self.patterns.classes:
            return span  # "produced by Guerlain", a maker the examples named: not "Jacques Guerlain"
        words = span.text.split()
        place = any(e.label_ in ("GPE", "LOC") and e.start <= token.i < e.end for e in tagged(doc))
        apposed = token.dep_ == "appos" and token.left_edge.i > 0 and doc[token.left_edge.i - 1].text == ","
        for other in [*tagged(doc), *name_runs(doc)]:
            other_words = other.text.split()
            if apposed and other.start <= token.head.i < other.end:
                continue  # "South Australia, Australia": the name after the comma is another thing
            if place and other.label_ not in ("GPE", "LOC") and not other.start <= token.i < other.end:
                continue  # "Buenos Aires" is not the "Buenos Aires City Legislature"
            named = len(other_words) > len(words) and other.label_ in (
                "PERSON",
                "ORG",
                "GPE",
                "FAC",
                "NORP",
                "",
            )
            if not named:
                continue
            ends = words == other_words[-len(words) :] and other_words[-len(words) - 1][:1].isupper()
            starts = words == other_words[: len(words)] and other_words[len(words)][:1].isupper()
            if ends or starts:  # not "Denmark" in "Church of Denmark", a thing of its own
                return without_legal_form(self._untitled(trimmed(other)), self.patterns.names)
        return span

    def _untitled(self, span: Span) -> Span:
        """`untitled`, and without a ruler's or noble's title where the examples name them so
        (`kg.titles.untitled_here`: "Queen Christina" is Christina)."""
        span = untitled(span, self.ontology.blocker_words)
        if len(span) > 1 and span[0].text in TITLES and untitled_here(self.patterns.names, span[0].text):
            return span[1:] if span[1].pos_ == "PROPN" else span
        return span

    def without_kind_word(self, span: Span) -> Span:
        """``span`` without the lower-case noun at its end that the examples leave out of the
        names and values before it (`kg.kindwords.DROPPED`)."""
        if len(span) > 1 and span[-1].is_lower and self.patterns.names.get(f"{DROPPED}{span[-1].lower_}"):
            return span[:-1]
        return span

    def with_kept_noun(self, prop: URIRef, span: Span, said: Token) -> Span:
        """``span`` with the lower-case noun its name modifies after it, where the examples
        write the property's values so (`kg.kindwords.KEPT`): "the M48 motorway". Where the
        pattern's value is that noun (``said``), the name is the words before it as they stand,
        not a fuller name elsewhere ("Voss" in "Lena Voss … the Voss conjecture")."""
        doc = span.doc
        if not self.patterns.names.get(f"{KEPT}{local_name(prop)}"):
            return span
        if said.is_lower and said.pos_ == "NOUN":
            names = [c for c in said.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
            if names and not (span.start <= said.i < span.end):
                return doc[names[0].left_edge.i : said.i + 1]
        if span.end >= len(doc):
            return span
        after = doc[span.end]
        if after.is_lower and after.pos_ == "NOUN" and span[-1].head == after:
            return doc[span.start : span.end + 1]
        return span

    def with_kept_subject_noun(self, prop: URIRef, span: Span) -> Span:
        """``span`` with the lower-case noun its name modifies after it, where the examples
        write the names of the property's subjects so (`kg.kindwords.KEPT_SUBJECT`)."""
        term = self.ontology.properties.get(prop)
        if term is None or not term.domain:
            return span
        return kept_subject_noun(span, term.domain, self.patterns.names, self.ontology)
