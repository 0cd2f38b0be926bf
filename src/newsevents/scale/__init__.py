"""Coding on a Dask cluster: partitions of the inputs coded by worker processes (on this machine or
several), stored by one writer. See docs/scale.md."""
