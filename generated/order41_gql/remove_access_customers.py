from typing import Optional

from .base_model import BaseModel
from .fragments import ContactFields


class RemoveAccessCustomers(BaseModel):
    remove_access_customers: Optional["RemoveAccessCustomersRemoveAccessCustomers"]


RemoveAccessCustomersRemoveAccessCustomers = ContactFields
