from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class OrderDetails(BaseModel):
    order_details: Optional["OrderDetailsOrderDetails"]


class OrderDetailsOrderDetails(BaseModel):
    order_number: Optional[str]
    error: Optional[str]
    order: Optional["OrderDetailsOrderDetailsOrder"]


class OrderDetailsOrderDetailsOrder(BaseModel):
    invoice_number: Optional[str]
    date: Optional[str]
    commission: Optional[str]
    currency: Optional[str]
    order_total: Optional[int]
    order_source: Optional[str]
    carrier: Optional[str]
    shipping_address: Optional["OrderDetailsOrderDetailsOrderShippingAddress"]
    billing_address: Optional["OrderDetailsOrderDetailsOrderBillingAddress"]
    items: Optional[list[Optional["OrderDetailsOrderDetailsOrderItems"]]]


class OrderDetailsOrderDetailsOrderShippingAddress(BaseModel):
    company: Optional[str]
    street: Optional[str]
    zip_: Optional[str] = Field(alias="zip")
    city: Optional[str]


class OrderDetailsOrderDetailsOrderBillingAddress(BaseModel):
    company: Optional[str]
    street: Optional[str]
    zip_: Optional[str] = Field(alias="zip")
    city: Optional[str]


class OrderDetailsOrderDetailsOrderItems(BaseModel):
    product_number: Optional[str]
    order_number: Optional[str]
    oem_number: Optional[str]
    quantity: Optional[int]
    total: Optional[int]
