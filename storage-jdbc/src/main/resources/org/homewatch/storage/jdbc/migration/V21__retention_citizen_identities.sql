-- Retention under Decree 13/2023 for the citizens' identities (V15): the purge removes one-time codes long expired,
-- of any phone, oldest expiry first, in bounded batches (hw_link_code_expires_idx), and the links of a person once
-- none of their cases is left un-anonymised (hw_citizen_link_person_idx).
CREATE INDEX hw_link_code_expires_idx ON hw_link_code (expires_at, phone, code_id);
CREATE INDEX hw_citizen_link_person_idx ON hw_citizen_link (person_id);
