-- Sanctions lists as published: foreign lists (kind FOREIGN) beside UN and NATIONAL need no schema change (kind is
-- text, entry content is jsonb). An import records the file's own generation date and, when the regional coordinator
-- forced a file older than the list in force, why. A screening hit names the list, the entry's reference and its
-- programme as they were when it was found.
alter table sanctions_import
    add column generated_at  timestamptz,
    add column forced_reason text;

alter table screening_hit
    add column list_code        text,
    add column list_name        text,
    add column reference_number text,
    add column programme        text,
    add column listed_name      text;

update screening_hit hit
set list_code        = list.code,
    list_name        = list.name,
    reference_number = entry.reference_number,
    programme        = entry.content ->> 'regime',
    listed_name      = entry.primary_name
from sanctions_entry entry
         join sanctions_list list on list.id = entry.list_id
where entry.id = hit.entry_id;

alter table screening_hit
    alter column list_code set not null,
    alter column list_name set not null,
    alter column reference_number set not null,
    alter column listed_name set not null;
