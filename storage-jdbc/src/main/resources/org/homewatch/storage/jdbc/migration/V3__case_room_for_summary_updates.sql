-- Every declaration updates its case's monitoring summary, the most frequent write there is. None of the summary
-- columns is indexed, so on PostgreSQL the new row version can stay on its page and leave every index of hw_case
-- untouched (a HOT update), if the page has room: leave a fifth of each page free for it. The placeholder is that
-- ALTER TABLE on PostgreSQL and a no-op on H2, which has no fill factor (see the package documentation).
${hw_case_fillfactor};
