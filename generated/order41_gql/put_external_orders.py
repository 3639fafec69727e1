from typing import Optional

from .base_model import BaseModel


class PutExternalOrders(BaseModel):
    put_external_orders: Optional[str]
