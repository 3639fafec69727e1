from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class ListSharedDropsMeta(BaseModel):
    list_shared_drops_meta: Optional["ListSharedDropsMetaListSharedDropsMeta"] = Field(
        alias="_listSharedDropsMeta"
    )


class ListSharedDropsMetaListSharedDropsMeta(BaseModel):
    count: Optional[int]
