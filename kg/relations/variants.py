"""Variants of learned patterns made when they are applied, for what the parser does otherwise than in
the examples: a name's common noun with the name in apposition ("a song by the band Black Ridge"
where the examples said "a song by Black Ridge", `_apposed`, and the name with that noun as its
compound, "the genus Casuarius" where they said "the genus Apteryx" in apposition, `_compounded`), a
preposition hung from the noun of an "of" phrase ("a genus of trees in the family Myrtaceae" where
they said "a genus in the family Banksia", `_through_of`) or from the verb's object ("wrote the
libretto for Otello" where the parser hung "for" from "wrote", `_through_object`), and what a copula
says in apposition ("X, a subsidiary of Y," where they said "X is a subsidiary of Y",
`_as_apposition`, and the converse, `_as_copula`), and a passive verb in the active ("Y composed the
music for X" where they said "the music for X was composed by Y", `_active`) and an active one in
the passive ("X was designed by Y" where they said "Y designed X", `_passive`), and a year said not
to be exact ("around 1658" where they said "in 1642", `_around`), an object predicate for a direct
object ("nicknamed The Nuke" where the parser read "nicknamed The Power" otherwise,
`_as_predicate`), and a subject named with the
common noun after it ("the Gotthard railway" where they said "the Trans-Siberian Railway", `headed`,
made only where the examples name subjects so), and a name with the noun before it as its compound
("the Portuguese poet Fernando Pessoa" where they said "the Chilean poet Gabriela Mistral" in
apposition, `_compound_named`, and the converse, `_appos_named`). A variant is named after its
rule with a suffix and read as that rule (`rule_of`); its extra nodes (`VARIANT_NODES`) are no
end of the fact.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.reference import RELATIVE_TAGS
from kg.rule import LearnedRule

_APPOSED = "#appos"
"""Suffix of a pattern's name for its variant whose name end is a common noun with the name in
apposition (`_apposed`)."""


def _apposed(pattern: list[dict]) -> list[dict] | None:
    """A pattern whose object is a name, made to match a common noun with the name in
    apposition instead ("a song by the Australian band Black Ridge": the band, Black Ridge);
    None for a pattern whose object is no name."""
    at = next((n for n, node in enumerate(pattern) if node["RIGHT_ID"] == "object"), None)
    if at is None or pattern[at]["RIGHT_ATTRS"].get("POS") != "PROPN":
        return None
    noun = {**pattern[at], "RIGHT_ATTRS": {**pattern[at]["RIGHT_ATTRS"], "POS": "NOUN"}}
    named = {
        "LEFT_ID": "object",
        "REL_OP": ">",
        "RIGHT_ID": "named",
        "RIGHT_ATTRS": {"DEP": "appos", "POS": "PROPN"},
    }
    return [*pattern[:at], noun, *pattern[at + 1 :], named]


_COMPOUNDED = "#compounded"
"""Suffix of a pattern's name for its variant whose name end is a name with the common noun
before it as its compound (`_compounded`)."""


def _compounded(pattern: list[dict]) -> list[dict] | None:
    """A pattern whose object is a name in apposition with the common noun before it ("the
    genus Apteryx": the genus, Apteryx), made to match the name with the noun as its compound
    instead ("the genus Casuarius", as the parser also reads it), the converse of `_apposed`;
    None for a pattern of any other shape."""
    at = next((n for n, node in enumerate(pattern) if node["RIGHT_ID"] == "object"), None)
    if at is None or pattern[at]["RIGHT_ATTRS"].get("DEP") != "appos":
        return None
    if pattern[at]["RIGHT_ATTRS"].get("POS") != "PROPN":
        return None
    parent = next(
        (n for n, node in enumerate(pattern) if node["RIGHT_ID"] == pattern[at].get("LEFT_ID")), None
    )
    if parent is None or parent == 0 or "LEMMA" not in pattern[parent]["RIGHT_ATTRS"]:
        return None
    noun = pattern[parent]
    if any(node.get("LEFT_ID") == noun["RIGHT_ID"] for node in pattern if node is not pattern[at]):
        return None  # the noun has words of its own below it
    name = {
        **pattern[at],
        "LEFT_ID": noun["LEFT_ID"],
        "RIGHT_ATTRS": {**pattern[at]["RIGHT_ATTRS"], "DEP": noun["RIGHT_ATTRS"].get("DEP")},
    }
    compound = {
        **noun,
        "LEFT_ID": "object",
        "RIGHT_ATTRS": {"DEP": "compound", "LEMMA": noun["RIGHT_ATTRS"]["LEMMA"]},
    }
    rest = [node for n, node in enumerate(pattern) if n not in (at, parent)]
    return [*rest[:parent], name, compound, *rest[parent:]]


_OF = "#of"
"""Suffix of a pattern's name for its variant whose preposition hangs from the noun of an
"of" phrase under the pattern's noun (`_through_of`)."""


def _through_of(pattern: list[dict]) -> list[dict] | None:
    """A pattern whose noun has a preposition on the path, made to match where the parser
    hangs the preposition from the noun of an "of" phrase under it instead ("a genus of trees
    in the family Myrtaceae", where the examples said "a genus in the family Banksia"); None
    for a pattern with no such noun."""
    ids = {node["RIGHT_ID"]: n for n, node in enumerate(pattern)}
    for n, node in enumerate(pattern):
        attrs = node["RIGHT_ATTRS"]
        parent = ids.get(node.get("LEFT_ID", ""))
        if parent is None or attrs.get("DEP") != "prep" or attrs.get("LEMMA") in (None, "of"):
            continue
        noun = pattern[parent]["RIGHT_ATTRS"]
        if "LEMMA" not in noun or pattern[parent]["RIGHT_ID"] in ("subject", "object"):
            continue
        hop = [
            {
                "LEFT_ID": node["LEFT_ID"],
                "REL_OP": ">",
                "RIGHT_ID": "of_",
                "RIGHT_ATTRS": {"DEP": "prep", "LEMMA": "of"},
            },
            {
                "LEFT_ID": "of_",
                "REL_OP": ">",
                "RIGHT_ID": "of_noun",
                "RIGHT_ATTRS": {"DEP": "pobj", "POS": "NOUN"},
            },
        ]
        return [*pattern[:n], *hop, {**node, "LEFT_ID": "of_noun"}, *pattern[n + 1 :]]
    return None


_OBJECT = "#object"
"""Suffix of a pattern's name for its variant with a verb's preposition hung from its object
(`_through_object`)."""


def _through_object(pattern: list[dict]) -> list[dict] | None:
    """A pattern whose verb has a preposition on the path, made to match where the parser hangs
    the preposition from the verb's object, a common noun, instead ("wrote the libretto for
    Otello", where the examples' "wrote the libretto for Don Giovanni" hung "for" from
    "wrote"); None for a pattern with no such preposition, or whose verb has an object of its
    own in the pattern."""
    ids = {node["RIGHT_ID"]: n for n, node in enumerate(pattern)}
    if any(node.get("LEFT_ID") == "anchor" and node["RIGHT_ATTRS"].get("DEP") == "dobj" for node in pattern):
        return None
    if "anchor" not in ids or pattern[ids["anchor"]]["RIGHT_ATTRS"].get("LEMMA") in (None, "be"):
        return None  # no verb, or a copula, which has no object
    for n, node in enumerate(pattern):
        attrs = node["RIGHT_ATTRS"]
        if (
            node.get("LEFT_ID") != "anchor"
            or attrs.get("DEP") != "prep"
            or attrs.get("LEMMA") in (None, "of")
        ):
            continue
        hop = {
            "LEFT_ID": "anchor",
            "REL_OP": ">",
            "RIGHT_ID": "dobj_",
            "RIGHT_ATTRS": {"DEP": "dobj", "POS": "NOUN"},
        }
        return [*pattern[:n], hop, {**node, "LEFT_ID": "dobj_"}, *pattern[n + 1 :]]
    return None


_APPOSITION = "#as-appos"
"""Suffix of a pattern's name for its variant that reads "X, a N of Y" where the pattern says
"X is a N of Y" (`_as_apposition`)."""


def _as_apposition(pattern: list[dict]) -> list[dict] | None:
    """A pattern of what a copula says its subject is ("X is a subsidiary of Y"), made to match
    the same noun in apposition with the subject ("X, a subsidiary of Y, …"); None for a
    pattern of any other shape."""
    top = pattern[0]
    if top["RIGHT_ID"] != "anchor" or top["RIGHT_ATTRS"].get("LEMMA") != "be":
        return None
    below = [node for node in pattern[1:] if node.get("LEFT_ID") == "anchor"]
    said = [node for node in below if node["RIGHT_ATTRS"].get("DEP") == "attr"]
    subject = [node for node in below if node["RIGHT_ID"] == "subject"]
    if (
        len(below) != 2
        or len(said) != 1
        or len(subject) != 1
        or subject[0]["RIGHT_ATTRS"].get("DEP") != "nsubj"
    ):
        return None
    if said[0]["RIGHT_ID"] == "object" or "LEMMA" not in said[0]["RIGHT_ATTRS"]:
        return None
    root = {
        "RIGHT_ID": "subject",
        "RIGHT_ATTRS": {k: v for k, v in subject[0]["RIGHT_ATTRS"].items() if k != "DEP"},
    }
    noun = {**said[0], "LEFT_ID": "subject", "RIGHT_ATTRS": {**said[0]["RIGHT_ATTRS"], "DEP": "appos"}}
    rest = [node for node in pattern[1:] if node is not said[0] and node is not subject[0]]
    return [root, noun, *rest]


_COPULA = "#copula"
"""Suffix of a pattern's name for its variant that says with a copula what the examples said in
apposition (`_as_copula`)."""


def _as_copula(pattern: list[dict]) -> list[dict] | None:
    """A pattern of a noun in apposition with its subject ("X, the currency of Y, …"), made to
    match what a copula says the subject is ("X is the currency of Y"), the converse of
    `_as_apposition`; None for a pattern of any other shape."""
    top = pattern[0]
    if top["RIGHT_ID"] != "subject" or top.get("LEFT_ID") is not None:
        return None
    below = [node for node in pattern[1:] if node.get("LEFT_ID") == "subject"]
    if len(below) != 1 or below[0]["RIGHT_ATTRS"].get("DEP") != "appos" or below[0]["RIGHT_ID"] == "object":
        return None
    if "LEMMA" not in below[0]["RIGHT_ATTRS"]:
        return None
    copula = {"RIGHT_ID": "anchor", "RIGHT_ATTRS": {"LEMMA": "be"}}
    subject = {
        **top,
        "LEFT_ID": "anchor",
        "REL_OP": ">",
        "RIGHT_ATTRS": {**top["RIGHT_ATTRS"], "DEP": "nsubj"},
    }
    noun = {**below[0], "LEFT_ID": "anchor", "RIGHT_ATTRS": {**below[0]["RIGHT_ATTRS"], "DEP": "attr"}}
    rest = [node for node in pattern[1:] if node is not below[0]]
    return [copula, subject, noun, *rest]


_NAMED_OR_RELATIVE = ["NNP", "NNPS", *RELATIVE_TAGS]

_ACTIVE = "#active"
"""Suffix of a pattern's name for its variant in the active voice (`_active`)."""


def _active(pattern: list[dict]) -> list[dict] | None:
    """A pattern of a verb in the passive with its doer after "by" ("the music for X was
    composed by Y", or "built by Y" with its subject left to the clause), made to match the verb
    in the active ("Y composed the music for X", "Y built X"): the passive subject its object,
    a name or the relative word standing for one ("X, which Y built"), the doer its subject;
    a participle's pattern of what is done to its clause's subject ("X, founded in 1863") reads
    the active verb's object ("Y founded X in 1863"); None for a pattern of any other shape."""
    top = pattern[0]
    if top["RIGHT_ID"] != "anchor" or "LEMMA" not in top["RIGHT_ATTRS"]:
        return None
    said_of = not any(node["RIGHT_ID"] == "subject" for node in pattern)
    doing = any(node["RIGHT_ATTRS"].get("DEP") == "agent" for node in pattern)
    if said_of and not doing and top["RIGHT_ATTRS"].get("TAG") == "VBN":  # "Y founded X in 1863"
        anchor = {**top, "RIGHT_ATTRS": {k: v for k, v in top["RIGHT_ATTRS"].items() if k != "TAG"}}
        done = {"LEFT_ID": "anchor", "REL_OP": ">", "RIGHT_ID": "subject",
                "RIGHT_ATTRS": {"DEP": "dobj", "TAG": {"IN": _NAMED_OR_RELATIVE}}}  # fmt: skip
        return [anchor, *pattern[1:], done]
    below = [node for node in pattern[1:] if node.get("LEFT_ID") == "anchor"]
    passive = [node for node in below if node["RIGHT_ATTRS"].get("DEP") == "nsubjpass"]
    agent = [node for node in below if node["RIGHT_ATTRS"].get("DEP") == "agent"]
    if said_of and not passive and below == agent:  # "built by Y", its subject left to the clause
        passive = [
            {"LEFT_ID": "anchor", "REL_OP": ">", "RIGHT_ID": "subject", "RIGHT_ATTRS": {"DEP": "nsubjpass"}}
        ]
        pattern = [*pattern, *passive]
    if len(passive) != 1 or len(agent) != 1:
        return None
    doer = [node for node in pattern if node.get("LEFT_ID") == agent[0]["RIGHT_ID"]]
    if len(doer) != 1 or doer[0]["RIGHT_ID"] not in ("subject", "object"):
        return None
    if any(node.get("LEFT_ID") == doer[0]["RIGHT_ID"] for node in pattern):
        return None
    active = []
    for node in pattern:
        if node is top:  # the participle the examples said is a verb in any tense here
            node = {**top, "RIGHT_ATTRS": {k: v for k, v in top["RIGHT_ATTRS"].items() if k != "TAG"}}
        elif node is doer[0]:
            node = {**node, "LEFT_ID": "anchor", "RIGHT_ATTRS": {**node["RIGHT_ATTRS"], "DEP": "nsubj"}}
        elif node is passive[0]:
            attrs = node["RIGHT_ATTRS"] | {"DEP": "dobj"}
            if node["RIGHT_ID"] == "subject" and attrs.get("POS", "PROPN") == "PROPN":
                # a name, or the relative word standing for one: "Tosca, which Y composed"
                attrs = {k: v for k, v in attrs.items() if k != "POS"} | {"TAG": {"IN": _NAMED_OR_RELATIVE}}
            node = {**node, "RIGHT_ATTRS": attrs}
        if node is not agent[0]:
            active.append(node)
    return active


_PASSIVE = "#passive"
"""Suffix of a pattern's name for its variant in the passive voice (`_passive`)."""


def _passive(pattern: list[dict]) -> list[dict] | None:
    """A pattern of a verb in the active whose subject and object are the fact's two ends ("Y
    designed X"), made to match the verb in the passive with its doer after "by" ("X was
    designed by Y"), the converse of `_active`; None for a pattern of any other shape."""
    top = pattern[0]
    if top["RIGHT_ID"] != "anchor" or top["RIGHT_ATTRS"].get("LEMMA") in (None, "be"):
        return None
    below = [node for node in pattern[1:] if node.get("LEFT_ID") == "anchor"]
    doer = [node for node in below if node["RIGHT_ATTRS"].get("DEP") == "nsubj"]
    done = [node for node in below if node["RIGHT_ATTRS"].get("DEP") == "dobj"]
    if len(doer) != 1 or len(done) != 1:
        return None
    if {doer[0]["RIGHT_ID"], done[0]["RIGHT_ID"]} != {"subject", "object"}:
        return None
    if any(node.get("LEFT_ID") in ("subject", "object") for node in pattern):
        return None  # an end with words of its own below it
    anchor = {**top, "RIGHT_ATTRS": {**top["RIGHT_ATTRS"], "TAG": "VBN"}}
    passive = {**done[0], "RIGHT_ATTRS": {**done[0]["RIGHT_ATTRS"], "DEP": "nsubjpass"}}
    by = {"LEFT_ID": "anchor", "REL_OP": ">", "RIGHT_ID": "by_", "RIGHT_ATTRS": {"DEP": "agent"}}
    agent = {**doer[0], "LEFT_ID": "by_", "RIGHT_ATTRS": {**doer[0]["RIGHT_ATTRS"], "DEP": "pobj"}}
    rest = [node for node in pattern[1:] if node is not doer[0] and node is not done[0]]
    return [anchor, *rest, passive, by, agent]


_RELATIVE = "#relative"
"""Suffix of a pattern's name for its variant whose subject is a relative word (`_relative`)."""


def _relative(pattern: list[dict]) -> list[dict] | None:
    """A pattern whose subject is a verb's subject, made to match the relative word that stands
    for it ("the 2005 Kashmir earthquake, which struck Pakistan", where the examples said "the
    2011 Tōhoku earthquake struck Japan"; `kg.relations.learned` reads it as its antecedent);
    None for a pattern of any other shape."""
    at = next((n for n, node in enumerate(pattern) if node["RIGHT_ID"] == "subject"), None)
    if at is None or pattern[at]["RIGHT_ATTRS"].get("DEP") not in ("nsubj", "nsubjpass"):
        return None
    attrs = {k: v for k, v in pattern[at]["RIGHT_ATTRS"].items() if k != "POS"}
    attrs["TAG"] = {"IN": list(RELATIVE_TAGS)}
    return [*pattern[:at], {**pattern[at], "RIGHT_ATTRS": attrs}, *pattern[at + 1 :]]


NAMED = "#named"
"""Suffix of a pattern's name for its variant with the common noun before the name (`_named`);
`kg.relations.learned` reads it only of people ("the painter Tom Loxley", not "the band Black
Ridge")."""


def _named(pattern: list[dict]) -> list[dict] | None:
    """A pattern of the common noun a copula says its subject is ("Tom Loxley is a painter"),
    made to match the noun with the name in apposition after it ("the painter Tom Loxley");
    None for a pattern of any other shape."""
    if (
        len(pattern) != 3
        or pattern[0]["RIGHT_ID"] != "anchor"
        or pattern[0]["RIGHT_ATTRS"].get("LEMMA") != "be"
    ):
        return None
    ends = {node["RIGHT_ID"]: node["RIGHT_ATTRS"] for node in pattern[1:] if node.get("LEFT_ID") == "anchor"}
    if ends.get("subject", {}).get("DEP") != "nsubj" or ends.get("object", {}).get("DEP") != "attr":
        return None
    said = ends["object"].get("POS")
    if (
        ends["subject"].get("POS") != "PROPN"
        or not isinstance(said, dict)
        or "NOUN" not in said.get("IN", ())
    ):
        return None  # the object a common noun
    return [
        {"RIGHT_ID": "object", "RIGHT_ATTRS": {"POS": "NOUN", "LOWER": {"REGEX": "^[a-z]"}}},
        {
            "LEFT_ID": "object",
            "REL_OP": ">",
            "RIGHT_ID": "subject",
            "RIGHT_ATTRS": {"DEP": "appos", "POS": "PROPN"},
        },
    ]


_AROUND = "#around"
"""Suffix of a pattern's name for its variant with a hedged year (`_around`)."""

HEDGES = ("around", "circa", "c.", "about")
"""Prepositions that say a year is not exact, where "in" would say it is."""


def _around(pattern: list[dict]) -> list[dict] | None:
    """A pattern of a year after "in" ("painted by Rembrandt in 1642"), made to match a year
    said not to be exact ("painted by Vermeer around 1658"); None for any other pattern."""
    at = next((n for n, node in enumerate(pattern) if node["RIGHT_ID"] == "object"), None)
    if at is None or pattern[at]["RIGHT_ATTRS"].get("POS") != "NUM":
        return None
    parent = next(
        (n for n, node in enumerate(pattern) if node["RIGHT_ID"] == pattern[at].get("LEFT_ID")), None
    )
    if parent is None or pattern[parent]["RIGHT_ATTRS"].get("LEMMA") != "in":
        return None
    hedged = {
        **pattern[parent],
        "RIGHT_ATTRS": {**pattern[parent]["RIGHT_ATTRS"], "LEMMA": {"IN": list(HEDGES)}},
    }
    return [*pattern[:parent], hedged, *pattern[parent + 1 :]]


_PREDICATE = "#predicate"
"""Suffix of a pattern's name for its variant whose object is the verb's object predicate for
its direct object, or the converse (`_as_predicate`)."""

_OBJECT_OR_PREDICATE = {"dobj": "oprd", "oprd": "dobj"}


def _as_predicate(pattern: list[dict]) -> list[dict] | None:
    """A pattern whose object is a verb's direct object ("nicknamed The Power"), made to
    match where the parser reads it as the verb's object predicate ("nicknamed The Nuke"), as
    it does either way after "named", "called" or "dubbed"; and the converse. None for a
    pattern of any other object."""
    at = next((n for n, node in enumerate(pattern) if node["RIGHT_ID"] == "object"), None)
    dep = pattern[at]["RIGHT_ATTRS"].get("DEP") if at is not None else None
    if at is None or not isinstance(dep, str) or dep not in _OBJECT_OR_PREDICATE:
        return None
    other = {**pattern[at], "RIGHT_ATTRS": {**pattern[at]["RIGHT_ATTRS"], "DEP": _OBJECT_OR_PREDICATE[dep]}}
    return [*pattern[:at], other, *pattern[at + 1 :]]


HEADED = "#headed"
"""Suffix of a pattern's name for its variant whose subject is a common noun a name modifies
(`headed`)."""


def headed(pattern: list[dict]) -> list[dict] | None:
    """A pattern whose subject is a name, made to match a lower-case common noun that a name
    modifies instead ("the Gotthard railway", where the examples' subject was "the
    Trans-Siberian Railway"); None for a pattern whose subject is no name."""
    at = next((n for n, node in enumerate(pattern) if node["RIGHT_ID"] == "subject"), None)
    if at is None or pattern[at]["RIGHT_ATTRS"].get("POS") != "PROPN":
        return None
    node = pattern[at]
    noun = {**node, "RIGHT_ATTRS": node["RIGHT_ATTRS"] | {"POS": "NOUN", "LOWER": {"REGEX": "^[a-z]"}}}
    name = {
        "LEFT_ID": "subject", "REL_OP": ">", "RIGHT_ID": "headed",
        "RIGHT_ATTRS": {"DEP": {"IN": ["compound", "nmod"]}, "POS": "PROPN"},
    }  # fmt: skip
    return [*pattern[:at], noun, *pattern[at + 1 :], name]


_COMPOUND_NAMED = "#compound-named"
"""Suffix of a pattern's name for its variant whose subject is a name with the noun before it as
its compound (`_compound_named`)."""


def _compound_named(pattern: list[dict]) -> list[dict] | None:
    """A pattern whose subject is a name in apposition after a common noun ("the Chilean poet
    Gabriela Mistral": the poet, Gabriela Mistral), made to match the name with the noun as its
    compound ("the Portuguese poet Fernando Pessoa", as the parser also reads it); None for a
    pattern of any other shape."""
    at = next((n for n, node in enumerate(pattern) if node["RIGHT_ID"] == "subject"), None)
    if at is None or pattern[at].get("REL_OP") != ">":
        return None
    if pattern[at]["RIGHT_ATTRS"].get("DEP") != "appos" or pattern[at]["RIGHT_ATTRS"].get("POS") != "PROPN":
        return None
    root = pattern[0]
    if pattern[at].get("LEFT_ID") != root["RIGHT_ID"] or "LEMMA" not in root["RIGHT_ATTRS"]:
        return None  # the noun the pattern's root, so the name can take its place as one
    name = {"RIGHT_ID": "subject", "RIGHT_ATTRS": {"POS": "PROPN"}}
    noun = {
        "LEFT_ID": "subject",
        "REL_OP": ">",
        "RIGHT_ID": root["RIGHT_ID"],
        "RIGHT_ATTRS": {**root["RIGHT_ATTRS"], "DEP": "compound"},
    }
    return [name, noun, *(node for n, node in enumerate(pattern) if n not in (0, at))]


_APPOS_NAMED = "#appos-named"
"""Suffix of a pattern's name for its variant whose subject is a name in apposition after the
noun its pattern has as the name's compound (`_appos_named`)."""


def _appos_named(pattern: list[dict]) -> list[dict] | None:
    """A pattern whose subject is a name with the noun before it as its compound ("the
    Scottish curler David Murdoch"), made to match the name in apposition after the noun ("the
    Scottish curler Bruce Mouat", as the parser also reads it): the converse of
    `_compound_named`. None for a pattern of any other shape."""
    if pattern[0]["RIGHT_ID"] != "subject" or pattern[0]["RIGHT_ATTRS"].get("POS") != "PROPN":
        return None
    at = next(
        (
            n for n, node in enumerate(pattern)
            if node.get("LEFT_ID") == "subject" and _compound(node["RIGHT_ATTRS"].get("DEP"))
            and "LEMMA" in node["RIGHT_ATTRS"]
        ),
        None,
    )  # fmt: skip
    if at is None:
        return None  # the noun must be named, so the name can stand in apposition to it alone
    noun_id = pattern[at]["RIGHT_ID"]
    noun = {
        "RIGHT_ID": noun_id,
        "RIGHT_ATTRS": {k: v for k, v in pattern[at]["RIGHT_ATTRS"].items() if k != "DEP"},
    }
    name = {
        "LEFT_ID": noun_id, "REL_OP": ">", "RIGHT_ID": "subject",
        "RIGHT_ATTRS": {**pattern[0]["RIGHT_ATTRS"], "DEP": "appos"},
    }  # fmt: skip
    return [noun, name, *(node for n, node in enumerate(pattern) if n not in (0, at))]


def _compound(dep: object) -> bool:
    """Whether a pattern node's ``DEP`` is or allows ``compound``."""
    return dep == "compound" or (isinstance(dep, dict) and "compound" in dep.get("IN", ()))


VARIANT_NODES = frozenset(("named", "of_", "of_noun", "headed", "by_", "dobj_"))
"""The nodes variants add to a pattern."""


def variants(rules: Iterable[LearnedRule]) -> dict[str, list[dict]]:
    """Every variant of the rules' patterns, by name."""
    found = {}
    for rule in rules:
        for suffix, make in (
            (_APPOSED, _apposed), (_COMPOUNDED, _compounded), (_OF, _through_of),
            (_APPOSITION, _as_apposition), (_COPULA, _as_copula), (_ACTIVE, _active), (_PASSIVE, _passive),
            (_AROUND, _around), (NAMED, _named), (_RELATIVE, _relative), (_COMPOUND_NAMED, _compound_named),
            (_OBJECT, _through_object), (_PREDICATE, _as_predicate), (_APPOS_NAMED, _appos_named),
        ):  # fmt: skip
            pattern = make(rule.pattern)
            if pattern is not None:
                found[f"{rule.name}{suffix}"] = pattern
    return found


def rule_of(name: str) -> str:
    """The name of the rule a pattern or its variant is read as."""
    suffixes = (
        _APPOS_NAMED,
        _PREDICATE,
        _OBJECT,
        _COMPOUND_NAMED,
        HEADED,
        _RELATIVE,
        NAMED,
        _AROUND,
        _PASSIVE,
        _ACTIVE,
        _COPULA,
        _APPOSITION,
        _OF,
        _COMPOUNDED,
    )
    for suffix in (*suffixes, _APPOSED):
        name = name.removesuffix(suffix)
    return name
