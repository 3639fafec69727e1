from typing import Optional

from .base_model import BaseModel


class ListExternalOrders(BaseModel):
    list_external_orders: Optional[
        list[Optional["ListExternalOrdersListExternalOrders"]]
    ]


class ListExternalOrdersListExternalOrders(BaseModel):
    external_system_id: Optional[str]
    external_system_name: Optional[str]
    extra: Optional[str]
    order_id: Optional[str]
    partner_integration_id: Optional[str]
