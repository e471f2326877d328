"""Repairs of the parse where spaCy's small English model misreads names it has never seen, and
the pipeline component that runs them with the repairs of how it attaches phrases and clauses
(`kg.clauses`) and the re-parsing of verbs it took for nouns (`kg.reparse`).

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
- **A capitalised word taken for a plural.** "Vargtimmen aired on SVT" tags "Vargtimmen" a
  plural noun, and "born in Herentals" "Herentals"; a capitalised plural whose singular is no
  noun the lemmatizer knows is a name, a proper noun (`unknown_plurals`).
- **A lower-case word taken for a name.** "Asthma is treated with salbutamol" tags
  "salbutamol", a word the tagger has not seen, a proper noun; a lower-case word inside a
  sentence that is in no named entity and joins no name's words is a common noun
  (`lower_case_names`).
- **A numbered name taken for a common noun.** "Explorer 1 was launched …" tags "Explorer" a
  noun; a capitalised singular noun that begins a sentence with no article, its number right
  after it, is a name (`numbered_names`).
- **A numeral taken for a common noun.** "Atlas V" tags "V" a noun; a capital letter or Roman
  numeral after a proper noun is a proper noun, and so is "I" after a name with no part of its
  own in the clause ("Elizabeth I died …") (`numeral_names`).
- **A date's day hung apart from its month.** In "Lionel Messi (born 24 June 1987)" the
  parser hangs "24" from the name; a day number right before a month's name, and a year right
  after it, are made the month's (`date_parts`).
- **A title taken for a gerund.** "Trainspotting is a 1996 British comedy film" makes
  "Trainspotting" a verb, the clausal subject of "is"; a capitalised -ing word that begins a
  sentence as a copula's clausal subject, of no verb the lemmatizer knows, is a name
  (`gerund_names`).
- **A verb taken for an adjective.** "Conan O'Brien, a graduate of Harvard University, married
  Liza Powel" tags "married" an adjective, though the parser gives it a subject and an object;
  such an -ed word of a verb the lemmatizer knows is that verb's past tense (`adjective_verbs`).
- **A name taken for a common noun or a verb.** "connects Inverness to Corpach" tags
  "Inverness" a noun and "links Gothenburg to Söderköping" "Söderköping" a verb; a capitalised
  word inside a sentence that the tagger names a place by itself is a proper noun, and so is a
  capitalised singular noun it names as anything else ("the Cretaceous", "PepsiCo"), and the
  last word of a longer name whose other words are proper nouns ("the Chennai Super Kings")
  (`named_nouns`).
- **A name after a preposition taken for a verb phrase.** "sired by Never Bend" tags "Never
  Bend" an adverb and a verb, the clausal object of "by"; a capitalised name the tagger names
  whole that the parser so makes a preposition's clausal object is its object, a proper noun
  (`named_objects`).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.language import Language
from spacy.tokens import Doc

from kg.clauses import (
    PLACES,
    SUBJECTS,
    comma_participles,
    compound_subjects,
    fronted_appositions,
    fronted_participles,
    orphan_prepositions,
    paired_phrases,
    parenthetical_participles,
    parenthetical_places,
    relative_that,
    second_subjects,
    verbless_roots,
)
from kg.literals import MONTH_NAMES
from kg.reparse import reparsed_verbs

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


def unknown_plurals(doc: Doc, nouns: Collection[str]) -> Doc:
    """``doc`` with every capitalised word tagged a plural noun whose lemma is not among
    ``nouns`` (the lemmatizer's known nouns), nor, where it ends in s, the word without it,
    made a proper noun: "Vargtimmen", "born in Herentals"."""
    for token in doc:
        lower = token.lower_
        if token.tag_ != "NNS" or not token.is_title or token.lemma_.lower() in nouns:
            continue
        if lower.endswith("s") and (lower[:-1] in nouns or lower in nouns):
            continue  # "Women", "Sciences": English plurals stay ones
        token.pos_, token.tag_ = "PROPN", "NNP"
    return doc


def lower_case_names(doc: Doc) -> Doc:
    """``doc`` with every lower-case word tagged a proper noun, inside its sentence, in no
    named entity, joined by no hyphen to the word before and with no proper noun either side of
    it ("van" in "John van den Brom"), made a common noun."""
    for token in doc:
        if not (token.pos_ == "PROPN" and token.is_lower and token.is_alpha) or token.is_sent_start:
            continue
        joined = token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_
        if (
            token.ent_type_
            or joined
            or any(0 <= j < len(doc) and doc[j].pos_ == "PROPN" for j in (token.i - 1, token.i + 1))
        ):
            continue  # "Otak-otak", "John van den Brom": a word of a name
        token.pos_, token.tag_ = "NOUN", "NNS" if token.tag_ == "NNPS" else "NN"
    return doc


def numbered_names(doc: Doc) -> Doc:
    """``doc`` with every capitalised singular noun that begins a sentence, with no article
    and a number right after it that modifies it, made a proper noun: "Explorer 1"."""
    for token in doc[:-1]:
        number = doc[token.i + 1]
        if (
            token.is_sent_start and token.tag_ == "NN" and token.is_title
            and number.head == token and number.dep_ == "nummod" and number.is_digit
            and not any(c.dep_ == "det" for c in token.children)
        ):  # fmt: skip
            token.pos_, token.tag_ = "PROPN", "NNP"
    return doc


def numeral_names(doc: Doc) -> Doc:
    """``doc`` with every capital letter or Roman numeral tagged a common noun after a proper
    noun made a proper noun ("Atlas V", "Saturn V"), and so the "I" the tagger takes for the
    pronoun after a name that has no part in the clause of its own ("Elizabeth I died …", not
    "when I met Paul I knew")."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if token.tag_ in ("NN", "NNS") and _NUMERAL.fullmatch(token.text) and before.pos_ == "PROPN":
            token.pos_, token.tag_ = "PROPN", "NNP"
        elif (
            token.text == "I" and token.pos_ == "PRON" and before.pos_ == "PROPN"
            and before.dep_ in ("npadvmod", "compound", "nmod") and before.head in (token, token.head)
        ):  # fmt: skip
            token.pos_, token.tag_ = "PROPN", "NNP"
    return doc


_NUMERAL = re.compile(r"[A-Z]|[IVXLCDM]+")


def date_parts(doc: Doc) -> Doc:
    """``doc`` with a day number right before a month's name, and a four-digit year right after
    it, hung from the month (``nummod``): "24 June 1987"; a month the parser hung from its day
    is hung from the verb or preposition before the day ("born 24 June 1987"), and one it made a
    compound of its year takes the year's place ("opened on 15 September 1830")."""
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
        stems = (lower[:-3] + "y", lower[:-2], lower[:-1], lower[:-3])  # married, walked, loved, planned
        lemma = next((stem for stem in stems if stem in verbs), None)
        if lemma is not None:
            token.pos_, token.tag_, token.lemma_ = "VERB", "VBD", lemma
    return doc


def gerund_names(doc: Doc, verbs: Collection[str]) -> Doc:
    """``doc`` with every capitalised -ing word that begins a sentence as the clausal subject
    of a copula, and whose lemma is no verb among ``verbs``, made the copula's subject, a
    proper noun: "Trainspotting is a film" (not "Swimming is a sport")."""
    for token in doc:
        if not (
            token.is_sent_start and token.is_title and token.tag_ == "VBG" and token.dep_ == "csubj"
            and token.head.lemma_ == "be" and token.lemma_.lower() not in verbs
        ):  # fmt: skip
            continue
        token.dep_, token.pos_, token.tag_ = "nsubj", "PROPN", "NNP"
        token.lemma_ = token.text
    return doc


def named_objects(doc: Doc) -> Doc:
    """``doc`` with every capitalised name the tagger names whole, which the parser reads as a
    preposition's clausal object ("sired by Never Bend": an adverb and a verb), made the
    preposition's object, a proper noun, its other words compounds of its last."""
    for ent in doc.ents:
        last = ent[-1]
        if not (
            ent.label_ in _NAMED_TYPES and all(t.is_title for t in ent) and ent.root.dep_ == "pcomp"
            and ent.root.head.pos_ == "ADP" and any(t.pos_ in ("VERB", "AUX") for t in ent)
        ):  # fmt: skip
            continue
        preposition = ent.root.head
        for token in ent:
            token.pos_, token.tag_ = "PROPN", "NNP"
            token.lemma_ = token.text
            if token != last:
                token.head, token.dep_ = last, "compound"
        last.head, last.dep_ = preposition, "pobj"
    return doc


_NAMED_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "NORP"})


