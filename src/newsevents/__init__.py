"""newsevents: news articles in, a database of political events out.

The public API is small and explicit (``__all__`` is pinned by a test)::

    from newsevents import Pipeline, Article
    coded = Pipeline().code(Article(id="a1", text="...", pub_date=datetime.date(2025, 1, 1)))
"""

__version__ = "0.1.0"

from newsevents.errors import (  # noqa: E402
    GoldFormatError,
    InputError,
    KnowledgeError,
    ModelNotFoundError,
    NewseventsError,
    StoreError,
)
from newsevents.pipeline import Pipeline, PipelineConfig, Resources  # noqa: E402
from newsevents.read import ReadOptions, ReadProblem, read_inputs  # noqa: E402
from newsevents.records import (  # noqa: E402
    ActorRef,
    Article,
    CodedArticle,
    DateInfo,
    Event,
    EventLocation,
    Frame,
    Mention,
    Place,
    Sentence,
)
from newsevents.store.db import EventFilter, Store  # noqa: E402

__all__ = [
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
