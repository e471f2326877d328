"""Verbs the parser of spaCy's small English model takes for nouns, parsed again.

After a name, "stars" is a verb ("Red Canyon stars Mia Chen") that the parser reads as a plural
noun or a compound; the sentence is parsed again with "features" in its place, which the parser
reads as the verb, and that parse is kept, "stars" a verb with the lemma "star"
(`reparsed_verbs`). So is any verb's -s form the parser tags a plural noun right after a name
where the sentence then has no finite verb ("The Channel Tunnel links Folkestone with
Coquelles"; a capitalised verb after it is a title's word: "Tess Daly hosts Strictly Come
Dancing") or where a relative word begins the name's clause ("which Sony manufactures,"), or
after a comma where the name has no verb ("Zantac, which was introduced in 1981, treats
heartburn"), and one after ", and" that ends a list of verbs ("rises …, flows …, and empties
into …"); "makes" stands in for it (`misread_verbs`). An irregular past form the parser tags a
singular noun in a sentence with no finite verb, after a name ("Michael Phelps, born in
Baltimore, swam for …"), is parsed with "made" in its place (`misread_pasts`). The other way
round, a lower-case word that is no verb the lemmatizer knows, right after a sentence's first
word, a name, and before a finite verb (or a comma that one follows), is the name's last word
("Aedes aegypti is a mosquito", a species): it is parsed with the noun "form" in its place
(`misread_nouns`).

`reparsed_verbs` is the first of the repairs `kg.repairs.ParseRepairs` makes.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import cast

from spacy.attrs import DEP, HEAD, LEMMA, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Token
from thinc.types import Ints2d

from kg.clauses import FINITE

VERBS_MISREAD = {"stars": ("features", "star")}
"""A verb the parser misreads after a name → a verb it reads in that place, and the lemma."""

"""The tags of a finite verb, which every sentence has."""

STAND_IN = "makes"
"""The verb parsed in the place of a verb's -s form the parser took for a plural noun."""

RELATIVE_WORDS = frozenset({"which", "that", "whom"})
"""Words that begin a relative clause whose subject may come before its verb."""


def verb_lemma(word: str, verbs: Collection[str]) -> str | None:
    """The verb (among ``verbs``, the lemmatizer's known verbs) of which ``word`` is the
    third person -s form, or None: "links" → "link", "carries" → "carry", "brews" → "brew"."""
    lower = word.lower()
    stems = [lower[:-3] + "y"] if lower.endswith("ies") else []
    stems += [lower[:-2]] if lower.endswith(("ses", "xes", "zes", "ches", "shes", "oes")) else []
    stems += [lower[:-1]] if lower.endswith("s") and not lower.endswith("ss") else []
    return next((s for s in stems if s in verbs), None)


def misread_verbs(doc: Doc, verbs: Collection[str]) -> dict[int, tuple[str, str]]:
    """The positions of ``doc``'s verbs the parser tagged plural nouns, each → the word to parse in
    its place and its lemma: a lowercase -s form of a known verb right after a proper noun,
    where the sentence has no other finite verb or the parser gives the noun a subject, and a
    name, determiner, preposition or number follows ("The Channel Tunnel links Folkestone …",
    "Founded in 1881, the orchestra records for …", "The Castro Theatre seats 1400 people"), or
    where a relative word begins the name and a comma or the end follows ("…, which Sony
    manufactures, …"); or one after a comma, before a word, in a sentence the parser makes a
    name's with no verb, or whose root it is with a subject ("Zantac, which was introduced in
    1981, treats heartburn"); or one after ", and" that ends a list of verbs in the same form
    ("rises in A, flows through B, and empties into C"; not "received medals, and awards from
    …")."""
    found = {}
    for token in doc[1:]:
        before = doc[token.i - 1]
        if token.tag_ != "NNS" or not token.is_lower:
            continue
        lemma = verb_lemma(token.text, verbs)
        if lemma is None:
            continue
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        leads = after is not None and (after.is_title or after.pos_ in ("DET", "PROPN", "ADP", "NUM"))
        if before.lower_ == "and" and token.i >= 2 and doc[token.i - 2].text == ",":
            if leads and any(t.tag_ == "VBZ" and t.pos_ == "VERB" and t.i < token.i for t in token.sent):
                found[token.i] = (STAND_IN, lemma)
            continue
        root = token.sent.root
        verbless = root.pos_ == "PROPN" and root.i < token.i  # the name the sentence's root
        rooted = root == token and any(c.dep_ == "nsubj" for c in token.children)  # a noun with a subject
        if before.text == "," and (verbless or rooted):
            if after is not None and not after.is_punct:  # "Zantac, which was introduced in 1981, treats …"
                found[token.i] = (STAND_IN, lemma)
            continue
        if before.pos_ != "PROPN":
            continue
        start = before.left_edge.i
        relative = start > 0 and doc[start - 1].lower_ in RELATIVE_WORDS
        if (relative and (after is None or after.is_punct)) or (
            leads
            and (
                not any(
                    t.tag_ in FINITE for t in token.sent if t.i != token.i and not _titled_after(t, token)
                )
                or any(c.dep_ == "nsubj" for c in token.children)
            )
        ):
            found[token.i] = (STAND_IN, lemma)
    return found


