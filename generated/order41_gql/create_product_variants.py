from typing import Optional

from .base_model import BaseModel
from .fragments import ProductVariantFields


class CreateProductVariants(BaseModel):
    create_product_variants: Optional[
        list[Optional["CreateProductVariantsCreateProductVariants"]]
    ]


CreateProductVariantsCreateProductVariants = ProductVariantFields
