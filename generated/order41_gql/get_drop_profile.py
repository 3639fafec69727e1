from typing import Optional

from .base_model import BaseModel
from .fragments import UserFields


class GetDropProfile(BaseModel):
    get_drop_profile: Optional["GetDropProfileGetDropProfile"]


GetDropProfileGetDropProfile = UserFields
