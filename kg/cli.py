"""The ``kg`` command: a few lines per command, each calling one library function."""

from __future__ import annotations

import json
import logging
import sys
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from kg.analysis import stats
from kg.entities import DEFAULT_BASE
from kg.errors import KGError
from kg.evaluate import benchmark_ontology, read_examples, score
from kg.export import format_for, write_graph
from kg.ingest import build as build_graph
from kg.ingest import remove as remove_documents
from kg.learn import learn, read_patterns
from kg.network import FORMATS as NETWORK_FORMATS
from kg.network import entity_graph, structure, write_network
from kg.network import path as find_path
from kg.nlp import DEFAULT_MODEL, load_pipeline
from kg.ontology import read_ontology
from kg.query import format_result, read_query
from kg.query import query as run_query
from kg.relations.learned import extract_examples
from kg.server import Limits, serve
from kg.store import GraphStore, Store, default_location, open_store
from kg.text import MAX_BYTES, Document
from kg.viz import write_html

app = typer.Typer(
    help="Build a typed, traceable RDF knowledge graph from English text, offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

StoreOption = Annotated[
    str | None,
    typer.Option(
        "--store", "-s", envvar="KG_STORE", show_default="./kg-store",
        help="Store directory (Oxigraph on disk), ':memory:', or a SPARQL server's http(s):// address.",
    ),
]  # fmt: skip


def _open(location: str | None) -> GraphStore:
    return open_store(location or default_location())


def _say(message: str) -> None:
    typer.echo(message, err=True)


class _Progress:
    """A progress bar (documents, words/s) on a terminal; one line per document otherwise."""

    def __init__(self) -> None:
        self.bar = Progress(
            TextColumn("[bold]building"), BarColumn(bar_width=None), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), console=Console(stderr=True),
            transient=True,
        ) if sys.stderr.isatty() else None  # fmt: skip
        self.words = 0
        self.started = time.monotonic()

    def __enter__(self) -> _Progress:
        if self.bar is not None:
            self.bar.start()
            self.task = self.bar.add_task("build", total=None, rate="")
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()

    def document(self, document: Document, triples: int) -> None:
        self.words += len(document.text.split())
        rate = f"{self.words / max(time.monotonic() - self.started, 1e-9):,.0f} words/s"
        if self.bar is None:
            _say(f"  {document.source}: {triples} triples")
        else:
            self.bar.update(self.task, advance=1, rate=rate)


@app.command()
def build(
    paths: Annotated[
        list[str], typer.Argument(help="Files, directories (.txt/.md/.html, recursively) or '-' for stdin.")
    ],
    store: StoreOption = None,
    model: Annotated[str, typer.Option(help="Installed spaCy pipeline to use.")] = DEFAULT_MODEL,
    ontology: Annotated[
        list[Path] | None,
        typer.Option(help="Extra ontology file (Turtle/OWL, or Text2KGBench JSON); repeatable."),
    ] = None,
    base: Annotated[str, typer.Option(help="Namespace for entity IRIs.")] = DEFAULT_BASE,
    max_size: Annotated[float, typer.Option(help="Skip files larger than this many MB.")] = MAX_BYTES / 1e6,
    any_language: Annotated[
        bool, typer.Option("--any-language", help="Don't skip documents that don't look like English.")
    ] = False,
    workers: Annotated[int, typer.Option(help="Processes that each extract whole documents.")] = 1,
    patterns: Annotated[
        Path | None,
        typer.Option(help="Learned patterns (from 'kg learn') to use besides the built-in rules."),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option(envvar="KG_DASK_SCHEDULER", help="Extract on a Dask cluster (tcp://HOST:8786)."),
    ] = None,
) -> None:
    """Extract entities and relations from text into the store, one named graph per document.

    Exit status: 0 when every document was stored, 3 when some were skipped (listed at the
    end), 1 when none could be.
    """
    with _open(store) as target, _Progress() as progress:
        report = build_graph(
            paths, store=target, model=model, ontologies=ontology or [], base=base,
            max_bytes=int(max_size * 1e6), check_english=not any_language, workers=workers,
            on_document=progress.document, patterns=patterns, scheduler=scheduler,
        )  # fmt: skip
    for note in report.notes:
        _say(f"note: {note}")
    seconds = time.monotonic() - progress.started
    _say(
        f"Built {len(report.documents)} document(s), {report.triples} triples, into {target.location} "
        f"in {seconds:.1f} s ({progress.words / max(seconds, 1e-9):,.0f} words/s)"
    )
    if report.linked:
        _say(f"Linked {report.linked} short name(s) to full names from other documents")
    if report.skipped:
        _say(f"Skipped {len(report.skipped)} source(s):")
        for skipped in report.skipped:
            _say(f"  {skipped.reason}")
        raise typer.Exit(1 if not report.documents else 3)
    if not report.documents:
        raise typer.Exit(1)


