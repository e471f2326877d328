"""Text in, graph out (and out again): the whole extraction path, one document at a time.

``build()`` reads like the package tree: sources → ``nlp.pipe`` → mentions →
relations → entities → triples → store, then links entities across documents.
"""

from __future__ import annotations

import collections
import itertools
import logging
import multiprocessing
import sys
import tempfile
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from multiprocessing.pool import AsyncResult
from pathlib import Path

from rdflib import RDFS, SKOS
from rdflib.term import Node
from spacy.language import Language
from spacy.tokens import Doc

from kg.entities import DEFAULT_BASE, entities
from kg.errors import KGError
from kg.learn import Patterns, read_patterns
from kg.linking import link_entities
from kg.nlp import DEFAULT_MODEL, load_pipeline
from kg.ontology import KG, ONTOLOGY_GRAPH, read_ontology
from kg.rdf import document_triples
from kg.relations import DEFAULT_EXTRACTORS, make_extractors, relations
from kg.relations.learned import LearnedExtractor
from kg.store import GraphStore
from kg.text import MAX_BYTES, Document, Skipped, read_documents
from kg.writer import store_documents

log = logging.getLogger("kg")
CHUNK_CHARS = 100_000
"""Texts longer than this are parsed in pieces (spaCy's memory grows with text length)."""


@dataclass
class BuildReport:
    """What a build did: documents stored, triples written, sources skipped."""

    documents: list[str] = field(default_factory=list)
    triples: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """Documents stored with a caveat, such as a fallback encoding."""
    linked: int = 0
    """Short names merged with the same person's full name from another document."""


def parse(
    documents: Iterable[Document], *, nlp: Language, workers: int = 1
) -> Iterator[tuple[Doc, Document]]:
    """Run the pipeline over documents, streaming, in ``workers`` processes; a text longer
    than `CHUNK_CHARS` is parsed in pieces cut at line ends and joined back into one ``Doc``
    with the same text. Documents come back in the order they went in."""

    def pieces() -> Iterator[tuple[str, tuple[Document, bool]]]:
        for document in documents:
            chunks = _chunks(document.text, CHUNK_CHARS)
            for i, chunk in enumerate(chunks):
                yield chunk, (document, i == len(chunks) - 1)

    parts: list[Doc] = []
    for doc, (document, last) in nlp.pipe(pieces(), as_tuples=True, n_process=workers, batch_size=16):
        parts.append(doc)
        if last:
            yield (parts[0] if len(parts) == 1 else _join(parts)), document
            parts = []


def _join(parts: list[Doc]) -> Doc:
    """One Doc from pieces parsed apart, with kg's trigger positions (property and class)
    carried over (spaCy merges token attributes but not Doc-level ones)."""
    triggers: list[int] = []
    class_at: dict[int, str] = {}
    offset = 0
    for part in parts:
        triggers += [offset + i for i in part._.kg_triggers or ()]
        class_at |= {offset + i: iri for i, iri in (part._.kg_class_triggers or {}).items()}
        offset += len(part)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"\[W101\]")  # the Doc attributes restored below
        whole = Doc.from_docs(parts, ensure_whitespace=False)
    whole._.kg_triggers = triggers
    whole._.kg_class_triggers = class_at
    return whole


def _chunks(text: str, size: int) -> list[str]:
    """Cut ``text`` into pieces of at most about ``size`` characters, at line ends where possible."""
    chunks = []
    while len(text) > size:
        cut = text.rfind("\n", 0, size) + 1 or size
        chunks.append(text[:cut])
        text = text[cut:]
    return [*chunks, text]


