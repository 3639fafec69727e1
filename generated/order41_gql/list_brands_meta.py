from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class ListBrandsMeta(BaseModel):
    list_brands_meta: Optional["ListBrandsMetaListBrandsMeta"] = Field(
        alias="_listBrandsMeta"
    )


class ListBrandsMetaListBrandsMeta(BaseModel):
    count: Optional[int]
