"""The package version, in one place: hatch reads it to build the wheel's metadata, and
`b2b_graphql.__version__` and `b2b-graphql --version` import it (no metadata lookup at import)."""

__version__ = "0.1.0"
