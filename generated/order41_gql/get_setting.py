from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class GetSetting(BaseModel):
    get_setting: Optional["GetSettingGetSetting"]


class GetSettingGetSetting(BaseModel):
    address_address: Optional[str]
    address_apartment: Optional[str]
    address_city: Optional[str]
    address_company: Optional[str]
    address_country: Optional[str]
    address_firstname: Optional[str]
    address_lastname: Optional[str]
    address_postalcode: Optional[str]
    country: Optional["GetSettingGetSettingCountry"]
    custom_attach: Optional[int]
    custom_field_1_name: Optional[str]
    custom_field_1_status: Optional[int]
    custom_field_2_name: Optional[str]
    custom_field_2_status: Optional[int]
    custom_field_3_name: Optional[str]
    custom_field_3_status: Optional[int]
    custom_field_4_name: Optional[str]
    custom_field_4_status: Optional[int]
    custom_field_5_name: Optional[str]
    custom_field_5_status: Optional[int]
    custom_field_6_name: Optional[str]
    custom_field_6_status: Optional[int]
    custom_field_7_name: Optional[str]
    custom_field_7_status: Optional[int]
    custom_field_8_name: Optional[str]
    custom_field_8_status: Optional[int]
    custom_height: Optional[str]
    custom_inventory: Optional[int]
    custom_invite: Optional[str]
    custom_invite_subject: Optional[str]
    custom_option_1_name: Optional[str]
    custom_option_1_status: Optional[int]
    custom_option_2_name: Optional[str]
    custom_option_2_status: Optional[int]
    custom_option_3_name: Optional[str]
    custom_option_3_status: Optional[int]
    custom_option_4_name: Optional[str]
    custom_option_4_status: Optional[int]
    custom_option_5_name: Optional[str]
    custom_option_5_status: Optional[int]
    custom_preorder: Optional[int]
    custom_seperator: Optional[int]
    custom_thankyou: Optional[str]
    custom_update: Optional[str]
    custom_width: Optional[str]
    from_csv: Optional[bool]
    from_email: Optional[str]
    from_message: Optional[str]
    from_pdf: Optional[bool]
    from_subject: Optional[str]
    industries: Optional[list[Optional[str]]]
    integration_token: Optional["GetSettingGetSettingIntegrationToken"]
    integration_token_id: Optional[str]
    invoice_text: Optional[str]
    owner_id: Optional[str]
    payment_bank: Optional[str]
    payment_iban: Optional[str]
    payment_vat: Optional[str]
    range_drop_int: Optional[str]
    range_drop_text: Optional[str]
    range_order_int: Optional[str]
    range_order_text: Optional[str]
    range_product_int: Optional[str]
    range_product_text: Optional[str]
    range_supplier_int: Optional[str]
    range_supplier_text: Optional[str]
    show_in_dashboard: Optional[bool]


class GetSettingGetSettingCountry(BaseModel):
    code: Optional[str]
    name: Optional[str]


class GetSettingGetSettingIntegrationToken(BaseModel):
    comment: Optional[str]
    id: Optional[str]
    is_valid: Optional[bool]
    owner_id: Optional[str]
    type_: Optional[str] = Field(alias="type")
    value: Optional[str]
