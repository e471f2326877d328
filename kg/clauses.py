"""Repairs of how spaCy's small English model attaches phrases and clauses: subjects, participles,
relative words and prepositional phrases it hangs from the wrong word in sentences of the kind
encyclopedias write. `kg.repairs.ParseRepairs` runs them with the repairs of names.

- **A subject taken for a compound of its verb.** In "Operated by BLS AG, the Lötschberg
  Base Tunnel runs from Frutigen to Raron" the parser makes "Tunnel" a compound of "runs"
  (and, in "Founded by X, the Boston Symphony Orchestra records …", "Orchestra" an
  apposition of X); a noun right before a finite verb with no subject is its subject
  (`compound_subjects`).
- **A fronted participle taken for the subject.** "Educated at the University of Hamburg,
  Olaf Scholz is married to …" makes "Educated" the clausal subject of "is" and the name a
  modifier of "Educated" (and "Born in Austria-Hungary, Alfons Gorbach, died in Graz" the name
  an apposition of the place, "Headquartered in New Brunswick, Johnson & Johnson was founded …"
  a conjunct); the name after the participle's comma is the verb's subject, and the participle
  modifies the verb (`fronted_participles`).
- **A place's region taken for a second subject.** "The University of Bologna in Bologna,
  Italy was established …" makes "Italy" a second subject of "established"; a place that is a
  subject right after a place and a comma, inside its verb's other subject, is in apposition
  with that place (`second_subjects`).
- **A noun's first word taken for the noun.** "a trip hop album" makes "trip" the complement
  and "hop album" its apposition; a common noun in apposition, no comma between, with the common
  noun right before its words is that noun's head (`joined_appositions`).
- **An epithet taken for a second subject.** "Hägar the Horrible first appeared in 1973" makes
  "Horrible" a second subject of "appeared"; a capitalised word after a name and "the", both
  subjects of one verb, is the name's epithet in apposition (`epithet_subjects`).
- **An apposition taken for a second object.** "Intelsat operates Intelsat 33e, a
  communications satellite launched on …" makes "satellite" a second object of "operates"; a
  common noun with "a" that is a verb's second object, right after the comma that ends its first,
  a name, is in apposition with the name (`second_objects`).
- **A fronted description taken for a first subject.** "A graduate of Yale University, Dora
  Vance works for …" makes "graduate" a first subject of "works" and the name a second; a
  common noun that begins the sentence as a verb's subject, its phrase ended by a comma right
  before a name that is the verb's subject too, is in apposition with the name, and so is
  a species' name the parser tags a common noun ("The shiitake, Lentinula edodes, belongs to
  …"); where the name, set off by commas, is the noun's apposition ("The chanterelle,
  Cantharellus cibarius, belongs to …"), the name is made the subject (`fronted_appositions`).
- **A second phrase of a pair hung from the first's head.** In "Oklahoma! has music by Richard
  Rodgers and lyrics by Oscar Hammerstein II" the parser makes "lyrics" a conjunct of
  "Rodgers" and hangs "by Oscar Hammerstein II" from "music"; a common noun joined to a
  preposition's object, with the same preposition right after it, takes that preposition, and
  is joined to the word the first preposition modifies (`paired_phrases`).
- **A participle after a comma taken for a second verb.** "Arthur Wellesley commanded the army
  at the Battle of Salamanca, fought near Salamanca in July 1812" makes "fought" a past tense
  joined to "commanded" with no "and" (or a clause of its own with no word to begin it); a past
  form right after a comma and a noun, so hung from a verb, with no subject or object of its
  own, is a participle that modifies the name before the comma (`comma_participles`).
- **A relative "that" taken for a conjunction.** "a humor magazine that Harvey Kurtzman
  founded" tags "that", the object of "founded", a subordinating conjunction; "that" as a
  relative clause verb's subject or object is the relative word (`relative_that`).
- **A verb taken for a participle of a verbless sentence's noun.** "Pulp, a band formed in
  Sheffield, signed to Island Records." makes "Pulp" the root and "signed" a participle that
  modifies it; in a sentence with no finite verb, a past form after a comma that so modifies
  the root noun is the sentence's verb, and the noun its subject (`verbless_roots`).
- **A subject given to the participle after it.** "La Sylphide, choreographed by August
  Bournonville, is based on Trilby" makes "La Sylphide" the subject of "choreographed", and
  "based" has none; a participle set off by commas right after its subject, before a verb with
  no subject, modifies the subject, which is that verb's (`parenthetical_participles`).
- **A participle taken for the sentence's verb.** "The Crimean War, fought on the Crimean
  Peninsula between Russia and the Ottoman Empire, began in 1853" makes "fought" the root and
  "began" a clause of "Empire"; a past form set off by a comma right after its subject, whose
  phrase ends at a comma before a finite verb with no subject of its own, modifies the subject,
  which is that verb's (`parenthetical_roots`).
- **A place between commas hung from the verb.** "The Strahov Library, in Prague, was founded
  in 1143" hangs "in Prague" from "founded"; a place phrase set off by commas right after the
  subject, before its verb, modifies the subject (`parenthetical_places`).
- **A preposition's object hung beside it.** In "first flew on 27 April 2005" the parser hangs
  "April" from "flew" and leaves "on" with no object; the phrase right after such a preposition
  is made its object (`orphan_prepositions`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
"""The dependency labels of a clause's subject."""


