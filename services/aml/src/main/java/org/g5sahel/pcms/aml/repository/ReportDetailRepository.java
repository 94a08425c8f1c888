package org.g5sahel.pcms.aml.repository;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.aml.model.ReportAccount;
import org.g5sahel.pcms.aml.model.ReportDissemination;
import org.g5sahel.pcms.aml.model.ReportSubject;
import org.g5sahel.pcms.aml.model.ReportTransaction;
import org.g5sahel.pcms.aml.model.ScreeningHit;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.sovereignty.Visibility;

/**
 * Subjects, accounts, transactions and screening hits have no sovereignty of their own: they are read through their
 * report, with the same visibility predicate applied to the report in the query (alias {@code r}).
 */
@ApplicationScoped
public class ReportDetailRepository {

    /**
     * {@link Visibility#CLAUSE} on the joined report: the embedded attribute paths get the alias, the package name of
     * the Distribution constants (…commons.sovereignty.Distribution) must not.
     */
    private static final String VISIBLE_REPORT =
            Visibility.CLAUSE.replaceAll("(?<![.\\w])sovereignty\\.", "r.sovereignty.");

    private final EntityManager entityManager;
    private final Clock clock;

    public ReportDetailRepository(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public List<ReportSubject> subjectsByIds(Caller caller, Collection<UUID> ids) {
        return visible(caller, ReportSubject.class, "x.id in :ids", Parameters.with("ids", ids));
    }

    public List<ReportSubject> subjectsByIdNumbers(Caller caller, Collection<String> idNumbers) {
        return visible(caller, ReportSubject.class, "x.idNumber in :numbers", Parameters.with("numbers", idNumbers));
    }

    public List<ReportAccount> accountsByNumbers(Caller caller, Collection<String> numbers) {
        return visible(caller, ReportAccount.class, "x.number in :numbers", Parameters.with("numbers", numbers));
    }

    public List<ReportAccount> accountsByHolders(Caller caller, Collection<UUID> holders) {
        return visible(
                caller, ReportAccount.class, "x.holderSubjectId in :holders", Parameters.with("holders", holders));
    }

    public List<ReportAccount> accountsByIds(Caller caller, Collection<UUID> ids) {
        return visible(caller, ReportAccount.class, "x.id in :ids", Parameters.with("ids", ids));
    }

    public List<ReportTransaction> transactionsTouching(
            Caller caller, Collection<UUID> subjects, Collection<UUID> accounts) {
        return visible(
                caller,
                ReportTransaction.class,
                "x.fromSubjectId in :subjects or x.toSubjectId in :subjects"
                        + " or x.fromAccountId in :accounts or x.toAccountId in :accounts",
                Parameters.with("subjects", nonEmpty(subjects)).and("accounts", nonEmpty(accounts)));
    }

    public List<ScreeningHit> hitsOf(UUID reportId) {
        return entityManager
                .createQuery("from ScreeningHit where report.id = :report order by score desc, id", ScreeningHit.class)
                .setParameter("report", reportId)
                .getResultList();
    }

    public List<ReportDissemination> disseminationsOf(UUID reportId) {
        return entityManager
                .createQuery(
                        "from ReportDissemination where reportId = :report order by disseminatedAt",
                        ReportDissemination.class)
                .setParameter("report", reportId)
                .getResultList();
    }

    private <T> List<T> visible(Caller caller, Class<T> type, String where, Parameters parameters) {
        TypedQuery<T> query = entityManager.createQuery(
                "select x from " + type.getSimpleName() + " x join x.report r where " + VISIBLE_REPORT + " and ("
                        + where + ")",
                type);
        Visibility.parameters(caller, LocalDate.now(clock), parameters).map().forEach(query::setParameter);
        return query.setMaxResults(1000).getResultList();
    }

    /** {@code in ()} is not valid SQL: an id that cannot exist stands for "none". */
    private static Collection<UUID> nonEmpty(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of(new UUID(0, 0)) : ids;
    }
}
