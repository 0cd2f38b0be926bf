"""The stage contract (newsevents.work) and the pipeline's error policy (newsevents.pipeline)."""

from __future__ import annotations

import datetime as dt
import gc

import pytest

from newsevents.errors import NewseventsError, StageError
from newsevents.pipeline import Failure, Pipeline, PipelineConfig
from newsevents.records import Article
from newsevents.work import STAGES, Resources, StageFunc, Work, register


def _boom_factory(res: Resources) -> StageFunc:
    def boom(work: Work) -> None:
        if "boom" in work.article.text:
            raise ZeroDivisionError("a bug inside the stage")

    return boom


register("test_boom", requires=("sentences",), sets=())(_boom_factory)


def test_stage_modules_import_no_pipeline() -> None:
    """The contract module imports no stage, and no stage imports the orchestrator (run.py, cli/, evaluate/
    and scale/ drive it)."""
    import ast
    from pathlib import Path

    src = Path(__file__).resolve().parent.parent / "src" / "newsevents"
    for path in src.rglob("*.py"):
        if path.name == "pipeline.py" or path.parent.name == "cli":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
        imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        if path.name == "work.py":
            stage_pkgs = ("newsevents.recognize", "newsevents.frame.stage", "newsevents.code.coder")
            assert not any(m.startswith(stage_pkgs) for m in imported), path
        assert (
            "newsevents.pipeline" not in imported
            or path.parent.name in {"evaluate", "scale"}
            or path.name
            in {
                "__init__.py",
                "run.py",
            }
        ), f"{path} imports the orchestrator"


def test_registered_stages_are_factories() -> None:
    Pipeline()  # registers the built-in stages
    for name in ("sentences", "dates", "places", "actors", "frames", "code", "dedupe"):
        st = STAGES[name]
        assert callable(st.factory) and st.sets, name


def test_unknown_stage_and_unmet_requirement_are_refused() -> None:
    with pytest.raises(NewseventsError, match="unknown pipeline stage"):
        Pipeline(PipelineConfig(stages=("sentences", "nope")))
    with pytest.raises(NewseventsError, match="needs sentences"):
        Pipeline(PipelineConfig(stages=("frames",)))


@pytest.mark.model
def test_stage_failure_raises_stage_error_by_default(pipeline: Pipeline) -> None:
    p = Pipeline(PipelineConfig(stages=("sentences", "test_boom")), pipeline.res)
    arts = [Article(id="ok", text="Police arrested ten people."), Article(id="bad", text="It went boom.")]
    with pytest.raises(StageError) as info:
        list(p.pipe(arts))
    assert info.value.stage == "test_boom" and info.value.article_id == "bad"
    assert isinstance(info.value.__cause__, ZeroDivisionError)


@pytest.mark.model
def test_stage_failure_skipped_or_reported(pipeline: Pipeline) -> None:
    p = Pipeline(PipelineConfig(stages=("sentences", "test_boom")), pipeline.res)
    arts = [Article(id="a", text="It went boom."), Article(id="b", text="Police arrested ten people.")]
    assert [c.article.id for c in p.pipe(arts, on_error="skip")] == ["b"]
    failures: list[Failure] = []
    assert [c.article.id for c in p.pipe(arts, on_error=failures.append)] == ["b"]
    assert [(f.article_id, f.stage) for f in failures] == [("a", "test_boom")]
    assert "ZeroDivisionError" in failures[0].reason
    with pytest.raises(NewseventsError, match="on_error"):
        list(p.pipe(arts, on_error="ignore"))  # type: ignore[arg-type]


@pytest.mark.model
def test_coded_date_comes_from_the_run(pipeline: Pipeline) -> None:
    day = dt.date(2030, 1, 2)
    p = Pipeline(PipelineConfig(coded_date=day), pipeline.res)
    art = Article(id="x", text="Kenyan police arrested 40 protesters in Nairobi.", pub_date=dt.date(2025, 2, 3))
    coded = p.code(art)
    assert coded.events and {e.coded_date for e in coded.events} == {"2030-01-02"}


def test_warm_up_codes_a_sentence_and_freezes_what_it_loaded(pipeline: Pipeline) -> None:
    pipeline.warm_up()
    assert gc.get_freeze_count() > 100_000  # the model and the knowledge, out of the collector's scans
    assert "kb" in pipeline.res.__dict__ and "gazetteer" in pipeline.res.__dict__
