from typing import Optional

from .base_model import BaseModel


class DeletePricelist(BaseModel):
    delete_pricelist: Optional[str]
