"""Repairs of the participles spaCy's small English model misreads in sentences of the kind
encyclopedias write: a fronted participle taken for the subject, a participle set off by commas
taken for the sentence's verb or given the subject of the verb after it, a verb taken for a
participle. `kg.repairs.ParseRepairs` runs them with the other parse repairs.

- **A fronted participle taken for the subject.** "Educated at the University of Hamburg,
  Olaf Scholz is married to …" makes "Educated" the clausal subject of "is" and the name a
  modifier of "Educated" (and "Born in Austria-Hungary, Alfons Gorbach, died in Graz" the name
  an apposition of the place, "Headquartered in New Brunswick, Johnson & Johnson was founded …"
  a conjunct); the name after the participle's comma is the verb's subject, and the participle
  modifies the verb (`fronted_participles`).
- **A participle taken for a noun.** "Gütschbahn is a funicular in Lucerne run by Château
  Gütsch" makes "run" a noun, the object of "in", and "Lucerne" its modifier; a common noun with
  an agent, which only a passive participle has, right after the name that modifies it, is that
  participle, and the name the preposition's object (`agent_nouns`).
- **A participle after a comma taken for a second verb.** "Arthur Wellesley commanded the army
  at the Battle of Salamanca, fought near Salamanca in July 1812" makes "fought" a past tense
  joined to "commanded" with no "and" (or a clause of its own with no word to begin it); a past
  form right after a comma and a noun, so hung from a verb, with no subject or object of its
  own, is a participle that modifies the name before the comma (`comma_participles`).
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
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.clauses import FINITE, SUBJECTS, last_word


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


_NO_DOERS = frozenset(
    {"GPE", "LOC", "NORP", "LANGUAGE", "DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL", "PERCENT"}
)
"""The tagger's labels of names that are no clause's subject after a fronted participle's
place ("Born in Georgia, Vermont, …": the place's region) or value."""


def _fronted_name(participle: Token) -> None:
    """Make the name after the comma that ends a sentence's first phrase, a participle's, the
    subject of the verb that phrase modifies, where the verb has none and the parser joined the
    name to the participle's object ("Born in Austria-Hungary, Alfons Gorbach, died in Graz" in
    apposition; "Headquartered in New Brunswick, Johnson & Johnson was founded …" a conjunct,
    the participle the verb's subject, as in "Hosted by Richard Osman, House of Games airs on
    …" its clausal subject)."""
    doc, verb = participle.doc, participle.head
    if not (
        participle.is_sent_start and participle.tag_ == "VBN" and verb.i > participle.i
        and participle.dep_ in ("advcl", "nsubj", "nsubjpass", "csubj", "csubjpass")
    ):  # fmt: skip
        return
    if any(c.dep_ in SUBJECTS and c != participle for c in verb.children):
        return
    objects = [c for c in participle.subtree if c.dep_ == "pobj" and c.head.head == participle]
    names = [
        c for o in objects for c in o.children
        if c.dep_ in ("appos", "conj") and c.pos_ == "PROPN" and c.ent_type_ not in _NO_DOERS
        and doc[c.left_edge.i - 1].text == "," and c.right_edge.i < verb.i
        and all(t.is_punct or t.dep_ in ("aux", "auxpass") for t in doc[c.right_edge.i + 1 : verb.i])
    ]  # fmt: skip
    if len(names) != 1:
        return
    name = names[0]
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    name.head, name.dep_ = verb, "nsubjpass" if passive else "nsubj"
    participle.dep_ = "advcl"


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


def verbless_roots(doc: Doc) -> Doc:
    """``doc`` with the past form after a comma that the parser makes a participle in a sentence
    with no finite verb, where its phrase ends the sentence and holds no other verb, made the
    sentence's verb, the root noun its subject: "Pulp, a band formed in Sheffield, signed to
    Island Records"; "Andrew Wiles, known for Wiles's proof of Fermat's Last Theorem, studied at
    Merton College" (not "The Hermitage Museum, located in Saint Petersburg, houses …", where
    a verb is misread)."""
    for sent in list(doc.sents):
        root = sent.root
        if root.pos_ not in ("NOUN", "PROPN") or any(t.tag_ in FINITE for t in sent):
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
            and doc[verb.i - 1].text == "," and last_word(subject) == verb.i - 2
            and last_word(verb) + 1 < main.i and doc[last_word(verb) + 1].text == ","
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
            and subject is not None and last_word(subject) == verb.i - 2
        ):  # fmt: skip
            continue
        main = next(
            (
                t for t in verb.subtree
                if t.i > verb.i + 1 and t.tag_ in FINITE | {"VBN"} and t.lemma_ != "be"
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


def agent_nouns(doc: Doc) -> Doc:
    """``doc`` with every common noun that is a preposition's object and has an agent ("by"),
    which only a passive participle has, made that participle, modifying what the preposition
    modifies, and the name right before it, its modifier in the parse, made the preposition's
    object: "a funicular in Lucerne run by Château Gütsch" (so too a participle the parser
    makes the preposition's object, with "by" and the name before it)."""
    for noun in doc[1:]:
        name, prep = doc[noun.i - 1], noun.head
        doer = any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in noun.children)
        if (
            (noun.pos_ == "NOUN" or noun.tag_ == "VBN") and noun.dep_ == "pobj" and doer
            and name.pos_ == "PROPN" and name.head == noun and prep.head != prep
        ):  # fmt: skip
            name.head, name.dep_ = prep, "pobj"
            noun.head, noun.dep_ = prep.head, "acl"
            noun.pos_, noun.tag_ = "VERB", "VBN"
            for by in noun.children:
                if by.lower_ == "by":
                    by.dep_ = "agent"  # the doer of the passive
    return doc
