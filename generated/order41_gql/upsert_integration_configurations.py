from typing import Optional

from .base_model import BaseModel


class UpsertIntegrationConfigurations(BaseModel):
    upsert_integration_configurations: Optional[int]
