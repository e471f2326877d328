"""Repairs of how spaCy's small English model attaches phrases and clauses: objects,
relative words and prepositional phrases it hangs from the wrong word in sentences of the kind
encyclopedias write. `kg.repairs.ParseRepairs` runs them with the repairs of names.
The repairs of subjects are in `kg.subjects`, of participles in `kg.participles`.

- **A noun's first word taken for the noun.** "a trip hop album" makes "trip" the complement
  and "hop album" its apposition; a common noun in apposition, no comma between, with the common
  noun right before its words is that noun's head (`joined_appositions`); so is one right after
  the name it is hung from ("The Atbash cipher is …").
- **An apposition taken for a second object.** "Intelsat operates Intelsat 33e, a
  communications satellite launched on …" makes "satellite" a second object of "operates"; a
  common noun with "a" that is a verb's second object, right after the comma that ends its first,
  a name, is in apposition with the name (`second_objects`).
- **A second phrase of a pair hung from the first's head.** In "Oklahoma! has music by Richard
  Rodgers and lyrics by Oscar Hammerstein II" the parser makes "lyrics" a conjunct of
  "Rodgers" and hangs "by Oscar Hammerstein II" from "music"; a common noun joined to a
  preposition's object, with the same preposition right after it, takes that preposition, and
  is joined to the word the first preposition modifies (`paired_phrases`).
- **A relative "that" taken for a conjunction.** "a humor magazine that Harvey Kurtzman
  founded" tags "that", the object of "founded", a subordinating conjunction; "that" as a
  relative clause verb's subject or object is the relative word (`relative_that`).
- **A place between commas hung from the verb.** "The Strahov Library, in Prague, was founded
  in 1143" hangs "in Prague" from "founded"; a place phrase set off by commas right after the
  subject, before its verb, modifies the subject (`parenthetical_places`).
- **A name after its noun hung from the verb.** "The Large Magellanic Cloud lies in the
  constellation Dorado" hangs "Dorado" from "lies"; a name right after a preposition's object,
  a lower-case noun with "the", hung from the verb that preposition modifies, is the noun's
  apposition, as "the constellation Andromeda" is parsed (`detached_appositions`).
- **A preposition's object hung beside it.** In "first flew on 27 April 2005" the parser hangs
  "April" from "flew" and leaves "on" with no object; the phrase right after such a preposition
  is made its object (`orphan_prepositions`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
"""The dependency labels of a clause's subject."""

FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
"""The tags of a finite verb: a past or present tense, or a modal."""


PLACES = frozenset({"GPE", "LOC"})
"""The tagger's labels of places."""


def joined_appositions(doc: Doc) -> Doc:
    """``doc`` with every common noun the parser hung in apposition, with no comma between, from
    the common noun right before its words, made the head of that noun, which becomes its
    compound: "a trip hop album" makes "trip" the complement and "hop album" its apposition; so
    from a name right before it: "The Atbash cipher is …" makes "Atbash" the subject and
    "cipher" its apposition."""
    for noun in doc[1:]:
        if not (noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.is_lower):
            continue
        first = noun.head
        words = doc[first.i : noun.i + 1]
        named = first.pos_ == "PROPN" and first.i == noun.i - 1
        if not (
            ((first.pos_ == "NOUN" and first.is_lower) or named) and first.i < noun.i
            and all(t.head.i in range(first.i, noun.i + 1) and not t.is_punct for t in words[1:-1])
            and not any(t.is_punct for t in words)
        ):  # fmt: skip
            continue
        for child in list(first.children):
            if named and child.i < first.i and child.dep_ in ("compound", "flat"):
                continue  # "Joseph Chamberlain cipher": the name's own words
            if child.i < first.i or child.i > noun.i:
                child.head = noun  # "a", "by Massive Attack": the whole noun's
        noun.head, noun.dep_ = first.head, first.dep_
        if first.head == first:
            noun.head = noun
        first.head, first.dep_ = noun, "compound"
    return doc


