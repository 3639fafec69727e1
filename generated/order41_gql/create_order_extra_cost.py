from typing import Optional

from .base_model import BaseModel


class CreateOrderExtraCost(BaseModel):
    create_order_extra_cost: Optional["CreateOrderExtraCostCreateOrderExtraCost"]


class CreateOrderExtraCostCreateOrderExtraCost(BaseModel):
    amount: Optional[float]
    id: Optional[str]
    name: Optional[str]
    tax_ratio: Optional[float]
