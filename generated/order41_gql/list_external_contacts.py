from typing import Optional

from .base_model import BaseModel


class ListExternalContacts(BaseModel):
    list_external_contacts: Optional[
        list[Optional["ListExternalContactsListExternalContacts"]]
    ]


class ListExternalContactsListExternalContacts(BaseModel):
    contact_id: Optional[str]
    external_system_id: Optional[str]
    external_system_name: Optional[str]
    extra: Optional[str]
    partner_integration_id: Optional[str]
