"""`GraphQLBaseClient`, the base class of every generated client: `base` sends (options, retries,
deadline, auth per request), `reading` turns answers into models or typed errors."""

from .._call import CALL_EXTENSION, is_mutation
from .base import GraphQLBaseClient

__all__ = ["CALL_EXTENSION", "GraphQLBaseClient", "is_mutation"]
