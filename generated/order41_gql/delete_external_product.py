from typing import Optional

from .base_model import BaseModel


class DeleteExternalProduct(BaseModel):
    delete_external_product: Optional[int]
