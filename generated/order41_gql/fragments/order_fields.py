from datetime import date, datetime
from typing import Optional

from ..base_model import BaseModel
from .order_product_fields import (  # noqa: F401
    OrderProductFields,
    OrderProductFieldsProduct,
    OrderProductFieldsVariants,
)


class OrderFields(BaseModel):
    applied_discount_id: Optional[str]
    applied_pricelist_id: Optional[str]
    buyer_id: Optional[str]
    cancel: Optional[bool]
    comment: Optional[str]
    created_at: Optional[datetime]
    currency: Optional[str]
    custom_discount: Optional[str]
    custom_id: Optional[str]
    discount_amount: Optional[float]
    discount_type: Optional[str]
    drop_id: Optional[str]
    extra_costs: Optional[float]
    id: Optional[str]
    inform: Optional[bool]
    invoice_date: Optional[date]
    invoice_no: Optional[str]
    is_seller: Optional[bool]
    order_tag: Optional[str]
    owner_id: Optional[str]
    qty: Optional[float]
    range_order_int: Optional[str]
    range_order_text: Optional[str]
    rating: Optional[int]
    rep_id: Optional[str]
    seller_id: Optional[str]
    shipping_costs: Optional[float]
    status: Optional[bool]
    sum_of_products: Optional[float]
    total_amount: Optional[float]
    updated_at: Optional[datetime]
    urlkey: Optional[str]
    vat: Optional[float]
    order_meta: Optional["OrderFieldsOrderMeta"]
    order_extra_costs: Optional[list[Optional["OrderFieldsOrderExtraCosts"]]]
    parent_products: Optional[list[Optional["OrderFieldsParentProducts"]]]
    drop: Optional["OrderFieldsDrop"]
    buyer: Optional["OrderFieldsBuyer"]


class OrderFieldsOrderMeta(BaseModel):
    margin: Optional[float]
    msrp_multiplier: Optional[float]
    profit: Optional[float]
    total_rrp: Optional[float]


class OrderFieldsOrderExtraCosts(BaseModel):
    amount: Optional[float]
    id: Optional[str]
    name: Optional[str]
    tax_ratio: Optional[float]


class OrderFieldsParentProducts(OrderProductFields):
    pass


class OrderFieldsDrop(BaseModel):
    id: Optional[str]
    name: Optional[str]
    urlkey: Optional[str]


class OrderFieldsBuyer(BaseModel):
    id: Optional[str]
    name: Optional[str]
    urlkey: Optional[str]
