from typing import Optional

from .base_model import BaseModel
from .fragments import ContactFields


class GetContact(BaseModel):
    get_contact: Optional["GetContactGetContact"]


GetContactGetContact = ContactFields