def build(
    paths: Iterable[str | Path],
    *,
    store: GraphStore,
    model: str | Language = DEFAULT_MODEL,
    ontologies: Iterable[str | Path] = (),
    extractors: list[str] | None = None,
    patterns: str | Path | None = None,
    base: str = DEFAULT_BASE,
    max_bytes: int = MAX_BYTES,
    check_english: bool = True,
    workers: int = 1,
    scheduler: str | None = None,
    on_document: Callable[[Document, int], None] | None = None,
) -> BuildReport:
    """Extract a graph from each source and store it as that document's named graph.

    Each document is written in one transaction, replacing what an earlier build of the
    same source stored. Unreadable sources are skipped and listed in the report.

    Args:
        paths: files, directories or ``-`` (stdin); see `kg.text.read_documents`.
        store: where to write.
        model: an installed spaCy pipeline's name, or a loaded pipeline to reuse.
        ontologies: ontology files to use besides kg's own.
        extractors: names of relation extractors (default: all built-in ones).
        patterns: a pattern file from ``kg learn`` (`kg.learn`), used besides the extractors.
        base: namespace for entity IRIs.
        max_bytes: larger files are skipped.
        check_english: skip documents that do not look like English.
        workers: processes that each extract whole documents (forked from this one, so
            the model loads once; spaCy's ``n_process`` off Linux, where fork is unsafe); the
            graph is the same whatever the number.
        scheduler: a Dask scheduler's address (``tcp://HOST:8786``): documents are
            extracted on its workers (each loads the model once) and stored here as they
            come back; the graph is the same as a local build's.
        on_document: called after each document is stored, with the triple count.

    Raises:
        KGError: a path does not exist, the model or an ontology can't be loaded.
    """
    settings = Settings(
        model if isinstance(model, str) else "", tuple(str(p) for p in ontologies),
        tuple(extractors or DEFAULT_EXTRACTORS), None if patterns is None else str(patterns), base,
    )  # fmt: skip
    report = BuildReport()
    documents = read_documents(
        paths, skipped=report.skipped, max_bytes=max_bytes, check_english=check_english
    )
    if scheduler:
        if not isinstance(model, str):
            raise KGError("A Dask scheduler needs the spaCy pipeline by name (each worker loads it)")
        graphs = _distributed(documents, settings.carried(), scheduler)
        store.replace_graph(str(ONTOLOGY_GRAPH), read_ontology(settings.ontologies).triples())
    else:
        local = Extraction(settings, nlp=model if isinstance(model, Language) else None)
        if workers > 1 and sys.platform == "linux":  # fork is unsafe with macOS system libraries
            graphs = _forked(documents, local, workers)
        else:
            parsed = parse(documents, nlp=local.nlp, workers=workers)
            graphs = ((d, local.triples(doc, d)) for doc, d in parsed)
        store.replace_graph(
            str(ONTOLOGY_GRAPH), local.ontology.triples()
        )  # queries can read labels and classes
    store_documents(store, graphs, report=report, on_document=on_document)
    report.linked = link_entities(store)
    return report


@dataclass(frozen=True)
class Settings:
    """What extraction needs to know, small enough to send to a cluster's workers."""

    model: str
    ontologies: tuple[str, ...] = ()
    extractors: tuple[str, ...] = tuple(DEFAULT_EXTRACTORS)
    patterns: str | None = None
    base: str = DEFAULT_BASE
    texts: tuple[tuple[str, str], ...] = ()
    """(path, content) of the ontology and pattern files, carried to workers that can't
    read the client's disk."""

    def carried(self) -> Settings:
        """These settings with the files' contents in them, ready to send to a cluster.

        Raises:
            KGError: a file can't be read.
        """
        paths = [*self.ontologies, *([self.patterns] if self.patterns else [])]
        try:
            return replace(self, texts=tuple((p, Path(p).read_text(encoding="utf-8")) for p in paths))
        except OSError as error:
            raise KGError(f"Can't read '{error.filename}': {error.strerror}") from None

    def unpacked(self) -> Settings:
        """On a worker: the carried files written to a local folder, the paths pointing there."""
        if not self.texts:
            return self
        folder = Path(tempfile.mkdtemp(prefix="kg-"))
        local = {}
        for n, (path, text) in enumerate(self.texts):
            local[path] = str(folder / f"{n}-{Path(path).name}")  # the suffix tells the format
            Path(local[path]).write_text(text, encoding="utf-8")
        return replace(
            self, ontologies=tuple(local[p] for p in self.ontologies),
            patterns=local[self.patterns] if self.patterns else None, texts=(),
        )  # fmt: skip


class Extraction:
    """The pipeline, ontology and extractors for `Settings`, loaded once per process."""

    def __init__(self, settings: Settings, *, nlp: Language | None = None) -> None:
        self.settings = settings
        self.ontology = read_ontology(settings.ontologies)
        self.nlp = load_pipeline(nlp or settings.model, ontology_paths=settings.ontologies)
        self.extract = make_extractors(list(settings.extractors), ontology=self.ontology)
        if settings.patterns is not None:
            self.extract.append(
                LearnedExtractor(read_patterns(settings.patterns, self.ontology), self.ontology)
            )
        elif any(not iri.startswith(KG) for iri in self.ontology.properties):
            # a user's ontology and no examples: its labels still read facts stated with them
            self.extract.append(LearnedExtractor(Patterns(), self.ontology))

    def triples(self, doc: Doc, document: Document) -> list[tuple[Node, Node, Node]]:
        """The triples of one document's graph, from its parse."""
        found = list(relations(doc, extractors=self.extract))
        nodes = entities(doc, ontology=self.ontology, relations=found, base=self.settings.base)
        return list(document_triples(document, entities=nodes, relations=found, ontology=self.ontology))


_LOADED: dict[Settings, Extraction] = {}
"""A Dask worker's loaded pipelines, so each loads its model once."""


