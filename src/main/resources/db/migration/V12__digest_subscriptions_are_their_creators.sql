-- A subscription belongs to the user who made it: two users may subscribe the same address
-- without learning of each other (the digest still goes once per address and period).
alter table digest_subscription drop constraint digest_subscription_uk;
alter table digest_subscription add constraint digest_subscription_uk unique (email, frequency, created_by);
