from typing import Optional

from .base_model import BaseModel


class PutExternalProducts(BaseModel):
    put_external_products: Optional[str]
