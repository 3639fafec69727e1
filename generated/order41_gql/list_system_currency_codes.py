from typing import Optional

from .base_model import BaseModel


class ListSystemCurrencyCodes(BaseModel):
    list_system_currency_codes: Optional[list[Optional[str]]]
