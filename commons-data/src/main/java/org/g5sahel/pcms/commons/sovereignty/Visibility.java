package org.g5sahel.pcms.commons.sovereignty;

import io.quarkus.panache.common.Parameters;
import java.time.LocalDate;
import org.g5sahel.pcms.commons.identity.Caller;

/**
 * The one visibility predicate of DESIGN §2, as an HQL condition on an entity that embeds {@link Sovereignty} as
 * {@code sovereignty}. Repositories append it to every list, count and get, so that pagination and counts never reveal
 * what the caller may not see. Parameter names start with {@code pcms} to stay clear of the repositories' own.
 */
public final class Visibility {

    private static final String D = Distribution.class.getName() + ".";

    /**
     * Visible to the caller: the owning agency always; others per distribution, or by an access request granted to
     * their agency, while the record is in review.
     */
    public static final String CLAUSE = "(sovereignty.ownerAgency = :pcmsAgency"
            + " or ((sovereignty.reviewBy is null or sovereignty.reviewBy >= :pcmsToday) and ("
            + "array_contains(sovereignty.grantedTo, :pcmsAgency) or "
            + "(sovereignty.distribution = " + D + "NATIONAL and sovereignty.ownerState = :pcmsState)"
            + " or (sovereignty.distribution = " + D + "SELECTED and (sovereignty.ownerState = :pcmsState"
            + " or array_contains(sovereignty.sharedWith, :pcmsState) or array_contains(sovereignty.sharedWith, :pcmsAgency)))"
            + " or (sovereignty.distribution in (" + D + "G5, " + D + "PARTNERS) and :pcmsG5Member = true)"
            + " or (sovereignty.distribution = " + D + "PARTNERS and :pcmsPartner = true"
            + " and (coalesce(array_length(sovereignty.sharedWith), 0) = 0"
            + " or array_contains(sovereignty.sharedWith, :pcmsState) or array_contains(sovereignty.sharedWith, :pcmsAgency))))))";

    /** Hidden from the caller but discoverable: what a hit / no-hit search may reveal the existence of. */
    public static final String HIDDEN_BUT_DISCOVERABLE = "(sovereignty.discoverable = true and not " + CLAUSE + ")";

    private Visibility() {}

    /** {@link #CLAUSE} on the entity named {@code alias} in a query that names several (a subquery, a join). */
    public static String clause(String alias) {
        // the fields, not the package name of Distribution's constants
        return CLAUSE.replaceAll("(?<![\\w.])sovereignty\\.", alias + ".sovereignty.");
    }

    /** The parameters of {@link #CLAUSE} for this caller, merged into the repository's own. */
    public static Parameters parameters(Caller caller, LocalDate today, Parameters own) {
        return own.and("pcmsAgency", caller.agency())
                .and("pcmsState", caller.state())
                .and("pcmsToday", today)
                .and("pcmsG5Member", caller.isG5Member())
                .and("pcmsPartner", caller.isPartner());
    }
}
