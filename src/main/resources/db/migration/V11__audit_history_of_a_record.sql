-- The history of one record (an order, a purchase order) on its page: its audit entries, newest first.
create index audit_entry_subject_ix on audit_entry (subject, at);
