package org.g5sahel.pcms.cases.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.g5sahel.pcms.commons.testing.AudienceContract;
import org.junit.jupiter.api.Test;

/** Who can see a case, and what a change of its sharing would do (docs/sovereignty.md, "Audience"). */
@QuarkusTest
class CaseAudienceTest {

    @Test
    void theAudienceAndThePreviewFollowTheCasesSharing() {
        String id = Cases.openCase(Users.ML_INVESTIGATOR, "{\"distribution\":\"NATIONAL\"}");
        AudienceContract.holds(
                Cases.CASES + "/" + id, Users.ML_INVESTIGATOR, "ML-CT", Users.ML_ANALYST, Users.NE_INVESTIGATOR);
    }
}
