from typing import Optional

from ..base_model import BaseModel


class UserFields(BaseModel):
    can_search: Optional[bool]
    discoverable: Optional[bool]
    display_name: Optional[str]
    email_profile: Optional[str]
    facebook: Optional[str]
    id: Optional[str]
    image: Optional[str]
    image_mood: Optional[str]
    info: Optional[str]
    instagram: Optional[str]
    name: Optional[str]
    phone: Optional[str]
    twitter: Optional[str]
    url: Optional[str]
    url_name: Optional[str]
    urlkey: Optional[str]
