from typing import Optional

from .base_model import BaseModel
from .fragments import DiscountFields


class UpdateDiscount(BaseModel):
    update_discount: Optional["UpdateDiscountUpdateDiscount"]


UpdateDiscountUpdateDiscount = DiscountFields
