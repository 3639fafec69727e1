from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import SslCertificateFields


class SslCertificates(BaseModel):
    ssl_certificate: Optional[list[Optional["SslCertificatesSslCertificate"]]] = Field(
        alias="SSLCertificate"
    )


SslCertificatesSslCertificate = SslCertificateFields
