from typing import Optional

from .base_model import BaseModel
from .fragments import ContactFields


class AddAccessSuppliers(BaseModel):
    add_access_suppliers: Optional["AddAccessSuppliersAddAccessSuppliers"]


AddAccessSuppliersAddAccessSuppliers = ContactFields
