"""Stage: read. Articles from plain text, JSON Lines, CSV, HTML and RSS/Atom files, folders, globs or stdin."""

from newsevents.read.header import Header, parse_header
from newsevents.read.readers import FORMATS, LONG_ARTICLES, ReadOptions, ReadProblem, read_inputs

__all__ = ["FORMATS", "LONG_ARTICLES", "Header", "ReadOptions", "ReadProblem", "parse_header", "read_inputs"]
