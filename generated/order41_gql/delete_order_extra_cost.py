from typing import Optional

from .base_model import BaseModel


class DeleteOrderExtraCost(BaseModel):
    delete_order_extra_cost: Optional["DeleteOrderExtraCostDeleteOrderExtraCost"]


class DeleteOrderExtraCostDeleteOrderExtraCost(BaseModel):
    amount: Optional[float]
    id: Optional[str]
    name: Optional[str]
    tax_ratio: Optional[float]
