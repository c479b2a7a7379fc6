-- Order lines carry a version: a line changed by two transactions at once (a shipment from one
-- warehouse, a restock match at another) is caught and the later one runs again, never lost.
alter table order_line add column version bigint default 0 not null;
