from typing import Optional

from .base_model import BaseModel


class DeleteContact(BaseModel):
    delete_contact: Optional[str]
