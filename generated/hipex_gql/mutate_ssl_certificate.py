from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import SslCertificateFields


class MutateSslCertificate(BaseModel):
    ssl_certificate: Optional["MutateSslCertificateSslCertificate"] = Field(
        alias="SSLCertificate"
    )


MutateSslCertificateSslCertificate = SslCertificateFields
