from typing import Optional

from .base_model import BaseModel
from .fragments import ContactFields


class AddAccessCustomers(BaseModel):
    add_access_customers: Optional["AddAccessCustomersAddAccessCustomers"]


AddAccessCustomersAddAccessCustomers = ContactFields
