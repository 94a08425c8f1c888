package org.g5sahel.pcms.alerts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.g5sahel.pcms.alerts.model.InboxItem;
import org.g5sahel.pcms.alerts.model.Screening;
import org.g5sahel.pcms.alerts.model.WatchlistEntry;
import org.g5sahel.pcms.alerts.repository.ScreeningRepository;
import org.g5sahel.pcms.alerts.repository.WatchlistRepository;
import org.g5sahel.pcms.alerts.screening.ScreeningEngine;
import org.g5sahel.pcms.alerts.screening.ScreeningRequests;
import org.g5sahel.pcms.alerts.screening.ScreeningRequests.CargoScreening;
import org.g5sahel.pcms.alerts.screening.ScreeningRequests.Traveller;
import org.g5sahel.pcms.alerts.screening.ScreeningRequests.TravellerScreening;
import org.g5sahel.pcms.alerts.screening.WatchlistIndex;
import org.g5sahel.pcms.alerts.service.ScreeningResult.Feature;
import org.g5sahel.pcms.alerts.service.ScreeningResult.Hit;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.audit.AuditedRecord;
import org.g5sahel.pcms.commons.correlation.CheckDigits;
import org.g5sahel.pcms.commons.correlation.IdentifierKeys;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.messaging.Outbox;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.matching.CandidateIndex;
import org.g5sahel.pcms.matching.Subject;

/**
 * Traveller and cargo screening against the watch lists. Entries the screener may see are scored on every feature;
 * entries they may not see can only be revealed by a strong identifier (a document, container or IMO number, or name
 * and date of birth, rule 3) and then only as "contact agency X". Every run is recorded with its purpose and audited;
 * the owner of every matched entry is told where, when and by whom (event and inbox).
 * <p>
 * Candidates come from the in-memory {@link WatchlistIndex} (names, documents) and, for cargo, from container and IMO
 * numbers in PostgreSQL. The index only proposes: the candidates are read back by id through the visibility predicate
 * (visible) and its discoverable twin (hidden), both restricted to entries in force, and scored again by the
 * {@link ScreeningEngine} on what was read, so an index a write behind can neither reveal nor hide anything. Entries
 * read are let go once scored: memory holds the hits.
 */
@ApplicationScoped
public class ScreeningService {

    private static final Set<WatchlistEntry.Kind> TRAVELLER_KINDS =
            EnumSet.of(WatchlistEntry.Kind.PERSON, WatchlistEntry.Kind.TRAVEL_DOCUMENT);
    private static final Set<WatchlistEntry.Kind> CARGO_KINDS =
            EnumSet.of(WatchlistEntry.Kind.CONTAINER, WatchlistEntry.Kind.VESSEL, WatchlistEntry.Kind.COMPANY);

    private final WatchlistIndex index;
    private final ScreeningEngine engine;
    private final WatchlistRepository entries;
    private final ScreeningRepository screenings;
    private final FanOut fanOut;
    private final AuditLog auditLog;
    private final Outbox outbox;
    private final Clock clock;

