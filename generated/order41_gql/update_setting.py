from typing import Optional

from .base_model import BaseModel


class UpdateSetting(BaseModel):
    update_setting: Optional[str]
