"""Who a phrase is about: the subject of its clause, a pronoun's or relative word's
antecedent, "the club" the organisation named last before it, the text's topic.

`clause_subject` says who a phrase is said of ("X, which is managed by Y": X) and `referent`
what a subject word stands for. Learning (`kg.learn`) and the learned extractor
(`kg.relations.learned`) share them.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.literals import VALUE_TYPES
from kg.lowsubjects import of_named
from kg.names import phrase
from kg.namespans import name_runs, tagged

_RELATIVE = frozenset({"which", "that", "who", "whose", "whom", "where"})


_PERSONAL = frozenset({"he", "she", "it", "they", "his", "her", "its", "their", "him", "them"})


_ARTICLES = frozenset(("the", "a", "an"))


def clause_subject(token: Token, *, of_named_subjects: bool = False) -> Token | None:
    """Who a phrase is said of: the subject of the clause that holds ``token``, through
    coordination ("X was born in Y and died in Z"), relative clauses ("X, which is in Y"),
    participles ("X, founded in Y"; "X is a novel by Y, published in Z": the novel, where the
    parser hangs the participle from the name before the comma), appositives and copulas ("X
    is a company based in Y"), a place set off by commas after the subject's name ("X, in Y,
    lies …"); "in" or "at" after a name that is the verb's object is said of that name ("Y won
    the 2022 French Open in Paris"); a pronoun stands for the first subject of the text.
    ``of_named_subjects``: a subject that is a noun of a name is itself, no word for one named
    before ("Designed by X, the coat of arms of Kenya depicts …", where the examples name such
    things so: `kg.lowsubjects.OF_NAMED`)."""
    current = token
    while current.head.i != current.i:
        below, current = current, current.head
        if (
            below.dep_ == "prep" and current.pos_ == "PROPN" and current.dep_ in ("nsubj", "nsubjpass")
            and below.i > current.i and below.doc[below.i - 1].text == ","
        ):  # fmt: skip
            return referent(current)  # "Lake Titicaca, in Peru, lies …": the lake is in Peru
        if (
            below.dep_ == "prep" and below.lower_ in ("in", "at") and current.pos_ == "PROPN"
            and current.dep_ == "dobj" and below.i > current.i
        ):  # fmt: skip
            return referent(current)  # "X won the 2022 French Open in Paris": the Open was in Paris
        if below.dep_ in ("relcl", "acl"):
            relative = next((c for c in below.children if c.lower_ in _RELATIVE), None)
            noun = current if relative is None else antecedent(current, relative)
            while noun.dep_ == "appos":
                noun = noun.head
            comma = below.i > 0 and below.doc[below.i - 1].text == ","
            if relative is None and comma and below.dep_ == "acl" and noun.dep_ == "pobj":
                said = noun.head.head  # "X is a nebula in the constellation Y, discovered by Z": X
                while said.dep_ == "acl" and said.pos_ == "VERB":
                    said = said.head  # "X is a browser developed by Y, written in Z": X
                if said.dep_ == "attr" and said.pos_ == "NOUN" and said.head.pos_ in ("AUX", "VERB"):
                    noun = said
            if noun.dep_ == "attr" and noun.head.pos_ in ("AUX", "VERB") and noun.pos_ != "PROPN":
                current = (
                    noun  # "X is a company based in Y": X (an object is itself: "joined Y, managed by Z")
                )
                continue
            return referent(noun)
        for child in current.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i != below.i:
                if child.lower_ in _ARTICLES:
                    continue  # "The Queen Mary 2 is operated by …": the parser's second subject is the name
                if child.lower_ in _RELATIVE and current.dep_ == "relcl":
                    break  # "X is a player who plays for Y": what the clause hangs from, above
                if of_named_subjects and of_named(child) is not None:
                    return child
                return referent(child)
    return None


def bare_name(token: Token) -> bool:
    """Whether ``token`` is a capitalised singular noun or adjective with no article that begins
    its sentence: a name the tagger took for a common word ("Mad is a humor magazine")."""
    return (
        bool(token.is_sent_start) and token.is_title and token.tag_ in ("NN", "JJ")
        and not any(c.dep_ in ("det", "poss") for c in token.children)
    )  # fmt: skip


def antecedent(noun: Token, relative: Token) -> Token:
    """What a relative clause hanging from ``noun`` is about: ``noun``, or the last name
    coordinated with it where the relative word follows that one directly ("plays for X and Y
    whose ground is Z": Y's ground; the parser hangs the clause from X), or the name a "which"
    follows directly in a phrase of ``noun``'s ("a crew member of X, which was operated by Y":
    X, a thing, where the parser hangs the clause from the member), or the name a copula says
    ``noun`` is ("X is a publisher whose chief executive is Y": X's)."""
    last = max((c for c in noun.conjuncts if noun.i < c.i < relative.i), key=lambda c: c.i, default=None)
    if last is not None and relative.i == last.right_edge.i + 1:
        return last
    if relative.lower_ == "which":  # "a crew member of Apollo 16, which was operated by Y": Apollo 16
        before = relative.nbor(-1) if relative.i > 0 else relative
        before = before.nbor(-1) if before.is_punct and before.i > 0 else before
        owned = [g for p in noun.children if p.dep_ == "prep" and p.i > noun.i for g in p.children]
        nearest = next(
            (g for g in owned if g.dep_ == "pobj" and g.pos_ == "PROPN" and g.right_edge == before), None
        )
        if nearest is not None:
            return nearest
    if noun.dep_ == "attr" and noun.pos_ == "NOUN" and noun.head.lemma_ == "be":
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and (subject.pos_ == "PROPN" or bare_name(subject)):
            return subject  # "X is a publisher whose chief executive is Y": the publisher is X
    return noun


RELATIVE_TAGS = ("WDT", "WP")
"""The tags of a relative word that can be a clause's subject or object ("which", "who")."""


def relative_antecedent(token: Token) -> Token | None:
    """What a relative word ("which", "who") heading or ending a relative clause stands for:
    "X, which opened in 1847": X; None where ``token`` is no relative word of a clause."""
    if token.lower_ not in _RELATIVE or token.tag_ not in RELATIVE_TAGS:
        return None
    up = token.head
    for _ in range(3):
        if up.dep_ == "relcl":
            return antecedent(up.head, token)
        if up.head.i == up.i or up.pos_ in ("NOUN", "PROPN"):
            return None
        up = up.head
    return None


def referent(token: Token) -> Token | None:
    """What a subject word stands for: a relative or personal pronoun's antecedent or topic,
    the name in apposition to a common noun, "the club" the organisation named last before
    it, "the university" the text's topic; else the word itself."""
    word = token.lower_
    if word in _RELATIVE:  # "which is …", "of which X have been champions", "in which …"
        up = token.head
        for _ in range(3):
            if up.dep_ == "relcl":
                return referent(antecedent(up.head, token))
            if up.head.i == up.i or up.pos_ in ("NOUN", "PROPN"):
                break
            up = up.head
    if word in _PERSONAL or word in _RELATIVE:
        return _topic(token)
    while token.dep_ == "appos":
        token = token.head
    born = born_after(token)
    if born is not None:
        return born
    in_apposition = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if in_apposition and (
        token.pos_ == "NOUN" or (not token.ent_type_ and in_apposition[0].ent_type_ == "PERSON")
    ):  # "Rear Admiral, Alberto Teisaire, was born …": the person, not the rank
        return in_apposition[0]  # "The United States based company, AmeriGas, earned …": AmeriGas
    common = token.pos_ == "NOUN" or (  # "The University is in Dijon": a capitalised "the university"
        token.pos_ == "PROPN" and token.lower_ in _ORGANISATION_NOUNS and not list(token.lefts)[1:]
        and not any(c.dep_ in ("compound", "nmod", "prep") for c in token.children)
    )  # fmt: skip
    has_name = any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in token.children)
    if (
        common
        and not has_name
        and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children)
    ):
        if token.lemma_.lower() in _ORGANISATION_NOUNS:  # "… played for FC Terek Grozny. The club …"
            named = [ent for ent in tagged(token.doc) if ent.label_ == "ORG" and ent.end <= token.i]
            named += [  # names the tagger missed or took for a place: "FC Torpedo Moscow"
                run for run in name_runs(token.doc)
                if run.end <= token.i and not all(t.ent_type_ in _NOT_ORGANISATIONS for t in run)
            ]  # fmt: skip
            if named:
                return max(named, key=lambda span: span.end).root
        return _topic(token) or token  # "the university" is the one the text is about
    return token