PLACES = frozenset({"GPE", "LOC"})
"""The tagger's labels of places."""


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


def fronted_participles(doc: Doc) -> Doc:
    """``doc`` with every participle that begins a sentence as the clausal subject of a verb
    with no other subject, and a name hung from it after a comma, made to modify the verb, and
    the name made the verb's subject: "Educated at X, Olaf Scholz is married to Y"; and a name
    the parser joined to the participle's object, where the verb has no subject
    (`_fronted_name`)."""
    for token in doc:
        verb = token.head
        if not (token.is_sent_start and token.tag_ == "VBN" and token.dep_ == "csubj" and verb.i > token.i):
            continue
        if any(c.dep_ in SUBJECTS and c != token for c in verb.children):
            continue
        name = next(
            (
                c for c in token.children
                if c.pos_ == "PROPN" and c.i < verb.i and c.i > 0 and c.dep_ in ("npadvmod", "appos", "dobj")
                and doc[c.left_edge.i - 1].text == ","
            ),
            None,
        )  # fmt: skip
        if name is None:
            continue
        name.head, name.dep_ = verb, "nsubj"
        token.dep_ = "advcl"
    for token in doc:
        _fronted_name(token)
    return doc


def _fronted_name(participle: Token) -> None:
    """Make the name after the comma that ends a sentence's first phrase, a participle's, the
    subject of the verb that phrase modifies, where the verb has none and the parser joined the
    name to the participle's object ("Born in Austria-Hungary, Alfons Gorbach, died in Graz" in
    apposition; "Headquartered in New Brunswick, Johnson & Johnson was founded …" a conjunct,
    the participle the verb's subject)."""
    doc, verb = participle.doc, participle.head
    if not (
        participle.is_sent_start and participle.tag_ == "VBN" and verb.i > participle.i
        and participle.dep_ in ("advcl", "nsubj", "nsubjpass")
    ):  # fmt: skip
        return
    if any(c.dep_ in SUBJECTS and c != participle for c in verb.children):
        return
    objects = [c for c in participle.subtree if c.dep_ == "pobj" and c.head.head == participle]
    names = [
        c for o in objects for c in o.children
        if c.dep_ in ("appos", "conj") and c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "ORG")
        and doc[c.left_edge.i - 1].text == "," and c.right_edge.i < verb.i
        and all(t.is_punct or t.dep_ in ("aux", "auxpass") for t in doc[c.right_edge.i + 1 : verb.i])
    ]  # fmt: skip
    if len(names) != 1:
        return
    name = names[0]
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    name.head, name.dep_ = verb, "nsubjpass" if passive else "nsubj"
    participle.dep_ = "advcl"


def joined_appositions(doc: Doc) -> Doc:
    """``doc`` with every common noun the parser hung in apposition, with no comma between, from
    the common noun right before its words, made the head of that noun, which becomes its
    compound: "a trip hop album" makes "trip" the complement and "hop album" its apposition."""
    for noun in doc[1:]:
        if not (noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.is_lower):
            continue
        first = noun.head
        words = doc[first.i : noun.i + 1]
        if not (
            first.pos_ == "NOUN" and first.is_lower and first.i < noun.i
            and all(t.head.i in range(first.i, noun.i + 1) and not t.is_punct for t in words[1:-1])
            and not any(t.is_punct for t in words)
        ):  # fmt: skip
            continue
        for child in list(first.children):
            if child.i < first.i or child.i > noun.i:
                child.head = noun  # "a", "by Massive Attack": the whole noun's
        noun.head, noun.dep_ = first.head, first.dep_
        if first.head == first:
            noun.head = noun
        first.head, first.dep_ = noun, "compound"
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


def comma_participles(doc: Doc) -> Doc:
    """``doc`` with every past form the parser joined to an earlier verb right after a comma,
    with no conjunction, subject or object, made a participle of the name before the comma
    ("… at the Battle of Salamanca, fought near Salamanca"; not "came, saw and conquered"). Not
    after a copula, whose joined verb says more of its subject: "Gaia is a space observatory of
    the European Space Agency, launched on 19 December 2013"."""
    for token in doc[2:]:
        verb, comma, before = token.head, doc[token.i - 1], doc[token.i - 2]
        if not (
            token.tag_ == "VBD" and token.pos_ == "VERB" and token.dep_ in ("conj", "advcl")
            and token.lemma_ not in ("be", "have") and verb.pos_ == "VERB" and verb.lemma_ != "be"
            and comma.text == "," and before.pos_ in ("PROPN", "NOUN")
            and verb.i < before.i and before in verb.subtree
        ):  # fmt: skip
            continue
        if any(c.dep_ in ("cc", "nsubj", "nsubjpass", "dobj", "conj", "mark") for c in token.children) or any(
            c.dep_ == "cc" and verb.i < c.i < token.i for c in verb.children
        ):
            continue
        named = before
        while named.dep_ == "pobj" and named.head.lower_ == "of" and named.head.head.pos_ == "PROPN":
            named = named.head.head  # "the Battle of Salamanca": the battle
        token.head, token.dep_, token.tag_ = named, "acl", "VBN"
    return doc


