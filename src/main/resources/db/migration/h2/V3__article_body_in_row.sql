-- Article bodies move from a clob to character varying (H2's limit, 1,000,000,000 characters). H2 keeps
-- every clob value longer than a few hundred bytes outside the row, in its LOB store: copied through
-- readers on every insert and read, which the import's profile showed as a large share of its database
-- time. A character varying value stays in the row. PostgreSQL keeps text, which is already in-row
-- (TOAST compresses long values by itself), so it has no V3.
alter table article alter column body set data type character varying(1000000000);
