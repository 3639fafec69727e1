from typing import Optional

from .base_model import BaseModel
from .fragments import ProductVariantFields


class UpdateProductVariants(BaseModel):
    update_product_variants: Optional[
        list[Optional["UpdateProductVariantsUpdateProductVariants"]]
    ]


UpdateProductVariantsUpdateProductVariants = ProductVariantFields
