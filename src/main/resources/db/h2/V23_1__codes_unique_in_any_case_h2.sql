-- Codes are typed in any case and found in any case, so two that differ only in case would
-- send an order to the wrong customer or product: unique ignoring case. H2 has no index on an
-- expression, so each table gets a computed upper-case copy of its code, unique.
alter table warehouse add column code_key varchar(30) generated always as (upper(code));
alter table warehouse add constraint warehouse_code_key_uk unique (code_key);
alter table supplier add column code_key varchar(30) generated always as (upper(code));
alter table supplier add constraint supplier_code_key_uk unique (code_key);
alter table product add column sku_key varchar(30) generated always as (upper(sku));
alter table product add constraint product_sku_key_uk unique (sku_key);
alter table customer add column code_key varchar(30) generated always as (upper(code));
alter table customer add constraint customer_code_key_uk unique (code_key);
