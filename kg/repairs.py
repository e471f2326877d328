"""Repairs of the parse where spaCy's small English model misreads names it has never seen.

- **A name before a copula taken for its complement.** The parser reads a language's or a
  people's name that begins a sentence as an adjective: in "Icelandic is a North Germanic
  language" it makes "Icelandic" the complement (``acomp``) of "is", which then has no
  subject beside the noun it says the thing is (``attr``). Such a complement is made the
  subject, a proper noun, so that what is learned from "Basque is a language isolate …" (a
  proper noun subject) reads it too (`copula_subjects`).
- **"X stars Y" taken for a noun.** After a name, "stars" is a verb ("Red Canyon stars Mia
  Chen") that the parser reads as a plural noun or a compound; the sentence is parsed again
  with "features" in its place, which the parser reads as the verb, and that parse is kept,
  "stars" a verb with the lemma "star" (`reparsed_verbs`).
- **A capitalised word taken for a plural.** "Vargtimmen aired on SVT" tags "Vargtimmen" a
  plural noun; a capitalised plural without an s whose singular is no noun the lemmatizer
  knows is a name, a proper noun (`unknown_plurals`).
- **A numeral taken for a common noun.** "Atlas V" tags "V" a noun; a capital letter or Roman
  numeral after a proper noun is a proper noun (`numeral_names`).
- **A preposition's object hung beside it.** In "first flew on 27 April 2005" the parser hangs
  "April" from "flew" and leaves "on" with no object; the phrase right after such a preposition
  is made its object (`orphan_prepositions`).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import cast

from spacy.attrs import DEP, HEAD, LEMMA, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})

NAME_ENDINGS = ("ic", "ish", "ese", "ian", "an", "i", "sh", "que", "ch", "ek")
"""How the names of languages and peoples end ("Icelandic", "Finnish", "Maltese", "Armenian",
"Welsh", "Basque", "Czech", "Greek"), which a sentence's first word must, to be taken for one."""


def copula_subjects(doc: Doc) -> Doc:
    """``doc`` with every capitalised complement before a subjectless copula that says what
    its subject is (an ``attr`` after it) made that copula's subject."""
    for token in doc:
        head = token.head
        if not (token.dep_ == "acomp" and token.i < head.i and token.is_title and head.lemma_ == "be"):
            continue
        if token.is_sent_start and not (token.ent_type_ or token.lower_.endswith(NAME_ENDINGS)):
            continue  # "Ready is the word": capitalised only as the sentence's first word
        children = list(head.children)
        if any(c.dep_ in SUBJECTS for c in children) or not any(
            c.dep_ == "attr" and c.i > head.i for c in children
        ):
            continue
        token.dep_ = "nsubj"
        if token.pos_ == "ADJ":
            token.pos_, token.tag_ = "PROPN", "NNP"
    return doc


def unknown_plurals(doc: Doc, nouns: Collection[str]) -> Doc:
    """``doc`` with every capitalised word tagged a plural noun, with no s at its end and a
    lemma not among ``nouns`` (the lemmatizer's known nouns), made a proper noun."""
    for token in doc:
        lower = token.lower_
        if (
            token.tag_ == "NNS"
            and token.is_title
            and not lower.endswith("s")
            and token.lemma_.lower() not in nouns
        ):
            token.pos_, token.tag_ = "PROPN", "NNP"
    return doc


def numeral_names(doc: Doc) -> Doc:
    """``doc`` with every capital letter or Roman numeral tagged a common noun after a proper
    noun made a proper noun: "Atlas V", "Saturn V"."""
    for token in doc[1:]:
        if (
            token.tag_ in ("NN", "NNS")
            and _NUMERAL.fullmatch(token.text)
            and doc[token.i - 1].pos_ == "PROPN"
        ):
            token.pos_, token.tag_ = "PROPN", "NNP"
    return doc


_NUMERAL = re.compile(r"[A-Z]|[IVXLCDM]+")


def orphan_prepositions(doc: Doc) -> Doc:
    """``doc`` with the phrase right after a preposition that governs nothing made its object,
    where the parser hung the phrase beside it from the same word ("first flew on 27 April
    2005": "April" a modifier of "flew", "on" alone)."""
    for token in doc:
        if token.dep_ != "prep" or token.pos_ != "ADP" or any(True for _ in token.children):
            continue
        after = [
            c for c in token.head.children
            if c.i > token.i and c.left_edge.i == token.i + 1 and c.dep_ in _ORPHANED
        ]  # fmt: skip
        if len(after) == 1:
            after[0].head, after[0].dep_ = token, "pobj"
    return doc


_ORPHANED = frozenset({"npadvmod", "dobj", "dep", "appos", "attr"})
"""What the parser makes of a preposition's object it hangs from the preposition's head."""


VERBS_MISREAD = {"stars": ("features", "star")}
"""A verb the parser misreads after a name → a verb it reads in that place, and the lemma."""

_PARSED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
"""The components whose analyses a sentence parsed again gives."""


def reparsed_verbs(doc: Doc, nlp: Language) -> Doc:
    """``doc`` with the parse it has with a `VERBS_MISREAD` word after a name (or a comma after
    one) and before a capitalised word replaced by the parse with the verb the parser reads."""
    found = [
        t.i for t in doc
        if t.lower_ in VERBS_MISREAD and 0 < t.i < len(doc) - 1 and doc[t.i + 1].is_title
        and (doc[t.i - 1].pos_ == "PROPN" or doc[t.i - 1].is_title or doc[t.i - 1].text == ",")
        and not (t.pos_ == "VERB" and any(c.dep_ == "dobj" for c in t.children))
    ]  # fmt: skip
    if not found:
        return doc
    words = [t.text for t in doc]
    for i in found:
        words[i] = VERBS_MISREAD[doc[i].lower_][0]
    again = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    for name in _PARSED:
        if name in nlp.pipe_names:
            again = nlp.get_pipe(name)(again)
    attrs = [HEAD, DEP, TAG, POS, LEMMA]
    doc.from_array(attrs, cast(Ints2d, again.to_array(attrs)))
    for i in found:
        doc[i].lemma_ = VERBS_MISREAD[doc[i].lower_][1]
    return doc


class ParseRepairs:
    """The pipeline component: both repairs, with the lemmatizer's nouns where it has them."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.nouns: Collection[str] = frozenset()
        if "lemmatizer" in nlp.pipe_names:
            lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
            if lookups is not None and lookups.has_table("lemma_index"):
                self.nouns = frozenset(lookups.get_table("lemma_index").get("noun", ()))

    def __call__(self, doc: Doc) -> Doc:
        if "parser" in self.nlp.pipe_names:
            reparsed_verbs(doc, self.nlp)
        copula_subjects(doc)
        numeral_names(doc)
        orphan_prepositions(doc)
        if self.nouns:
            unknown_plurals(doc, self.nouns)
        return doc


@Language.factory("kg_parse_repairs")
def parse_repairs(nlp: Language, name: str) -> ParseRepairs:
    """Make the `ParseRepairs` component for ``nlp``."""
    return ParseRepairs(nlp)
