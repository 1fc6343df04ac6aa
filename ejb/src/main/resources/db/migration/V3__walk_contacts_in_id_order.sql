-- The sync reads an organization's contacts in id order, a batch at a time ("c.organization_id = ? and c.id > ?
-- order by c.organization_id, c.id"); this index answers each batch without sorting the organization's contacts.
-- The walks order by both columns so that H2, which only skips the sort when the ORDER BY starts like the index,
-- uses it as PostgreSQL does.
CREATE INDEX ix_contact_walk ON contact (organization_id, id);
