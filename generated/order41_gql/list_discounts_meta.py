from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class ListDiscountsMeta(BaseModel):
    list_discounts_meta: Optional["ListDiscountsMetaListDiscountsMeta"] = Field(
        alias="_listDiscountsMeta"
    )


class ListDiscountsMetaListDiscountsMeta(BaseModel):
    count: Optional[int]
