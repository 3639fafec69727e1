"""The base class ariadne-codegen copies into each generated package (`base_client_file_path`).

It only binds the package's own `UNSET` marker; everything else lives in `b2b_graphql`.
"""

from b2b_graphql._client import GraphQLBaseClient

from .base_model import UNSET


class AsyncBaseClient(GraphQLBaseClient):
    _unset = UNSET
