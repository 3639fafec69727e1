"""Benchmarks for b2b-graphql: `make bench` (`python -m bench`) regenerates BENCHMARKS.md."""
