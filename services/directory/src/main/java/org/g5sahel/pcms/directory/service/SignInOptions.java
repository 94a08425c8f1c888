package org.g5sahel.pcms.directory.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.directory.config.IdentityConfig;
import org.g5sahel.pcms.directory.model.Agency;
import org.g5sahel.pcms.directory.repository.AgencyRepository;
import org.g5sahel.pcms.directory.service.AgencyOrganizations.ProviderLink;

/**
 * The agencies whose officers sign in with their own identity provider, for the console's sign-in page. Public, so
 * Keycloak is read at most once per {@code pcms.directory.identity.sign-in-options-cache}, whatever the traffic: the
 * answer is kept for that long, a failure included (the last list read is then served again, if there is one).
 */
@ApplicationScoped
public class SignInOptions {

    /** What an unauthenticated caller learns of an agency with its own identity provider. */
    public record SignInOption(String agencyCode, String agencyName, String stateCode, String identityProvider) {}

    private final AgencyOrganizations organizations;
    private final AgencyRepository agencies;
    private final IdentityConfig config;
    private final Clock clock;

    private List<SignInOption> cached;
    private ProblemException failure;
    private Instant readAt = Instant.MIN;

    public SignInOptions(
            AgencyOrganizations organizations, AgencyRepository agencies, IdentityConfig config, Clock clock) {
        this.organizations = organizations;
        this.agencies = agencies;
        this.config = config;
        this.clock = clock;
    }

    /** Ordered by State, then agency code; agencies no longer active are left out. */
    @Transactional
    public synchronized List<SignInOption> list() {
        Instant now = clock.instant();
        if (now.isAfter(readAt.plus(config.signInOptionsCache()))) {
            readAt = now;
            try {
                cached = options(organizations.signInProviders());
                failure = null;
            } catch (ProblemException e) {
                Log.warnf("Sign-in options not refreshed: %s", e.getMessage());
                failure = e;
            }
        }
        if (cached == null) {
            throw failure;
        }
        return cached;
    }

    private List<SignInOption> options(List<ProviderLink> links) {
        Map<String, Agency> active = agencies
                .list(
                        "code in ?1 and status = ?2",
                        links.stream().map(ProviderLink::agencyCode).distinct().toList(),
                        Agency.Status.ACTIVE)
                .stream()
                .collect(Collectors.toMap(agency -> agency.code, Function.identity()));
        return links.stream()
                .filter(link -> active.containsKey(link.agencyCode()))
                .map(link -> {
                    Agency agency = active.get(link.agencyCode());
                    return new SignInOption(agency.code, agency.nameFr, agency.state, link.alias());
                })
                .sorted(Comparator.comparing(SignInOption::stateCode)
                        .thenComparing(SignInOption::agencyCode)
                        .thenComparing(SignInOption::identityProvider))
                .toList();
    }
}
