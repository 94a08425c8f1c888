-- Human references were numbered by one sequence per kind across States and years; they are numbered per State, kind
-- and year by the counter every service shares (commons' ReferenceNumbers) from now on, each counter carrying on after
-- the highest number already given, so that no reference is given twice.
select continue_reference_numbers(array['firearm', 'seizure', 'trace_request']);

drop sequence firearm_reference_seq;
drop sequence seizure_reference_seq;
drop sequence trace_request_reference_seq;
