from typing import Optional

from .base_model import BaseModel


class PutExternalContacts(BaseModel):
    put_external_contacts: Optional[str]
