package org.g5sahel.pcms.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sovereignty dimension of the authorization matrix. Every kind of operational record — found in the OpenAPI as a
 * collection whose creation body carries {@code sharing} — is created by one agency under each distribution of DESIGN
 * §2, then every operation on the record, its list and its count are called by readers in every position: another
 * agency of the owning State, an agency or a State named in {@code sharedWith}, another State, the coordinators, the
 * auditor, the administrator, a partner system. The expected outcome of each cell comes from the rules as DESIGN
 * states them, written here independently of the services' shared predicate.
 *
 * <p>A reader who may not see a record gets exactly what he gets for a record that does not exist — status, problem,
 * headers, length — on reads and writes alike, the record is unchanged afterwards, and lists and counts neither show
 * nor count it. Every creation, publication step, sharing change and read by another agency, and every attempt refused
 * to another agency, is in the audit log. No read of any service — derived views included — mentions a record its
 * reader may not see.
 */
class DistributionMatrixIT {

    private static final String OWNER_STATE = "NE";
    private static final String OWNER_AGENCY = "NE-OCRTIS";
    private static final List<String> MEMBERS = List.of("BF", "ML", "MR", "NE", "TD", "G5");
    private static final List<String> OPERATIONAL_ROLES =
            List.of("investigator", "analyst", "border-officer", "firearms-officer", "fiu-analyst", "training-manager");
    /** Headers whose values differ from one request to the next whatever the record. */
    private static final String NOTHING = UUID.randomUUID().toString();

    private static final Set<String> VOLATILE_HEADERS = Set.of("date", "traceparent", "x-request-id");
    private static final String CASES = "/api/cases/v1/cases";
    /** The agency the owner sends its exchange requests to: one of the readers, of another State. */
    private static final String REQUEST_RECIPIENT = "TD-CT";

    /** One sharing decision the matrix seeds a record with. */
    record Terms(String distribution, List<String> sharedWith) {

        String json() {
            return "{\"distribution\":\"" + distribution + "\",\"sharedWith\":["
                    + sharedWith.stream().map(r -> "\"" + r + "\"").collect(Collectors.joining(",")) + "]}";
        }

        @Override
        public String toString() {
            return distribution + (sharedWith.isEmpty() ? "" : sharedWith.toString());
        }
    }

    private static final List<Terms> DISTRIBUTIONS = List.of(
            new Terms("AGENCY", List.of()),
            new Terms("NATIONAL", List.of()),
            new Terms("SELECTED", List.of("ML", "BF-CT")),
            new Terms("G5", List.of()),
            new Terms("PARTNERS", List.of()),
            new Terms("PARTNERS", List.of("UNODC")));

    /** A reader of the matrix: where he stands, and his token. */
    record Reader(String position, String username, String state, String agency, List<String> roles) {

        String token() {
            return tokenOf(username);
        }

        boolean mayCall(OpenApi.Operation operation) {
            return operation.roles().isEmpty() || operation.roles().stream().anyMatch(roles::contains);
        }

        /** DESIGN §2, as written there. */
        boolean sees(Terms terms) {
            if (agency.equals(OWNER_AGENCY)) {
                return true;
            }
            boolean member = MEMBERS.contains(state);
            boolean listed =
                    terms.sharedWith().contains(state) || terms.sharedWith().contains(agency);
            return switch (terms.distribution()) {
                case "AGENCY" -> false;
                case "NATIONAL" -> state.equals(OWNER_STATE);
                case "SELECTED" -> state.equals(OWNER_STATE) || listed;
                case "G5" -> member;
                case "PARTNERS" -> member || terms.sharedWith().isEmpty() || listed;
                default -> throw new IllegalArgumentException(terms.distribution());
            };
        }
    }

    /** A record of the matrix. */
    record Seeded(Kind kind, Terms terms, String id, String ownerView) {}

    /**
     * A kind of record: its collection and how the owner makes a valid one. A kind found in the OpenAPI without a seed
     * here fails the test, so that a new kind cannot go unchecked.
     */
    record Kind(
            String service,
            String collection,
            Function<String, String> body,
            List<Step> publication,
            Set<String> refusedDistributions) {

        String url(String path) {
            return Platform.service(service) + path;
        }
    }

    /** A step between creation and publication, by the user named, on the record's path + suffix. */
    record Step(String username, String suffix, String body) {}

