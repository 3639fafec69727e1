from typing import Optional

from .base_model import BaseModel


class UpdateOrderExtraCost(BaseModel):
    update_order_extra_cost: Optional["UpdateOrderExtraCostUpdateOrderExtraCost"]


class UpdateOrderExtraCostUpdateOrderExtraCost(BaseModel):
    amount: Optional[float]
    id: Optional[str]
    name: Optional[str]
    tax_ratio: Optional[float]
