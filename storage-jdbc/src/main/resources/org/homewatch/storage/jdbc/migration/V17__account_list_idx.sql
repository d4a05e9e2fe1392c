-- Administrators list the accounts of their scope (AccountStore.list): a unit's subtree, unit by unit, then by id,
-- filtered by role, activity and duty. The scope prefix is a range of this index and its order is the list's, so a
-- commune administrator's page reads that commune's rows only, not the whole country's accounts by id.
CREATE INDEX hw_account_list_idx ON hw_account (scope_key, account_id);
