-- Codes are typed in any case and found in any case, so two that differ only in case would
-- send an order to the wrong customer or product: unique ignoring case.
create unique index warehouse_code_key_uk on warehouse (upper(code));
create unique index supplier_code_key_uk on supplier (upper(code));
create unique index product_sku_key_uk on product (upper(sku));
create unique index customer_code_key_uk on customer (upper(code));