@app.command()
def remove(
    sources: Annotated[list[str], typer.Argument(help="Paths (files or directories) or document IRIs.")],
    store: StoreOption = None,
) -> None:
    """Take documents out of the store, with every fact only they asserted."""
    with _open(store) as target:
        removed = remove_documents(sources, store=target)
    for iri in removed:
        _say(f"  removed {iri}")
    _say(f"Removed {len(removed)} document(s) from {target.location}")


@app.command("query")
def query_command(
    sparql: Annotated[str, typer.Argument(help="A SPARQL query, or @FILE.rq to read one.")],
    store: StoreOption = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table, csv, tsv or json.")] = "table",
) -> None:
    """Run a SPARQL query over all documents (GRAPH ?g reaches single ones)."""
    text = read_query(sparql)
    with _open(store) as source:
        typer.echo(format_result(run_query(source, text), format), nl=False)


@app.command("export")
def export_command(
    store: StoreOption = None,
    format: Annotated[
        str | None,
        typer.Option(
            "--format", "-f", help="turtle, ntriples, jsonld, trig or nquads (default: from -o, else turtle)."
        ),
    ] = None,
    output: Annotated[str, typer.Option("--output", "-o", help="File to write, or '-' for stdout.")] = "-",
    full: Annotated[
        bool, typer.Option("--full", help="Merged formats: keep evidence, documents and the ontology too.")
    ] = False,
) -> None:
    """Export the graph: Turtle/N-Triples/JSON-LD merged facts; TriG/N-Quads everything, per document."""
    chosen = format or format_for(output) or "turtle"
    with _open(store) as source:
        if chosen in NETWORK_FORMATS:
            write_network(source, sys.stdout.buffer if output == "-" else output, format=chosen)
        else:
            write_graph(source, output, format=chosen, full=full)
    if output != "-":
        _say(f"Wrote {output} ({chosen})")


@app.command("viz")
def viz_command(
    store: StoreOption = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write.")] = Path("graph.html"),
    title: Annotated[str, typer.Option(help="Page title.")] = "kg graph",
    focus: Annotated[str | None, typer.Option(help="Draw only this entity's neighbourhood.")] = None,
    hops: Annotated[int, typer.Option(help="How many relations deep the neighbourhood goes.")] = 1,
    query: Annotated[
        str | None, typer.Option(help="Draw only what this CONSTRUCT query returns (or @FILE.rq).")
    ] = None,
) -> None:
    """Write an interactive HTML page of the graph that opens with no network."""
    with _open(store) as source:
        write_html(
            source, output, title=title, focus_on=focus, hops=hops,
            query=read_query(query) if query else None,
        )  # fmt: skip
    _say(f"Wrote {output}")


@app.command("stats")
def stats_command(
    store: StoreOption = None,
    top: Annotated[int, typer.Option(help="How many central entities and communities to list.")] = 5,
) -> None:
    """Summarise the store: counts by class and property, central entities, communities."""
    with _open(store) as source:
        summary = stats(source)
        shape = structure(entity_graph(source), top=top)
    typer.echo(f"documents  {summary.documents}")
    typer.echo(f"entities   {summary.entities}")
    for name, count in summary.entities_by_class.items():
        typer.echo(f"  {name:<24}{count:>6}")
    typer.echo(f"relations  {sum(summary.relations_by_property.values())}")
    for name, count in summary.relations_by_property.items():
        typer.echo(f"  {name:<24}{count:>6}")
    typer.echo(f"evidence   {summary.evidence}")
    typer.echo(f"triples    {summary.triples}")
    typer.echo(f"components {shape.components}")
    typer.echo("most central (PageRank)")
    for name, rank in shape.central:
        typer.echo(f"  {name:<32}{rank:>8.3f}")
    typer.echo("most connected (relations)")
    for name, count in shape.connected:
        typer.echo(f"  {name:<32}{count:>8}")
    typer.echo(f"communities {len(shape.communities)} (of two or more entities)")
    for group in shape.communities[:top]:
        typer.echo(f"  {', '.join(group)}")


