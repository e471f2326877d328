"""Repairs of the parse where spaCy's small English model misreads names it has never seen, and
the pipeline component that runs them with the repairs of how it attaches phrases and clauses
(`kg.clauses`), their subjects (`kg.subjects`) and participles (`kg.participles`), the
re-parsing of verbs it took for nouns (`kg.reparse`) and the repairs of the parts of speech it
gives names (`kg.nametags`), the names written with digits, hyphens or particles it splits
(`kg.codetags`) and the titles it cuts (`kg.titletags`).

- **A name before a copula taken for its complement.** The parser reads a language's or a
  people's name that begins a sentence as an adjective: in "Icelandic is a North Germanic
  language" it makes "Icelandic" the complement (``acomp``) of "is", which then has no
  subject beside the noun it says the thing is (``attr``). Such a complement is made the
  subject, a proper noun, so that what is learned from "Basque is a language isolate …" (a
  proper noun subject) reads it too (`copula_subjects`).
- **A name taken for an adverb.** "Sicily has an area of …" tags "Sicily" an adverb of "has",
  which then has no subject; an uncommon capitalised adverb that begins a sentence, before a
  finite verb with no subject, is that verb's subject, a proper noun. So is a capitalised
  adverb the parser makes a subject ("Lua is …"), and one before a name that is a subject,
  where the lemmatizer knows no such adverb, is its first name ("Dolly Parton was born …", not
  "Currently Jones is …") (`adverb_subjects`).
- **Verbs taken for nouns** ("Red Canyon stars Mia Chen", "The Channel Tunnel links Folkestone
  …") are parsed again with a verb the parser reads in their place (`kg.reparse`).
- **A date's day hung apart from its month.** In "Lionel Messi (born 24 June 1987)" the
  parser hangs "24" from the name; a day number right before a month's name, and a year right
  after it, are made the month's (`date_parts`).
- **A verb taken for an adjective.** "Conan O'Brien, a graduate of Harvard University, married
  Liza Powel" tags "married" an adjective, though the parser gives it a subject and an object;
  such an -ed word of a verb the lemmatizer knows is that verb's past tense (`adjective_verbs`).
  So is one in a sentence with no finite verb, after the comma that ends its root name's
  apposition, that the parser hangs on the name after it ("Jerry Nelson, an American
  puppeteer, married Jan Nelson"): it is the sentence's verb (`verbless_adjectives`).
- **A company's legal form taken for its name's head.** "Nokia Corporation is …" makes
  "Corporation" the subject; the name is made the head (`kg.legalforms.legal_heads`).
- **A prefixed verb's lemma.** The tokenizer keeps "co-founded" one word (`kg.nlp`), which
  the lemmatizer does not know ("co-founde"); it is given its verb's lemma, "found"
  (`prefixed_lemmas`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING, cast

from spacy.attrs import DEP, HEAD, LEMMA, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

from kg.clauses import (
    FINITE,
    SUBJECTS,
    detached_appositions,
    joined_appositions,
    orphan_prepositions,
    paired_phrases,
    parenthetical_places,
    relative_that,
    second_objects,
)
from kg.codetags import (
    coded_names,
    dashed_names,
    hyphened_names,
    numbered_names,
    numeral_names,
    particle_names,
)
from kg.legalforms import legal_heads
from kg.literals import MONTH_NAMES
from kg.nametags import (
    adjective_objects,
    adjective_subjects,
    adverb_objects,
    gerund_names,
    known_lower_nouns,
    lower_case_names,
    named_nouns,
    named_objects,
    people_adjectives,
    unknown_plurals,
    unknown_singulars,
)
from kg.participles import (
    agent_nouns,
    comma_participles,
    fronted_participles,
    parenthetical_participles,
    parenthetical_roots,
    verbless_roots,
)
from kg.reparse import reparsed_verbs
from kg.subjects import (
    compound_subjects,
    epithet_subjects,
    fronted_appositions,
    possessive_subjects,
    second_subjects,
)
from kg.titletags import clause_titles, leading_titles, quoted_titles, titled_nouns

if TYPE_CHECKING:
    from thinc.types import Ints2d  # spaCy's array type

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


def adverb_subjects(doc: Doc, adverbs: Collection[str] = frozenset()) -> Doc:
    """``doc`` with every adverb that begins a sentence, capitalised and no common word ("Here",
    "Now"), made the subject of the finite verb it modifies where that has none ("Sicily has
    …"), or, where it is none of ``adverbs`` (the lemmatizer's: "Currently", "Previously"),
    part of the name after it that is a subject ("Dolly Parton was born …"); and every
    capitalised adverb the parser made a subject a proper noun ("Lua is …")."""
    for token in doc:
        head = token.head
        if token.pos_ == "ADV" and token.dep_ in SUBJECTS and token.is_title:
            token.pos_, token.tag_ = "PROPN", "NNP"  # "Lua is a programming language": no adverb is a subject
            continue
        if not (token.is_sent_start and token.pos_ == "ADV" and token.is_title and not token.is_stop):
            continue
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and after.pos_ == "PROPN" and after.dep_ in SUBJECTS:
            if token.lower_ not in adverbs and after not in token.subtree:  # "Currently Jones" has one
                token.head, token.dep_, token.pos_, token.tag_ = after, "compound", "PROPN", "NNP"
            continue  # "Dolly Parton was born …": a first name
        if token.dep_ != "advmod" or head.tag_ not in ("VBZ", "VBD", "VBP") or token.i > head.i:
            continue
        if any(c.dep_ in SUBJECTS for c in head.children):
            continue
        token.dep_, token.pos_, token.tag_ = "nsubj", "PROPN", "NNP"
    return doc


def date_parts(doc: Doc) -> Doc:
    """``doc`` with a day number right before a month's name, and a four-digit year right after
    it, hung from the month (``nummod``): "24 June 1987"; a month the parser hung from its day
    is hung from the verb or preposition before the day ("born 24 June 1987"), and so is one hung
    from that verb's own head ("Helen Glover (born 17 June 1986)" hangs "June" from the name);
    one it made a compound of its year takes the year's place ("opened on 15 September 1830")."""
    for month in doc[1:]:
        if month.lower_ not in MONTH_NAMES or not month.is_title:
            continue
        day = doc[month.i - 1]
        if day.is_digit and len(day.text) <= 2 and month.head == day and day.i > 0:
            before = doc[day.i - 1]  # "(born 24 June 1987)": the month hung from the day
            if before.pos_ in ("VERB", "ADP") and month not in before.ancestors:
                month.head, month.dep_ = before, "pobj" if before.pos_ == "ADP" else "npadvmod"
            elif day.head != day:
                month.head, month.dep_ = day.head, "npadvmod" if day.dep_ == "punct" else day.dep_
        elif day.is_digit and len(day.text) <= 2 and day.i > 0:
            before = doc[day.i - 1]  # "Helen Glover (born 17 June 1986)": the date hung beside "born"
            if before.pos_ == "VERB" and before.head == month.head and before.head != before:
                month.head, month.dep_ = before, "npadvmod"
        parts = [day] if day.is_digit and len(day.text) <= 2 and day.head != month else []
        if month.i + 1 < len(doc):
            year = doc[month.i + 1]
            dated = year.is_digit and len(year.text) == 4  # not "August Strindberg"
            if dated and month.head == year and month.dep_ == "compound" and year.head != year:
                month.head, month.dep_ = year.head, year.dep_  # "on 15 September 1830": the year the object
                year.head, year.dep_ = month, "nummod"
            if year.is_digit and len(year.text) == 4 and year.head != month:
                parts.append(year)
        for part in parts:
            if not any(month.i == a.i for a in part.subtree) and part not in month.ancestors:
                part.head, part.dep_ = month, "nummod"
    return doc


def adjective_verbs(doc: Doc, verbs: Collection[str]) -> Doc:
    """``doc`` with every -ed word the tagger takes for an adjective, though the parser gives it
    a subject and a direct object, made the past tense of its verb (among ``verbs``, the
    lemmatizer's known verbs): "Conan O'Brien, a graduate of Harvard University, married Liza
    Powel" tags "married" an adjective."""
    for token in doc:
        lower = token.lower_
        if not (
            token.pos_ == "ADJ" and lower.endswith("ed")
            and any(c.dep_ == "dobj" for c in token.children)
            and any(c.dep_ == "nsubj" for c in token.children)
        ):  # fmt: skip
            continue
        lemma = _past_lemma(lower, verbs)
        if lemma is not None:
            token.pos_, token.tag_, token.lemma_ = "VERB", "VBD", lemma
    return doc


def _past_lemma(word: str, verbs: Collection[str]) -> str | None:
    """The verb among ``verbs`` whose past form an -ed ``word`` may be: "married" is of "marry",
    "walked" of "walk", "loved" of "love", "planned" of "plan"."""
    stems = (word[:-3] + "y", word[:-2], word[:-1], word[:-3])
    return next((stem for stem in stems if stem in verbs), None)


def verbless_adjectives(doc: Doc, verbs: Collection[str]) -> Doc:
    """``doc`` with the -ed word the tagger takes for an adjective of the name after it, in a
    sentence with no finite verb whose root is a name, right after the comma that ends the
    root's apposition, made the sentence's verb (among ``verbs``), the root its subject and the
    name its object: "Jerry Nelson, an American puppeteer, married Jan Nelson" makes "married"
    an adjective of "Jan Nelson", in apposition with "Jerry Nelson"."""
    for sent in list(doc.sents):
        root = sent.root
        if root.pos_ not in ("NOUN", "PROPN") or any(t.tag_ in FINITE for t in sent):
            continue
        for token in sent:
            name = token.head
            if not (
                token.pos_ == "ADJ" and token.dep_ == "amod" and token.lower_.endswith("ed")
                and token.i > root.i + 1 and doc[token.i - 1].text == ","
                and name.pos_ == "PROPN" and name.i > token.i and name.dep_ == "appos" and name.head == root
            ):  # fmt: skip
                continue
            lemma = _past_lemma(token.lower_, verbs)
            if lemma is None:
                continue
            token.pos_, token.tag_, token.lemma_ = "VERB", "VBD", lemma
            token.head, token.dep_ = token, "ROOT"
            name.head, name.dep_ = token, "dobj"
            for child in list(root.children):
                if child.i > token.i or child.i == token.i - 1:
                    child.head = token  # the comma before the verb, and the full stop, are the verb's
            root.head, root.dep_ = token, "nsubj"
            break
    return doc


PREFIXED = re.compile(r"(?:co|re)-([a-z]+)")
"""A verb with the prefix the tokenizer keeps joined to it (`kg.nlp.VERB_PREFIXES`)."""


def prefixed_lemmas(doc: Doc, lemma: Callable[[str, str], str]) -> Doc:
    """``doc`` with every verb a prefix joins with a hyphen ("co-founded", "re-elected") given
    its verb's lemma ("found", "elect"; ``lemma`` of a word and its part of speech), which the
    lemmatizer does not know it by ("co-founde"): what is learned or labelled with the verb
    reads it."""
    for token in doc:
        said = PREFIXED.fullmatch(token.lower_)
        if said and token.pos_ in ("VERB", "AUX"):
            token.lemma_ = lemma(said.group(1), token.pos_)
    return doc


class ParseRepairs:
    """The pipeline component: the repairs, with the lemmatizer's nouns, verbs and adverbs."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.nouns: Collection[str] = frozenset()
        self.verbs: Collection[str] = frozenset()
        self.adverbs: Collection[str] = frozenset()
        self.pasts: dict[str, str] = {}
        if "lemmatizer" in nlp.pipe_names:
            lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
            if lookups is not None and lookups.has_table("lemma_index"):
                self.nouns = frozenset(lookups.get_table("lemma_index").get("noun", ()))
                self.verbs = frozenset(lookups.get_table("lemma_index").get("verb", ()))
                self.adverbs = frozenset(lookups.get_table("lemma_index").get("adv", ()))
            if lookups is not None and lookups.has_table("lemma_exc"):  # "swam": "swim"
                forms = lookups.get_table("lemma_exc").get("verb", {})
                self.pasts = {form: lemmas[0] for form, lemmas in forms.items() if lemmas}
        self._lemmas: dict[tuple[str, str], str] = {}

    def lemma(self, word: str, pos: str) -> str:
        """The lemmatizer's lemma of ``word`` as a ``pos``, or the word where there is none."""
        if (word, pos) not in self._lemmas:
            lemmatizer = self.nlp.get_pipe("lemmatizer") if "lemmatizer" in self.nlp.pipe_names else None
            found = [word]
            if lemmatizer is not None and hasattr(lemmatizer, "rule_lemmatize"):
                alone = Doc(self.nlp.vocab, words=[word])
                alone[0].pos_ = pos
                found = lemmatizer.rule_lemmatize(alone[0]) or found
            self._lemmas[word, pos] = found[0]
        return self._lemmas[word, pos]

    def __call__(self, doc: Doc) -> Doc:
        """``doc`` repaired; left as the parser read it where the repairs would leave a word that
        is its own ancestor (a repair's slip on a sentence no test has), so one sentence never
        stops a build."""
        attrs = [HEAD, DEP, TAG, POS, LEMMA]
        before = cast("Ints2d", doc.to_array(attrs))
        self._repair(doc)
        if len(doc) == len(before) and _cyclic(doc):
            doc.from_array(attrs, before)
        return doc

    def _repair(self, doc: Doc) -> None:
        prefixed_lemmas(doc, self.lemma)
        if "parser" in self.nlp.pipe_names:
            reparsed_verbs(doc, self.nlp, self.verbs, self.pasts)
        copula_subjects(doc)
        adverb_subjects(doc, self.adverbs)
        legal_heads(doc)
        compound_subjects(doc)
        possessive_subjects(doc)
        lower_case_names(doc)
        if self.nouns:
            known_lower_nouns(doc, self.nouns)
        numbered_names(doc)
        coded_names(doc)
        hyphened_names(doc)
        dashed_names(doc)
        particle_names(doc)
        numeral_names(doc)
        people_adjectives(doc)
        titled_nouns(doc)
        orphan_prepositions(doc)
        detached_appositions(doc)
        paired_phrases(doc)
        agent_nouns(doc)
        comma_participles(doc)
        relative_that(doc)
        named_objects(doc)
        adjective_objects(doc)
        adjective_subjects(doc)
        adverb_objects(doc)
        named_nouns(doc)
        verbless_roots(doc)
        parenthetical_participles(doc)
        parenthetical_roots(doc)
        parenthetical_places(doc)
        fronted_participles(doc)
        second_subjects(doc)
        second_objects(doc)
        epithet_subjects(doc)
        joined_appositions(doc)
        fronted_appositions(doc)  # after: "The area of Weston, Ohio is …" has one subject
        date_parts(doc)
        # after the verbs taken for names are names again ("links Gothenburg to …"); the quoted
        # titles after clause_titles, whose runs they keep
        clause_titles(doc)
        quoted_titles(doc)
        leading_titles(doc)
        if self.verbs:
            gerund_names(doc, self.verbs)
            adjective_verbs(doc, self.verbs)
            verbless_adjectives(doc, self.verbs)
        if self.nouns:
            unknown_plurals(doc, self.nouns)
            unknown_singulars(doc, self.nouns)


def _cyclic(doc: Doc) -> bool:
    """Whether a word of ``doc`` is its own ancestor."""
    done: set[int] = set()
    for token in doc:
        path: set[int] = set()
        while token.i not in done and token.head.i != token.i:
            if token.i in path:
                return True
            path.add(token.i)
            token = token.head
        done |= path
    return False


@Language.factory("kg_parse_repairs")
def parse_repairs(nlp: Language, name: str) -> ParseRepairs:
    """Make the `ParseRepairs` component for ``nlp``."""
    return ParseRepairs(nlp)
