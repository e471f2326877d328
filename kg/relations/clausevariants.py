"""Variants of learned patterns that change the clause between the fact's two ends, for what the
parser does otherwise than in the examples (`kg.relations.variants` makes them).

A preposition hung from the noun of an "of" phrase ("a genus of trees in the family Myrtaceae"
where they said "a genus in the family Banksia", `through_of`) or from the verb's object ("wrote
the libretto for Otello" where the parser hung "for" from "wrote", `through_object`); what a
copula says, said in apposition ("X, a subsidiary of Y," where they said "X is a subsidiary of Y",
`as_apposition`, and the converse, `as_copula`; "the painter Tom Loxley" where they said "Tom
Loxley is a painter", `named`); and a passive verb in the active ("Y composed the music for X"
where they said "the music for X was composed by Y", `active`) and an active one in the passive
("X was designed by Y" where they said "Y designed X", `passive`).
"""

from __future__ import annotations

from kg.reference import RELATIVE_TAGS

OF = "#of"
"""Suffix of a pattern's name for its variant whose preposition hangs from the noun of an
"of" phrase under the pattern's noun (`through_of`)."""


def through_of(pattern: list[dict]) -> list[dict] | None:
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


OBJECT = "#object"
"""Suffix of a pattern's name for its variant with a verb's preposition hung from its object
(`through_object`)."""


def through_object(pattern: list[dict]) -> list[dict] | None:
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


APPOSITION = "#as-appos"
"""Suffix of a pattern's name for its variant that reads "X, a N of Y" where the pattern says
"X is a N of Y" (`as_apposition`)."""


def as_apposition(pattern: list[dict]) -> list[dict] | None:
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


COPULA = "#copula"
"""Suffix of a pattern's name for its variant that says with a copula what the examples said in
apposition (`as_copula`)."""


def as_copula(pattern: list[dict]) -> list[dict] | None:
    """A pattern of a noun in apposition with its subject ("X, the currency of Y, …"), made to
    match what a copula says the subject is ("X is the currency of Y"), the converse of
    `as_apposition`; None for a pattern of any other shape."""
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

ACTIVE = "#active"
"""Suffix of a pattern's name for its variant in the active voice (`active`)."""


def active(pattern: list[dict]) -> list[dict] | None:
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


PASSIVE = "#passive"
"""Suffix of a pattern's name for its variant in the passive voice (`passive`)."""


def passive(pattern: list[dict]) -> list[dict] | None:
    """A pattern of a verb in the active whose subject and object are the fact's two ends ("Y
    designed X"), made to match the verb in the passive with its doer after "by" ("X was
    designed by Y"), the converse of `active`; None for a pattern of any other shape."""
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


NAMED = "#named"
"""Suffix of a pattern's name for its variant with the common noun before the name (`named`);
`kg.relations.learned` reads it only of people ("the painter Tom Loxley", not "the band Black
Ridge")."""


def named(pattern: list[dict]) -> list[dict] | None:
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