def second_objects(doc: Doc) -> Doc:
    """``doc`` with every common noun the parser made a verb's second object, right after a
    comma that ends its first, a name, hung in apposition from that name: "Intelsat operates
    Intelsat 33e, a communications satellite launched on …"."""
    for verb in doc:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if len(objects) != 2:
            continue
        name, noun = objects
        comma = doc[noun.left_edge.i - 1]
        named = name.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in name.lefts)
        if (
            named and noun.pos_ == "NOUN" and comma.text == ","
            and name.right_edge.i in (comma.i - 1, comma.i)
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
        ):  # fmt: skip
            noun.head, noun.dep_ = name, "appos"
    return doc


def paired_phrases(doc: Doc) -> Doc:
    """``doc`` with "N by Y" joined to "M" where the parser made "N" a conjunct of "X" in a
    first, parallel "M by X", and hung "by Y" from "M" or "N": "music by Richard Rodgers and
    lyrics by Oscar Hammerstein II". "X" is a name or a number, which a common noun is seldom
    joined to ("a total of 16800 students and 2900 members of staff" is left alone)."""
    for second in doc:
        if second.dep_ != "prep" or second.pos_ != "ADP" or second.i == 0:
            continue
        noun = doc[second.i - 1]
        first, obj = noun.head.head, noun.head
        if not (
            noun.dep_ == "conj" and noun.pos_ == "NOUN" and obj.dep_ == "pobj" and obj.pos_ != "NOUN"
            and first.dep_ == "prep" and first.lower_ == second.lower_
            and second.head in (first.head, noun) and first.i < obj.i < noun.i
        ):  # fmt: skip
            continue
        for cc in obj.children:
            if cc.dep_ == "cc" and obj.i < cc.i < noun.i:
                cc.head = first.head
        noun.head = first.head
        second.head = noun
    return doc


def relative_that(doc: Doc) -> Doc:
    """``doc`` with every "that" the parser makes a relative clause verb's subject or object,
    and tags a conjunction, tagged the relative word it is: "a magazine that X founded"."""
    for token in doc:
        relative = token.head.dep_ == "relcl" and token.dep_ in ("nsubj", "nsubjpass", "dobj")
        if token.lower_ == "that" and token.tag_ == "IN" and relative:
            token.tag_, token.pos_ = "WDT", "PRON"
    return doc


def last_word(token: Token) -> int:
    """The position of the last word, not punctuation, of what ``token`` heads."""
    return max(t.i for t in token.subtree if not t.is_punct)


def parenthetical_places(doc: Doc) -> Doc:
    """``doc`` with every place phrase set off by commas right after a verb's subject, which
    the parser hangs from the verb, hung from the subject: "The Strahov Library, in Prague, was
    founded in 1143" (not "The treaty, in 1990, was signed …", whose phrase names no place)."""
    for prep in doc[2:-1]:
        verb, obj = prep.head, next((c for c in prep.children if c.dep_ == "pobj"), None)
        if not (
            prep.dep_ == "prep" and prep.lower_ in _WHERE and verb.pos_ in ("VERB", "AUX")
            and obj is not None and obj.ent_type_ in PLACES
            and doc[prep.i - 1].text == "," and prep.right_edge.i + 1 < verb.i
            and doc[prep.right_edge.i + 1].text == ","
        ):  # fmt: skip
            continue
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS and c.i < prep.i), None)
        if subject is not None and subject.right_edge.i == prep.i - 2 and subject.pos_ in ("PROPN", "NOUN"):
            prep.head = subject
    return doc


_WHERE = frozenset({"in", "near", "at", "outside"})
"""The prepositions of a place phrase `parenthetical_places` moves."""


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


def detached_appositions(doc: Doc) -> Doc:
    """``doc`` with every name the parser hung from a verb right after the object of a
    preposition of that verb, a lower-case noun with "the", made the noun's apposition: "lies
    in the constellation Dorado" (not "in the summer Bolt ran", where a comma or a subject of
    the name's own comes between)."""
    for name in doc[1:]:
        noun = doc[name.left_edge.i - 1]
        if (
            name.pos_ == "PROPN" and name.dep_ in ("npadvmod", "dep", "dobj") and name.head.i < noun.i
            and noun.pos_ == "NOUN" and noun.is_lower and noun.dep_ == "pobj" and noun.head.head == name.head
            and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        ):  # fmt: skip
            name.head, name.dep_ = noun, "appos"
    return doc