@app.command("serve")
def serve_command(
    store: StoreOption = None,
    host: Annotated[
        str, typer.Option(help="Address to bind; 0.0.0.0 opens it to the network.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 7878,
    allow_update: Annotated[bool, typer.Option("--allow-update", help="Accept SPARQL updates.")] = False,
    timeout: Annotated[float, typer.Option(help="Seconds a query may run.")] = 30.0,
    max_body: Annotated[int, typer.Option(help="Bytes a request body may hold.")] = 1_000_000,
) -> None:
    """Serve the store over HTTP (SPARQL 1.1 Protocol at /sparql, a query page at /)."""
    with _open(store) as source:
        if not isinstance(source, Store):
            raise KGError(f"kg serve needs an embedded store; {source.location} is a SPARQL server already")
        serve(source, host=host, port=port, allow_update=allow_update,
              limits=Limits(timeout=timeout, max_body=max_body))  # fmt: skip


@app.command("path")
def path_command(
    start: Annotated[str, typer.Argument(help="An entity's name or IRI.")],
    end: Annotated[str, typer.Argument(help="Another entity's name or IRI.")],
    store: StoreOption = None,
) -> None:
    """Print the shortest chain of facts linking two entities, with the evidence for each."""
    with _open(store) as source:
        steps = find_path(source, start, end)
    for step in steps:
        typer.echo(f"{step.subject} --{step.property}--> {step.object}")
        if step.evidence:
            typer.echo(f'    "{step.evidence}"')


@app.command("learn")
def learn_command(
    examples: Annotated[Path, typer.Argument(help="Annotated sentences (JSONL: sent|sentence, triples).")],
    ontology: Annotated[Path, typer.Option(help="The ontology the triples use (Turtle/OWL or JSON).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Pattern file to write (JSONL).")],
    model: Annotated[str, typer.Option(help="Installed spaCy pipeline to use.")] = DEFAULT_MODEL,
) -> None:
    """Learn extraction patterns for an ontology from annotated sentences (for build --patterns)."""
    started = time.monotonic()
    chosen = read_ontology([ontology])
    try:
        patterns = learn(read_examples(examples), ontology=chosen, nlp=load_pipeline(model))
    except KGError as error:
        raise KGError(f"{examples}: {error}") from None  # which file the example is in
    patterns.write(output)
    properties = len({rule.property for rule in [*patterns.rules, *patterns.aliases]})
    _say(
        f"Learned {len(patterns.rules)} patterns for {properties} properties, {len(patterns.aliases)} other "
        f"nouns for their labels and {len(patterns.names)} names in {time.monotonic() - started:.1f} s; "
        f"wrote {output}"
    )


@app.command("eval")
def eval_command(
    gold: Annotated[Path, typer.Argument(help="Gold examples (JSONL: sent|sentence, triples).")],
    ontology: Annotated[Path, typer.Option(help="The gold's ontology (Text2KGBench JSON, or Turtle/OWL).")],
    patterns: Annotated[
        Path | None, typer.Option(help="Learned patterns (from 'kg learn') to extract with.")
    ] = None,
    predictions: Annotated[
        Path | None,
        typer.Option(help="Score these predicted triples (JSONL: id, triples) instead of extracting."),
    ] = None,
    model: Annotated[str, typer.Option(help="Installed spaCy pipeline to use.")] = DEFAULT_MODEL,
    anchors: Annotated[
        Path | None, typer.Option(help="Published scores (anchors.json) to print alongside, by domain.")
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print one JSON object instead of a table.")
    ] = False,
) -> None:
    """Extract triples from gold sentences and score them with the Text2KGBench metrics.

    Without --patterns, only the ontology's property labels drive extraction ("the
    capital of X is Y"); --predictions scores a given output (e.g. an LLM's) instead.
    """
    examples = read_examples(gold)
    if predictions is not None:
        predicted = {example["id"]: example["triples"] for example in read_examples(predictions)}
    else:
        chosen = read_ontology([ontology])
        nlp = load_pipeline(model, ontology_paths=[ontology])
        learned = read_patterns(patterns, chosen) if patterns is not None else None
        predicted = extract_examples(examples, patterns=learned, ontology=chosen, nlp=nlp)
    scores = score(examples, predicted, ontology=benchmark_ontology(ontology))
    if as_json:
        typer.echo(json.dumps(scores.as_dict()))
        return
    rows = [("this run", scores.as_dict())]
    if anchors is not None:
        published = json.loads(anchors.read_text())["text2kgbench_dbpedia_webnlg"]["models"]
        rows += [(name, by_domain[gold.parent.name]) for name, by_domain in published.items()
                 if gold.parent.name in by_domain]  # fmt: skip
    columns = ["precision", "recall", "f1", "onto_conf", "sub_halluc", "obj_halluc"]
    typer.echo(f"{'':<18}" + "".join(f"{c:>12}" for c in columns))
    for name, values in rows:
        typer.echo(f"{name:<18}" + "".join(f"{values[c]:>12.2f}" for c in columns))
    typer.echo(
        f"{len(examples)} sentences; precision over all predicted triples {scores.precision_all:.2f}, "
        f"{scores.triples_per_gold:.2f} predicted per gold triple"
    )


def main() -> None:
    """Run the command line, turning kg's errors into one line and exit status 1."""
    logging.basicConfig(format="kg: %(message)s", level=logging.INFO)
    try:
        app()
    except (KGError, ValueError) as error:
        typer.echo(f"kg: error: {error}", err=True)
        sys.exit(1)
