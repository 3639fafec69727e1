from typing import Optional

from .base_model import BaseModel
from .fragments import DiscountFields


class DeleteDiscounts(BaseModel):
    delete_discounts: Optional[list[Optional["DeleteDiscountsDeleteDiscounts"]]]


DeleteDiscountsDeleteDiscounts = DiscountFields
