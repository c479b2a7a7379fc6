-- What one receipt filled is shown on its purchase order's page right after it is booked.
create index restock_match_source_ix on restock_match (source);
