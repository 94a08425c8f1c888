-- Names with dates of birth in the cross-registry correlation index (kind NAME_AND_BIRTH_DATE): one keyed hash per
-- blocking key of each word of a person's name, tagged with its word so that a match needs two different words of one
-- name on each side (services/cases/README.md, "Cross-registry correlation index").
alter table registry_identifier add column word integer;