    public ScreeningService(
            WatchlistIndex index,
            ScreeningEngine engine,
            WatchlistRepository entries,
            ScreeningRepository screenings,
            FanOut fanOut,
            AuditLog auditLog,
            Outbox outbox,
            Clock clock) {
        this.index = index;
        this.engine = engine;
        this.entries = entries;
        this.screenings = screenings;
        this.fanOut = fanOut;
        this.auditLog = auditLog;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Screens a manifest of travellers; the name's explanation is written in {@code locale}. */
    @Transactional
    public ScreeningResult screenTravellers(Caller caller, TravellerScreening request, Locale locale) {
        List<Traveller> travellers = request.travellers();
        requireBatchSize(travellers.size());
        List<Subject> subjects =
                travellers.stream().map(ScreeningEngine::traveller).toList();
        // Which travellers the index proposes each entry for.
        Map<UUID, BitSet> proposed = new HashMap<>();
        List<List<CandidateIndex.Match>> candidates = index.travellers(subjects);
        for (int i = 0; i < candidates.size(); i++) {
            for (CandidateIndex.Match match : candidates.get(i)) {
                proposed.computeIfAbsent(UUID.fromString(match.id()), id -> new BitSet())
                        .set(i);
            }
        }
        LocalDate today = LocalDate.now(clock);
        // Reported traveller by traveller, visible entries (by sort key) first.
        List<Scored> scored = new ArrayList<>();
        for (boolean visible : new boolean[] {true, false}) {
            int[] position = {0};
            visit(candidates(caller, visible, TRAVELLER_KINDS, today, proposed.keySet(), List.of()), entry -> {
                proposed.get(entry.id).stream().forEach(i -> {
                    ScreeningEngine.Verdict verdict = engine.judge(subjects.get(i), entry);
                    if (visible ? verdict.decision().hit() : verdict.strong()) {
                        scored.add(new Scored(
                                i,
                                visible,
                                position[0],
                                entry,
                                verdict,
                                visible
                                        ? engine.travellerFeatures(travellers.get(i), entry, verdict, locale)
                                        : List.of()));
                    }
                });
                position[0]++;
            });
        }
        scored.sort(Comparator.comparingInt(Scored::traveller)
                .thenComparing(Scored::canSee, Comparator.reverseOrder())
                .thenComparingInt(Scored::position));
        List<Hit> hits = new ArrayList<>();
        Map<WatchlistEntry, Double> matched = new LinkedHashMap<>();
        for (Scored hit : scored) {
            addHit(
                    caller,
                    hits,
                    matched,
                    travellers.get(hit.traveller()).ref(),
                    hit.traveller(),
                    hit.entry(),
                    hit.verdict().score(),
                    hit.features(),
                    hit.canSee());
        }
        return record(
                caller,
                Screening.Kind.TRAVELLERS,
                request.purpose(),
                request.location(),
                request.reference(),
                travellers.size(),
                hits,
                matched);
    }

    /** A traveller's hit on a candidate, and where the candidate came in its query. */
    private record Scored(
            int traveller,
            boolean canSee,
            int position,
            WatchlistEntry entry,
            ScreeningEngine.Verdict verdict,
            List<Feature> features) {}

    /** Screens a cargo manifest; the company names' explanation is written in {@code locale}. */
    @Transactional
    public ScreeningResult screenCargo(Caller caller, CargoScreening request, Locale locale) {
        List<String> containers = request.containers() == null ? List.of() : request.containers();
        requireBatchSize(containers.size());
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < containers.size(); i++) {
            if (!CheckDigits.isContainerNumber(containers.get(i))) {
                errors.add(new Problem.FieldError("containers[" + i + "]", "watchlist.container-invalid"));
            }
        }
        if (request.vesselImo() != null && !CheckDigits.isImoNumber(request.vesselImo())) {
            errors.add(new Problem.FieldError("vesselImo", "watchlist.imo-invalid"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED, errors, "validation-failed.detail", errors.size());
        }
        List<String> identifiers = new ArrayList<>();
        containers.forEach(container -> identifiers.add("CONTAINER:" + IdentifierKeys.alphanumeric(container)));
        if (request.vesselImo() != null) {
            identifiers.add("IMO:" + CheckDigits.imoDigits(request.vesselImo()));
        }
        // Company names are weak identifiers: they reveal only entries the screener may see.
        String[][] parties = {{"shipper", request.shipper()}, {"consignee", request.consignee()}};
        List<Subject> companies = new ArrayList<>();
        for (String[] party : parties) {
            companies.add(party[1] == null || party[1].isBlank() ? null : ScreeningEngine.company(party[1]));
        }
        Set<UUID> proposedCompanies = new HashSet<>();
        index.companies(companies).forEach(found -> found.forEach(m -> proposedCompanies.add(UUID.fromString(m.id()))));
        LocalDate today = LocalDate.now(clock);
        List<Hit> hits = new ArrayList<>();
        Map<WatchlistEntry, Double> matched = new LinkedHashMap<>();
        for (boolean visible : new boolean[] {true, false}) {
            Set<UUID> ids = visible ? proposedCompanies : Set.of();
            visit(candidates(caller, visible, CARGO_KINDS, today, ids, identifiers), entry -> {
                for (int i = 0; i < containers.size(); i++) {
                    if (entry.identifiers.contains("CONTAINER:" + IdentifierKeys.alphanumeric(containers.get(i)))) {
                        addHit(
                                caller,
                                hits,
                                matched,
                                "container",
                                i,
                                entry,
                                1.0,
                                List.of(new Feature(
                                        "container",
                                        1.0,
                                        "ISO 6346 number " + IdentifierKeys.alphanumeric(containers.get(i)),
                                        List.of())),
                                visible);
                    }
                }
                if (request.vesselImo() != null
                        && entry.identifiers.contains("IMO:" + CheckDigits.imoDigits(request.vesselImo()))) {
                    addHit(
                            caller,
                            hits,
                            matched,
                            "vessel",
                            0,
                            entry,
                            1.0,
                            List.of(new Feature(
                                    "imo", 1.0, "IMO " + CheckDigits.imoDigits(request.vesselImo()), List.of())),
                            visible);
                }
                if (visible && entry.kind == WatchlistEntry.Kind.COMPANY) {
                    for (int p = 0; p < parties.length; p++) {
                        if (companies.get(p) == null) {
                            continue;
                        }
                        ScreeningEngine.Verdict verdict = engine.judge(companies.get(p), entry);
                        if (verdict.decision().hit()) {
                            addHit(
                                    caller,
                                    hits,
                                    matched,
                                    parties[p][0],
                                    0,
                                    entry,
                                    verdict.score(),
                                    List.of(engine.nameFeature(parties[p][0], verdict, locale)),
                                    true);
                        }
                    }
                }
            });
        }
        return record(
                caller,
                Screening.Kind.CARGO,
                request.purpose(),
                request.location(),
                request.reference(),
                Math.max(1, containers.size()),
                hits,
                matched);
    }

    /** The candidates of a screening the caller may see, or may not see but a hit may reveal. */
    private Stream<WatchlistEntry> candidates(
            Caller caller,
            boolean visible,
            Set<WatchlistEntry.Kind> kinds,
            LocalDate today,
            Collection<UUID> ids,
            Collection<String> identifiers) {
        return visible
                ? entries.visibleCandidates(caller, kinds, today, ids, identifiers)
                : entries.hiddenCandidates(caller, kinds, today, ids, identifiers);
    }

    /** Visits candidates as they are read, each let go once visited. */
    private void visit(Stream<WatchlistEntry> candidates, Consumer<WatchlistEntry> visitor) {
        try (candidates) {
            candidates.forEach(entry -> {
                visitor.accept(entry);
                entries.getEntityManager().detach(entry);
            });
        }
    }

    private void addHit(
            Caller caller,
            List<Hit> hits,
            Map<WatchlistEntry, Double> matched,
            String itemRef,
            int index,
            WatchlistEntry entry,
            double score,
            List<Feature> explanation,
            boolean canSee) {
        matched.merge(entry, score, Math::max);
        boolean seesFile = canSee && !caller.hasRole(Roles.BORDER_OFFICER);
        if (canSee) {
            hits.add(new Hit(
                    itemRef,
                    index,
                    round(score),
                    explanation,
                    true,
                    entry.id,
                    entry.reference,
                    entry.kind,
                    entry.label,
                    entry.actionRequested,
                    seesFile ? entry.reason : null,
                    entry.validUntil,
                    entry.sovereignty.ownerState(),
                    entry.sovereignty.ownerAgency(),
                    null));
        } else {
            // A hidden entry says what it means (what kind of entry, what its owner asks for) and the id an access
            // request quotes; its reference, label, reason and the score's explanation stay with the owner.
            hits.add(new Hit(
                    itemRef,
                    index,
                    round(score),
                    List.of(),
                    false,
                    entry.id,
                    null,
                    entry.kind,
                    null,
                    entry.actionRequested,
                    null,
                    null,
                    entry.sovereignty.ownerState(),
                    entry.sovereignty.ownerAgency(),
                    null));
        }
    }

    private ScreeningResult record(
            Caller caller,
            Screening.Kind kind,
            String purpose,
            String location,
            String reference,
            int items,
            List<Hit> hits,
            Map<WatchlistEntry, Double> matched) {
        Screening screening = new Screening();
        screening.id = UUID.randomUUID();
        screening.kind = kind;
        screening.purpose = purpose.strip();
        screening.location = location;
        screening.reference = reference;
        screening.items = items;
        screening.hits = hits.size();
        screening.actorUsername = caller.username();
        screening.actorState = caller.state();
        screening.actorAgency = caller.agency();
        screening.screenedAt = clock.instant();
        screenings.persist(screening);
        auditLog.record(
                caller,
                AuditAction.SEARCH,
                new AuditedRecord("screening", screening.id.toString(), caller.state(), caller.agency(), null, null),
                purpose,
                hits.size() + " hits / " + items);
        String where = location == null ? "?" : location;
        matched.forEach((entry, score) -> {
            auditLog.record(caller, AuditAction.HIT, WatchlistService.audited(entry), purpose, "score " + round(score));
            if (!entry.sovereignty.isOwnedBy(caller)) {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("entryId", entry.id);
                data.put("entryReference", entry.reference);
                data.put("screeningId", screening.id);
                data.put("where", where);
                data.put("when", screening.screenedAt);
                data.put("byUser", caller.username());
                data.put("byAgency", caller.agency());
                data.put("byState", caller.state());
                data.put("purpose", purpose);
                data.put("score", round(score));
                data.put("sharedWith", entry.sovereignty.sharedWith());
                outbox.publish(WatchlistService.RECORD_TYPE, "matched", entry.id, entry.sovereignty, data);
                fanOut.deliver(
                        entry.sovereignty.ownerAgency(),
                        entry.sovereignty.ownerState(),
                        InboxItem.Kind.WATCHLIST_HIT,
                        "screening",
                        screening.id + ":" + entry.id,
                        0,
                        "Hit on " + entry.reference + " (" + entry.label + ") by " + caller.agency(),
                        "Screened by " + caller.username() + " (" + caller.agency() + ") at " + where + " on "
                                + screening.screenedAt + " — purpose: " + purpose + " — score " + round(score),
                        null,
                        null,
                        entry.sovereignty);
            }
        });
        return new ScreeningResult(screening.id, items, List.copyOf(hits));
    }

    /** The limit the OpenAPI document publishes ({@code maxItems}), answered with 413 naming it. */
    private static void requireBatchSize(int size) {
        if (size > ScreeningRequests.MAX_BATCH) {
            throw new ProblemException(
                    ProblemType.PAYLOAD_TOO_LARGE, "screening.too-many", size, ScreeningRequests.MAX_BATCH);
        }
    }

    private static double round(double score) {
        return ScreeningEngine.round(score);
    }
}
