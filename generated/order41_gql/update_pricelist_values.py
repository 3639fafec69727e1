from typing import Optional

from .base_model import BaseModel
from .fragments import PricelistValueFields


class UpdatePricelistValues(BaseModel):
    update_pricelist_values: Optional[
        list[Optional["UpdatePricelistValuesUpdatePricelistValues"]]
    ]


UpdatePricelistValuesUpdatePricelistValues = PricelistValueFields
