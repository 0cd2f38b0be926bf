"""Stage: read. Articles from plain text, JSON Lines and CSV files, folders, globs or stdin."""

from newsevents.read.header import Header, parse_header
from newsevents.read.readers import FORMATS, ReadOptions, ReadProblem, read_inputs

__all__ = ["FORMATS", "Header", "ReadOptions", "ReadProblem", "parse_header", "read_inputs"]
