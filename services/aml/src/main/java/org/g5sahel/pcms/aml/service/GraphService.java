package org.g5sahel.pcms.aml.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.g5sahel.pcms.aml.model.Report;
import org.g5sahel.pcms.aml.model.ReportAccount;
import org.g5sahel.pcms.aml.model.ReportSubject;
import org.g5sahel.pcms.aml.model.ReportTransaction;
import org.g5sahel.pcms.aml.repository.ReportDetailRepository;
import org.g5sahel.pcms.aml.repository.ReportRepository;
import org.g5sahel.pcms.aml.screening.IndexedEntry;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;

/**
 * The link graph: a breadth-first walk from a report, a subject or an account number, over subjects, accounts and
 * transactions, crossing reports through shared document and account numbers. Every step reads through the visible
 * report (ReportDetailRepository), so the walk never enters a report the caller may not see.
 */
@ApplicationScoped
public class GraphService {

    public static final int MAX_DEPTH = 3;
    /** Beyond this many nodes the walk stops and says so: a graph too big to read helps no analyst. */
    static final int MAX_NODES = 500;

    private final ReportRepository reports;
    private final ReportDetailRepository details;
    private final AuditLog auditLog;

    public GraphService(ReportRepository reports, ReportDetailRepository details, AuditLog auditLog) {
        this.reports = reports;
        this.details = details;
        this.auditLog = auditLog;
    }

