package org.g5sahel.pcms.training.repository;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.sovereignty.SovereignRepository;
import org.g5sahel.pcms.training.model.Course;
import org.g5sahel.pcms.training.model.Topic;

/** The catalogue, read through the visibility predicate. */
@ApplicationScoped
public class CourseRepository implements SovereignRepository<Course, UUID> {

    public List<Course> search(Caller caller, Topic topic, String searchPattern, String afterCode, int fetch) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (topic != null) {
            where.append(" and array_contains(topics, :topic)");
            parameters.and("topic", topic.name());
        }
        if (searchPattern != null) {
            where.append(" and searchText like :pattern escape '\\'");
            parameters.and("pattern", searchPattern);
        }
        if (afterCode != null) {
            where.append(" and code > :after");
            parameters.and("after", afterCode);
        }
        return findVisible(caller, where.toString(), Sort.by("code"), parameters)
                .page(0, fetch)
                .list();
    }

    /** Codes are unique across the catalogue, whoever can see the course that holds one. */
    public boolean codeTaken(String code) {
        return count("code", code) > 0;
    }

    public Optional<Course> findVisibleByCode(Caller caller, String code) {
        return findVisible(caller, "code = :code", Sort.empty(), Parameters.with("code", code))
                .firstResultOptional();
    }
}
