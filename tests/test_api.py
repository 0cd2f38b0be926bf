"""The public API is small and pinned; no logging is configured at import."""

from __future__ import annotations

import logging
import subprocess
import sys

import newsevents


def test_all_is_pinned() -> None:
    assert sorted(newsevents.__all__) == sorted(
        [
            "ActorRef",
            "Article",
            "CodedArticle",
            "DateInfo",
            "Event",
            "EventFilter",
            "EventLocation",
            "Frame",
            "GoldFormatError",
            "InputError",
            "KnowledgeError",
            "Mention",
            "ModelNotFoundError",
            "NewseventsError",
            "Pipeline",
            "PipelineConfig",
            "Place",
            "ReadOptions",
            "ReadProblem",
            "Resources",
            "Sentence",
            "Store",
            "StoreError",
            "__version__",
            "read_inputs",
        ]
    )
    for name in newsevents.__all__:
        assert hasattr(newsevents, name), name


def test_exceptions_share_one_base() -> None:
    for exc in (
        newsevents.InputError,
        newsevents.ModelNotFoundError,
        newsevents.StoreError,
        newsevents.KnowledgeError,
        newsevents.GoldFormatError,
    ):
        assert issubclass(exc, newsevents.NewseventsError)


def test_import_configures_no_logging_and_loads_no_model() -> None:
    code = (
        "import logging, sys, newsevents, newsevents.cli.main; "
        "assert not logging.getLogger().handlers; assert 'spacy' not in sys.modules, 'spacy imported'"
    )
    assert subprocess.run([sys.executable, "-c", code], capture_output=True).returncode == 0
    assert not logging.getLogger("newsevents").handlers


def test_missing_model_names_the_install_command() -> None:
    from newsevents.parse.nlp import load_model

    try:
        load_model("no_such_pipeline_xyz")
    except newsevents.ModelNotFoundError as e:
        assert "no_such_pipeline_xyz" in str(e) and "install" in str(e)
    else:
        raise AssertionError("expected ModelNotFoundError")


def test_version_in_one_place() -> None:
    from importlib.metadata import version

    assert version("newsevents") == newsevents.__version__
