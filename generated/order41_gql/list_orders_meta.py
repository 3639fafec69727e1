from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class ListOrdersMeta(BaseModel):
    list_orders_meta: Optional["ListOrdersMetaListOrdersMeta"] = Field(
        alias="_listOrdersMeta"
    )


class ListOrdersMetaListOrdersMeta(BaseModel):
    count: Optional[int]
