-- The language a staff member reads pages and notices in (issue 13.8), as a BCP 47 language tag. Accounts created
-- before it read Vietnamese, the default. (A person's language is kept in the case's person JSON, read as
-- Vietnamese when absent, so it needs no column.)
ALTER TABLE hw_account ADD COLUMN locale VARCHAR(35) DEFAULT 'vi' NOT NULL;
