from typing import Optional

from .base_model import BaseModel
from .fragments import ContactFields


class CreateContact(BaseModel):
    create_contact_v_2: Optional["CreateContactCreateContactV2"]


CreateContactCreateContactV2 = ContactFields
