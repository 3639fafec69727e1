from typing import Optional

from .base_model import BaseModel


class IntegrationToken(BaseModel):
    integration_token: Optional[str]
