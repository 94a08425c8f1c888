package org.g5sahel.pcms.commons.sovereignty;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.g5sahel.pcms.commons.identity.Caller;

/**
 * A Panache repository of sovereign records: every read goes through {@link Visibility#CLAUSE}, in the query itself.
 *
 * @param <E> an entity embedding {@link Sovereignty} as {@code sovereignty}
 * @param <I> its id type
 */
public interface SovereignRepository<E, I> extends PanacheRepositoryBase<E, I> {

    /**
     * Today by the services' clock (UTC), the day against which {@code reviewBy} is compared. An interface takes no
     * constructor argument: the clock comes from the container, so that tests moving it move this day too.
     */
    default LocalDate today() {
        return LocalDate.now(Arc.container().instance(Clock.class).get());
    }

    /** The records matching {@code where} (HQL condition, may be empty) that the caller may see. */
    default PanacheQuery<E> findVisible(Caller caller, String where, Sort sort, Parameters parameters) {
        return find(
                visibleWhere(where),
                sort,
                Visibility.parameters(caller, today(), parameters).map());
    }

    default long countVisible(Caller caller, String where, Parameters parameters) {
        return count(
                visibleWhere(where),
                Visibility.parameters(caller, today(), parameters).map());
    }

    default Optional<E> findVisibleById(Caller caller, I id) {
        return find(
                        visibleWhere("id = :id"),
                        Visibility.parameters(caller, today(), Parameters.with("id", id))
                                .map())
                .firstResultOptional();
    }

    /**
     * Records matching {@code where} that the caller cannot see but whose existence a hit may reveal (hit / no-hit).
     */
    default PanacheQuery<E> findHiddenHits(Caller caller, String where, Parameters parameters) {
        return find(
                Visibility.HIDDEN_BUT_DISCOVERABLE + " and (" + where + ")",
                Visibility.parameters(caller, today(), parameters).map());
    }

    private static String visibleWhere(String where) {
        return where == null || where.isBlank() ? Visibility.CLAUSE : Visibility.CLAUSE + " and (" + where + ")";
    }
}