    private static Reader owner;
    private static List<Reader> readers;
    private static final Map<String, Kind> SEEDS = new LinkedHashMap<>();

    @BeforeAll
    static void platform() {
        Platform.get();
        String coordinator = "ne-coordinator";
        seed(
                "directory",
                "/api/directory/v1/contacts",
                sharing -> "{\"agencyCode\":\"" + OWNER_AGENCY + "\",\"fullName\":\"Matrix Contact\",\"sharing\":"
                        + sharing + "}");
        seed(
                "cases",
                "/api/cases/v1/cases",
                sharing -> "{\"title\":\"Matrix case\",\"threats\":[\"TERRORISM\"],\"sharing\":" + sharing + "}");
        seed(
                "alerts",
                "/api/alerts/v1/alerts",
                sharing -> "{\"categories\":[\"SECURITY\"],\"event\":\"Matrix\","
                        + "\"urgency\":\"EXPECTED\",\"severity\":\"MINOR\",\"certainty\":\"LIKELY\","
                        + "\"infos\":[{\"language\":\"fr\",\"headline\":\"Matrice\"}],\"sharing\":" + sharing + "}",
                new Step("matrix-owner", "/submission", null),
                new Step(coordinator, "/approval", "{\"approve\":true}"));
        seed(
                "alerts",
                "/api/alerts/v1/notices",
                sharing -> "{\"kind\":\"INFORMATION\",\"title\":\"Matrix\","
                        + "\"summary\":\"Matrix notice\",\"sharing\":" + sharing + "}",
                new Step(coordinator, "/review", "{\"approve\":true}"));
        // A notice exists to be published beyond its agency.
        refuse("alerts /api/alerts/v1/notices", "AGENCY");
        seed(
                "alerts",
                "/api/alerts/v1/watchlist-entries",
                sharing -> "{\"kind\":\"VEHICLE\",\"details\":{\"plate\":\"MX-" + random()
                        + "\"},\"reason\":\"Matrix\",\"actionRequested\":\"REPORT\",\"sharing\":" + sharing + "}");
        seed(
                "training",
                "/api/training/v1/courses",
                sharing -> "{\"code\":\"MX-" + random().toUpperCase(Locale.ROOT)
                        + "\",\"titleFr\":\"Matrice\",\"titleEn\":\"Matrix\",\"topics\":[\"TERRORISM\"],\"modality\":\"CLASSROOM\","
                        + "\"durationDays\":2,\"sharing\":" + sharing + "}");
        seed(
                "training",
                "/api/training/v1/sessions",
                sharing -> "{\"courseId\":\"" + publicCourse()
                        + "\",\"startDate\":\"2027-03-01\",\"endDate\":\"2027-03-03\",\"hostAgency\":\"" + OWNER_AGENCY
                        + "\",\"venue\":\"Niamey\",\"language\":\"fr\",\"capacity\":10,\"quotas\":{\"NE\":5},\"sharing\":"
                        + sharing + "}");
        seed(
                "firearms",
                "/api/firearms/v1/firearms",
                sharing -> "{\"type\":\"PISTOL\",\"make\":\"Browning\"," + "\"serialNumber\":\"MX-" + random()
                        + "\",\"holderCategory\":\"STATE_POLICE\",\"sharing\":" + sharing + "}");
        seed(
                "firearms",
                "/api/firearms/v1/seizures",
                sharing -> "{\"seizedOn\":\"2026-11-01\",\"place\":\"Niamey\","
                        + "\"firearms\":[{\"type\":\"PISTOL\",\"make\":\"Glock\",\"serialNumber\":\"MXS-" + random()
                        + "\"}],\"sharing\":" + sharing + "}");
        seed(
                "aml",
                "/api/aml/v1/asset-measures",
                sharing -> "{\"kind\":\"FREEZE\",\"assetKind\":\"BANK_ACCOUNT\","
                        + "\"assetDescription\":\"Account MX-" + random() + "\",\"legalBasis\":\"Loi uniforme art. 1\","
                        + "\"orderingAuthority\":\"Juge d'instruction\",\"orderedOn\":\"2026-11-01\",\"sharing\":"
                        + sharing + "}");
        seed(
                "aml",
                "/api/aml/v1/reports",
                sharing -> "{\"kind\":\"STR\",\"reportingEntity\":\"Banque Matrice\","
                        + "\"submissionDate\":\"2026-11-01T00:00:00Z\",\"reason\":\"Matrix\",\"subjects\":[{\"key\":\"s1\",\"kind\":\"PERSON\","
                        + "\"role\":\"REPORTED_PARTY\",\"fullName\":\"Matrix Person\"}],\"sharing\":" + sharing + "}");

        List<String> everyRole = new ArrayList<>(OPERATIONAL_ROLES);
        everyRole.add("national-coordinator");
        owner = reader("owning agency", "matrix-owner", OWNER_STATE, OWNER_AGENCY, everyRole);
        readers = List.of(
                owner,
                reader(
                        "another agency of the owning State",
                        "matrix-same-state",
                        OWNER_STATE,
                        "NE-POLICE",
                        OPERATIONAL_ROLES),
                reader("an agency named in sharedWith", "matrix-listed-agency", "BF", "BF-CT", OPERATIONAL_ROLES),
                reader(
                        "an agency of a State named in sharedWith",
                        "matrix-listed-state",
                        "ML",
                        "ML-POLICE",
                        OPERATIONAL_ROLES),
                reader("an agency of another State", "matrix-other-state", "TD", "TD-CT", OPERATIONAL_ROLES),
                demo("national coordinator of the owning State", "ne-coordinator"),
                demo("national coordinator of another State", "td-coordinator"),
                demo("regional coordinator", "g5-coordinator"),
                demo("auditor", "g5-auditor"),
                demo("platform administrator", "platform-admin"),
                partner());
    }