def apposed_to(noun: Token | None) -> Token | None:
    """The name a noun describes in apposition ("Katla, a volcano in southern Iceland, …":
    Katla, which a pattern on "volcano" is said of), or right before the name, no comma between
    ("coached by the Dutch coach Erik ten Hag", "the baritone Ettore Bastianini"; not a noun of
    another noun's phrase, "a song by the Australian band Black Ridge", said of the song, nor a
    plural, "belongs to the clubs X and Y"), or None."""
    if noun is None or noun.pos_ != "NOUN":
        return None
    if noun.dep_ != "appos":
        after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        named = [c for c in noun.rights if c.dep_ == "appos" and c.pos_ == "PROPN"]
        single = noun.tag_ != "NNS"  # not "the clubs X and Y": what it names, not what describes one
        if (
            named
            and single
            and not _owned(noun)
            and after is not None
            and not after.is_punct
            and after in named[0].subtree
        ):
            return named[0]  # "the Dutch coach Erik ten Hag"
        name = noun.head
        if noun.dep_ == "compound" and name.pos_ == "PROPN" and name.i > noun.i and not _owned(name):
            return name if after is not None and after.is_title else None  # "the baritone Ettore Bastianini"
        return None
    return noun.head if noun.head.pos_ in ("PROPN", "NOUN") and noun.head.is_title else None


