from typing import Optional

from .base_model import BaseModel


class BulkProductImportSampleFile(BaseModel):
    bulk_product_import_sample_file: Optional[
        "BulkProductImportSampleFileBulkProductImportSampleFile"
    ]


class BulkProductImportSampleFileBulkProductImportSampleFile(BaseModel):
    url: Optional[str]