    @Test
    void aRecordIsSeenListedAndCountedByExactlyWhomItsDistributionNames() throws SQLException {
        List<OpenApi.Operation> operations = OpenApi.operations();
        List<String> unseeded = operations.stream()
                .filter(op -> op.method().equals("post")
                        && !op.path().contains("{")
                        && op.bodySchema() != null
                        && op.bodySchema().path("properties").has("sharing"))
                .map(op -> op.service() + " " + op.path())
                .filter(key -> !SEEDS.containsKey(key))
                .toList();
        assertThat(unseeded).as("record kinds without a seed in this test").isEmpty();

        List<String> violations = Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> tally = new TreeMap<>();
        Map<Kind, Map<Reader, Long>> countsBefore = new HashMap<>();
        for (Kind kind : SEEDS.values()) {
            countsBefore.put(kind, counts(kind, operations));
        }
        List<Seeded> records = new ArrayList<>();
        for (Kind kind : SEEDS.values()) {
            for (Terms terms : DISTRIBUTIONS) {
                if (kind.refusedDistributions().contains(terms.distribution())) {
                    given().auth()
                            .oauth2(owner.token())
                            .contentType(ContentType.JSON)
                            .body(kind.body().apply(terms.json()))
                            .post(kind.url(kind.collection()))
                            .then()
                            .statusCode(400);
                } else {
                    records.add(create(kind, terms));
                }
            }
        }

        for (Seeded record : records) {
            // The record's true version: preconditions pass, so that only who the caller is decides.
            String version = etag(record.kind().url(record.kind().collection() + "/" + record.id()));
            for (OpenApi.Operation operation : recordOperations(record.kind(), operations)) {
                String path = concrete(operation.path(), record.id());
                String absentId = UUID.randomUUID().toString();
                String absent = concrete(operation.path(), absentId);
                for (Reader reader : readers) {
                    boolean read = operation.method().equals("get");
                    boolean maySeeAndChangeSharing = reader.sees(record.terms())
                            && (reader == owner
                                    || reader.roles().contains("national-coordinator")
                                            && reader.state().equals(OWNER_STATE));
                    if (!read && reader.sees(record.terms()) && (!isSharing(operation) || maySeeAndChangeSharing)) {
                        continue; // writes by those who may make them would change the record under the matrix
                    }
                    if (read && operation.streaming()) {
                        continue;
                    }
                    String cell = record.kind().collection() + " " + record.terms() + " " + operation + " as "
                            + reader.position();
                    Response answer = call(reader, operation, record.kind().url(path), version);
                    int status = answer.statusCode();
                    if (status >= 500 || status == 401) {
                        violations.add(cell + ": " + status);
                        continue;
                    }
                    if (!reader.mayCall(operation) || !reader.sees(record.terms())) {
                        Response reference =
                                call(reader, operation, record.kind().url(absent), version);
                        String difference = difference(answer, reference, record.id(), absentId);
                        tally.merge(reader.mayCall(operation) ? "hidden" : "refused by role", 1, Integer::sum);
                        if (difference != null) {
                            violations.add(cell + ": differs from a record that does not exist: " + difference);
                        }
                    } else if (read) {
                        tally.merge("served", 1, Integer::sum);
                        if (isRead(record.kind(), operation) && status != 200) {
                            violations.add(cell + ": " + status + " for a reader who may see it");
                        }
                    } else {
                        tally.merge("sharing change refused", 1, Integer::sum);
                        if (status != 403) {
                            violations.add(
                                    cell + ": " + status + " (only the owner or its coordinator changes sharing)");
                        }
                    }
                }
            }
        }

        for (Seeded record : records) {
            String now = ownerView(record.kind(), record.id());
            if (!now.equals(record.ownerView())) {
                violations.add(record.kind().collection() + " " + record.terms() + ": changed by refused calls");
            }
        }
        for (Kind kind : SEEDS.values()) {
            List<Seeded> ofKind = records.stream().filter(r -> r.kind() == kind).toList();
            listsShowExactlyWhatIsVisible(kind, ofKind, operations, violations, tally);
            Map<Reader, Long> after = counts(kind, operations);
            after.forEach((reader, count) -> {
                long expected =
                        ofKind.stream().filter(r -> reader.sees(r.terms())).count();
                tally.merge("counts", 1, Integer::sum);
                if (count - countsBefore.get(kind).get(reader) != expected) {
                    violations.add(kind.collection() + "/count as " + reader.position() + ": grew by "
                            + (count - countsBefore.get(kind).get(reader)) + ", expected " + expected);
                }
            });
        }
        auditTrailHoldsEveryCreationSharingChangeAndRead(records, violations, tally);
        derivedViewsMentionOnlyWhatTheReaderMaySee(
                records, mentionsBetweenTheOwnersRecords(records), operations, violations, tally);

        System.out.printf(
                "Distribution matrix: %d kinds × %d distributions × %d readers; %s; %d violations%n",
                SEEDS.size(), DISTRIBUTIONS.size(), readers.size(), tally, violations.size());
        assertThat(violations).isEmpty();
    }

