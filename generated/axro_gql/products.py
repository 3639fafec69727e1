from typing import Optional

from .base_model import BaseModel


class Products(BaseModel):
    products: Optional["ProductsProducts"]


class ProductsProducts(BaseModel):
    total_pages: Optional[int]
    products: Optional[list[Optional["ProductsProductsProducts"]]]


class ProductsProductsProducts(BaseModel):
    product_number: Optional[str]
    ean: Optional[str]
    brand: Optional[str]
    oem_number: Optional[str]
    stock: Optional[int]
    price: Optional[list[Optional["ProductsProductsProductsPrice"]]]
    title: Optional["ProductsProductsProductsTitle"]
    category: Optional["ProductsProductsProductsCategory"]
    modified_at: Optional[str]


class ProductsProductsProductsPrice(BaseModel):
    from_quantity: Optional[int]
    to_quantity: Optional[int]
    price: Optional[int]


class ProductsProductsProductsTitle(BaseModel):
    en_gb: Optional[str]
    de_de: Optional[str]


class ProductsProductsProductsCategory(BaseModel):
    id: Optional[int]
    en: Optional[str]
    de: Optional[str]
