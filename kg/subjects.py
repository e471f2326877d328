"""Repairs of the subjects spaCy's small English model gives clauses in sentences of the kind
encyclopedias write: a subject taken for a compound, an apposition or a possessor, a second
subject that is a place's region or a name's epithet, a fronted description taken for the
subject. `kg.repairs.ParseRepairs` runs them with the other parse repairs.

- **A subject taken for a compound of its verb.** In "Operated by BLS AG, the Lötschberg
  Base Tunnel runs from Frutigen to Raron" the parser makes "Tunnel" a compound of "runs"
  (and, in "Founded by X, the Boston Symphony Orchestra records …", "Orchestra" an
  apposition of X); a noun right before a finite verb with no subject is its subject
  (`compound_subjects`).
- **An epithet taken for a second subject.** "Hägar the Horrible first appeared in 1973" makes
  "Horrible" a second subject of "appeared"; a capitalised word after a name and "the", both
  subjects of one verb, is the name's epithet in apposition (`epithet_subjects`).
- **A possessor taken for the subject.** "Eva Perón's remains lie in …" makes "Eva Perón" a
  subject; a name whose "'s" comes right before the noun it owns is that noun's possessor
  (`possessive_subjects`).
- **A place's region taken for a second subject.** "The University of Bologna in Bologna,
  Italy was established …" makes "Italy" a second subject of "established"; a place that is a
  subject right after a place and a comma, inside its verb's other subject, is in apposition
  with that place (`second_subjects`).
- **A fronted description taken for a first subject.** "A graduate of Yale University, Dora
  Vance works for …" makes "graduate" a first subject of "works" and the name a second; a
  common noun that begins the sentence as a verb's subject, its phrase ended by a comma right
  before a name that is the verb's subject too, is in apposition with the name, and so is
  a species' name the parser tags a common noun ("The shiitake, Lentinula edodes, belongs to
  …"); where the name, set off by commas, is the noun's apposition ("The chanterelle,
  Cantharellus cibarius, belongs to …"), the name is made the subject (`fronted_appositions`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.clauses import PLACES, SUBJECTS


def compound_subjects(doc: Doc) -> Doc:
    """``doc`` with the noun right before a finite verb that has no subject, which the parser
    made a compound of the verb or hung in apposition from a name before it ("Founded by
    Henry Higginson, the Boston Symphony Orchestra records …"), made that verb's subject
    (``nsubjpass`` where the verb is passive). A finite auxiliary stands for the verb it helps
    ("Designed by Frank Gehry, Santa Monica Place was later owned by …")."""
    for verb in doc[1:]:
        token = doc[verb.i - 1]
        main = verb.head if verb.dep_ in ("aux", "auxpass") and verb.head.i > verb.i else verb
        if not (
            verb.tag_ in ("VBZ", "VBD", "VBP")
            and token.pos_ in ("PROPN", "NOUN")
            and (
                (token.dep_ == "compound" and token.head == verb)
                or (token.dep_ == "appos" and main.dep_ == "ROOT" and token.head.i < token.i)
            )
        ):
            continue
        children = list(main.children)
        if any(c.dep_ in SUBJECTS for c in children):
            continue
        token.head = main
        token.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in children) else "nsubj"
    return doc


def possessive_subjects(doc: Doc) -> Doc:
    """``doc`` with a name the parser made a subject though its possessive "'s" makes it the
    owner of the noun after it (the subject of that noun, or the verb's other subject), made
    that noun's possessor: "Eva Perón's remains lie in …"."""
    for token in doc[:-2]:
        mark, owned = doc[token.i + 1], doc[token.i + 2]
        if (
            token.dep_ in ("nsubj", "nsubjpass") and token.pos_ == "PROPN"
            and mark.dep_ == "case" and mark.head == token and mark.lower_ in ("'s", "’s")
            and owned.pos_ == "NOUN"
            and (token.head == owned or (owned.dep_ == token.dep_ and owned.head == token.head))
        ):  # fmt: skip
            token.head, token.dep_ = owned, "poss"
    return doc


def epithet_subjects(doc: Doc) -> Doc:
    """``doc`` with every capitalised word after a name and "the" that the parser made a second
    subject of the name's verb hung in apposition from the name, its epithet: "Hägar the
    Horrible first appeared in 1973", as "Alexander the Great"."""
    for word in doc[2:]:
        the, name = doc[word.i - 1], doc[word.i - 2]
        if (
            word.dep_ in SUBJECTS and word.pos_ == "PROPN" and word.is_title
            and the.lower_ == "the" and the.head == word
            and name.pos_ == "PROPN" and name.dep_ == word.dep_ and name.head == word.head
        ):  # fmt: skip
            word.head, word.dep_ = name, "appos"
    return doc


def second_subjects(doc: Doc) -> Doc:
    """``doc`` with every place the parser made a verb's second subject, right after a comma
    that follows a place inside the verb's first subject, hung in apposition from that place:
    "The University of Bologna in Bologna, Italy was established"; where the parser left the
    name that holds the first place no subject but an unlabelled dependent ("Choate Rosemary
    Hall in Wallingford, Connecticut has …"), that name is made the subject."""
    for token in doc[2:]:
        comma, before = doc[token.i - 1], doc[token.i - 2]
        if not (
            token.dep_ in SUBJECTS and token.pos_ == "PROPN" and comma.text == ","
            and before.pos_ == "PROPN" and before.dep_ == "pobj"
            and token.ent_type_ in PLACES and before.ent_type_ in PLACES
        ):  # fmt: skip
            continue  # not "The leader of Romania, Klaus Iohannis was born …": a person
        holding = [c for c in token.head.children if c != token and c.i < before.i and before in c.subtree]
        if any(c.dep_ in SUBJECTS for c in holding):
            token.head, token.dep_ = before, "appos"  # the first subject holds the place
        elif len(holding) == 1 and holding[0].dep_ == "dep" and holding[0].pos_ == "PROPN":
            holding[0].dep_ = token.dep_  # "Choate Rosemary Hall in Wallingford, Connecticut has …"
            token.head, token.dep_ = before, "appos"
    return doc


def fronted_appositions(doc: Doc) -> Doc:
    """``doc`` with every common noun the parser made a verb's first subject, its phrase
    beginning the sentence and ended by a comma right before the verb's other subject, a
    name (or a species' name, `_species`), hung in apposition from that name: "A graduate of
    Yale University, Dora Vance works for …", "The leader of Romania, Klaus Iohannis was born
    …", "The shiitake, Lentinula edodes, belongs to …"; so is such a noun the verb's only
    subject, where the name set off by commas after it is its apposition ("The chanterelle,
    Cantharellus cibarius, belongs to …"). A lower-case noun right before the name, with no
    comma, is a compound of it ("the baritone Ettore Bastianini never married")."""
    for verb in doc:
        subjects = [c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) == 1:
            _apposed_subject(subjects[0])
        if len(subjects) != 2:
            continue
        first, name = subjects
        start, end = first.left_edge, first.right_edge  # the comma may hang inside the phrase
        if (
            first.pos_ == "NOUN"
            and first.is_lower
            and name.pos_ == "PROPN"
            and end == first == doc[name.left_edge.i - 1]
        ):
            first.head, first.dep_ = name, "compound"  # "the baritone Ettore Bastianini never married"
            continue
        comma = end if end.text == "," else doc[end.i + 1]
        if not (
            first.pos_ == "NOUN" and (name.pos_ == "PROPN" or _species(name)) and comma.text == ","
            and (start.i == 0 or start.is_sent_start)
            and next(t for t in name.subtree if not t.is_punct).i == comma.i + 1
        ):  # fmt: skip
            continue
        first.head, first.dep_ = name, "appos"
    return doc


def _apposed_subject(first: Token) -> None:
    """Make the name set off by commas in apposition after ``first``, a common noun that begins
    its sentence as its verb's subject, the subject, and the noun its apposition: "The
    chanterelle, Cantharellus cibarius, belongs to …"."""
    doc = first.doc
    start = first.left_edge
    if not (first.pos_ == "NOUN" and first.is_lower and (start.i == 0 or start.is_sent_start)):
        return
    if any(c.dep_ == "poss" for c in first.children):
        return  # "Samuel Reed's mother, Alice Reed, was …": the possessor's, said so
    names = [c for c in first.rights if c.dep_ == "appos" and (c.pos_ == "PROPN" or _species(c))]
    if len(names) != 1:
        return
    name = names[0]
    words = [t for t in name.subtree if not t.is_punct]
    before, after = doc[words[0].i - 1], doc[words[-1].i + 1] if words[-1].i + 1 < len(doc) else None
    if before.text != "," or before.i != first.i + 1 or after is None or after.text != ",":
        return  # not "The chanterelle, Cantharellus cibarius, …" with the noun right before
    name.head, name.dep_ = first.head, first.dep_
    first.head, first.dep_ = name, "appos"


def _species(noun: Token) -> bool:
    """Whether ``noun`` is a lower-case word right after the capitalised proper noun that is its
    compound: a species' name, "Lentinula edodes"."""
    doc = noun.doc
    genus = doc[noun.i - 1] if noun.i > 0 else None
    return (
        noun.pos_ == "NOUN" and noun.is_lower and genus is not None
        and genus.pos_ == "PROPN" and genus.is_title and genus.head == noun and genus.dep_ == "compound"
    )  # fmt: skip
