from datetime import datetime
from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class UpdateProductInBackground(BaseModel):
    update_product_in_background: Optional[
        "UpdateProductInBackgroundUpdateProductInBackground"
    ]


class UpdateProductInBackgroundUpdateProductInBackground(BaseModel):
    completed_at: Optional[datetime]
    contact_id: Optional[str]
    created_at: Optional[datetime]
    drop_id: Optional[str]
    id: Optional[str]
    order_id: Optional[str]
    result: Optional[str]
    type_: Optional[str] = Field(alias="type")
    updated_at: Optional[datetime]
