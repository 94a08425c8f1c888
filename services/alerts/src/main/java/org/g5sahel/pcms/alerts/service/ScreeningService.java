package org.g5sahel.pcms.alerts.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.g5sahel.pcms.alerts.config.AlertsConfig;
import org.g5sahel.pcms.alerts.model.InboxItem;
import org.g5sahel.pcms.alerts.model.Screening;
import org.g5sahel.pcms.alerts.model.WatchlistEntry;
import org.g5sahel.pcms.alerts.repository.ScreeningRepository;
import org.g5sahel.pcms.alerts.rest.ScreeningRequests.CargoScreening;
import org.g5sahel.pcms.alerts.rest.ScreeningRequests.Traveller;
import org.g5sahel.pcms.alerts.rest.ScreeningRequests.TravellerScreening;
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

/**
 * Traveller and cargo screening against the watch lists. Entries the screener may see are scored on every feature;
 * entries they may not see can only be revealed by a strong identifier (a document, container or IMO number, or name
 * and date of birth, rule 3) and then only as "contact agency X". Every run is recorded with its purpose and audited;
 * the owner of every matched entry is told where, when and by whom (event and inbox).
 * <p>
 * Only candidates are scored: the entries {@link ScreeningKeys} fetches for the whole batch, by screening key and
 * strong identifier, and for each traveller those its own keys and documents reach. An entry left out has a name score
 * of zero against the traveller and no document of theirs, so scoring it could give no hit. Candidates are streamed
 * and let go once scored: memory holds the hits, not the candidates.
 */
@ApplicationScoped
public class ScreeningService {

    private static final Set<WatchlistEntry.Kind> TRAVELLER_KINDS = EnumSet.of(WatchlistEntry.Kind.PERSON,
            WatchlistEntry.Kind.TRAVEL_DOCUMENT);
    private static final Set<WatchlistEntry.Kind> CARGO_KINDS = EnumSet.of(WatchlistEntry.Kind.CONTAINER,
            WatchlistEntry.Kind.VESSEL, WatchlistEntry.Kind.COMPANY);

    private final ScreeningKeys blocking;
    private final ScreeningRepository screenings;
    private final FanOut fanOut;
    private final AuditLog auditLog;
    private final Outbox outbox;
    private final AlertsConfig config;
    private final Clock clock;
    private final NameMatcher names = NameMatcher.standard();

    public ScreeningService(ScreeningKeys blocking, ScreeningRepository screenings, FanOut fanOut,
            AuditLog auditLog, Outbox outbox, AlertsConfig config, Clock clock) {
        this.blocking = blocking;
        this.screenings = screenings;
        this.fanOut = fanOut;
        this.auditLog = auditLog;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public ScreeningResult screenTravellers(Caller caller, TravellerScreening request) {
        requireBatchSize(request.travellers().size());
        LocalDate today = LocalDate.now(clock);
        List<Traveller> travellers = request.travellers();
        // Scored as candidates stream in; reported traveller by traveller, visible entries (by sort key) first.
        List<Scored> scored = new ArrayList<>();
        visitTravellerCandidates(caller, travellers, today, scored::clear, (entry, canSee, position, reachedBy) ->
                reachedBy.stream().forEach(i -> score(travellers.get(i), entry, !canSee)
                        .ifPresent(features -> scored.add(new Scored(i, canSee, position, entry, features)))));
        scored.sort(Comparator.comparingInt(Scored::traveller).thenComparing(Scored::canSee, Comparator.reverseOrder())
                .thenComparingInt(Scored::position));
        List<Hit> hits = new ArrayList<>();
        Map<WatchlistEntry, Double> matched = new LinkedHashMap<>();
        for (Scored hit : scored) {
            collect(caller, travellers.get(hit.traveller()), hit.traveller(), hit.entry(), hit.features(), hit.canSee(),
                    hits, matched);
        }
        return record(caller, Screening.Kind.TRAVELLERS, request.purpose(), request.location(), request.reference(),
                request.travellers().size(), hits, matched);
    }

    /** A traveller's hit on a candidate, and where the candidate came in its query. */
    private record Scored(int traveller, boolean canSee, int position, WatchlistEntry entry, List<Feature> features) {
    }

    @Transactional
    public ScreeningResult screenCargo(Caller caller, CargoScreening request) {
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
            throw new ProblemException(ProblemType.VALIDATION_FAILED, errors, "validation-failed.detail", errors.size());
        }
        LocalDate today = LocalDate.now(clock);
        List<Hit> hits = new ArrayList<>();
        Map<WatchlistEntry, Double> matched = new LinkedHashMap<>();
        visitCargoCandidates(caller, request, containers, today, () -> {
            hits.clear();
            matched.clear();
        }, (entry, canSee, position, reachedBy) -> {
            for (int i = 0; i < containers.size(); i++) {
                if (entry.identifiers.contains("CONTAINER:" + IdentifierKeys.alphanumeric(containers.get(i)))) {
                    addHit(caller, hits, matched, "container", i, entry, 1.0, List.of(new Feature("container",
                            1.0, "ISO 6346 number " + IdentifierKeys.alphanumeric(containers.get(i)))), canSee);
                }
            }
            if (request.vesselImo() != null
                    && entry.identifiers.contains("IMO:" + CheckDigits.imoDigits(request.vesselImo()))) {
                addHit(caller, hits, matched, "vessel", 0, entry, 1.0,
                        List.of(new Feature("imo", 1.0, "IMO " + CheckDigits.imoDigits(request.vesselImo()))), canSee);
            }
            // Company names are weak identifiers: they reveal only entries the screener may see.
            if (canSee && entry.kind == WatchlistEntry.Kind.COMPANY) {
                for (String[] party : new String[][] { { "shipper", request.shipper() },
                        { "consignee", request.consignee() } }) {
                    if (party[1] == null) {
                        continue;
                    }
                    NameMatcher.Comparison best = bestName(entry, party[1]);
                    if (best.score() >= config.screening().threshold()) {
                        addHit(caller, hits, matched, party[0], 0, entry, best.score(),
                                List.of(new Feature(party[0], best.score(), best.detail())), true);
                    }
                }
            }
        });
        return record(caller, Screening.Kind.CARGO, request.purpose(), request.location(), request.reference(),
                Math.max(1, containers.size()), hits, matched);
    }

