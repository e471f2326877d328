"""Words spaCy's small English model tags with the wrong part of speech, where they are, or are
not, names: a capitalised word it took for a plural, a common noun, an adjective, a verb or a
gerund, a name it made a preposition's clause; and a lower-case word it took for a name.
`kg.repairs.ParseRepairs` runs them with the other repairs of the parse; the titles it cuts are
`kg.titletags`', and the names it splits where digits, hyphens, dashes, particles or numerals
write them `kg.codetags`'.

- **A capitalised word taken for a plural.** "Vargtimmen aired on SVT" tags "Vargtimmen" a
  plural noun, and "born in Herentals" "Herentals"; a capitalised plural whose singular is no
  noun the lemmatizer knows is a name, a proper noun (`unknown_plurals`).
- **A capitalised word taken for a common noun.** "The Althing is the legislature of Iceland"
  tags "Althing" a noun, and "Frankel was ridden by …" "Frankel"; a capitalised singular noun
  after "the", or a sentence's first word its verb's subject, that is no noun the lemmatizer
  knows is a name (`unknown_singulars`).
- **A lower-case word taken for a name.** "Asthma is treated with salbutamol" tags
  "salbutamol", a word the tagger has not seen, a proper noun; a lower-case word inside a
  sentence that is in no named entity and joins no name's words is a common noun
  (`lower_case_names`); so is a noun the lemmatizer knows that ends a name ("The Theodora
  mosaic in …", `known_lower_nouns`).
- **A noun taken for an adjective.** "The sardana, named after Cerdanya, comes from Spain" tags
  "sardana" an adjective; a lower-case subject with an article is a noun (`adjective_subjects`).
- **A name taken for an adjective.** "developed by Skymatic" tags "Skymatic" an adjective; a
  capitalised word inside a sentence that is a preposition's object, alone, is a name
  (`adjective_objects`).
- **A title taken for a gerund.** "Trainspotting is a 1996 British comedy film" makes
  "Trainspotting" a verb, the clausal subject of "is"; a capitalised -ing word that begins a
  sentence as a copula's clausal subject, of no verb the lemmatizer knows, is a name
  (`gerund_names`).
- **A name taken for a common noun or a verb.** "connects Inverness to Corpach" tags
  "Inverness" a noun and "links Gothenburg to Söderköping" "Söderköping" a verb; a capitalised
  word inside a sentence that the tagger names a place by itself is a proper noun, and so is a
  capitalised singular noun it names as anything else ("the Cretaceous", "PepsiCo"), the last
  word of a longer name whose other words are proper nouns ("the Chennai Super Kings"), a
  capitalised noun it names as nothing, alone as an object after a lower-case word ("released by
  Oasis"), and a sentence's first word where an apposition says what it is ("Respect, a single
  by …") (`named_nouns`).
- **An object taken for a bare noun phrase.** "Gilead Sciences manufactures Sovaldi" hangs
  "Sovaldi" from the verb as a noun phrase that modifies it; a name right after a verb with no
  object is its object (`adverb_objects`).
- **A name after a preposition taken for a verb phrase.** "sired by Never Bend" tags "Never
  Bend" an adverb and a verb, the clausal object of "by"; a capitalised name the tagger names
  whole that the parser so makes a preposition's clausal object is its object, a proper noun,
  and so is one it makes the clause a verb with no object says ("publishes Case Closed")
  (`named_objects`).
- **A people's adjective taken for a name.** "The Czech sprint canoeist Martin Fuksa" tags
  "Czech" a proper noun, a compound of "canoeist"; a people's adjective so tagged before the
  lower-case noun it modifies is the adjective, as "The Hungarian sprint canoeist" is read
  (`people_adjectives`).
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc

from kg.clauses import PLACES, SUBJECTS
from kg.demonyms import DEMONYMS
from kg.writtenwords import PARTICLES


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


def unknown_singulars(doc: Doc, nouns: Collection[str]) -> Doc:
    """``doc`` with every capitalised word right after "the", or that begins a sentence as a
    verb's subject, tagged a singular common noun that is no noun the lemmatizer knows, made a
    proper noun: "The Althing is the legislature of Iceland" (not "The Court", a noun),
    "Frankel was ridden by …"."""
    for token in doc:
        if token.tag_ != "NN" or not (token.is_title and token.is_alpha):
            continue
        first = token.is_sent_start and token.dep_ in ("nsubj", "nsubjpass")
        if not first and (token.i == 0 or doc[token.i - 1].lower_ != "the"):
            continue
        if token.lower_ not in nouns and token.lemma_.lower() not in nouns:
            token.pos_, token.tag_ = "PROPN", "NNP"
    return doc


def lower_case_names(doc: Doc) -> Doc:
    """``doc`` with every lower-case word tagged a proper noun, inside its sentence, in no
    named entity, joined by no hyphen to the word before and with no proper noun either side of
    it ("van" in "John van den Brom"), made a common noun; so is one before a name the tagger
    begins right after it, no name's particle ("the ballerina Anna Pavlova")."""
    for token in doc:
        if not (token.pos_ == "PROPN" and token.is_lower and token.is_alpha) or token.is_sent_start:
            continue
        joined = token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_
        before = token.i > 0 and doc[token.i - 1].pos_ == "PROPN"
        after = token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN"
        if after and not before and doc[token.i + 1].ent_iob_ == "B" and token.lower_ not in PARTICLES:
            after = False  # "the ballerina Anna Pavlova": what she is, before her name begins
        if token.ent_type_ or joined or before or after:
            continue  # "Otak-otak", "John van den Brom": a word of a name
        token.pos_, token.tag_ = "NOUN", "NNS" if token.tag_ == "NNPS" else "NN"
    return doc