def named_nouns(doc: Doc) -> Doc:
    """``doc`` with every capitalised word inside a sentence that the tagger names a place of one
    word, and tags a common noun or a verb, made a proper noun: "connects Inverness to Corpach"
    tags "Inverness" a noun, "links Gothenburg to Söderköping" "Söderköping" a verb; so are
    the words of one written with hyphens ("Kalach-na-Donu"), and a capitalised singular noun the
    tagger names by itself as anything else ("lived during the Cretaceous", "made by PepsiCo"). So
    is the last word of a longer name whose other words are all proper nouns ("played for the
    Chennai Super Kings" tags "Kings" a plural common noun), and a capitalised singular noun the
    tagger names as nothing, alone as an object after a lower-case word ("was released by
    Oasis"; not the first word of a sentence, nor of a run of capitalised words). A sentence's
    first word, a capitalised common noun, is a name where a comma and an apposition with its
    article say what it is ("Respect, a single by Aretha Franklin, …")."""
    for ent in doc.ents:
        token = ent.root
        if not (token.pos_ in ("NOUN", "VERB") and token.dep_ in _OBJECTS):
            continue
        one_word = len(ent) == 1 or (
            all(not t.whitespace_ for t in ent[:-1]) and any(t.text in ("-", "–") for t in ent)
        )
        named = ent.label_ in PLACES or (len(ent) == 1 and ent.label_ in _NAMED_TYPES and token.tag_ == "NN")
        capitalised = ent[0].is_title or (ent[0].text[:1].isupper() and not ent[0].is_upper)  # "PepsiCo"
        if named and one_word and capitalised and not ent[0].is_sent_start:
            for word in ent:
                if word.pos_ in ("NOUN", "VERB"):
                    word.pos_, word.tag_, word.lemma_ = "PROPN", "NNP", word.text
        elif (
            ent.label_ in _NAMED_TYPES and token.i == ent.end - 1 and token.is_title
            and token.tag_ in ("NN", "NNS") and len(words := [t for t in ent[:-1] if t.pos_ != "DET"]) > 0
            and all(t.pos_ == "PROPN" for t in words)
        ):  # fmt: skip
            token.pos_, token.tag_, token.lemma_ = "PROPN", token.tag_.replace("NN", "NNP", 1), token.text
    for token in doc:
        if (
            token.tag_ == "NN" and token.is_title and not token.ent_type_ and not token.is_sent_start
            and token.dep_ in ("pobj", "dobj") and not list(token.children) and doc[token.i - 1].is_lower
            and (token.i + 1 == len(doc) or not doc[token.i + 1].is_title)
        ):  # fmt: skip
            token.pos_, token.tag_, token.lemma_ = "PROPN", "NNP", token.text
    for token in doc:
        if (
            token.is_sent_start and token.tag_ in ("NN", "NNS") and token.is_title
            and token.i + 1 < len(doc) and doc[token.i + 1].text == ","
            and any(c.dep_ == "appos" and any(d.dep_ == "det" for d in c.children) for c in token.children)
        ):  # fmt: skip
            token.pos_, token.tag_, token.lemma_ = "PROPN", token.tag_.replace("NN", "NNP", 1), token.text
    return doc


