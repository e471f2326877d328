"""How a property's label is written and said other than with its noun.

The words of a label as they are matched (`content_words`, `stem`, `porter_stem`), and the
readings of a label said by its other word forms (`WordFormReader`): the words after its
preposition ("X lies 324 metres above sea level" for "elevation above the sea level"), a
measure's adjective or verb ("X is 1.905 metres tall" for "height"), the verb of an agent
noun ("X is managed by Y" for "manager"), a participle label's verb ("X was founded on
June 1, 1905" for "founded"), and the verb of a label that holds one ("X serves Y" for "city
served", "X is operated by Y" for "operating organisation", "X was completed in 1999" for
"completion date"). Like the readings of the label's noun
(`kg.relations.labels`), they need no examples.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from rdflib import URIRef
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from kg.names import phrase
from kg.ontology import KG, Ontology, label_words
from kg.reference import clause_subject
from kg.rule import LearnedRule

if TYPE_CHECKING:
    from nltk.stem import PorterStemmer


def content_words(label: str) -> list[str]:
    """A label's words without its function words ("latin name", "former team": spaCy's stop
    list also holds a few attribute nouns and adjectives, which a label means)."""
    return [w for w in label_words(label).split() if w not in STOP_WORDS or w in _ATTRIBUTE_WORDS]


_ATTRIBUTE_WORDS = frozenset({"name", "full", "former", "first", "last", "amount", "part"})


def stem(word: str) -> str:
    """A word as labels are matched: lower case, without a plural's final s."""
    word = word.lower()
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


@lru_cache(maxsize=8192)
def porter_stem(word: str) -> str:
    """A word's Porter stem, which a verb and a noun may share ("resides", "residence")."""
    return _porter().stem(word.lower())


@lru_cache(maxsize=1)
def _porter() -> PorterStemmer:
    """One stemmer for the process (the scorer, `kg.evaluate`, keeps its own, so that scoring
    someone else's output needs no extraction code)."""
    from nltk.stem import PorterStemmer

    return PorterStemmer()


_AGENT_NOUNS = {
    "write": ("author", "writer"), "design": ("architect",), "build": ("builder",), "make": ("maker",),
}  # fmt: skip
"""Verbs whose doer's noun is another word: "written by X" names the author, or a label
ending in one of them (screenwriter)."""

SHARED = "shared:"
"""Name prefix of a reading whose doer the verb shares with the verb coordinated after it
("written and directed by X"): a fact of its own about a pair another verb speaks of."""

LANGUAGE = "language:"
"""Name prefix of a reading of a language said as "Swedish-language": its value is the
capitalised word before the hyphen, a name though the tagger may call it an adjective."""

_TIME_WORDS = frozenset({"date", "year", "day"})
"""Label heads that say when something was done ("completion date", "release year")."""

_PLACE_HEADS = frozenset({"place", "city", "country", "location"})
"""Label heads that say where something was done ("birth place", "death city")."""

_EVENT_VERBS = {"birth": "born", "death": "die", "publication": "publish"}
"""Nouns of events and the Porter stem of their verb, which English doesn't derive from the
noun: "birth place" is where X was born, "death date" when X died, "publication date" when it
was published."""

PREPOSITIONS = frozenset({"of", "above", "below", "at", "in", "for", "to", "by", "from", "on"})
"""Prepositions a label may hold ("elevation above the sea level", "number of students")."""


_DIMENSIONS = {
    "tall": "height", "high": "height", "long": "length", "wide": "width", "deep": "depth",
    "heavy": "weight", "weigh": "weight", "old": "age",
}  # fmt: skip
"""English words that say a measure without its noun ("1.905 metres tall" is a height)."""