def known_lower_nouns(doc: Doc, nouns: Collection[str]) -> Doc:
    """``doc`` with every lower-case word tagged a proper noun that ends a name (a proper noun
    before it, none after it), no name's particle, and that the lemmatizer knows as a noun
    (``nouns``), made a common noun: "The Theodora mosaic in …" is a mosaic."""
    for token in doc[1:]:
        if not (token.pos_ == "PROPN" and token.is_lower and token.is_alpha) or token.lower_ in PARTICLES:
            continue
        if doc[token.i - 1].pos_ != "PROPN" or (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN"):
            continue
        if token.lower_ in nouns or token.lemma_.lower() in nouns:
            token.pos_, token.tag_ = "NOUN", "NNS" if token.tag_ == "NNPS" else "NN"
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


def adjective_subjects(doc: Doc) -> Doc:
    """``doc`` with every lower-case word the tagger calls an adjective and the parser a verb's
    subject, with an article of its own, made a common noun: "The sardana, named after
    Cerdanya, comes from Spain"."""
    for token in doc:
        if not (token.tag_ == "JJ" and token.dep_ in SUBJECTS and token.is_lower and token.is_alpha):
            continue
        if token.lower_ in ("latter", "former"):
            continue  # "The latter is managed by …" refers to a thing named before
        if any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in token.lefts):
            token.pos_, token.tag_ = "NOUN", "NN"
    return doc


def adjective_objects(doc: Doc) -> Doc:
    """``doc`` with every capitalised word inside a sentence that the tagger calls an adjective
    and the parser a preposition's object, with no words of its own below it, made a proper
    noun: "developed by Skymatic"."""
    for token in doc:
        alone = token.n_lefts + token.n_rights == 0
        if (
            token.tag_ == "JJ"
            and token.dep_ == "pobj"
            and token.is_title
            and not token.is_sent_start
            and alone
        ):
            token.pos_, token.tag_ = "PROPN", "NNP"
    return doc


def named_objects(doc: Doc) -> Doc:
    """``doc`` with every capitalised name the tagger names whole, which the parser reads as a
    preposition's clausal object ("sired by Never Bend": an adverb and a verb), made the
    preposition's object, a proper noun, its other words compounds of its last; and so one the
    parser reads as the clause a verb with no object says, all of whose words it is
    ("Shogakukan publishes Case Closed"), made the verb's object."""
    for ent in doc.ents:
        last = ent[-1]
        if not (ent.label_ in _NAMED_TYPES and all(t.is_title for t in ent)):
            continue
        head = ent.root.head
        if ent.root.dep_ == "pcomp" and head.pos_ == "ADP" and any(t.pos_ in ("VERB", "AUX") for t in ent):
            dep = "pobj"
        elif (
            ent.root.dep_ == "ccomp" and head.pos_ == "VERB" and len(ent) > 1 and ent.start > head.i
            and not any(c.dep_ == "dobj" for c in head.children)
            and all(ent.start <= t.i < ent.end or t.is_punct for t in ent.root.subtree)
        ):  # fmt: skip
            dep = "dobj"  # "Shogakukan publishes Case Closed": a noun and a name made a clause
        else:
            continue
        for token in ent:
            token.pos_, token.tag_ = "PROPN", "NNP"
            token.lemma_ = token.text
            if token != last:
                token.head, token.dep_ = last, "compound"
        last.head, last.dep_ = head, dep
    return doc


_NAMED_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "NORP"})


def adverb_objects(doc: Doc) -> Doc:
    """``doc`` with every name right after a verb with no object, that the parser hung from the
    verb as a bare noun phrase (``npadvmod``), made its object: "Gilead Sciences manufactures
    Sovaldi" (not a date: "died Tuesday")."""
    for token in doc[1:]:
        verb = doc[token.i - 1]
        if not (
            token.pos_ == "PROPN" and token.dep_ == "npadvmod" and token.head == verb
            and verb.pos_ == "VERB" and verb.tag_ in ("VBZ", "VBD", "VBP")
            and not any(c.dep_ in ("dobj", "attr") for c in verb.children)
            and token.ent_type_ not in ("DATE", "TIME")
        ):  # fmt: skip
            continue
        token.dep_ = "dobj"
    return doc


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


def people_adjectives(doc: Doc) -> Doc:
    """``doc`` with every people's adjective (`kg.demonyms.DEMONYMS`) tagged a proper noun, a
    compound of a lower-case noun after it with only lower-case words between, tagged the
    adjective that modifies the noun: "The Czech sprint canoeist" (not "the Czech Republic")."""
    for token in doc[:-1]:
        noun = token.head
        if (
            token.text in DEMONYMS and token.pos_ == "PROPN" and token.dep_ == "compound"
            and noun.i > token.i and noun.pos_ == "NOUN"
            and all(t.is_lower and t.is_alpha for t in doc[token.i + 1 : noun.i + 1])
        ):  # fmt: skip
            token.pos_, token.tag_, token.dep_ = "ADJ", "JJ", "amod"
    return doc
