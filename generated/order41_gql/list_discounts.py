from typing import Optional

from .base_model import BaseModel
from .fragments import DiscountFields


class ListDiscounts(BaseModel):
    list_discounts: Optional[list[Optional["ListDiscountsListDiscounts"]]]


ListDiscountsListDiscounts = DiscountFields
