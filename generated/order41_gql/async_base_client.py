"""The base class ariadne-codegen copies into each generated package (`base_client_file_path`).

It only binds the package's own `UNSET` marker and the API's name; everything else lives in
`b2b_graphql`. `b2b-graphql generate` writes the config's `api_name` into the copy.
"""

from b2b_graphql import GraphQLBaseClient

from .base_model import UNSET


class AsyncBaseClient(GraphQLBaseClient):
    api_name = "order41"
    _unset = UNSET