    private static void listsShowExactlyWhatIsVisible(
            Kind kind,
            List<Seeded> records,
            List<OpenApi.Operation> operations,
            List<String> violations,
            Map<String, Integer> tally) {
        OpenApi.Operation list = operations.stream()
                .filter(op -> op.method().equals("get")
                        && op.service().equals(kind.service())
                        && op.path().equals(kind.collection()))
                .findFirst()
                .orElse(null);
        if (list == null) {
            return;
        }
        Set<String> ids = records.stream().map(Seeded::id).collect(Collectors.toSet());
        for (Reader reader : readers) {
            if (!reader.mayCall(list)) {
                continue;
            }
            Set<String> listed = new LinkedHashSet<>();
            String cursor = null;
            do {
                RequestSpecification request = given().config(Platform.BOUNDED)
                        .auth()
                        .oauth2(reader.token())
                        .queryParam("limit", 200);
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                Response page = request.get(kind.url(kind.collection()));
                if (page.statusCode() != 200) {
                    violations.add(kind.collection() + " list as " + reader.position() + ": " + page.statusCode());
                    break;
                }
                List<String> pageIds = page.path("items.id");
                pageIds.stream().filter(ids::contains).forEach(listed::add);
                cursor = page.path("next");
            } while (cursor != null);
            Set<String> expected = records.stream()
                    .filter(r -> reader.sees(r.terms()))
                    .map(Seeded::id)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            tally.merge("lists", 1, Integer::sum);
            if (!listed.equals(expected)) {
                violations.add(kind.collection() + " list as " + reader.position() + ": " + names(records, listed)
                        + ", expected " + names(records, expected));
            }
        }
    }