def _titled_after(verb: Token, token: Token) -> bool:
    """Whether ``verb`` is a capitalised word after ``token``: a title's word ("hosts Strictly
    Come Dancing"), not the sentence's verb."""
    return verb.i > token.i and verb.is_title


PAST_STAND_IN = "made"
"""The verb parsed in the place of a past form the parser took for a singular noun."""


def misread_pasts(doc: Doc, pasts: dict[str, str]) -> dict[int, tuple[str, str]]:
    """The positions of ``doc``'s irregular past forms (``pasts``: form → verb, the
    lemmatizer's exceptions) the parser tagged singular nouns, each → the word to parse in its
    place and its lemma: a lower-case one right after a name, or after the comma that closes
    what describes the name, that a name, determiner or preposition follows, in a sentence
    with no finite verb ("Michael Phelps, born in Baltimore, swam for the North Baltimore
    Aquatic Club"; not "the saw in the shed", after no name)."""
    found = {}
    for token in doc[1:]:
        lemma = pasts.get(token.text)
        if token.tag_ != "NN" or not token.is_lower or lemma is None or lemma == token.text:
            continue
        before = doc[token.i - 1]
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        leads = after is not None and (after.is_title or after.pos_ in ("DET", "PROPN", "ADP", "NUM"))
        named = before.pos_ == "PROPN" or (
            before.text == "," and any(t.pos_ == "PROPN" for t in doc[token.sent.start : before.i])
        )
        if named and leads and not any(t.tag_ in FINITE for t in token.sent if t.i != token.i):
            found[token.i] = (PAST_STAND_IN, lemma)
    return found


NOUN_STAND_IN = "form"
"""The noun parsed in the place of a word the parser took for a verb after a name (`misread_nouns`)."""


def misread_nouns(doc: Doc, verbs: Collection[str], pasts: dict[str, str]) -> dict[int, tuple[str, str]]:
    """The positions of ``doc``'s words the parser tagged verbs though they are the lower-case
    last words of the name that begins their sentence, each → the word to parse in its place and
    its lemma: a lower-case word right after a sentence's first word, a name, and right before
    a finite verb or a comma a finite verb follows, that is no verb the lemmatizer knows in any
    form ("Aedes aegypti is a mosquito", "Amanita phalloides, commonly known as the death cap,
    is …": a species' name, which had made its last word the sentence's verb)."""
    found = {}
    for token in doc[1:-1]:
        first, after = doc[token.i - 1], doc[token.i + 1]
        if not (
            token.is_lower and token.is_alpha and token.tag_ in FINITE | {"VBN", "VBG"}
            and first.is_sent_start and first.pos_ == "PROPN" and first.is_title
            and (after.tag_ in FINITE or (after.text == "," and _finite_after(after)))
        ):  # fmt: skip
            continue
        known = token.lemma_ in verbs or token.lower_ in pasts or verb_lemma(token.text, verbs) is not None
        if not known and token.lower_ not in verbs:
            found[token.i] = (NOUN_STAND_IN, token.text)
    return found


def _finite_after(comma: Token) -> bool:
    """Whether a finite verb follows ``comma`` in its sentence: the verb of the name the comma
    ends, after what describes it ("Amanita phalloides, commonly known as …, is a fungus")."""
    return any(t.tag_ in FINITE for t in comma.doc[comma.i + 1 : comma.sent.end])


_PARSED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
"""The components whose analyses a sentence parsed again gives."""


def reparsed_verbs(
    doc: Doc, nlp: Language, verbs: Collection[str] = frozenset(), pasts: dict[str, str] | None = None
) -> Doc:
    """``doc`` with the parse it has with a `VERBS_MISREAD` word after a name (or a comma after
    one) and before a capitalised word, or a verb `misread_verbs` finds among ``verbs``, or a
    past form `misread_pasts` finds among ``pasts``, replaced by the parse with a verb the
    parser reads in its place."""
    found = {
        t.i: VERBS_MISREAD[t.lower_] for t in doc
        if t.lower_ in VERBS_MISREAD and 0 < t.i < len(doc) - 1 and doc[t.i + 1].is_title
        and (doc[t.i - 1].pos_ == "PROPN" or doc[t.i - 1].is_title or doc[t.i - 1].text == ",")
        and not (t.pos_ == "VERB" and any(c.dep_ == "dobj" for c in t.children))
    }  # fmt: skip
    found.update(misread_verbs(doc, verbs) if verbs else {})
    found.update(misread_pasts(doc, pasts) if pasts else {})
    found.update(misread_nouns(doc, verbs, pasts or {}) if verbs else {})
    if not found:
        return doc
    words = [t.text for t in doc]
    for i, (stand_in, _) in found.items():
        words[i] = stand_in
    again = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    for name in _PARSED:
        if name in nlp.pipe_names:
            again = nlp.get_pipe(name)(again)
    attrs = [HEAD, DEP, TAG, POS, LEMMA]
    doc.from_array(attrs, cast(Ints2d, again.to_array(attrs)))
    for i, (stand_in, lemma) in found.items():
        doc[i].lemma_ = lemma
        if stand_in == NOUN_STAND_IN:
            doc[i].tag_ = "NN"  # the stand-in's tag: the word's own, unknown to the tagger, is a noun
    return doc
