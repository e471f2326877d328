"""A company's legal form written after its name ("Nokia Corporation", "Adidas AG", "Nintendo
Co., Ltd."): the parser makes the form the head of the name, and linkers name some companies
with it (DBpedia's ``Apple_Inc.``) and others without (``Nokia``).

`legal_heads` (a parse repair, run by `kg.repairs`) makes the name the head again, so that what
is learned of "Nokia Corporation is …" reads "Ericsson is …" too. `learn_legal_forms` keeps
``shape:legal-dropped`` in the pattern file's names table where the examples name a company
without the form the text writes after it, and never with it; `without_legal_form` then leaves
the form out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

LEGAL_FORMS = frozenset(
    {"Inc", "Corp", "Corporation", "Co", "Ltd", "LLC", "plc", "PLC", "AG", "SE", "GmbH", "S.A", "N.V",
     "B.V", "NV", "BV", "AB", "ASA", "Oyj", "Limited", "KGaA", "S.p.A", "SpA", "A/S"}
)  # fmt: skip
"""Words of a company's legal form, without their last full stop."""

DROPPED = "shape:legal-dropped"
"""Names-table key set where the examples name companies without their legal form."""


def legal_form(token: Token) -> bool:
    """Whether ``token`` is a word of a company's legal form (`LEGAL_FORMS`)."""
    return token.text.rstrip(".") in LEGAL_FORMS or token.text in LEGAL_FORMS


def legal_heads(doc: Doc) -> Doc:
    """``doc`` with every name the parser hangs from its legal form ("Nokia" under "Corporation")
    made the head of the form and of all that hung from it."""
    for form in doc:
        if not (legal_form(form) and form.pos_ == "PROPN"):
            continue
        names = [
            c
            for c in form.lefts
            if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and not legal_form(c)
        ]
        if not names:
            continue
        name = names[-1]
        for child in list(form.children):
            if child.i != name.i:
                child.head = name
        if form.head.i == form.i:
            name.head, name.dep_ = name, form.dep_
        else:
            name.head, name.dep_ = form.head, form.dep_
        form.head, form.dep_ = name, "appos"
    return doc


def _form_after(span: Span) -> int:
    """Where the legal form written after the name in ``span`` begins (its comma, if any), or
    the span's end where it holds none: "Nintendo Co., Ltd." → "Nintendo"."""
    doc, end = span.doc, span.end
    while end > span.start + 1 and (legal_form(doc[end - 1]) or doc[end - 1].text in (",", ".")):
        end -= 1
    return end


def learn_legal_forms(docs: Sequence[Doc], examples: Sequence[dict]) -> dict[str, str]:
    """``{DROPPED: "1"}`` where some example names a company without the legal form the text
    writes after its name, and none with it."""
    dropped = kept = 0
    for doc, example in zip(docs, examples, strict=True):
        for name in {n for s, _, o in example["triples"] for n in (s, o) if not n.startswith('"')}:
            said = name.replace("_", " ")
            for found in re.finditer(rf"(?<!\w){re.escape(said)}(?!\w)", doc.text):
                span = doc.char_span(*found.span())
                if span is None:
                    continue
                if legal_form(span[-1]):
                    kept += 1
                elif span.end < len(doc) and legal_form(doc[span.end]):
                    dropped += 1
    return {DROPPED: "1"} if dropped and not kept else {}


def without_legal_form(span: Span, names: dict[str, str]) -> Span:
    """``span`` without the legal form after its name, where the examples name companies so."""
    if not names.get(DROPPED) or len(span) < 2:
        return span
    return span.doc[span.start : _form_after(span)]
