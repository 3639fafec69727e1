from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class ListDropsMeta(BaseModel):
    list_drops_meta: Optional["ListDropsMetaListDropsMeta"] = Field(
        alias="_listDropsMeta"
    )


class ListDropsMetaListDropsMeta(BaseModel):
    count: Optional[int]
