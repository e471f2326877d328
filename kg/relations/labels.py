"""Facts stated in so many words with a property's own label: "the manager of X is Y", "X's
ground is Y", "X has a population density of Y", "there are Y students at X".

The readings need no examples: they are what `kg eval` extracts with when no patterns are
given, and they stand beside learned patterns (`kg.relations.learned`), which outrank them
where they are at least as precise. A label is read from its last content word (its head,
"density" in "population density") with the others as words that must modify it; a
two-word label is read in either order ("areaTotal" is said "total area"), and a label with a
preposition also by the words before it ("elevation" for "elevation above the sea level") where
no other label has that head. A label said by its other word forms ("above sea level", "tall",
"managed by") is read in `kg.relations.wordforms`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from rdflib import XSD, URIRef
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from kg.names import phrase
from kg.ontology import KG, Ontology, label_words
from kg.reference import antecedent, clause_subject, referent
from kg.relations.spans import CLASSIFIERS
from kg.relations.wordforms import PREPOSITIONS, WordFormReader, content_words, stem
from kg.rule import LearnedRule

LABEL_CONFIDENCE = 0.9
"""Confidence of a fact read from a property's own label ("the capital of X is Y"); a learned
pattern that covers the same pair and is at least as precise wins."""


BARE_COUNT_CONFIDENCE = 0.6
"""Confidence of a count read from a label that is its noun alone ("2,900 staff" for staff):
"staff" may count any staff, so a learned pattern that says which ("academic staff size")
outranks it."""


def _owner(token: Token, *, skip: Token | None = None) -> Token | None:
    """Whose ``token`` is: "X's L", "the L of X", "the X L", "its L" (the text's topic), "whose L",
    "X, where the L is" (``skip``: a word under ``token`` that is part of the label, not its
    owner)."""
    for child in token.children:
        if skip is not None and skip.i in {g.i for g in child.children}:
            continue
        if child.dep_ == "poss":
            if child.lower_ == "whose" and token.head.dep_ == "relcl":
                return antecedent(token.head.head, child)
            return referent(child)
        if child.dep_ == "prep" and child.lower_ in ("of", "in", "for", "at"):
            named = [
                g for g in child.children if g.dep_ == "pobj" and (child.lower_ != "at" or g.pos_ == "PROPN")
            ]
            if named:  # "the number of employees at X", not "students at its campus"
                return named[0]
    named = [c for c in token.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
    if named and token.dep_ in ("nsubj", "nsubjpass"):  # "the Morelos total area is Y"
        return named[-1]
    clause = token.head
    if clause.dep_ == "relcl" and any(c.lower_ == "where" for c in clause.children):
        owner = clause.head  # "Greece, where the leader is X": Greece's leader
        last = [c for c in owner.children if c.dep_ == "appos" and c.i < clause.left_edge.i]
        return last[-1] if last else owner  # "Styria, Austria where …": Austria
    return None


_SOME = frozenset({"one", "some", "many", "several", "each", "all", "both"})
"""Words that take part of what a label's plural names: "one of the leaders"."""


def _in_apposition(slot: Token) -> Token | None:
    """The name a label noun stands in apposition with: "X's manager, Y, …" (Y after it) or
    "Y, the manager of X, …" (Y before it); not for a word that classifies ("Y, a type of
    X": Y's type is X)."""
    if slot.lemma_ in CLASSIFIERS:
        return None
    named = [c for c in slot.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if named:
        return named[0]
    if slot.dep_ == "appos" and slot.head.pos_ == "PROPN" and slot.head.i < slot.i:
        return slot.head
    return None


def _had(as_word: Token) -> Token | None:
    """What "X has Y as its L" says X has: the object of "have" that "as" hangs from or
    follows."""
    up = as_word.head
    if up.dep_ == "dobj" and up.head.lemma_ == "have":
        return up
    if up.lemma_ == "have":
        return next((c for c in up.children if c.dep_ == "dobj"), None)
    return None


def _fronted(token: Token) -> Token | None:
    """The place a sentence opens with, which what follows is said of: "In X, the
    population density is Y" (X's)."""
    first = token.sent[0]
    named = (
        [g for g in first.children if g.dep_ == "pobj" and g.pos_ == "PROPN"] if first.lower_ == "in" else []
    )
    end = phrase(named[0]).end if named else len(token.doc)
    return named[0] if end <= token.i and token.doc[end].text == "," else None


_LOCATED = frozenset(("locate", "situate", "base", "find"))
"""Verbs that say where a thing is: "the ground of X is located in Y" is "… is in Y"."""

_COUNT_WORDS = frozenset(("number", "count", "total"))
"""Label words that say a property counts what the label's last word names."""


def _counter(noun: Token) -> Token | None:
    """Who has the things a count counts: "students at X", "students attending X", "X's
    students", "X has N students", "X, with N floors, …"."""
    held = noun
    while held.dep_ == "conj" and held.head.i < held.i:
        held = held.head  # "X, with the symbol Ge and atomic number 32, …": the list's first
    if held.dep_ == "pobj" and held.head.lower_ == "with" and held.head.head.pos_ == "PROPN":
        return held.head.head
    for node in (noun, noun.head):
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ in ("at", "in", "of", "for"):
                named = [g for g in child.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
                if named:
                    return named[0]
            if child.dep_ == "acl" and node is noun:  # "9400 students attending X"
                named = [g for g in child.children if g.dep_ == "dobj" and g.pos_ == "PROPN"]
                if named:
                    return named[0]
    return _owner(noun) or clause_subject(noun)


def _says(words: list[str], phrase_words: list[str]) -> bool:
    """Whether ``phrase_words`` occur in order, together, among ``words``."""
    n = len(phrase_words)
    return any(words[i : i + n] == phrase_words for i in range(len(words) - n + 1))


def _forms(token: Token) -> set[str]:
    """A modifier as labels may write it: its lemma or its own form ("operating", which the
    tagger may take for the verb "operate")."""
    return {stem(token.lemma_), stem(token.text)}


@dataclass(frozen=True)
class Said:
    """What a noun says in one of the shapes labels are said in (`reading`): whose it is
    (``owner``), its ``value``, the noun the shape turns on (``slot``: "number" in "the number
    of students"), the verb or noun that negation would hang from (``turn``) and the stemmed
    words modifying the noun (``modifiers``)."""

    owner: Token
    value: Token
    slot: Token
    turn: Token
    modifiers: frozenset[str]


KIN = {
    "sibling": ("brother", "sister"),
    "spouse": ("wife", "husband"),
    "child": ("son", "daughter"),
    "parent": ("father", "mother"),
    "relative": ("cousin", "uncle", "aunt", "nephew", "niece", "grandfather", "grandmother"),
}
"""The words English says a kinship with, by the word a label says it with."""

KIN_CONFIDENCE = 0.5
"""Confidence of a kinship read from one of its words (`KIN`): which way round "the wife of Y"
goes, the examples' own patterns say."""

_MEMBERS = frozenset({"member", "members", "name"})
"""A label's last word that its first says alone: "cast member" (the cast of X includes Y),
"leader name" (X's leader is Y)."""

_INCLUDING = frozenset({"include", "comprise", "feature"})
"""Verbs that say what a label's noun holds, as "is" says what it is: "the cast of X includes Y"."""


def reading(token: Token, count: Token | None = None) -> Said | None:
    """What a noun says of whom, in the shapes `LabelReader` reads a label's noun in ("the L of
    X is Y", "X's L is Y", "X has an L of Y" and "… and an L of Z", "X's L, Y, …"); ``count``
    is a number the noun counts ("has population density 1604"). None where the noun is in no
    such shape."""
    doc = token.doc
    modifiers = {w for c in token.lefts if c.dep_ in ("compound", "amod") for w in _forms(c)}
    slot, owner = token, _owner(token)
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
        # "the number of doctoral students in X is Y": the label spans "number of …"
        slot = token.head.head
        modifiers |= {stem(slot.lemma_)} | {
            w for c in slot.lefts if c.dep_ in ("compound", "amod") for w in _forms(c)
        }
        owner = owner or _owner(slot, skip=token)
    elif (
        token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and (token.head.head.pos_ == "NUM" or token.head.head.lower_ in _SOME)
    ):  # "one of the leaders is Y", "where two of the leaders are X and Y": the label is said of its part
        slot = token.head.head
        owner = owner or _owner(slot, skip=token)
    head = slot.head
    value = None
    after = doc[slot.i + 1] if slot.i + 1 < len(doc) else slot
    if slot.dep_ == "conj" and after.lemma_ == "be" and (after.head.i == after.i or after.dep_ == "ccomp"):
        head = after  # "X is in Y and its dean is Z": the parser hangs "dean" from Y
    located = slot.dep_ == "nsubjpass" and head.lemma_ in _LOCATED
    had = slot  # "X has an orbital period of Y and an escape velocity of Z": the first noun is had
    while had.dep_ == "conj" and had.head.pos_ == "NOUN" and had.head.i < had.i:
        had = had.head
    if ((slot.dep_ in ("nsubj", "nsubjpass") or head is after) and head.lemma_ == "be") or located:
        value = next((c for c in head.children if c.dep_ in ("attr", "acomp")), None)
        named = _in_apposition(slot)
        right_after = named is not None and after.text == "," and named.left_edge.i == slot.i + 2
        if right_after and _owner(slot) is not None:
            value = named  # "X's mother, Y, was a lawyer": Y is X's mother, a lawyer is what Y was
        if value is None and head is after:  # "... and her label is Y", the parser taking Y for the subject
            value = next((c for c in head.children if c.dep_ == "nsubj" and c.i > head.i), None)
        placed = [  # "X's ground is in Y", "the ground of X is located in the town of Y"
            phrase(g).root for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
            for g in c.children if g.dep_ == "pobj" and phrase(g).root.pos_ == "PROPN"
        ]  # fmt: skip
        if value is None and placed:
            value = placed[0]
    elif slot.dep_ == "nsubj" and head.lemma_ in _INCLUDING:  # "the cast of X includes Y and Z"
        value = next((c for c in head.children if c.dep_ == "dobj"), None)
    elif slot.dep_ == "pobj" and head.lower_ == "as" and _had(head) is not None:
        value, owner = _had(head), clause_subject(head)  # "X has Y as its manager"
    elif slot.dep_ == "attr" and head.lemma_ == "be":
        value = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    elif (had.dep_ == "dobj" and had.head.pos_ in ("VERB", "AUX")) or (
        had.dep_ == "pobj" and had.head.lower_ == "with"
    ):
        value = next(
            (g for c in slot.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"),
            None,
        )
        if owner == value:
            owner = None  # "X has a total area of Y": Y is the value, not whose area it is
        if had.head.lower_ == "with" and had.head.head.pos_ == "PROPN":
            owner = owner or had.head.head  # "Weston, with a population density of 1604, …"
        owner = owner or clause_subject(had)
    elif (
        slot.dep_ == "compound"
        and head.pos_ in ("PROPN", "NUM")
        and head.dep_ == "dobj"
        and head.head.lemma_ == "have"
    ):
        value, owner = head, clause_subject(head)  # "X has the IATA code XYZ"
        modifiers |= {w for c in head.lefts if c.dep_ == "compound" and c.i < slot.i for w in _forms(c)}
    if value is None and count is not None and count.i > token.i:
        # "has population density 1604"; "X, with … and atomic number 32, …"
        value, owner = count, owner or clause_subject(slot) or _counter(slot)
    said_by_name = owner is not None and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in slot.children)
    if value is None and said_by_name:  # not "their manager Y": whose is a guess
        value = _in_apposition(slot)  # "X's manager, Y, said", "Y, the manager of X, said"
    owner = owner or _fronted(slot)
    if owner is None or value is None:
        return None
    turn = head if head.pos_ in ("AUX", "VERB") else token  # "is not" negates
    return Said(owner, value, slot, turn, frozenset(modifiers))


ALIAS = "alias:"
"""Name prefix of a rule standing for a noun learned as another word for a property's label
(`kg.relations.aliases`): "alias:iata code", its modifiers and then its noun."""


class LabelReader:
    """The readings of one ontology's property labels (kg's own properties left out), and of the
    nouns learned as other words for them (``aliases``, `kg.relations.aliases`)."""

    def __init__(self, ontology: Ontology, aliases: Sequence[LearnedRule] = ()) -> None:
        self.ontology = ontology
        self.aliases = aliases
        self.forms = WordFormReader(ontology, self.stands_for)

    def _valued(self, prop: URIRef) -> bool:
        """Whether a property's values are literals (a number, a text) or left open, not things
        of a class: such a label said of a number counts or measures (staff: 2900)."""
        term = self.ontology.properties.get(prop)
        return term is not None and all(str(c).startswith(str(XSD)) for c in term.range)

    def stands_for(self, prop: URIRef) -> LearnedRule:
        """A rule standing for a reading of ``prop``'s own label."""
        return LearnedRule(f"label:{self.ontology.properties[prop].label}", prop, [], LABEL_CONFIDENCE, 0)

    def verbal(self, prop: URIRef) -> bool:
        """Whether a property's label is said of its subject with a verb ("is part of"): "X is
        part of Y" is X's, where "X is the capital of Y" is Y's capital."""
        return label_words(self.ontology.properties[prop].label).split()[0] in ("is", "has", "was")

    def relational(self, prop: URIRef) -> bool:
        """Whether a property's label ends with "of" ("capital of") or another preposition
        ("vaccine for"), or names its range after "of" ("member of political party"): its
        subject is what the noun names and its value whose it is, "X is the capital of Y" and
        "the capital of Y is X" alike, where for a label "capital" both are Y's capital."""
        term = self.ontology.properties[prop]
        words = label_words(term.label).split()
        if len(words) > 1 and words[-1] in PREPOSITIONS - {"by"}:  # "designed by" is no noun's
            return True
        # "member of political party": the words after "of" name the range, whose the member is
        at = words.index("of") if "of" in words[1:-1] else 0
        ranges = {
            label_words(self.ontology.classes[c].label or "")
            for c in term.range
            if c in self.ontology.classes
        }
        return bool(at) and " ".join(words[at + 1 :]) in ranges

    @cached_property
    def heads(self) -> dict[str, list[tuple[LearnedRule, frozenset[str]]]]:
        """Head word of each property label → (a rule standing for the label, the label's
        other content words): "population density" is "density" with "population"."""
        heads: dict[str, list[tuple[LearnedRule, frozenset[str]]]] = defaultdict(list)
        for iri, prop in self.ontology.properties.items():
            if iri.startswith(KG):
                continue
            words = content_words(prop.label)
            if words:
                rule = self.stands_for(iri)
                heads[stem(words[-1])].append((rule, frozenset(stem(w) for w in words[:-1])))
                if len(words) == 2:  # "areaTotal" is said "total area"
                    heads[stem(words[0])].append((rule, frozenset({stem(words[1])})))
                if len(words) == 2 and words[1] in _MEMBERS:  # "the cast of X includes Y"
                    heads[stem(words[0])].append((rule, frozenset()))
        # "elevation above the sea level" is also said "elevation": the words before its
        # preposition, where no other label has that head and it counts nothing
        for iri, prop in self.ontology.properties.items():
            said = label_words(prop.label).split()
            before = next((said[:n] for n in range(1, len(said)) if said[n] in PREPOSITIONS), [])
            if iri.startswith(KG) or not before or before[-1] in STOP_WORDS | _COUNT_WORDS:
                continue
            if stem(before[-1]) not in heads:
                rule = self.stands_for(iri)
                heads[stem(before[-1])].append((rule, frozenset(stem(w) for w in before[:-1])))
        for alias in self.aliases:
            *modifiers, noun = alias.name.removeprefix(ALIAS).split()
            heads[stem(noun)].append((alias, frozenset(stem(w) for w in modifiers)))
        for iri, prop in self.ontology.properties.items():  # "X's brother is Y": X's sibling
            said = label_words(prop.label).split()
            if not iri.startswith(KG) and len(said) == 1 and said[0] in KIN:
                for word in KIN[said[0]]:
                    if stem(word) not in heads:  # less sure than the label's own word
                        heads[stem(word)].append(
                            (replace(self.stands_for(iri), precision=KIN_CONFIDENCE), frozenset())
                        )
        return heads

    def __call__(self, doc: Doc) -> Iterator[tuple[LearnedRule, dict[str, Token]]]:
        """Facts stated with a property's own label, in the shapes news and reference text
        use: "the L of X is Y", "X's L is Y", "X's L is (located) in Y", "X, whose L is Y",
        "Y is the L of X", "X has (boasts, covers …) an L of Y", "X has L Y", "X, with an L of
        Y, …", "In X, the L is Y", "X's L, Y, …", "Y, the L of X, …", "X has Y as its L"; the
        label's words after its preposition ("X is at Y above sea level"), a measure's
        adjective or verb ("X is Y metres tall"), a passive verb whose doer the label names
        ("X is managed by Y"); and a count of what a "number of …" label counts: "X has Y
        students", "there are Y students at X", "Y students attending X"."""
        yield from self.forms(doc)
        for token in doc:
            if token.pos_ != "NOUN" or stem(token.lemma_) not in self.heads:
                continue
            modifiers = {w for c in token.lefts if c.dep_ in ("compound", "amod") for w in _forms(c)}
            counting = token.head if token.dep_ == "compound" and token.head.pos_ == "NOUN" else token
            count = next((c for c in counting.children if c.dep_ == "nummod" and c.pos_ == "NUM"), None)
            owner = _counter(counting) if count is not None else None
            if count is not None and owner is not None:
                counted = False
                for rule, wanted in self.heads[stem(token.lemma_)]:
                    # "27,400 students" for a number of students; "2,900 staff (members)" for
                    # staff, a label that is its noun alone and whose values are no things
                    counts = (
                        wanted & _COUNT_WORDS and wanted - _COUNT_WORDS <= modifiers and counting is token
                    )
                    bare = not counts and not wanted and self._valued(rule.property)
                    if counts or bare:
                        turn = counting.head if counting.head.pos_ in ("AUX", "VERB") else counting
                        counted = True
                        read = replace(rule, precision=BARE_COUNT_CONFIDENCE) if bare else rule
                        yield read, {"subject": phrase(owner).root, "object": count, "anchor": turn}
                if counted or count.i < token.i:
                    continue
            said = reading(token, count)
            if said is None:
                continue
            for rule, wanted in self.heads[stem(token.lemma_)]:
                if wanted <= said.modifiers:
                    said_of, value = said.owner, said.value
                    verbal = said.slot.dep_ in ("attr", "appos") and self.verbal(rule.property)
                    if verbal or self.relational(rule.property):
                        said_of, value = value, said_of  # "X is part of Y": isPartOf(X, Y)
                    yield rule, {"subject": phrase(said_of).root, "object": value, "anchor": said.turn}

    @cached_property
    def narrower(self) -> dict[URIRef, list[tuple[LearnedRule, str]]]:
        """Property → the properties whose label is its label with one word more in front
        (a rule standing for each, and that word): "club" → "youth club", "current club"
        (labels written as one word, "youthclub", are split at the other label they end with)."""
        labels = {
            iri: content_words(prop.label)
            for iri, prop in self.ontology.properties.items()
            if not iri.startswith(KG)
        }
        narrower: dict[URIRef, list[tuple[LearnedRule, str]]] = defaultdict(list)
        for iri, words in labels.items():
            for other, theirs in labels.items():
                if other == iri or not words:
                    continue
                if len(theirs) == 1 and len(words) == 1 and theirs[0].endswith(words[0]):
                    theirs = [theirs[0][: -len(words[0])], words[0]]  # "youthclub" is "youth club"
                if len(theirs) == len(words) + 1 and theirs[1:] == words and len(theirs[0]) >= 3:
                    narrower[iri].append((self.stands_for(other), theirs[0]))
        return narrower

    def narrowed(self, prop: URIRef, obj: Token) -> LearnedRule | None:
        """The narrower property (`narrower`) whose extra word qualifies ``obj`` where the
        sentence says it: "the Harbour View FC youth club", "played youth football for X",
        "currently plays for X"; or None. Read among the words ``obj`` hangs from up to its
        clause's verb, and the words that modify them."""
        choices = self.narrower.get(prop)
        if not choices:
            return None
        near: list[Token] = []
        token = obj
        while True:
            near.append(token)
            for child in token.children:
                near.append(child)
                near.extend(g for g in child.children if g.dep_ in ("amod", "compound"))
            if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
                break
            token = token.head
        words = {t.lower_ for t in near}
        for rule, word in choices:
            if any(w.startswith(word) for w in words):
                return rule
        return None

    @cached_property
    def siblings(self) -> dict[URIRef, list[tuple[LearnedRule, list[str], list[str]]]]:
        """Property → the properties whose labels share its first two words or more and differ
        in the rest (a rule standing for each, its last words and the property's own): "in
        office while president" → "… while monarch", "… while vice president"."""
        labels = {
            iri: label_words(prop.label).split()
            for iri, prop in self.ontology.properties.items()
            if not iri.startswith(KG)
        }
        found: dict[URIRef, list[tuple[LearnedRule, list[str], list[str]]]] = defaultdict(list)
        for iri, words in labels.items():
            for other, theirs in labels.items():
                shared = next((n for n, (a, b) in enumerate(zip(words, theirs, strict=False)) if a != b), 0)
                if other != iri and shared >= 2 and theirs[shared:] and words[shared:]:
                    found[iri].append((self.stands_for(other), theirs[shared:], words[shared:]))
        return found

    def sibling(self, prop: URIRef, obj: Token) -> LearnedRule | None:
        """The sibling property (`siblings`) whose own last words the clause of ``obj`` says
        more fully than ``prop``'s: "was in office while X was President" is the one while a
        president, whichever sibling a pattern learned it from; or None."""
        clause = obj.head if obj.head.lemma_ == "be" else obj
        words = [t.lower_ for t in clause.subtree]
        said = [
            (rule, theirs) for rule, theirs, mine in self.siblings.get(prop, [])
            if _says(words, theirs) and not (_says(words, mine) and len(mine) >= len(theirs))
        ]  # fmt: skip
        return max(said, key=lambda pair: len(pair[1]))[0] if said else None

    def modified(self, prop: URIRef, words: list[Token]) -> LearnedRule | None:
        """The property whose label a pattern's own noun says with its modifiers, where that
        is another property's and not ``prop``'s: "X is the death place of Y" is a death
        place, whichever place a pattern learned "the place of" from; or None."""
        for noun in words:
            if noun.pos_ != "NOUN" or stem(noun.lemma_) not in self.heads:
                continue
            modifiers = {w for c in noun.lefts if c.dep_ in ("compound", "amod") for w in _forms(c)}
            said = [rule for rule, wanted in self.heads[stem(noun.lemma_)] if wanted and wanted <= modifiers]
            if said and all(rule.property != prop for rule in said):
                return said[0]
        return None

    def named_alone(self, prop: URIRef, nouns: list[Token]) -> LearnedRule | None:
        """The property a noun names by itself (its label's head, wanting no other word), where
        the noun names no label of ``prop``: "leader" in "Denmark's leader is Y" for a pattern
        learned from "France's capital is Paris" that leaves its noun open; or None."""
        for noun in nouns:
            said = self.heads.get(stem(noun.lemma_), []) if noun.pos_ == "NOUN" else []
            alone = [rule for rule, wanted in said if not wanted]
            if alone and all(rule.property != prop for rule, _ in said):
                return alone[0]
        return None

    def counted(self, prop: URIRef, number: Token) -> LearnedRule | None:
        """The property whose label names what a number counts or measures more fully than
        ``prop``'s does ("16,800 undergraduate students" counts undergraduate students, not
        students; "an operating income of 700" is an operating income, not a net one), or None."""
        if number.pos_ != "NUM":
            return None
        if number.dep_ == "nummod":
            noun = number.head
        elif number.dep_ == "pobj" and number.head.lower_ == "of" and number.head.head.pos_ == "NOUN":
            noun = number.head.head  # "an operating income of $380,700,000"
        else:
            return None
        lefts = [c for c in noun.lefts if c.dep_ in ("compound", "amod")]
        modifiers = {w for c in lefts for w in _forms(c)}
        modifiers |= (
            {stem("".join(t.lemma_ for t in noun.doc[lefts[0].i : noun.i] if t.text != "-"))}
            if lefts
            else set()
        )
        scored = [(len(wanted & modifiers), rule) for rule, wanted in self.heads.get(stem(noun.lemma_), [])]
        if not scored:
            return None
        mine = max((score for score, rule in scored if rule.property == prop), default=0)
        score, rule = max(scored, key=lambda pair: pair[0])
        return rule if score > mine and rule.property != prop else None
