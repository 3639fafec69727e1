from typing import Optional

from .base_model import BaseModel
from .fragments import ProductVariantFields


class UpdateVariantRowOrder(BaseModel):
    update_variant_row_order: Optional["UpdateVariantRowOrderUpdateVariantRowOrder"]


UpdateVariantRowOrderUpdateVariantRowOrder = ProductVariantFields
