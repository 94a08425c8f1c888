package org.g5sahel.pcms.directory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.identity.Jurisdictions;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.messaging.Outbox;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.commons.rest.SearchText;
import org.g5sahel.pcms.commons.rest.Versions;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;
import org.g5sahel.pcms.directory.model.Agency;
import org.g5sahel.pcms.directory.model.AgencyType;
import org.g5sahel.pcms.directory.model.Competence;
import org.g5sahel.pcms.directory.repository.AgencyFilter;
import org.g5sahel.pcms.directory.repository.AgencyRepository;

/** Agencies: read by everyone, maintained by the State's national coordinator or a platform administrator. */
@ApplicationScoped
public class AgencyService {

    private final AgencyRepository agencies;
    private final Outbox outbox;
    private final Clock clock;

    public AgencyService(AgencyRepository agencies, Outbox outbox, Clock clock) {
        this.agencies = agencies;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** {@code query}: words searched in the names and code, accent- and case-insensitive; blank or null: any. */
    @Transactional
    public List<Agency> search(
            String query,
            String state,
            AgencyType type,
            Competence competence,
            Agency.Status status,
            String afterCode,
            int fetch) {
        AgencyFilter filter = new AgencyFilter(
                state,
                type,
                competence,
                status,
                query == null || query.isBlank() ? null : SearchText.containsPattern(query));
        return agencies.search(filter, afterCode, fetch);
    }

    @Transactional
    public Optional<Agency> find(String code) {
        return agencies.findByIdOptional(code);
    }

    @Transactional
    public Agency create(Caller caller, AgencyCommand request) {
        requireMayManage(caller, request.state());
        if (!request.code().startsWith(request.state() + "-")) {
            throw invalid("code", "agency.code-prefix");
        }
        if (agencies.findByIdOptional(request.code()).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "agency.code-taken", request.code());
        }
        Agency agency = new Agency();
        agency.code = request.code();
        agency.state = request.state();
        agency.createdAt = clock.instant();
        apply(agency, request);
        agencies.persist(agency);
        agencies.flush();
        publish(agency, "created");
        return agency;
    }

    @Transactional
    public Agency update(Caller caller, String code, String ifMatch, AgencyCommand request) {
        Agency agency = agencies.findByIdOptional(code).orElseThrow(ProblemException::notFound);
        requireMayManage(caller, agency.state);
        Versions.requireMatch(ifMatch, agency.version);
        if (!agency.code.equals(request.code()) || !agency.state.equals(request.state())) {
            throw invalid("code", "agency.code-immutable");
        }
        apply(agency, request);
        agencies.flush();
        publish(agency, "updated");
        return agency;
    }

    /**
     * A partial change of the agency's description, through the same rules as {@link #update}: {@code patched} turns
     * the agency, once the caller may manage it, into its whole new description.
     */
    @Transactional
    public Agency patch(Caller caller, String code, String ifMatch, Function<Agency, AgencyCommand> patched) {
        Agency agency = agencies.findByIdOptional(code).orElseThrow(ProblemException::notFound);
        requireMayManage(caller, agency.state);
        return update(caller, code, ifMatch, patched.apply(agency));
    }

    @Transactional
    public Agency deactivate(Caller caller, String code) {
        Agency agency = agencies.findByIdOptional(code).orElseThrow(ProblemException::notFound);
        requireMayManage(caller, agency.state);
        if (agency.status == Agency.Status.ACTIVE) {
            agency.status = Agency.Status.INACTIVE;
            agency.updatedAt = clock.instant();
            agencies.flush();
            publish(agency, "deactivated");
        }
        return agency;
    }

    private void apply(Agency agency, AgencyCommand request) {
        if (!Jurisdictions.isKnown(request.state())) {
            throw invalid("state", "agency.unknown-state");
        }
        if (request.parentCode() != null) {
            Agency parent = agencies.findByIdOptional(request.parentCode())
                    .orElseThrow(() -> invalid("parentCode", "agency.unknown-parent"));
            if (!parent.state.equals(request.state()) || parent.code.equals(agency.code)) {
                throw invalid("parentCode", "agency.parent-other-state");
            }
        }
        agency.nameFr = request.nameFr().strip();
        agency.nameEn = request.nameEn();
        agency.nameOriginal = request.nameOriginal();
        agency.type = request.type();
        agency.competences = new ArrayList<>(
                request.competences() == null
                        ? List.of()
                        : request.competences().stream()
                                .distinct()
                                .map(Competence::name)
                                .sorted()
                                .toList());
        agency.parentCode = request.parentCode();
        agency.deskPhone = request.deskPhone();
        agency.deskEmail = request.deskEmail();
        agency.deskHours = request.deskHours();
        agency.searchText = SearchText.of(agency.code, agency.nameFr, agency.nameEn, agency.nameOriginal);
        agency.updatedAt = clock.instant();
    }

    /** Only the national coordinator of the agency's State, or a platform administrator for reference data. */
    private static void requireMayManage(Caller caller, String state) {
        if (!caller.isNationalCoordinatorOf(state) && !caller.hasRole(Roles.PCMS_ADMIN)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "agency.not-your-state", state);
        }
    }

    private void publish(Agency agency, String event) {
        outbox.publish(
                "agency",
                event,
                agency.code,
                Sovereignty.publicReference(agency.state, agency.code),
                AgencyView.of(agency));
    }

    private static ProblemException invalid(String field, String messageKey) {
        return new ProblemException(
                ProblemType.VALIDATION_FAILED,
                List.of(new Problem.FieldError(field, messageKey)),
                "validation-failed.detail",
                1);
    }
}