    @Transactional
    public GraphView graph(Caller caller, UUID reportId, UUID subjectId, String accountNumber, Integer depth) {
        List<Problem.FieldError> errors = new ArrayList<>();
        boolean byAccount = accountNumber != null && !accountNumber.isBlank();
        if ((reportId != null ? 1 : 0) + (subjectId != null ? 1 : 0) + (byAccount ? 1 : 0) != 1) {
            errors.add(new Problem.FieldError("reportId", "graph.start"));
        }
        int hops = depth == null ? 2 : depth;
        if (hops < 1 || hops > MAX_DEPTH) {
            errors.add(new Problem.FieldError("depth", "graph.depth"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED, errors, "validation-failed.detail", errors.size());
        }
        Walk walk = new Walk();
        if (reportId != null) {
            Report report = reports.findVisibleById(caller, reportId).orElseThrow(ProblemException::notFound);
            report.subjects.forEach(subject -> walk.add(subject, 0));
            report.accounts.forEach(account -> walk.add(account, 0));
            report.transactions.forEach(transaction -> walk.add(transaction, 0));
            linkWithin(walk, 0);
        } else if (subjectId != null) {
            ReportSubject start = details.subjectsByIds(caller, List.of(subjectId)).stream()
                    .findFirst()
                    .orElseThrow(ProblemException::notFound);
            walk.add(start, 0);
        } else {
            List<ReportAccount> accounts =
                    details.accountsByNumbers(caller, List.of(IndexedEntry.normaliseDocument(accountNumber)));
            if (accounts.isEmpty()) {
                throw ProblemException.notFound();
            }
            accounts.forEach(account -> walk.add(account, 0));
        }
        for (int distance = 1; distance <= hops && !walk.frontierEmpty() && !walk.truncated; distance++) {
            expand(caller, walk, distance);
        }
        auditLog.recordReads(
                caller,
                AuditAction.SEARCH,
                walk.reports.values().stream().map(ReportService::audited).toList(),
                null);
        return new GraphView(hops, walk.truncated, List.copyOf(walk.nodes.values()), List.copyOf(walk.edges));
    }

    /** One hop from every node reached at the previous distance. */
    private void expand(Caller caller, Walk walk, int distance) {
        List<ReportSubject> subjects = walk.frontierSubjects;
        List<ReportAccount> accounts = walk.frontierAccounts;
        List<ReportTransaction> transactions = walk.frontierTransactions;
        walk.nextFrontier();
        Set<UUID> subjectIds = ids(subjects.stream().map(s -> s.id).toList());
        Set<UUID> accountIds = ids(accounts.stream().map(a -> a.id).toList());

        Set<String> idNumbers = new HashSet<>();
        subjects.stream().map(s -> s.idNumber).filter(Objects::nonNull).forEach(idNumbers::add);
        if (!idNumbers.isEmpty()) {
            for (ReportSubject same : details.subjectsByIdNumbers(caller, idNumbers)) {
                walk.add(same, distance);
                subjects.stream()
                        .filter(s -> !s.id.equals(same.id) && same.idNumber.equals(s.idNumber))
                        .forEach(s -> walk.edge(node(s), node(same), "SAME_IDENTITY"));
            }
        }
        if (!subjectIds.isEmpty()) {
            details.accountsByHolders(caller, subjectIds).forEach(account -> walk.add(account, distance));
        }
        Set<UUID> holders = ids(accounts.stream().map(a -> a.holderSubjectId).toList());
        if (!holders.isEmpty()) {
            details.subjectsByIds(caller, holders).forEach(subject -> walk.add(subject, distance));
        }
        Set<String> numbers = new HashSet<>(accounts.stream().map(a -> a.number).toList());
        if (!numbers.isEmpty()) {
            for (ReportAccount same : details.accountsByNumbers(caller, numbers)) {
                walk.add(same, distance);
                accounts.stream()
                        .filter(a -> !a.id.equals(same.id) && a.number.equals(same.number))
                        .forEach(a -> walk.edge(node(a), node(same), "SAME_ACCOUNT"));
            }
        }
        if (!subjectIds.isEmpty() || !accountIds.isEmpty()) {
            details.transactionsTouching(caller, subjectIds, accountIds)
                    .forEach(transaction -> walk.add(transaction, distance));
        }
        Set<UUID> parties = ids(transactions.stream()
                .flatMap(t -> Stream.of(t.fromSubjectId, t.toSubjectId))
                .toList());
        if (!parties.isEmpty()) {
            details.subjectsByIds(caller, parties).forEach(subject -> walk.add(subject, distance));
        }
        Set<UUID> partyAccounts = ids(transactions.stream()
                .flatMap(t -> Stream.of(t.fromAccountId, t.toAccountId))
                .toList());
        if (!partyAccounts.isEmpty()) {
            details.accountsByIds(caller, partyAccounts).forEach(account -> walk.add(account, distance));
        }
        linkWithin(walk, distance);
    }

    /** Edges among the nodes reached so far that a report itself states: holders and transaction parties. */
    private static void linkWithin(Walk walk, int distance) {
        for (ReportAccount account : walk.accounts.values()) {
            if (account.holderSubjectId != null && walk.subjects.containsKey(account.holderSubjectId)) {
                walk.edge("subject:" + account.holderSubjectId, node(account), "HOLDS");
            }
        }
        for (ReportTransaction transaction : walk.transactions.values()) {
            for (UUID from : new UUID[] {transaction.fromSubjectId, transaction.fromAccountId}) {
                if (from != null && walk.has(from)) {
                    walk.edge(walk.nodeIdOf(from), node(transaction), "SENT");
                }
            }
            for (UUID to : new UUID[] {transaction.toSubjectId, transaction.toAccountId}) {
                if (to != null && walk.has(to)) {
                    walk.edge(node(transaction), walk.nodeIdOf(to), "RECEIVED");
                }
            }
        }
    }

    private static Set<UUID> ids(Collection<UUID> ids) {
        Set<UUID> set = new LinkedHashSet<>(ids);
        set.remove(null);
        return set;
    }

    private static String node(ReportSubject subject) {
        return "subject:" + subject.id;
    }

    private static String node(ReportAccount account) {
        return "account:" + account.id;
    }

    private static String node(ReportTransaction transaction) {
        return "transaction:" + transaction.id;
    }

    /** What the walk reached, and the nodes first reached at the latest distance (the next hop starts from them). */
    private static final class Walk {
        final Map<String, GraphView.Node> nodes = new LinkedHashMap<>();
        final Set<GraphView.Edge> edges = new LinkedHashSet<>();
        final Map<UUID, ReportSubject> subjects = new LinkedHashMap<>();
        final Map<UUID, ReportAccount> accounts = new LinkedHashMap<>();
        final Map<UUID, ReportTransaction> transactions = new LinkedHashMap<>();
        final Map<UUID, Report> reports = new LinkedHashMap<>();
        List<ReportSubject> frontierSubjects = new ArrayList<>();
        List<ReportAccount> frontierAccounts = new ArrayList<>();
        List<ReportTransaction> frontierTransactions = new ArrayList<>();
        boolean truncated;

        void add(ReportSubject subject, int distance) {
            if (!subjects.containsKey(subject.id) && room()) {
                subjects.put(subject.id, subject);
                frontierSubjects.add(subject);
                reports.putIfAbsent(subject.report.id, subject.report);
                Map<String, Object> attributes = new LinkedHashMap<>();
                attributes.put("subjectKind", subject.kind.name());
                attributes.put("role", subject.role.name());
                put(attributes, "birthDate", subject.birthDate);
                put(attributes, "nationality", subject.nationality);
                put(attributes, "idNumber", subject.idNumber);
                nodes.put(
                        node(subject),
                        new GraphView.Node(
                                node(subject), "SUBJECT", subject.fullName, subject.report.id, distance, attributes));
            }
        }

        void add(ReportAccount account, int distance) {
            if (!accounts.containsKey(account.id) && room()) {
                accounts.put(account.id, account);
                frontierAccounts.add(account);
                reports.putIfAbsent(account.report.id, account.report);
                Map<String, Object> attributes = new LinkedHashMap<>();
                attributes.put("accountKind", account.kind.name());
                attributes.put("institution", account.institution);
                put(attributes, "currency", account.currency);
                nodes.put(
                        node(account),
                        new GraphView.Node(
                                node(account), "ACCOUNT", account.number, account.report.id, distance, attributes));
            }
        }

        void add(ReportTransaction transaction, int distance) {
            if (!transactions.containsKey(transaction.id) && room()) {
                transactions.put(transaction.id, transaction);
                frontierTransactions.add(transaction);
                reports.putIfAbsent(transaction.report.id, transaction.report);
                Map<String, Object> attributes = new LinkedHashMap<>();
                attributes.put("amount", transaction.amount);
                attributes.put("currency", transaction.currency);
                attributes.put("channel", transaction.channel.name());
                attributes.put("occurredAt", transaction.occurredAt);
                nodes.put(
                        node(transaction),
                        new GraphView.Node(
                                node(transaction),
                                "TRANSACTION",
                                transaction.amount.toPlainString() + " " + transaction.currency,
                                transaction.report.id,
                                distance,
                                attributes));
            }
        }

        private static void put(Map<String, Object> attributes, String key, Object value) {
            if (value != null) {
                attributes.put(key, value);
            }
        }

        private boolean room() {
            if (nodes.size() >= MAX_NODES) {
                truncated = true;
                return false;
            }
            return true;
        }

        void edge(String from, String to, String kind) {
            if (nodes.containsKey(from) && nodes.containsKey(to)) {
                edges.add(new GraphView.Edge(from, to, kind));
            }
        }

        boolean has(UUID id) {
            return subjects.containsKey(id) || accounts.containsKey(id);
        }

        String nodeIdOf(UUID id) {
            return subjects.containsKey(id) ? "subject:" + id : "account:" + id;
        }

        boolean frontierEmpty() {
            return frontierSubjects.isEmpty() && frontierAccounts.isEmpty() && frontierTransactions.isEmpty();
        }

        void nextFrontier() {
            frontierSubjects = new ArrayList<>();
            frontierAccounts = new ArrayList<>();
            frontierTransactions = new ArrayList<>();
        }
    }
}
