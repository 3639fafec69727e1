from typing import Optional

from .base_model import BaseModel
from .fragments import UserFields


class SearchSellerProfiles(BaseModel):
    search_seller_profiles: Optional[
        list[Optional["SearchSellerProfilesSearchSellerProfiles"]]
    ]


SearchSellerProfilesSearchSellerProfiles = UserFields