class WordFormReader:
    """The readings of one ontology's property labels said by their other word forms
    (kg's own properties left out); ``stands_for`` makes the rule that stands for a reading
    of a property's label (`kg.relations.labels.LabelReader.stands_for`)."""

    def __init__(self, ontology: Ontology, stands_for: Callable[[URIRef], LearnedRule]) -> None:
        self.ontology = ontology
        self.stands_for = stands_for

    def __call__(self, doc: Doc) -> Iterator[tuple[LearnedRule, dict[str, Token]]]:
        """Every reading in ``doc``: the rule and its subject, object and anchor tokens."""
        yield from self._tail_readings(doc)
        yield from self._dimension_readings(doc)
        yield from self._agent_readings(doc)
        yield from self._participle_readings(doc)
        yield from self._verb_label_readings(doc)
        yield from self._language_readings(doc)
        yield from self._given_readings(doc)

    @cached_property
    def given_labels(self) -> dict[str, list[LearnedRule]]:
        """Porter stem of a label's first word → rules standing for the labels it starts
        ("award received", "award")."""
        found: dict[str, list[LearnedRule]] = defaultdict(list)
        for iri, prop in self.ontology.properties.items():
            words = content_words(prop.label)
            if not iri.startswith(KG) and words:
                found[porter_stem(words[0])].append(replace(self.stands_for(iri), name=f"given:{prop.label}"))
        return found

    def _given_readings(self, doc: Doc) -> Iterator[tuple[LearnedRule, dict[str, Token]]]:
        """A label's first word said as a verb that gives its subject the value: "X was awarded
        the Stalin Prize" for X's "award received" (a passive with an object: X was given it),
        and "the Stalin Prize was awarded to X" (what is given the passive's subject; "to" the
        parser reads as a dative, or any "to" where the label's word is the verb itself: not
        "affiliated to" for "affiliation")."""
        for verb in doc:
            if verb.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in verb.children):
                continue
            given = [c for c in verb.children if c.dep_ == "dobj"]
            subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            to = [
                (c.dep_ == "dative", g) for c in verb.children
                if c.dep_ in ("dative", "prep") and c.lower_ == "to"
                for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"
            ]  # fmt: skip
            for rule in self.given_labels.get(porter_stem(verb.lemma_), []):
                receiver, value = subject, given[0] if given else None
                word = label_words(self.ontology.properties[rule.property].label).split()[:1]
                if subject is not None and not given and to and (to[0][0] or word == [verb.lemma_]):
                    receiver, value = to[0][1], subject  # "the Stalin Prize was awarded to X"
                if receiver is None or value is None:
                    receiver = clause_subject(verb) if value is not None else None
                if receiver is not None and value is not None:
                    nodes = {"subject": phrase(receiver).root, "object": phrase(value).root, "anchor": verb}
                    yield rule, nodes

    @cached_property
    def languages(self) -> list[LearnedRule]:
        """Rules standing for the labels that name a language ("language", "original
        language of film or TV show")."""
        return [
            self.stands_for(iri)
            for iri, prop in self.ontology.properties.items()
            if not iri.startswith(KG) and "language" in label_words(prop.label).split()
        ]

    def _language_readings(self, doc: Doc) -> Iterator[tuple[LearnedRule, dict[str, Token]]]:
        """A language said with "-language" before the noun it describes: "X is a 1957
        Swedish-language drama film" is in Swedish."""
        for word in doc[2:] if self.languages else ():
            dash, value = word.nbor(-1), word.nbor(-2)
            if word.lower_ != "language" or dash.text != "-" or dash.whitespace_ or not value.is_title:
                continue
            described = word.head if word.dep_ in ("compound", "amod", "nmod") else None
            owner = clause_subject(described) if described is not None else None
            if owner is not None:
                for rule in self.languages:
                    yield replace(rule, name=LANGUAGE + rule.name), {
                        "subject": phrase(owner).root, "object": value, "anchor": word,
                    }  # fmt: skip

    @cached_property
    def tails(self) -> dict[str, list[tuple[LearnedRule, list[str]]]]:
        """Preposition → (a rule standing for a label, the content words after it) for each
        label that has a preposition other than "of": "elevation above the sea level" is
        "above" with "sea level"."""
        tails: dict[str, list[tuple[LearnedRule, list[str]]]] = defaultdict(list)
        for iri, prop in self.ontology.properties.items():
            said = label_words(prop.label).split()
            at = next((n for n in range(1, len(said)) if said[n] in PREPOSITIONS - {"of"}), 0)
            rest = [stem(w) for w in said[at + 1 :] if w not in STOP_WORDS]
            if not iri.startswith(KG) and at and rest:
                tails[said[at]].append((self.stands_for(iri), rest))
        return tails

    def _tail_readings(self, doc: Doc) -> Iterator[tuple[LearnedRule, dict[str, Token]]]:
        """A number (and its unit) followed by the words of a label after its preposition:
        "X is at a height of 306 above sea level", "X lies 306 metres above the sea level"
        are X's elevation above the sea level (read from the words, as the parser hangs them
        every way)."""
        for prep in doc[1:]:
            if prep.lower_ not in self.tails:
                continue
            value = doc[prep.i - 1]
            if value.pos_ == "NOUN" and prep.i > 1:
                value = doc[prep.i - 2]  # the unit: "306 metres above …"
            if value.pos_ != "NUM":
                continue
            after = [stem(t.lemma_) for t in doc[prep.i + 1 :] if t.lower_ not in STOP_WORDS]
            owner = clause_subject(value)
            for rule, wanted in self.tails[prep.lower_]:
                if owner is not None and after[: len(wanted)] == wanted:
                    yield rule, {"subject": phrase(owner).root, "object": value, "anchor": prep}

    @cached_property
    def dimensions(self) -> dict[str, LearnedRule]:
        """Adjective or verb → a rule standing for the one property whose label's head is the
        dimension it measures ("tall": height, where one label ends with "height")."""
        found: dict[str, LearnedRule] = {}
        for word, noun in _DIMENSIONS.items():
            props = [
                iri for iri, prop in self.ontology.properties.items()
                if not iri.startswith(KG) and content_words(prop.label)[-1:] == [noun]
            ]  # fmt: skip
            if len(props) == 1:
                found[word] = self.stands_for(props[0])
        return found

    def _dimension_readings(self, doc: Doc) -> Iterator[tuple[LearnedRule, dict[str, Token]]]:
        """A measure said with its adjective or verb: "X is 1.905 metres tall" (height), "X
        weighs 94 kg" (weight); the number within three words before the adjective, after
        the verb."""
        for word in doc:
            rule = self.dimensions.get(word.lower_ if word.pos_ == "ADJ" else word.lemma_)
            if rule is None or word.pos_ not in ("ADJ", "VERB"):
                continue
            near = doc[max(word.i - 3, 0) : word.i] if word.pos_ == "ADJ" else doc[word.i + 1 : word.i + 4]
            value = next((t for t in near if t.pos_ == "NUM" or t.like_num), None)
            owner = clause_subject(word)
            if value is not None and owner is not None:
                yield rule, {"subject": phrase(owner).root, "object": value, "anchor": word}

    @cached_property
    def agents(self) -> dict[str, list[LearnedRule]]:
        """Agent noun (a label's head that names who does something: manager, director,
        music composer) → rules standing for the one-word label that is that noun, else for
        the one label with that head."""
        alone: dict[str, list[LearnedRule]] = defaultdict(list)
        headed: dict[str, list[LearnedRule]] = defaultdict(list)
        for iri, prop in self.ontology.properties.items():
            words = content_words(prop.label)
            agent = words and (
                words[-1].endswith(("er", "or")) or any(words[-1] in n for n in _AGENT_NOUNS.values())
            )
            if not iri.startswith(KG) and agent:
                (alone if len(words) == 1 else headed)[words[-1]].append(self.stands_for(iri))
        return alone | {
            noun: rules for noun, rules in headed.items() if noun not in alone and len(rules) == 1
        }

    def _agent_rules(self, verb: Token) -> list[LearnedRule]:
        """The rules for the agent noun a past participle says: its stem and at most four
        letters more ("directed" says director, "operated" operator, "owned" owner)."""
        said = porter_stem(verb.text)
        return [
            rule for noun, rules in self.agents.items()
            if (noun.startswith(said) and len(noun) - len(said) <= 4 and len(said) >= 3)
            or any(noun.endswith(doer) for doer in _AGENT_NOUNS.get(verb.lemma_, ()))  # screenwriter
            for rule in rules
        ]  # fmt: skip

    @cached_property
    def participles(self) -> dict[str, list[tuple[LearnedRule, frozenset[str]]]]:
        """Labels that are a verb's past participle, alone or with a preposition ("founded",
        "dedicated to", "followed by") → rules standing for them, each with the prepositions
        its value may follow (the label's own, else "in", "on" and "at")."""
        found: dict[str, list[tuple[LearnedRule, frozenset[str]]]] = defaultdict(list)
        for iri, prop in self.ontology.properties.items():
            words = label_words(prop.label).split()
            if iri.startswith(KG) or not words or not words[0].endswith(("ed", "en", "wn")):
                continue
            if len(words) == 1:
                found[words[0]].append((self.stands_for(iri), frozenset(("in", "on", "at"))))
            elif len(words) == 2 and words[1] in PREPOSITIONS | {"as", "with"}:
                found[words[0]].append((self.stands_for(iri), frozenset((words[1],))))
        return found

    def _participle_readings(self, doc: Doc) -> Iterator[tuple[LearnedRule, dict[str, Token]]]:
        """A label that is a participle, said as the verb: "X was founded on June 1, 1905"
        (the value after "in", "on" or "at"), "X is dedicated to Y", "X was followed by Y"
        (after the label's own preposition)."""
        for verb in doc:
            rules = self.participles.get(verb.lower_, []) if verb.pos_ == "VERB" else []
            for rule, prepositions in rules:
                values = [
                    g for prep in verb.children if prep.dep_ in ("prep", "agent")
                    and prep.lower_ in prepositions for g in prep.children if g.dep_ == "pobj"
                ]  # fmt: skip
                for value in values:
                    owner = clause_subject(value)
                    if owner is not None:
                        yield rule, {"subject": phrase(owner).root, "object": value, "anchor": verb}

    def _agent_readings(self, doc: Doc) -> Iterator[tuple[LearnedRule, dict[str, Token]]]:
        """A verb whose doer a label names: "X is managed by Y" and "Y manages X" are X's
        manager Y, "X, directed by Y, …" X's director (the label's verb, the doer after "by"
        or as its subject, and what is done as its object); "written and directed by Y" also
        X's writer (the doer of the last of coordinated participles is every one's, `SHARED`)."""
        for verb in doc:
            rules = self._agent_rules(verb) if verb.pos_ == "VERB" else []
            if not rules:
                continue
            shared = False
            if verb.tag_ == "VBN":
                agents = [by for by in verb.children if by.dep_ == "agent"]
                if not agents:  # "written and directed by X": X did both
                    agents = [
                        by for later in verb.conjuncts if later.i > verb.i and later.tag_ == "VBN"
                        for by in later.children if by.dep_ == "agent"
                    ]  # fmt: skip
                    shared = bool(agents)
                pairs = [
                    (clause_subject(g), g) for by in agents
                    for g in by.children if g.dep_ == "pobj" and g.pos_ == "PROPN"
                ]  # fmt: skip
            else:
                doers = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
                done = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"]
                pairs = [(done[0], doers[0])] if doers and done else []
            for owner, doer in pairs:
                if owner is not None:
                    for rule in rules:  # shared: a second fact about the pair, beside the last verb's
                        said = replace(rule, name=SHARED + rule.name) if shared else rule
                        # "X is owned by Y": Y's "owner of" X
                        subject, value = (doer, owner) if self._doer_of(rule.property) else (owner, doer)
                        yield said, {"subject": phrase(subject).root, "object": value, "anchor": verb}

    def _doer_of(self, prop: URIRef) -> bool:
        """Whether a property's label is its agent noun and "of" ("owner of"): its subject is
        the doer, where "manager" is the doer's name for its subject."""
        return label_words(self.ontology.properties[prop].label).split()[-1:] == ["of"]

    @cached_property
    def verb_labels(self) -> dict[str, list[tuple[LearnedRule, bool]]]:
        """Porter stem of a verb → (a rule standing for a label of two words or more that holds
        that verb, whether the label's subject does what the verb says): "city served" ends
        with a participle, so its subject serves its value ("officially opened by" is done by
        its value); "operating organisation" and
        "opening year" start with a gerund, so their value operates (or is when one opens)
        their subject."""
        found: dict[str, list[tuple[LearnedRule, bool]]] = defaultdict(list)
        for iri, prop in self.ontology.properties.items():
            words = content_words(prop.label)
            if iri.startswith(KG) or len(words) < 2:
                continue
            # said with a verb, the subject is the clause's, not an owner the label names:
            # not a "label:" reading (`kg.relations.agreement.Agreement`)
            rule = replace(self.stands_for(iri), name=f"verb:{prop.label}")
            if words[-1].endswith("ed") and len(words[-1]) > 4:
                # "officially opened by": its value does it, as the label's "by" says
                by = prop.label.lower().split()[-1:] == ["by"]
                found[porter_stem(words[-1])].append((rule, not by))
            elif words[0] in _EVENT_VERBS and len(words) == 2 and words[1] in _TIME_WORDS | _PLACE_HEADS:
                found[_EVENT_VERBS[words[0]]].append((rule, False))  # "born in": birth place
            elif (words[0].endswith("ing") and len(words[0]) > 5) or (
                words[-1] in _TIME_WORDS and len(words[0]) > 4
            ):  # "completion date": when X was completed, "release year" when it was released
                found[porter_stem(words[0])].append((rule, False))
        return found

    def _verb_label_readings(self, doc: Doc) -> Iterator[tuple[LearnedRule, dict[str, Token]]]:
        """A label said with the verb it holds: "X serves Y" and "Y is served by X" for X's
        "city served" Y; "X is operated by Y", "Y operates X" for X's "operating organisation"
        Y; "X was opened in 1925" for X's "opening year" 1925 (the value after "in", "on" or
        "at", which the property's range must take)."""
        for verb in doc:
            if verb.pos_ != "VERB":
                continue
            rules = self.verb_labels.get(porter_stem(verb.text)) or self.verb_labels.get(
                porter_stem(verb.lemma_)
            )
            if not rules:
                continue
            passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or verb.dep_ == "acl"
            doers = [
                g for by in verb.children if by.dep_ == "agent" for g in by.children if g.dep_ == "pobj"
            ] if passive else [c for c in verb.children if c.dep_ == "nsubj"]  # fmt: skip
            done = [c for c in verb.children if c.dep_ == "dobj"]
            when = [
                g for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("in", "on", "at")
                for g in prep.children if g.dep_ == "pobj"
            ]  # fmt: skip
            if passive:  # "X is operated by Y", "X, operated by Y, …"
                said_of = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
                said_of = (
                    clause_subject(said_of or verb) if said_of is None or said_of.pos_ == "PRON" else said_of
                )
                done = [said_of] if said_of is not None else []
            elif doers:
                doers = [d for d in (clause_subject(doers[0]) if doers[0].pos_ == "PRON" else doers[0],) if d]
            for rule, subject_does in rules:
                if subject_does:
                    pairs = [(doer, thing) for doer in doers for thing in done]
                else:
                    pairs = [(thing, doer) for doer in doers for thing in done]
                    # "X was opened in 1925", "Y opened X in 1925", "X opened in 1925"
                    pairs += [(thing, time) for thing in done or doers for time in when]
                for subject, obj in pairs:
                    yield rule, {"subject": phrase(subject).root, "object": phrase(obj).root, "anchor": verb}
