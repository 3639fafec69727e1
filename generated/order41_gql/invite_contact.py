from typing import Optional

from .base_model import BaseModel
from .fragments import ContactFields


class InviteContact(BaseModel):
    invite_contact: Optional["InviteContactInviteContact"]


InviteContactInviteContact = ContactFields
