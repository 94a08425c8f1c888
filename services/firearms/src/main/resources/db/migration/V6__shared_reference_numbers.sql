-- Human references were numbered by one sequence per kind across States and years; they are numbered per State, kind
-- and year by the counter every service shares (commons' ReferenceNumbers) from now on. Each counter carries on after
-- the highest number already given for its State, kind and year, so that no reference is given twice.
insert into reference_number_counter (owner_state, kind, year, last_number)
select split_part(reference, '-', 1), split_part(reference, '-', 2), split_part(reference, '-', 3)::integer,
       max(split_part(reference, '-', 4)::bigint)
from (select reference from firearm
      union all select reference from seizure
      union all select reference from trace_request) numbered
group by 1, 2, 3;

drop sequence firearm_reference_seq;
drop sequence seizure_reference_seq;
drop sequence trace_request_reference_seq;
