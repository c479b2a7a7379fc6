-- H2 only (db/h2). H2 gives every foreign key an index of its own, so these named indexes,
-- which PostgreSQL needs, are duplicates on H2: either the same column, or the same column
-- followed by a sort column that is not worth a second index. H2 rewrites every index of a
-- table on each update of a row, so each one dropped here makes every order update and every
-- restock match cheaper.
drop index sales_order_parent_ix;
drop index sales_order_customer_ix;
drop index sales_order_warehouse_ix;
drop index shipment_order_ix;
drop index shipment_line_shipment_ix;
drop index allocation_source_line_ix;
drop index restock_match_order_ix;
