from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class ListPricelistsMeta(BaseModel):
    list_pricelists_meta: Optional["ListPricelistsMetaListPricelistsMeta"] = Field(
        alias="_listPricelistsMeta"
    )


class ListPricelistsMetaListPricelistsMeta(BaseModel):
    count: Optional[int]
