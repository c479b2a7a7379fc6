-- order_line_waiting_ix (product_id, backordered, order_id) serves every query the older
-- (product_id, backordered) index served; keeping both cost every line update twice.
drop index order_line_product_ix;
