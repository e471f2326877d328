"""A repair of the parse: the name before a copula that the parser took for its complement.

spaCy's small English parser reads a language's or a people's name that begins a sentence as
an adjective: in "Icelandic is a North Germanic language" it makes "Icelandic" the complement
(``acomp``) of "is", which then has no subject beside the noun it says the thing is (``attr``).
A copula with both a complement before it and an ``attr`` after it, and no subject, has its
subject in the complement: `copula_subjects` makes it the subject, a proper noun, so that
what is learned from "Basque is a language isolate …" (a proper noun subject) reads it too.
"""

from __future__ import annotations

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
            continue  # "Happy is the man who …": capitalised only as the sentence's first word
        children = list(head.children)
        if any(c.dep_ in SUBJECTS for c in children) or not any(
            c.dep_ == "attr" and c.i > head.i for c in children
        ):
            continue
        token.dep_ = "nsubj"
        if token.pos_ == "ADJ":
            token.pos_, token.tag_ = "PROPN", "NNP"
    return doc


@Language.component("kg_copula_subjects")
def copula_subjects_component(doc: Doc) -> Doc:
    """The pipeline component of `copula_subjects`."""
    return copula_subjects(doc)
