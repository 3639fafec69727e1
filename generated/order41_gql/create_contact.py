from typing import Optional

from .base_model import BaseModel
from .fragments import ContactFields


class CreateContact(BaseModel):
    create_contact: Optional["CreateContactCreateContact"]


CreateContactCreateContact = ContactFields
