-- Serves CaseStore.findByPerson: at registration core reads the cases of the person id given, so that one person
-- id never names two different people. (V4 is the spot-check store's.)
CREATE INDEX hw_case_person_idx ON hw_case (person_id);
