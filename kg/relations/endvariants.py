"""Variants of learned patterns that change one end of the fact, for what the parser does with a
name or a value otherwise than in the examples (`kg.relations.variants` makes them).

The object: a name's common noun with the name in apposition ("a song by the band Black Ridge"
where the examples said "a song by Black Ridge", `apposed`), the name with that noun as its
compound ("the genus Casuarius" where they said "the genus Apteryx" in apposition, `compounded`),
a year said not to be exact ("around 1658" where they said "in 1642", `around`), and an object
predicate for a direct object ("nicknamed The Nuke" where the parser read "nicknamed The Power"
otherwise, `as_predicate`).

The subject: the relative word standing for it ("the 2005 Kashmir earthquake, which struck
Pakistan", `relative`), a common noun a name modifies ("the Gotthard railway" where they said
"the Trans-Siberian Railway", `headed`, made only where the examples name subjects so), and a name
with the noun before it as its compound ("the Portuguese poet Fernando Pessoa" where they said "the
Chilean poet Gabriela Mistral" in apposition, `compound_named`, and the converse, `appos_named`).
"""

from __future__ import annotations

from kg.reference import RELATIVE_TAGS

APPOSED = "#appos"
"""Suffix of a pattern's name for its variant whose name end is a common noun with the name in
apposition (`apposed`)."""


def apposed(pattern: list[dict]) -> list[dict] | None:
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


COMPOUNDED = "#compounded"
"""Suffix of a pattern's name for its variant whose name end is a name with the common noun
before it as its compound (`compounded`)."""


def compounded(pattern: list[dict]) -> list[dict] | None:
    """A pattern whose object is a name in apposition with the common noun before it ("the
    genus Apteryx": the genus, Apteryx), made to match the name with the noun as its compound
    instead ("the genus Casuarius", as the parser also reads it), the converse of `apposed`;
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


AROUND = "#around"
"""Suffix of a pattern's name for its variant with a hedged year (`around`)."""

HEDGES = ("around", "circa", "c.", "about")
"""Prepositions that say a year is not exact, where "in" would say it is."""


def around(pattern: list[dict]) -> list[dict] | None:
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


PREDICATE = "#predicate"
"""Suffix of a pattern's name for its variant whose object is the verb's object predicate for
its direct object, or the converse (`as_predicate`)."""

_OBJECT_OR_PREDICATE = {"dobj": "oprd", "oprd": "dobj"}


def as_predicate(pattern: list[dict]) -> list[dict] | None:
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


RELATIVE = "#relative"
"""Suffix of a pattern's name for its variant whose subject is a relative word (`relative`)."""


def relative(pattern: list[dict]) -> list[dict] | None:
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


COMPOUND_NAMED = "#compound-named"
"""Suffix of a pattern's name for its variant whose subject is a name with the noun before it as
its compound (`compound_named`)."""


def compound_named(pattern: list[dict]) -> list[dict] | None:
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


APPOS_NAMED = "#appos-named"
"""Suffix of a pattern's name for its variant whose subject is a name in apposition after the
noun its pattern has as the name's compound (`appos_named`)."""


def appos_named(pattern: list[dict]) -> list[dict] | None:
    """A pattern whose subject is a name with the noun before it as its compound ("the
    Scottish curler David Murdoch"), made to match the name in apposition after the noun ("the
    Scottish curler Bruce Mouat", as the parser also reads it): the converse of
    `compound_named`. None for a pattern of any other shape."""
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
