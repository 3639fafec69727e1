from typing import Optional

from .base_model import BaseModel


class Orders(BaseModel):
    order_list: Optional["OrdersOrderList"]


class OrdersOrderList(BaseModel):
    total_pages: Optional[int]
    error: Optional[str]
    orders: Optional[list[Optional["OrdersOrderListOrders"]]]


class OrdersOrderListOrders(BaseModel):
    order_number: Optional[str]
    date: Optional[str]
    commission: Optional[str]
    currency: Optional[str]
    order_total: Optional[int]
    order_source: Optional[str]
