-- Where a product lies in a warehouse (aisle, shelf, bin), printed on pick lists.
alter table stock_level add column bin varchar(30);
