from typing import Optional

from .base_model import BaseModel
from .fragments import DiscountFields


class GetDiscount(BaseModel):
    get_discount: Optional["GetDiscountGetDiscount"]


GetDiscountGetDiscount = DiscountFields
