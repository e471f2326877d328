"""Places named without the region the text writes after them: Wikidata's labels are "Lake
County", where DBpedia writes "Lake_County,_Colorado" (`kg.names.phrase` joins a place and the
region after its comma, as a linker does).

`learn_bare_places` keeps ``shape:bare-places`` in the pattern file's names table where the
examples name such places alone at least `MIN_BARE` times and never with a region;
`kg.relations.ends.Ends.named` then leaves the region out: "Inyo County, California" is
``Inyo County``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from kg.namespans import tagged

BARE_PLACES = "shape:bare-places"
"""Names-table key set where the examples name places without the region written after them."""

MIN_BARE = 2
"""How many places the examples must name so, and none otherwise."""


def learn_bare_places(docs: Sequence[Doc], examples: Sequence[dict]) -> dict[str, str]:
    """``{BARE_PLACES: "1"}`` where at least `MIN_BARE` of the examples' names are a place the
    text writes before a comma and a region the tagger calls a place, and no name holds one."""
    bare = 0
    for doc, example in zip(docs, examples, strict=True):
        names = {
            n.replace("_", " ") for s, _, o in example["triples"] for n in (s, o) if not n.startswith('"')
        }
        if any(", " in name for name in names):
            return {}
        places = [ent for ent in tagged(doc) if ent.label_ == "GPE"]
        for ent in places:
            after = ent.end + 1
            if after < len(doc) and doc[ent.end].text == "," and any(p.start == after for p in places):
                bare += ent.text in names
    return {BARE_PLACES: "1"} if bare >= MIN_BARE else {}
