from typing import Optional

from .base_model import BaseModel


class PutIntegrationData(BaseModel):
    put_integration_data: Optional[str]
