from typing import Optional

from .base_model import BaseModel
from .fragments import ContactFields


class ListContacts(BaseModel):
    list_contacts: Optional[list[Optional["ListContactsListContacts"]]]


ListContactsListContacts = ContactFields
