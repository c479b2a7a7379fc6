-- A restock match already says where a line's units came from (line, quantity, source
-- document, time); it now also says what kind of arrival it was, and the copy of each match
-- in allocation_source goes. Its product and warehouse are the line's and the order's: the
-- columns (and their indexes) go too. A receipt now answers from the matches it made, not
-- by looking them up by source document.
alter table restock_match add column kind varchar(20);
update restock_match m set kind = coalesce((select max(a.kind) from allocation_source a
        where a.order_line_id = m.order_line_id and a.reference = m.source and a.at = m.at), 'RECEIPT');
alter table restock_match alter column kind set not null;
delete from allocation_source a where exists (select 1 from restock_match m
        where m.order_line_id = a.order_line_id and m.source = a.reference and m.at = a.at and m.quantity = a.quantity);
alter table restock_match drop column product_id;
alter table restock_match drop column warehouse_id;
drop index restock_match_source_ix;