def extract_document(
    settings: Settings, document: Document
) -> tuple[Document, list[tuple[Node, Node, Node]]]:
    """One document's graph, computed where this runs (a Dask worker): the unit of distributed work."""
    if settings not in _LOADED:
        _LOADED[settings] = Extraction(settings.unpacked())
    extraction = _LOADED[settings]
    doc, _ = next(parse([document], nlp=extraction.nlp))
    return document, extraction.triples(doc, document)


_FORKED: Extraction | None = None
"""The parent's loaded extraction, which forked worker processes inherit."""


def _extract_forked(documents: list[Document]) -> list[list[tuple[Node, Node, Node]]]:
    assert _FORKED is not None
    return [_FORKED.triples(doc, document) for doc, document in parse(documents, nlp=_FORKED.nlp)]


FORKED_CHUNK = 8
"""Documents per task sent to a forked worker: spaCy parses them as one batch."""


def _forked(
    documents: Iterable[Document], extraction: Extraction, workers: int
) -> Iterator[tuple[Document, list[tuple[Node, Node, Node]]]]:
    """Documents' graphs computed in ``workers`` forked processes, each running the whole
    extraction (parse, relations, entities, triples) on the model loaded once here; only
    the triples come back, in document order, `FORKED_CHUNK` documents a task (parsed as one
    batch), with a bounded number of tasks in flight.

    Whole documents per process, rather than spaCy's ``n_process``, keep kg's own work off
    the parent (which only writes to the store) and send triples back instead of parses.
    """
    global _FORKED
    _FORKED = extraction
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            pending: collections.deque[tuple[list[Document], AsyncResult]] = collections.deque()
            source = iter(documents)

            def submit() -> None:
                chunk = list(itertools.islice(source, FORKED_CHUNK))
                if chunk:
                    pending.append((chunk, pool.apply_async(_extract_forked, (chunk,))))

            for _ in range(2 * workers):
                submit()
            while pending:
                chunk, result = pending.popleft()
                submit()
                yield from zip(chunk, result.get(), strict=True)
    finally:
        _FORKED = None


def _distributed(
    documents: Iterable[Document], settings: Settings, scheduler: str
) -> Iterator[tuple[Document, list[tuple[Node, Node, Node]]]]:
    """Documents' graphs computed on a Dask cluster, streamed back as they finish, with a
    bounded number in flight (so a large corpus is never all in memory at once)."""
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise KGError("--scheduler needs Dask: pip install 'distributed'") from None
    try:
        client = Client(scheduler, timeout=30)
    except OSError as error:
        raise KGError(f"Can't reach the Dask scheduler at {scheduler}: {error}") from None
    with client:
        in_flight = max(2, 2 * sum(client.nthreads().values()))
        pending = as_completed()
        source = iter(documents)
        for document in itertools.islice(source, in_flight):
            pending.add(client.submit(extract_document, settings, document, pure=False))
        for future in pending:
            yield future.result()
            for document in itertools.islice(source, 1):
                pending.add(client.submit(extract_document, settings, document, pure=False))


def remove(sources: Iterable[str], *, store: GraphStore) -> list[str]:
    """Take documents and everything only they asserted out of the store.

    Facts that other documents also state stay, since each document's facts live in its
    own graph. The removal is one transaction; linking names across the documents that
    remain runs after it.

    Args:
        sources: paths as given to `build` (files or directories, which need not exist any
            more), document IRIs, or ``-``-built documents by their ``urn:kg:stdin:`` IRI.

    Returns:
        The IRIs of the documents removed.

    Raises:
        KGError: a source matches no document in the store (nothing is removed then).
    """
    stored = [g for g in store.graphs() if g != str(ONTOLOGY_GRAPH)]
    chosen: list[str] = []
    for source in sources:
        if source in stored:
            chosen.append(source)
            continue
        path = Path(source).resolve().as_uri()
        matches = [g for g in stored if g == path or g.startswith(path.rstrip("/") + "/")]
        if not matches:
            raise KGError(f"No document from {source!r} in store '{store.location}'")
        chosen.extend(matches)
    chosen = sorted(set(chosen))
    # A person whose full name came only from a removed document keeps the name it is still
    # known by (its alias) as its label.
    store.remove_graphs(
        chosen,
        then=f"""INSERT {{ GRAPH ?g {{ ?e <{RDFS.label}> ?alias }} ?e <{RDFS.label}> ?alias }} WHERE {{
              {{ SELECT ?e (MIN(?a) AS ?alias) (SAMPLE(?h) AS ?g) WHERE {{
                  GRAPH ?h {{ ?e <{SKOS.altLabel}> ?a }}
                  FILTER NOT EXISTS {{ GRAPH ?any {{ ?e <{RDFS.label}> ?l }} }}
              }} GROUP BY ?e }}
            }}""",
    )
    link_entities(store)
    return chosen