def _owned(token: Token) -> bool:
    """Whether ``token`` is the object of a preposition in another noun's phrase: "a song by the
    band X" (what "band" says is said of the song)."""
    return token.dep_ == "pobj" and token.head.head.pos_ in ("NOUN", "PROPN")


def born_after(token: Token) -> Token | None:
    """The person a place or nationality is said of in "Saskatchewan born, Aaron Boogaard,
    plays …" ("Italian born Alessio Romagnoli"): the name after "born", where the parser
    took the place for the subject."""
    doc = token.doc
    after = phrase(token).end
    if after >= len(doc) or doc[after].lower_ != "born" or token.pos_ != "PROPN":
        return None
    following = after + 1
    while following < len(doc) and doc[following].is_punct:
        following += 1
    if following < len(doc) and doc[following].pos_ == "PROPN":
        return phrase(doc[following]).root
    return None


_NOT_ORGANISATIONS = frozenset({"PERSON", "GPE", "LOC", "NORP"})

_ORGANISATION_NOUNS = frozenset({"club", "team", "side", "company", "firm", "party", "university", "college"})
"""Nouns that, after "the", mean the organisation named last before them."""


def _topic(word: Token) -> Token | None:
    """What a text is about, which a pronoun or "the university" most likely means: the first
    named subject before ``word`` ("the city of Dijon" is Dijon; a capitalised noun with no
    article that begins a sentence as its subject is named), else the first named thing
    before it (not a nationality or a value). "He" or "she" means the first person the tagger
    names before it, where it names one: "AFC Blackpool have had Stuart Parker as their
    manager. He is …" is Stuart Parker. ("It" is left alone: the small model tags many a
    place as a person.)"""
    doc = word.doc
    person = word.lower_ in _HUMAN and word.pos_ == "PRON"
    candidates = []
    for token in doc[: word.i]:
        if token.dep_ in ("nsubj", "nsubjpass"):
            if token.pos_ == "PROPN" or (
                token.pos_ == "NOUN" and token.is_sent_start and token.is_title
                and not any(c.dep_ == "det" for c in token.children)
            ):  # fmt: skip
                candidates.append(token)  # "Gazpacho is a dish …", a name the tagger took for a noun
                continue
            named = [g for c in token.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            if token.pos_ == "NOUN" and named and named[0].pos_ == "PROPN":
                candidates.append(named[0])
    candidates += [
        ent.root for ent in tagged(doc)
        if ent.end <= word.i and ent.label_ not in VALUE_TYPES and ent.label_ != "NORP"
    ]  # fmt: skip
    if person:
        fitting = [c for c in candidates if c.ent_type_ == "PERSON"]
        if fitting:
            return fitting[0]
    return candidates[0] if candidates else None


_HUMAN = frozenset({"he", "she", "him", "his", "her", "hers", "himself", "herself"})
"""Pronouns that mean a person."""
