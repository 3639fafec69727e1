from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class ListCartsMeta(BaseModel):
    list_carts_meta: Optional["ListCartsMetaListCartsMeta"] = Field(
        alias="_listCartsMeta"
    )


class ListCartsMetaListCartsMeta(BaseModel):
    count: Optional[int]
