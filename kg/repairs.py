"""Repairs of the parse where spaCy's small English model misreads names it has never seen.

- **A name before a copula taken for its complement.** The parser reads a language's or a
  people's name that begins a sentence as an adjective: in "Icelandic is a North Germanic
  language" it makes "Icelandic" the complement (``acomp``) of "is", which then has no
  subject beside the noun it says the thing is (``attr``). Such a complement is made the
  subject, a proper noun, so that what is learned from "Basque is a language isolate …" (a
  proper noun subject) reads it too (`copula_subjects`).
- **A capitalised word taken for a plural.** "Vargtimmen aired on SVT" tags "Vargtimmen" a
  plural noun; a capitalised plural without an s whose singular is no noun the lemmatizer
  knows is a name, a proper noun (`unknown_plurals`).
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.language import Language
from spacy.tokens import Doc

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


class ParseRepairs:
    """The pipeline component: both repairs, with the lemmatizer's nouns where it has them."""

    def __init__(self, nlp: Language) -> None:
        self.nouns: Collection[str] = frozenset()
        if "lemmatizer" in nlp.pipe_names:
            lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
            if lookups is not None and lookups.has_table("lemma_index"):
                self.nouns = frozenset(lookups.get_table("lemma_index").get("noun", ()))

    def __call__(self, doc: Doc) -> Doc:
        copula_subjects(doc)
        if self.nouns:
            unknown_plurals(doc, self.nouns)
        return doc


@Language.factory("kg_parse_repairs")
def parse_repairs(nlp: Language, name: str) -> ParseRepairs:
    """Make the `ParseRepairs` component for ``nlp``."""
    return ParseRepairs(nlp)
