from typing import Optional

from pydantic import Field

from ..base_model import BaseModel


class DiscountFields(BaseModel):
    active: Optional[bool]
    applications: Optional[int]
    fixed_amount_value: Optional[float]
    id: Optional[str]
    name: Optional[str]
    owner_id: Optional[str]
    percentage_value: Optional[float]
    quantity_or_amount: Optional[int]
    type_: Optional[int] = Field(alias="type")
    urlkey: Optional[str]
    xgety_items: Optional[str]
    xgety_minimum_amount: Optional[float]
    xgety_minimum_qty_items: Optional[float]
    xgety_percentage: Optional[float]
