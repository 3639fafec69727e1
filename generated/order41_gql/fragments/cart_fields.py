from datetime import datetime
from typing import Optional

from pydantic import Field

from ..base_model import BaseModel
from .cart_product_fields import (  # noqa: F401
    CartProductFields,
    CartProductFieldsProduct,
    CartProductFieldsVariants,
)


class CartFields(BaseModel):
    buyer_id: Optional[str]
    created_at: Optional[datetime]
    creator_type: Optional[str]
    drop_id: Optional[str]
    guest_id: Optional[str]
    id: Optional[str]
    is_private: Optional[bool]
    owner_id: Optional[str]
    rep_id: Optional[str]
    seller_id: Optional[str]
    updated_at: Optional[datetime]
    urlkey: Optional[str]
    parent_products_meta: Optional["CartFieldsParentProductsMeta"] = Field(
        alias="_parentProductsMeta"
    )
    parent_products: Optional[list[Optional["CartFieldsParentProducts"]]]
    drop: Optional["CartFieldsDrop"]
    buyer: Optional["CartFieldsBuyer"]
    seller: Optional["CartFieldsSeller"]


class CartFieldsParentProductsMeta(BaseModel):
    applied_discount: Optional[float]
    count: Optional[int]
    currency: Optional[str]
    discount_amount: Optional[float]
    margin: Optional[float]
    msrp_multiplier: Optional[float]
    parent_count: Optional[int]
    profit: Optional[float]
    quantity: Optional[float]
    summary: Optional[str]
    total: Optional[float]
    total_rrp: Optional[float]


class CartFieldsParentProducts(CartProductFields):
    pass


class CartFieldsDrop(BaseModel):
    id: Optional[str]
    name: Optional[str]
    urlkey: Optional[str]


class CartFieldsBuyer(BaseModel):
    id: Optional[str]
    name: Optional[str]
    urlkey: Optional[str]


class CartFieldsSeller(BaseModel):
    id: Optional[str]
    name: Optional[str]
    urlkey: Optional[str]