def relative_that(doc: Doc) -> Doc:
    """``doc`` with every "that" the parser makes a relative clause verb's subject or object,
    and tags a conjunction, tagged the relative word it is: "a magazine that X founded"."""
    for token in doc:
        relative = token.head.dep_ == "relcl" and token.dep_ in ("nsubj", "nsubjpass", "dobj")
        if token.lower_ == "that" and token.tag_ == "IN" and relative:
            token.tag_, token.pos_ = "WDT", "PRON"
    return doc


def verbless_roots(doc: Doc) -> Doc:
    """``doc`` with the past form after a comma that the parser makes a participle in a sentence
    with no finite verb, where its phrase ends the sentence and holds no other verb, made the
    sentence's verb, the root noun its subject: "Pulp, a band formed in Sheffield, signed to
    Island Records"; "Andrew Wiles, known for Wiles's proof of Fermat's Last Theorem, studied at
    Merton College" (not "The Hermitage Museum, located in Saint Petersburg, houses …", where
    a verb is misread)."""
    for sent in list(doc.sents):
        root = sent.root
        if root.pos_ not in ("NOUN", "PROPN") or any(t.tag_ in _FINITE for t in sent):
            continue
        verbs = [
            t for t in sent
            if t.dep_ == "acl" and t.tag_ in ("VBN", "VBD") and t.i > root.i and doc[t.i - 1].text == ","
            and t.right_edge.i >= sent.end - 2
            and not any(v.pos_ in ("VERB", "AUX") for v in t.subtree if v != t)
        ]  # fmt: skip
        if not verbs:
            continue
        verb = verbs[-1]
        verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
        root.head, root.dep_ = verb, "nsubj"
        for child in list(root.children):
            if child.i > verb.i or (child.dep_ == "punct" and child.i == verb.i - 1):
                child.head = verb  # what follows the verb, and the comma before it, are the verb's
    return doc


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def parenthetical_participles(doc: Doc) -> Doc:
    """``doc`` with every subject the parser gave a participle set off by commas right after
    it, where the verb after the second comma has none, made that verb's subject, the
    participle modifying it: "La Sylphide, choreographed by August Bournonville, is based on
    Trilby" (``nsubjpass`` where the verb is passive). The participle may be tagged a past
    tense ("The Boer War, fought in Southern Africa, began in 1899"): a subject's own verb is
    never set off from it by a comma."""
    for verb in doc[2:]:
        main = verb.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
        if not (
            verb.tag_ in ("VBN", "VBD") and verb.dep_ == "advcl" and main.i > verb.i and subject is not None
            and doc[verb.i - 1].text == "," and _last_word(subject) == verb.i - 2
            and _last_word(verb) + 1 < main.i and doc[_last_word(verb) + 1].text == ","
            and not any(c.dep_ in SUBJECTS for c in main.children)
        ):  # fmt: skip
            continue
        passive = any(c.dep_ == "auxpass" for c in main.children)
        subject.head, subject.dep_ = main, "nsubjpass" if passive else "nsubj"
        verb.head, verb.dep_, verb.tag_ = subject, "acl", "VBN"
    return doc


def parenthetical_roots(doc: Doc) -> Doc:
    """``doc`` with every root past form set off by a comma right after its subject, with a
    finite verb after a later comma inside its phrase that has no subject, made a participle of
    the subject, and that verb the root: "The Crimean War, fought on the Crimean Peninsula
    between Russia and the Ottoman Empire, began in 1853" ("began" hung from "Empire")."""
    for verb in doc[2:]:
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i), None)
        if not (
            verb.dep_ == "ROOT" and verb.tag_ in ("VBD", "VBN") and doc[verb.i - 1].text == ","
            and subject is not None and _last_word(subject) == verb.i - 2
        ):  # fmt: skip
            continue
        main = next(
            (
                t for t in verb.subtree
                if t.i > verb.i + 1 and t.tag_ in _FINITE | {"VBN"} and t.lemma_ != "be"
                and t.dep_ in ("acl", "relcl", "conj", "advcl") and doc[t.i - 1].text == ","
                and not any(c.dep_ in SUBJECTS or c.dep_ == "mark" for c in t.children)
            ),
            None,
        )  # fmt: skip
        if main is None:
            continue
        passive = any(c.dep_ == "auxpass" for c in main.children)
        main.head, main.dep_ = main, "ROOT"
        if main.tag_ == "VBN" and not passive:
            main.tag_ = "VBD"  # "began", which the tagger took for the participle
        subject.head, subject.dep_ = main, "nsubjpass" if passive else "nsubj"
        verb.head, verb.dep_, verb.tag_ = subject, "acl", "VBN"
        for child in list(verb.children):
            if child.i > main.i:
                child.head = main  # the full stop, and what else follows the verb, are the verb's
        doc[main.i - 1].head = main
    return doc


def _last_word(token: Token) -> int:
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
