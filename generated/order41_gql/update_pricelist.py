from typing import Optional

from .base_model import BaseModel
from .fragments import PricelistFields


class UpdatePricelist(BaseModel):
    update_pricelist: Optional["UpdatePricelistUpdatePricelist"]


UpdatePricelistUpdatePricelist = PricelistFields
