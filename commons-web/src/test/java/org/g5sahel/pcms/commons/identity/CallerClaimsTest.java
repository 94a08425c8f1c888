package org.g5sahel.pcms.commons.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

class CallerClaimsTest {

    @Test
    void anOfficerIsNamedByHisUsername() {
        JwtClaims claims = claims("NE", "NE-OCRTIS");
        claims.setClaim("preferred_username", "ne-investigator");
        claims.setClaim("azp", "pcms-cli");

        assertThat(CallerClaims.from(new DefaultJWTCallerPrincipal(claims)).username())
                .isEqualTo("ne-investigator");
    }

    @Test
    void aPartnerSystemIsNamedByItsServiceAccountNotBySubjectId() {
        JwtClaims claims = claims("INTERPOL", "INTERPOL-GS");
        claims.setClaim("client_id", "interpol-connector");

        Caller caller = CallerClaims.from(new DefaultJWTCallerPrincipal(claims));

        assertThat(caller.username()).isEqualTo("service-account-interpol-connector");
        assertThat(caller.subject()).isEqualTo("0fcac853-383b-46f8-98cc-caf0b3ad9cfa");
    }

    private static JwtClaims claims(String state, String agency) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("0fcac853-383b-46f8-98cc-caf0b3ad9cfa");
        claims.setClaim("pcms_state", state);
        claims.setClaim("pcms_agency", agency);
        return claims;
    }
}
