-- Human references are numbered by the counter every service shares (commons' ReferenceNumbers): it carries on from
-- this service's last number per State, kind and year.
insert into reference_number_counter (owner_state, kind, year, last_number)
select owner_state, kind, year, last_number from reference_counter;

drop table reference_counter;
