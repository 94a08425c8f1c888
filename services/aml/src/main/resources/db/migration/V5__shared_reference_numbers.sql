-- Human references were numbered by one sequence per table across States, kinds and years; they are numbered per
-- State, kind and year by the counter every service shares (commons' ReferenceNumbers) from now on, each counter
-- carrying on after the highest number already given, so that no reference is given twice.
select continue_reference_numbers(array['report', 'asset_measure', 'fiu_request']);

drop sequence report_number_seq;
drop sequence asset_measure_number_seq;
drop sequence fiu_request_number_seq;