    /**
     * Visits the candidates of a batch of travellers: one probe per traveller (name, documents); a name with a date of
     * birth may reveal a hidden entry, so hidden entries are fetched by name too. @return whether blocked
     */
    boolean visitTravellerCandidates(Caller caller, List<Traveller> travellers, LocalDate today, Runnable restart,
            ScreeningKeys.Visitor visitor) {
        return blocking.visitCandidates(caller, TRAVELLER_KINDS, today, terms -> {
            Map<String, ScreeningKeys.Probe> byName = new HashMap<>();
            List<ScreeningKeys.Probe> probes = new ArrayList<>(travellers.size());
            for (Traveller traveller : travellers) {
                List<String> documents = new ArrayList<>();
                if (traveller.documentNumbers() != null) {
                    traveller.documentNumbers().forEach(number -> documents.add("DOC:" + IdentifierKeys.alphanumeric(number)));
                }
                ScreeningKeys.Probe named = byName.computeIfAbsent(String.valueOf(traveller.name()),
                        name -> blocking.probe(terms, Collections.singletonList(traveller.name()), List.of()));
                probes.add(new ScreeningKeys.Probe(named.keys(), new LinkedHashSet<>(documents)));
            }
            return probes;
        }, true, restart, visitor);
    }

    /**
     * Visits the candidates of a cargo screening: by container and IMO number, and visible companies by the shipper's
     * and consignee's names (a company name never reveals a hidden entry).
     */
    private void visitCargoCandidates(Caller caller, CargoScreening request, List<String> containers, LocalDate today,
            Runnable restart, ScreeningKeys.Visitor visitor) {
        List<String> identifiers = new ArrayList<>();
        containers.forEach(container -> identifiers.add("CONTAINER:" + IdentifierKeys.alphanumeric(container)));
        if (request.vesselImo() != null) {
            identifiers.add("IMO:" + CheckDigits.imoDigits(request.vesselImo()));
        }
        List<String> parties = new ArrayList<>();
        parties.add(request.shipper());
        parties.add(request.consignee());
        blocking.visitCandidates(caller, CARGO_KINDS, today,
                terms -> List.of(blocking.probe(terms, parties, identifiers)), false, restart, visitor);
    }

    private void collect(Caller caller, Traveller traveller, int index, WatchlistEntry entry, List<Feature> features,
            boolean canSee, List<Hit> hits, Map<WatchlistEntry, Double> matched) {
        double score = features.stream().filter(f -> f.feature().equals("total")).findFirst().orElseThrow().score();
        addHit(caller, hits, matched, traveller.ref(), index, entry, score,
                features.stream().filter(f -> !f.feature().equals("total")).toList(), canSee);
    }