_OBJECTS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "appos", "conj", "attr"})
"""The places in a clause of a word `named_nouns` takes for a name."""


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

    def __call__(self, doc: Doc) -> Doc:
        if "parser" in self.nlp.pipe_names:
            reparsed_verbs(doc, self.nlp, self.verbs, self.pasts)
        copula_subjects(doc)
        adverb_subjects(doc, self.adverbs)
        compound_subjects(doc)
        lower_case_names(doc)
        numbered_names(doc)
        numeral_names(doc)
        orphan_prepositions(doc)
        paired_phrases(doc)
        comma_participles(doc)
        relative_that(doc)
        named_objects(doc)
        named_nouns(doc)
        verbless_roots(doc)
        parenthetical_participles(doc)
        parenthetical_places(doc)
        fronted_participles(doc)
        second_subjects(doc)
        fronted_appositions(doc)  # after: "The area of Weston, Ohio is …" has one subject
        date_parts(doc)
        if self.verbs:
            gerund_names(doc, self.verbs)
            adjective_verbs(doc, self.verbs)
        if self.nouns:
            unknown_plurals(doc, self.nouns)
        return doc


@Language.factory("kg_parse_repairs")
def parse_repairs(nlp: Language, name: str) -> ParseRepairs:
    """Make the `ParseRepairs` component for ``nlp``."""
    return ParseRepairs(nlp)
