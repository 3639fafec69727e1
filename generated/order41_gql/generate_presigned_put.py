from typing import Optional

from .base_model import BaseModel


class GeneratePresignedPut(BaseModel):
    generate_presigned_put: Optional["GeneratePresignedPutGeneratePresignedPut"]


class GeneratePresignedPutGeneratePresignedPut(BaseModel):
    url: Optional[str]
