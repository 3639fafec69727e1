from typing import Optional

from .base_model import BaseModel
from .fragments import ProductVariantFields


class DeleteProductVariants(BaseModel):
    delete_product_variants: Optional[
        list[Optional["DeleteProductVariantsDeleteProductVariants"]]
    ]


DeleteProductVariantsDeleteProductVariants = ProductVariantFields
