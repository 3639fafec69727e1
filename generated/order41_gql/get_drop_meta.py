from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class GetDropMeta(BaseModel):
    get_drop_meta: Optional["GetDropMetaGetDropMeta"] = Field(alias="_getDropMeta")


class GetDropMetaGetDropMeta(BaseModel):
    order_items_qty: Optional[float]
    order_qty: Optional[int]
    order_total: Optional[float]
    order_total_array: Optional[list[Optional["GetDropMetaGetDropMetaOrderTotalArray"]]]
    product_filters: Optional[list[Optional["GetDropMetaGetDropMetaProductFilters"]]]


class GetDropMetaGetDropMetaOrderTotalArray(BaseModel):
    amount: Optional[str]
    currency: Optional[str]


class GetDropMetaGetDropMetaProductFilters(BaseModel):
    field: Optional[str]
    field_description: Optional[str]
