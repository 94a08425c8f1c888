-- The retention review (issue 20, item 6): a firearm record whose owner no longer needs it is archived, never deleted
-- (UN Firearms Protocol, art. 7): out of everyday lists and of the review, still found by serial and traced.
alter table firearm add column archived_at timestamptz;
