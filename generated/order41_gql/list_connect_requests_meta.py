from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class ListConnectRequestsMeta(BaseModel):
    list_connect_requests_meta: Optional[
        "ListConnectRequestsMetaListConnectRequestsMeta"
    ] = Field(alias="_listConnectRequestsMeta")


class ListConnectRequestsMetaListConnectRequestsMeta(BaseModel):
    count: Optional[int]
