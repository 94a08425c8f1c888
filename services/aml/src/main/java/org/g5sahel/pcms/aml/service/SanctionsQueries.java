package org.g5sahel.pcms.aml.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.g5sahel.pcms.aml.model.EntryStatus;
import org.g5sahel.pcms.aml.model.SanctionsEntry;
import org.g5sahel.pcms.aml.model.SanctionsEntryChange;
import org.g5sahel.pcms.aml.model.SanctionsImport;
import org.g5sahel.pcms.aml.model.SanctionsList;
import org.g5sahel.pcms.aml.repository.SanctionsEntryRepository;
import org.g5sahel.pcms.aml.repository.SanctionsListRepository;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.rest.SearchText;

/** Reading sanctions lists: a list the caller may not see answers 404, and so do its entries. */
@ApplicationScoped
public class SanctionsQueries {

    private final SanctionsListRepository lists;
    private final SanctionsEntryRepository entries;
    private final EntityManager entityManager;

    public SanctionsQueries(
            SanctionsListRepository lists, SanctionsEntryRepository entries, EntityManager entityManager) {
        this.lists = lists;
        this.entries = entries;
        this.entityManager = entityManager;
    }

    /** A list with how many of its entries are active and delisted. */
    public record ListSummary(SanctionsList list, long active, long delisted) {}

    public record EntryWithHistory(SanctionsEntry entry, List<SanctionsEntryChange> history) {}

    @Transactional
    public List<ListSummary> lists(Caller caller) {
        return lists.visible(caller).stream()
                .map(list -> new ListSummary(
                        list, entries.count(list.id, EntryStatus.ACTIVE), entries.count(list.id, EntryStatus.DELISTED)))
                .toList();
    }

    @Transactional
    public List<SanctionsEntry> entries(
            Caller caller, String code, EntryStatus status, String name, String afterReference, int fetch) {
        SanctionsList list = visible(caller, code);
        return entries.page(
                list.id,
                status,
                name == null || name.isBlank() ? null : SearchText.containsPattern(name),
                afterReference,
                fetch);
    }

    @Transactional
    public EntryWithHistory entry(Caller caller, String code, String reference) {
        SanctionsList list = visible(caller, code);
        SanctionsEntry entry = entries.find("listId = ?1 and referenceNumber = ?2", list.id, reference)
                .firstResultOptional()
                .orElseThrow(ProblemException::notFound);
        List<SanctionsEntryChange> history = entityManager
                .createQuery(
                        "from SanctionsEntryChange where entryId = :entry order by changedAt, id",
                        SanctionsEntryChange.class)
                .setParameter("entry", entry.id)
                .getResultList();
        return new EntryWithHistory(entry, history);
    }

    @Transactional
    public List<SanctionsImport> imports(Caller caller, String code) {
        SanctionsList list = visible(caller, code);
        return entityManager
                .createQuery(
                        "from SanctionsImport where listId = :list order by importedAt desc, id", SanctionsImport.class)
                .setParameter("list", list.id)
                .setMaxResults(200)
                .getResultList();
    }

    private SanctionsList visible(Caller caller, String code) {
        return lists.visibleByCode(caller, code).orElseThrow(ProblemException::notFound);
    }
}
