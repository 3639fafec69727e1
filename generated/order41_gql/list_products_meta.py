from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class ListProductsMeta(BaseModel):
    list_products_meta: Optional["ListProductsMetaListProductsMeta"] = Field(
        alias="_listProductsMeta"
    )


class ListProductsMetaListProductsMeta(BaseModel):
    count: Optional[int]
