from typing import Optional

from .base_model import BaseModel


class UpdateContact(BaseModel):
    update_contact: Optional[str]
