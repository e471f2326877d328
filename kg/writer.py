"""Documents' graphs into the store as extraction yields them: whole documents in atomic
batches, written on writer threads beside the extraction of the next batch.
"""

from __future__ import annotations

import collections
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

from rdflib.term import Node

from kg.store import GraphStore
from kg.text import Document

if TYPE_CHECKING:
    from kg.ingest import BuildReport

BATCH_TRIPLES = 250_000
"""Most triples a build holds before writing them (see `store_documents`)."""
WRITERS = 2
"""Batches of new documents written at once (see `store_documents`)."""
RELEASE_AFTER = 1.0
"""Seconds a build holds an on-disk store before letting queries and other builds in."""


_Batch = list[tuple[Document, list[tuple[Node, Node, Node]]]]
"""Documents with their triples, written together."""


def store_documents(
    store: GraphStore,
    graphs: Iterable[tuple[Document, list[tuple[Node, Node, Node]]]],
    *,
    report: BuildReport,
    on_document: Callable[[Document, int], None] | None = None,
) -> None:
    """Write documents' graphs as they come, in batches of whole documents (each batch all
    or nothing, so each document is): a batch a second while extraction is the slow part,
    and up to `BATCH_TRIPLES` at once when triples come faster than the store would take
    them one document at a time (see `kg.store.Store.replace_graphs`).

    A batch is made ready here (`GraphStore.prepare`) and written on a writer thread while
    the next is extracted and made ready; a document counts as stored only once its batch's
    write has returned. Up to `WRITERS` full batches that only add new documents are
    written at once (Oxigraph's bulk loader is one thread per batch of this size); any other
    write waits for those in flight and runs alone.
    """
    batch: _Batch = []
    in_flight: collections.deque[tuple[_Batch, Future[list[int]]]] = collections.deque()
    alone = False  # the write in flight replaces documents: nothing may run beside it
    releasing = False  # the write in flight lets go of the store when done: wait for it first

    def stored(document: Document, count: int) -> None:
        report.documents.append(document.source)
        if document.note:
            report.notes.append(f"{document.source}: {document.note}")
        report.triples += count
        if on_document is not None:
            on_document(document, count)

    def one_by_one(documents: _Batch) -> None:
        """One document spoils a batch (nothing of it was written): store them one by one,
        as an unbatched build would, up to the bad one, which raises."""
        for document, triples in documents:
            stored(document, store.replace_graph(document.iri, triples))

    def finish(keep: int = 0) -> None:
        """Wait for the oldest writes in flight until ``keep`` are left, counting their
        documents as stored."""
        while len(in_flight) > keep:
            documents, future = in_flight.popleft()
            try:
                counts = future.result()
            except Exception:
                if len(documents) == 1:
                    raise
                one_by_one(documents)
            else:
                for (document, _), count in zip(documents, counts, strict=True):
                    stored(document, count)

    def write(writer: ThreadPoolExecutor, *, behind: bool) -> None:
        """Write the batch on a writer thread, beside the next batch's extraction. A full
        batch (``behind``: triples come faster than the store takes them) keeps the store
        open; any other lets go of it once written, so that readers get at it while the
        next batch is extracted, and nothing here touches the store until it has."""
        nonlocal alone, releasing
        if releasing:
            finish()
        documents = list(batch)
        batch.clear()
        iris = {d.iri for d, _ in documents}
        if any(iris & {d.iri for d, _ in flying} for flying, _ in in_flight):
            finish()  # a document again: its earlier graph must be in the store before it is replaced
        try:
            job = store.prepare([(document.iri, triples) for document, triples in documents])
        except Exception:
            finish()
            if len(documents) == 1:
                raise
            one_by_one(documents)
            return

        def run_and_release() -> list[int]:
            try:
                return job.run()
            finally:
                store.release(held_for=RELEASE_AFTER)

        # Only full batches of new documents go beside another; one that lets go of the
        # store when done must not close it under a load still running.
        finish(keep=WRITERS - 1 if behind and job.adds_only and not alone else 0)
        in_flight.append((documents, writer.submit(job.run if behind else run_and_release)))
        alone, releasing = not job.adds_only, not behind

    with ThreadPoolExecutor(max_workers=WRITERS, thread_name_prefix="kg-writer") as writer:
        try:
            pending, started = 0, time.monotonic()
            for document, triples in graphs:
                batch.append((document, triples))
                pending += len(triples)
                if pending >= BATCH_TRIPLES or time.monotonic() - started >= RELEASE_AFTER:
                    write(writer, behind=pending >= BATCH_TRIPLES)
                    pending, started = 0, time.monotonic()
            if batch:
                write(writer, behind=False)
        finally:
            finish()
            store.release(held_for=RELEASE_AFTER)