    /**
     * Scores one traveller against one entry; empty when it is no hit. For a hidden entry only a document match or
     * name with date of birth counts.
     */
    java.util.Optional<List<Feature>> score(Traveller traveller, WatchlistEntry entry, boolean strongOnly) {
        List<Feature> features = new ArrayList<>();
        boolean documentMatch = false;
        if (traveller.documentNumbers() != null) {
            for (String number : traveller.documentNumbers()) {
                if (entry.identifiers.contains("DOC:" + IdentifierKeys.alphanumeric(number))) {
                    documentMatch = true;
                    features.add(new Feature("document", 1.0, "document " + IdentifierKeys.alphanumeric(number)
                            + " is on the list"));
                }
            }
        }
        double nameScore = 0;
        if (!entry.nameKeys.isEmpty()) {
            NameMatcher.Comparison best = bestName(entry, traveller.name());
            nameScore = best.score();
            features.add(new Feature("name", round(nameScore), best.detail()));
        }
        double dobAdjustment = 0;
        boolean dobMatch = false;
        Integer travellerYear = traveller.dateOfBirth() != null ? Integer.valueOf(traveller.dateOfBirth().getYear())
                : traveller.yearOfBirth();
        if (entry.birthDate != null && traveller.dateOfBirth() != null) {
            long days = Math.abs(entry.birthDate.toEpochDay() - traveller.dateOfBirth().toEpochDay());
            boolean swapped = entry.birthDate.getYear() == traveller.dateOfBirth().getYear()
                    && entry.birthDate.getMonthValue() == traveller.dateOfBirth().getDayOfMonth()
                    && entry.birthDate.getDayOfMonth() == traveller.dateOfBirth().getMonthValue();
            if (days == 0 || swapped) {
                dobAdjustment = 0.1;
                dobMatch = true;
                features.add(new Feature("dateOfBirth", 1.0, days == 0 ? "same date" : "day and month swapped"));
            } else if (days <= 366) {
                dobAdjustment = 0.03;
                dobMatch = true;
                features.add(new Feature("dateOfBirth", 0.7, days + " days apart"));
            } else {
                dobAdjustment = -0.25;
                features.add(new Feature("dateOfBirth", 0, "different date"));
            }
        } else if (entry.birthYear != null && travellerYear != null) {
            int years = Math.abs(entry.birthYear - travellerYear);
            if (years <= 1) {
                dobAdjustment = years == 0 ? 0.05 : 0.02;
                dobMatch = true;
                features.add(new Feature("yearOfBirth", years == 0 ? 1.0 : 0.7, years == 0 ? "same year" : "one year apart"));
            } else {
                dobAdjustment = -0.25;
                features.add(new Feature("yearOfBirth", 0, years + " years apart"));
            }
        }
        if (entry.nationality != null && traveller.nationality() != null) {
            boolean same = entry.nationality.equals(traveller.nationality());
            features.add(new Feature("nationality", same ? 1.0 : 0, same ? "same" : "different (not penalised: dual nationals)"));
        }
        double total = documentMatch ? 1.0 : Math.max(0, Math.min(1, nameScore + dobAdjustment));
        boolean strong = documentMatch || (dobMatch && nameScore >= config.screening().threshold());
        boolean hit = strongOnly ? strong : total >= config.screening().threshold();
        if (!hit) {
            return java.util.Optional.empty();
        }
        features.add(new Feature("total", round(total), documentMatch ? "document match" : "name and birth"));
        return java.util.Optional.of(features);
    }

    private NameMatcher.Comparison bestName(WatchlistEntry entry, String name) {
        NameMatcher.Comparison best = new NameMatcher.Comparison(0, "no common name");
        for (String key : entry.nameKeys) {
            NameMatcher.Comparison comparison = names.compare(key, name);
            if (comparison.score() > best.score()) {
                best = comparison;
            }
        }
        return best;
    }

    private void addHit(Caller caller, List<Hit> hits, Map<WatchlistEntry, Double> matched, String itemRef, int index,
            WatchlistEntry entry, double score, List<Feature> explanation, boolean canSee) {
        matched.merge(entry, score, Math::max);
        boolean seesFile = canSee && !caller.hasRole(Roles.BORDER_OFFICER);
        if (canSee) {
            hits.add(new Hit(itemRef, index, round(score), explanation, true, entry.id, entry.reference, entry.kind,
                    entry.label, entry.actionRequested, seesFile ? entry.reason : null, entry.validUntil,
                    entry.sovereignty.ownerState(), entry.sovereignty.ownerAgency(), null));
        } else {
            // A hidden entry says what it means (what kind of entry, what its owner asks for) and the id an access
            // request quotes; its reference, label, reason and the score's explanation stay with the owner.
            hits.add(new Hit(itemRef, index, round(score), List.of(), false, entry.id, null, entry.kind, null,
                    entry.actionRequested, null, null, entry.sovereignty.ownerState(),
                    entry.sovereignty.ownerAgency(), null));
        }
    }

    private ScreeningResult record(Caller caller, Screening.Kind kind, String purpose, String location,
            String reference, int items, List<Hit> hits, Map<WatchlistEntry, Double> matched) {
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
        auditLog.record(caller, AuditAction.SEARCH, new AuditedRecord("screening", screening.id.toString(),
                caller.state(), caller.agency(), null, null), purpose, hits.size() + " hits / " + items);
        String where = location == null ? "?" : location;
        matched.forEach((entry, score) -> {
            auditLog.record(caller, AuditAction.HIT, WatchlistService.audited(entry), purpose,
                    "score " + round(score));
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
                fanOut.deliver(entry.sovereignty.ownerAgency(), entry.sovereignty.ownerState(),
                        InboxItem.Kind.WATCHLIST_HIT, "screening", screening.id + ":" + entry.id, 0,
                        "Hit on " + entry.reference + " (" + entry.label + ") by " + caller.agency(),
                        "Screened by " + caller.username() + " (" + caller.agency() + ") at " + where + " on "
                                + screening.screenedAt + " — purpose: " + purpose + " — score " + round(score),
                        null, null, entry.sovereignty);
            }
        });
        return new ScreeningResult(screening.id, items, List.copyOf(hits));
    }

    private void requireBatchSize(int size) {
        if (size > config.screening().maxBatch()) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "screening.too-many", size,
                    config.screening().maxBatch());
        }
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
