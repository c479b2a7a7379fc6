-- Pick-pack-ship record numbers are taken 50 at a time (a receipt may create thousands of records).
alter sequence shipment_number_seq increment by 50;
