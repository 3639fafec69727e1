from typing import Optional

from .base_model import BaseModel
from .fragments import ContactFields


class RemoveAccessSuppliers(BaseModel):
    remove_access_suppliers: Optional["RemoveAccessSuppliersRemoveAccessSuppliers"]


RemoveAccessSuppliersRemoveAccessSuppliers = ContactFields
