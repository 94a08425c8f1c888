package org.g5sahel.pcms.cases.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.cases.model.Subject;

/** Subjects are read only after their case was found visible: they carry no distribution of their own. */
@ApplicationScoped
public class SubjectRepository implements PanacheRepositoryBase<Subject, UUID> {

    /** Separates the keys passed as one text parameter: no key holds a control character. */
    private static final String KEY_SEPARATOR = "\u001f";

    public List<Subject> ofCase(UUID caseId) {
        return list("caseId", Sort.by("createdAt").and("id"), caseId);
    }

    public java.util.Optional<Subject> inCase(UUID caseId, UUID subjectId) {
        return find("id = ?1 and caseId = ?2", subjectId, caseId).firstResultOptional();
    }

    /**
     * Persons born on this day in other States' discoverable cases, outside protection, whose name keys meet these
     * keys, or which were keyed under another version (their keys are to be computed again before they are compared):
     * the candidates of a possible match. The same rules as a strong-identifier hit's candidates.
     */
    public List<Subject> possibleMatchCandidates(
            LocalDate birthDate, String excludedState, String keysVersion, Collection<String> keys) {
        @SuppressWarnings("unchecked")
        List<Subject> found = getEntityManager()
                .createNativeQuery("""
                select s.* from subject s join investigation_case c on c.id = s.case_id
                where s.birth_date = :birthDate and s.protected_identity = false and c.discoverable = true
                  and c.owner_state <> :state
                  and (s.name_keys_version is distinct from :version
                       or s.name_keys && cast(string_to_array(:keys, :separator) as varchar[]))
                order by s.created_at, s.id""", Subject.class)
                .setParameter("birthDate", birthDate)
                .setParameter("state", excludedState)
                .setParameter("version", keysVersion)
                .setParameter("keys", String.join(KEY_SEPARATOR, keys))
                .setParameter("separator", KEY_SEPARATOR)
                .getResultList();
        return found;
    }

    /**
     * Stores name keys computed again under the current version. Not through the entity: the subject's content is the
     * same, so its version (its ETag) must not change.
     */
    public void storeNameKeys(UUID subjectId, String keysVersion, Collection<String> keys) {
        getEntityManager()
                .createNativeQuery("""
                update subject set name_keys = cast(string_to_array(:keys, :separator) as varchar[]),
                    name_keys_version = :version
                where id = :id""")
                .setParameter("keys", String.join(KEY_SEPARATOR, keys))
                .setParameter("separator", KEY_SEPARATOR)
                .setParameter("version", keysVersion)
                .setParameter("id", subjectId)
                .executeUpdate();
    }
}
