-- A receipt answers with its matches, found by their source document.
create index restock_match_source_ix on restock_match (source);
