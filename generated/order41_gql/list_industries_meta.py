from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class ListIndustriesMeta(BaseModel):
    list_industries_meta: Optional["ListIndustriesMetaListIndustriesMeta"] = Field(
        alias="_listIndustriesMeta"
    )


class ListIndustriesMetaListIndustriesMeta(BaseModel):
    count: Optional[int]
