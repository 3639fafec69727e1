from datetime import datetime
from typing import Optional

from pydantic import Field

from ..base_model import BaseModel


class ContactFields(BaseModel):
    contact_user_id: Optional[str]
    currency: Optional[str]
    custom_id: Optional[str]
    default_supplier: Optional[int]
    discount: Optional[float]
    email: Optional[str]
    id: Optional[str]
    img: Optional[list[Optional[str]]]
    invite: Optional[bool]
    invoice_address: Optional[str]
    invoice_apartment: Optional[str]
    invoice_city: Optional[str]
    invoice_company: Optional[str]
    invoice_country: Optional[str]
    invoice_firstname: Optional[str]
    invoice_lastname: Optional[str]
    invoice_postalcode: Optional[str]
    invoice_region: Optional[str]
    is_superman: Optional[bool]
    is_superwoman: Optional[bool]
    last_invite: Optional[datetime]
    migrate_old_id: Optional[str]
    name: Optional[str]
    notes: Optional[str]
    owner_id: Optional[str]
    payment_bank_custom: Optional[str]
    payment_email: Optional[str]
    payment_iban_custom: Optional[str]
    payment_method: Optional[str]
    payment_tax_code: Optional[str]
    payment_vat_custom: Optional[str]
    phone: Optional[str]
    shipping_address: Optional[str]
    shipping_apartment: Optional[str]
    shipping_city: Optional[str]
    shipping_company: Optional[str]
    shipping_country: Optional[str]
    shipping_firstname: Optional[str]
    shipping_lastname: Optional[str]
    shipping_postalcode: Optional[str]
    shipping_region: Optional[str]
    show_connect_button: Optional[bool]
    show_payment_tax_code: Optional[bool]
    status: Optional[int]
    term_of_payment: Optional[str]
    type_: Optional[int] = Field(alias="type")
    urlkey: Optional[str]
    contact_user: Optional["ContactFieldsContactUser"]
    access_customers: Optional[list[Optional["ContactFieldsAccessCustomers"]]]
    access_suppliers: Optional[list[Optional["ContactFieldsAccessSuppliers"]]]


class ContactFieldsContactUser(BaseModel):
    id: Optional[str]
    name: Optional[str]
    urlkey: Optional[str]


class ContactFieldsAccessCustomers(BaseModel):
    access_contact_id: Optional[str]
    access_type: Optional[int]
    access_user_id: Optional[str]
    contact_id: Optional[str]
    contact_user_id: Optional[str]
    owner_id: Optional[str]


class ContactFieldsAccessSuppliers(BaseModel):
    access_contact_id: Optional[str]
    access_type: Optional[int]
    access_user_id: Optional[str]
    contact_id: Optional[str]
    contact_user_id: Optional[str]
    owner_id: Optional[str]
