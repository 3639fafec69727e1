from typing import Optional

from .base_model import BaseModel
from .fragments import OrderFields


class OrdersByIds(BaseModel):
    orders_by_ids: Optional[list[Optional["OrdersByIdsOrdersByIds"]]]


OrdersByIdsOrdersByIds = OrderFields