    /**
     * The service's own audit log: creation and sharing change by the owner, each step to publication (submission,
     * approval, review) by whoever took it, each read by another agency, and each read refused to another agency's
     * reader (rule 9; written off the request's path, so waited for).
     */
    private static void auditTrailHoldsEveryCreationSharingChangeAndRead(
            List<Seeded> records, List<String> violations, Map<String, Integer> tally) {
        Map<Seeded, List<String>> expected = new LinkedHashMap<>();
        for (Seeded record : records) {
            List<String> entries = new ArrayList<>(List.of("CREATE matrix-owner ", "SHARING_CHANGE matrix-owner "));
            if (!hasSharingOperation(record.kind())) {
                entries.remove(1);
            }
            record.kind().publication().forEach(step -> entries.add("UPDATE " + step.username() + " "));
            OpenApi.Operation read = readOperation(record.kind());
            readers.stream()
                    .filter(r -> r != owner && !r.agency().equals(OWNER_AGENCY))
                    .forEach(r -> entries.add(
                            r.sees(record.terms()) && r.mayCall(read)
                                    ? "READ " + r.username() + " OK"
                                    : "READ " + r.username() + " DENIED"));
            expected.put(record, entries);
            tally.merge("audit trails", 1, Integer::sum);
        }
        Map<Seeded, List<String>> missing = new LinkedHashMap<>();
        try {
            // Refused attempts are written off the request's path: every trail is complete within a few seconds.
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        missing.clear();
                        for (Map.Entry<Seeded, List<String>> record : expected.entrySet()) {
                            Set<String> trail = auditTrail(record.getKey());
                            List<String> lacking = record.getValue().stream()
                                    .filter(entry -> trail.stream().noneMatch(row -> row.startsWith(entry)))
                                    .toList();
                            if (!lacking.isEmpty()) {
                                missing.put(record.getKey(), lacking);
                            }
                        }
                        return missing.isEmpty();
                    });
        } catch (ConditionTimeoutException e) {
            missing.forEach((record, lacking) ->
                    violations.add(record.kind().collection() + " " + record.terms() + ": audit log lacks " + lacking));
        }
    }

    /** The audit rows of a record as "action actor outcome", once each. */
    private static Set<String> auditTrail(Seeded record) throws SQLException {
        try (Connection database = Platform.database("pcms_" + record.kind().service() + "_systest");
                PreparedStatement query = database.prepareStatement(
                        "select distinct action, actor_username, outcome" + " from audit_log where record_id = ?")) {
            query.setString(1, record.id());
            Set<String> trail = new LinkedHashSet<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    trail.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
                }
            }
            return trail;
        }
    }

    /** A record some derived view may mention — by id or reference — and who may see it. */
    record Mentioned(String label, Set<String> tokens, Predicate<Reader> seenBy) {}

    /**
     * Every seeded record, and records that tie them together the way officers' work does: the owner links each case
     * to every other one and sends an exchange request about each to another State's agency (requests are addressed,
     * not distributed: only their sender and recipient see them). Timelines, lists and statistics then have records
     * to mention that some of their readers may not see.
     */
    private static List<Mentioned> mentionsBetweenTheOwnersRecords(List<Seeded> records) {
        List<Mentioned> mentioned = new ArrayList<>();
        for (Seeded record : records) {
            Set<String> tokens = new LinkedHashSet<>(List.of(record.id()));
            String reference =
                    io.restassured.path.json.JsonPath.from(record.ownerView()).getString("reference");
            if (reference != null) {
                tokens.add(reference);
            }
            mentioned.add(new Mentioned(
                    record.kind().collection() + " " + record.terms(), tokens, reader -> reader.sees(record.terms())));
        }
        List<Seeded> cases = records.stream()
                .filter(r -> r.kind().collection().equals(CASES))
                .toList();
        for (Seeded from : cases) {
            for (Seeded to : cases) {
                if (from != to) {
                    given().auth()
                            .oauth2(owner.token())
                            .contentType(ContentType.JSON)
                            .body("{\"linkedCaseId\":\"" + to.id() + "\",\"relation\":\"RELATED\"}")
                            .post(Platform.service("cases") + CASES + "/" + from.id() + "/links")
                            .then()
                            .statusCode(201);
                }
            }
            Response request = given().auth()
                    .oauth2(owner.token())
                    .contentType(ContentType.JSON)
                    .body("""
                    {"caseId":"%s","type":"INFORMATION_REQUEST","recipients":["%s"],"urgency":"ROUTINE",
                     "subject":"Matrix","body":"Matrix request","purpose":"Matrix","legalBasis":"Accord G5 Sahel",
                     "handlingCode":"H1","sourceReliability":"B","informationAccuracy":2}""".formatted(from.id(), REQUEST_RECIPIENT))
                    .post(Platform.service("cases") + "/api/cases/v1/requests");
            request.then().statusCode(201);
            mentioned.add(new Mentioned(
                    "request about the case " + from.terms(),
                    Set.of(request.path("id"), request.path("reference")),
                    reader -> reader.agency().equals(OWNER_AGENCY)
                            || reader.agency().equals(REQUEST_RECIPIENT)));
        }
        return mentioned;
    }

    /**
     * Rule 8 by construction: every read of every service — every GET without a path parameter (lists, statistics,
     * inboxes, correlations, …) and every GET under a record the reader may see (its timeline, links, subjects,
     * history, …) — holds no id or reference of a record that reader may not see. The access logs are left out: the
     * owning State and the auditor read there who accessed records they may not read themselves (rules 6 and 9).
     */
    private static void derivedViewsMentionOnlyWhatTheReaderMaySee(
            List<Seeded> records,
            List<Mentioned> mentioned,
            List<OpenApi.Operation> operations,
            List<String> violations,
            Map<String, Integer> tally) {
        for (Reader reader : readers) {
            List<Mentioned> hidden =
                    mentioned.stream().filter(m -> !m.seenBy().test(reader)).toList();
            for (OpenApi.Operation operation : operations) {
                if (!operation.method().equals("get")
                        || operation.streaming()
                        || operation.path().contains("/audit/")
                        || !reader.mayCall(operation)) {
                    continue;
                }
                for (String path : readablePaths(operation, records, reader)) {
                    String body = given().config(Platform.BOUNDED)
                            .auth()
                            .oauth2(reader.token())
                            .get(Platform.service(operation.service()) + path)
                            .asString();
                    tally.merge("derived views", 1, Integer::sum);
                    for (Mentioned record : hidden) {
                        record.tokens().stream()
                                .filter(body::contains)
                                .findFirst()
                                .ifPresent(token -> violations.add("GET " + path + " as " + reader.position()
                                        + " mentions " + record.label() + " (" + token + ")"));
                    }
                }
            }
        }
    }

    /** The operation's path itself if it has no parameter; under each seeded record the reader sees if it has one. */
    private static List<String> readablePaths(OpenApi.Operation operation, List<Seeded> records, Reader reader) {
        long parameters = operation.path().chars().filter(c -> c == '{').count();
        if (parameters == 0) {
            return List.of(operation.path());
        }
        if (parameters > 1) {
            return List.of();
        }
        return records.stream()
                .filter(r -> r.kind().service().equals(operation.service())
                        && operation.path().startsWith(r.kind().collection() + "/{")
                        && reader.sees(r.terms()))
                .map(r -> concrete(operation.path(), r.id()))
                .toList();
    }

    /** The record under the given terms: created as AGENCY, published, then shared by a sharing decision if it can be. */
    private static Seeded create(Kind kind, Terms terms) {
        boolean decidedLater = hasSharingOperation(kind);
        String id = given().auth()
                .oauth2(owner.token())
                .contentType(ContentType.JSON)
                .body(kind.body().apply(decidedLater ? new Terms("AGENCY", List.of()).json() : terms.json()))
                .post(kind.url(kind.collection()))
                .then()
                .log()
                .ifValidationFails()
                .statusCode(201)
                .extract()
                .path("id");
        String path = kind.url(kind.collection() + "/" + id);
        for (Step step : kind.publication()) {
            RequestSpecification request =
                    given().auth().oauth2(tokenOf(step.username())).header("If-Match", etag(path));
            if (step.body() != null) {
                request.contentType(ContentType.JSON).body(step.body());
            }
            request.post(path + step.suffix()).then().log().ifValidationFails().statusCode(200);
        }
        if (decidedLater) {
            given().auth()
                    .oauth2(owner.token())
                    .header("If-Match", etag(path))
                    .contentType(ContentType.JSON)
                    .body(terms.json())
                    .put(path + "/sharing")
                    .then()
                    .log()
                    .ifValidationFails()
                    .statusCode(200);
        }
        return new Seeded(kind, terms, id, ownerView(kind, id));
    }

    private static String ownerView(Kind kind, String id) {
        return given().auth()
                .oauth2(owner.token())
                .get(kind.url(kind.collection() + "/" + id))
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    private static String etag(String path) {
        return given().auth()
                .oauth2(owner.token())
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    private static Response call(Reader reader, OpenApi.Operation operation, String url, String version) {
        RequestSpecification request = given().config(Platform.BOUNDED)
                .redirects()
                .follow(false)
                .auth()
                .oauth2(reader.token())
                .header("If-Match", version);
        if (operation.hasJsonBody()) {
            request.contentType(ContentType.JSON).body(isSharing(operation) ? new Terms("G5", List.of()).json() : "{}");
        } else if (operation.requestBody() != null) {
            request.contentType(
                            operation.requestBody().path("content").fieldNames().next())
                    .body(new byte[0]);
        }
        return request.request(operation.method().toUpperCase(Locale.ROOT), url);
    }

    /**
     * What tells a hidden record from an absent one, or null: status, content type, problem, header names and values
     * (but those that change with every request), body with the identifier in it replaced.
     */
    private static String difference(Response hidden, Response absent, String hiddenId, String absentId) {
        if (hidden.statusCode() != absent.statusCode()) {
            return "status " + hidden.statusCode() + " vs " + absent.statusCode();
        }
        if (!hidden.asString()
                .replace(hiddenId, "{id}")
                .replaceAll("\"traceId\":\"[^\"]*\"", "")
                .equals(absent.asString().replace(absentId, "{id}").replaceAll("\"traceId\":\"[^\"]*\"", ""))) {
            return "body " + hidden.asString() + " vs " + absent.asString();
        }
        Map<String, String> hiddenHeaders = headers(hidden);
        Map<String, String> absentHeaders = headers(absent);
        return hiddenHeaders.equals(absentHeaders) ? null : "headers " + hiddenHeaders + " vs " + absentHeaders;
    }

    private static Map<String, String> headers(Response response) {
        Map<String, String> headers = new TreeMap<>();
        response.headers().forEach(header -> {
            String name = header.getName().toLowerCase(Locale.ROOT);
            headers.put(
                    name, VOLATILE_HEADERS.contains(name) || name.equals("content-length") ? "" : header.getValue());
        });
        return headers;
    }

    /** Each reader's count of the kind, where the service offers one. */
    private static Map<Reader, Long> counts(Kind kind, List<OpenApi.Operation> operations) {
        Map<Reader, Long> counts = new HashMap<>();
        operations.stream()
                .filter(op -> op.method().equals("get")
                        && op.service().equals(kind.service())
                        && op.path().equals(kind.collection() + "/count"))
                .findFirst()
                .ifPresent(count -> {
                    for (Reader reader : readers) {
                        if (reader.mayCall(count)) {
                            Response answer =
                                    given().auth().oauth2(reader.token()).get(kind.url(count.path()));
                            assertThat(answer.statusCode())
                                    .as(count + " as " + reader.position())
                                    .isEqualTo(200);
                            counts.put(reader, ((Number) answer.path("count")).longValue());
                        }
                    }
                });
        return counts;
    }

    private static List<OpenApi.Operation> recordOperations(Kind kind, List<OpenApi.Operation> operations) {
        String prefix = kind.collection() + "/{";
        return operations.stream()
                .filter(op -> op.service().equals(kind.service()) && op.path().startsWith(prefix))
                .toList();
    }

    private static OpenApi.Operation readOperation(Kind kind) {
        return OpenApi.operations().stream()
                .filter(op -> isRead(kind, op))
                .findFirst()
                .orElseThrow();
    }

    private static boolean isRead(Kind kind, OpenApi.Operation operation) {
        return operation.method().equals("get")
                && operation.service().equals(kind.service())
                && operation.path().matches(java.util.regex.Pattern.quote(kind.collection()) + "/\\{[^}/]+}");
    }

    private static boolean hasSharingOperation(Kind kind) {
        return OpenApi.operations().stream()
                .anyMatch(op -> op.service().equals(kind.service())
                        && isSharing(op)
                        && op.path().matches(java.util.regex.Pattern.quote(kind.collection()) + "/\\{[^}/]+}/sharing"));
    }

    private static boolean isSharing(OpenApi.Operation operation) {
        return operation.method().equals("put") && operation.path().endsWith("/sharing");
    }

    /** The record's identifier in the first parameter, one value naming nothing in the others. */
    private static String concrete(String template, String id) {
        return template.replaceFirst("\\{[^}]+}", id).replaceAll("\\{[^}]+}", NOTHING);
    }

    private static String names(List<Seeded> records, Set<String> ids) {
        return records.stream()
                .filter(r -> ids.contains(r.id()))
                .map(r -> r.terms().toString())
                .toList()
                .toString();
    }

    private static void seed(String service, String collection, Function<String, String> body, Step... publication) {
        SEEDS.put(service + " " + collection, new Kind(service, collection, body, List.of(publication), Set.of()));
    }

    private static void refuse(String kind, String distribution) {
        Kind seed = SEEDS.get(kind);
        SEEDS.put(
                kind,
                new Kind(seed.service(), seed.collection(), seed.body(), seed.publication(), Set.of(distribution)));
    }

    private static String course;

    /** The course the sessions of the matrix belong to, visible to all. */
    private static synchronized String publicCourse() {
        if (course == null) {
            course = given().auth()
                    .oauth2(owner.token())
                    .contentType(ContentType.JSON)
                    .body(SEEDS.get("training /api/training/v1/courses")
                            .body()
                            .apply(new Terms("PARTNERS", List.of()).json()))
                    .post(Platform.service("training") + "/api/training/v1/courses")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
        }
        return course;
    }

    private static String random() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static final String PARTNER = "service-account-interpol-connector";
    private static final Map<String, String> TOKENS = new HashMap<>();
    private static final Map<String, Long> TOKENS_TAKEN = new HashMap<>();

    /** A token taken less than four minutes ago (they live five): the matrix may outlast one. */
    private static synchronized String tokenOf(String username) {
        Long taken = TOKENS_TAKEN.get(username);
        if (taken == null
                || System.nanoTime() - taken > java.time.Duration.ofMinutes(4).toNanos()) {
            TOKENS.put(username, username.equals(PARTNER) ? Tokens.partner() : Tokens.of(username));
            TOKENS_TAKEN.put(username, System.nanoTime());
        }
        return TOKENS.get(username);
    }

    private static Reader demo(String position, String username) {
        String token = tokenOf(username);
        var claims = Tokens.claims(token);
        return new Reader(
                position,
                username,
                claims.path("pcms_state").asText(),
                claims.path("pcms_agency").asText(),
                Tokens.realmRoles(token));
    }

    private static Reader partner() {
        return demo("partner system", PARTNER);
    }

    /** A user made for the matrix in the platform's Keycloak, holding the given realm roles. */
    private static Reader reader(String position, String username, String state, String agency, List<String> roles) {
        String admin = Tokens.adminToken();
        String users = Platform.KEYCLOAK + "/admin/realms/pcms/users";
        int created = given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "username",
                        username,
                        "enabled",
                        true,
                        "emailVerified",
                        true,
                        "firstName",
                        "Matrix",
                        "lastName",
                        position,
                        "email",
                        username + "@demo.pcms.local",
                        "attributes",
                        Map.of("pcms_state", List.of(state), "pcms_agency", List.of(agency)),
                        "credentials",
                        List.of(Map.of("type", "password", "value", "demo", "temporary", false))))
                .post(users)
                .statusCode();
        assertThat(created).as("creating " + username).isIn(201, 409);
        String id = given().auth()
                .oauth2(admin)
                .queryParam("username", username)
                .queryParam("exact", true)
                .get(users)
                .then()
                .statusCode(200)
                .extract()
                .path("[0].id");
        List<Map<String, Object>> representations = roles.stream()
                .map(role -> given().auth()
                        .oauth2(admin)
                        .get(Platform.KEYCLOAK + "/admin/realms/pcms/roles/" + role)
                        .then()
                        .statusCode(200)
                        .extract()
                        .<Map<String, Object>>path(""))
                .toList();
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(representations)
                .post(users + "/" + id + "/role-mappings/realm")
                .then()
                .statusCode(204);
        Reader reader = demo(position, username);
        assertThat(reader.roles()).containsAll(roles);
        return reader;
    }
}
