package org.g5sahel.pcms.commons.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.sovereignty.Distribution;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/** The member States are configuration: the five by default, another group by one setting, no code change. */
class JurisdictionsTest {

    @Test
    void theFiveStatesOfTheG5SahelByDefault() {
        assertThat(Jurisdictions.memberStates()).containsExactly("BF", "ML", "MR", "NE", "TD");
        assertThat(Jurisdictions.isOwner("MR")).isTrue();
        assertThat(Jurisdictions.isOwner("G5")).isTrue();
        assertThat(Jurisdictions.isOwner("INTERPOL")).isFalse();
    }

    @Test
    void aDifferentlyComposedGroupChangesWhoMayOwnRecordsAndSignIn() throws Exception {
        withMemberStates("BF,ML,NE", () -> {
            assertThat(Jurisdictions.memberStates()).containsExactly("BF", "ML", "NE");
            assertThat(Jurisdictions.isMemberState("MR")).isFalse();
            assertThat(Jurisdictions.isKnown("MR")).isFalse();
            // An officer of a State outside the group is refused at the door, and could own nothing anyway.
            assertThatThrownBy(() -> CallerClaims.from(principal("MR", "MR-POLICE")))
                    .isInstanceOf(ProblemException.class);
            Caller mauritanian = new Caller("s", "mr-investigator", "MR", "MR-CT", Set.of(Roles.INVESTIGATOR));
            assertThatThrownBy(() -> Sovereignty.ownedBy(
                            mauritanian, null, Distribution.AGENCY, Period.ofYears(5), LocalDate.of(2026, 1, 1)))
                    .isInstanceOf(ProblemException.class);
            // The States of the group keep every right they had.
            assertThat(CallerClaims.from(principal("NE", "NE-OCRTIS")).state()).isEqualTo("NE");
            return null;
        });
        assertThat(Jurisdictions.isMemberState("MR"))
                .as("the default group again, outside that configuration")
                .isTrue();
    }

    @Test
    void aMemberStateIsATwoLetterCode() throws Exception {
        withMemberStates("BF,Mali", () -> {
            assertThatThrownBy(Jurisdictions::memberStates)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("pcms.member-states")
                    .hasMessageContaining("Mali");
            return null;
        });
    }

    /** Runs {@code action} with a configuration of its own, as a restarted application with another profile would. */
    private static void withMemberStates(String states, Callable<Void> action) throws Exception {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        ClassLoader application = new ClassLoader(previous) {};
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(Map.of(Jurisdictions.MEMBER_STATES_KEY, states), "test", 500))
                .build();
        ConfigProviderResolver resolver = ConfigProviderResolver.instance();
        resolver.registerConfig(config, application);
        Thread.currentThread().setContextClassLoader(application);
        try {
            action.call();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
            resolver.releaseConfig(config);
        }
    }

    private static DefaultJWTCallerPrincipal principal(String state, String agency) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("0fcac853-383b-46f8-98cc-caf0b3ad9cfa");
        claims.setClaim("pcms_state", state);
        claims.setClaim("pcms_agency", agency);
        return new DefaultJWTCallerPrincipal(claims);
    }
}
