package org.g5sahel.pcms.firearms.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.g5sahel.pcms.commons.testing.AudienceContract;
import org.junit.jupiter.api.Test;

/** Who can see a firearm record, and what a change of its sharing would do (docs/sovereignty.md, "Audience"). */
@QuarkusTest
class FirearmAudienceTest {

    @Test
    void theAudienceAndThePreviewFollowTheRecordsSharing() {
        String id = Api.registerId(Users.BF_FIREARMS, Api.firearm(Api.uniqueSerial("AUD"), "NATIONAL"));
        AudienceContract.holds(
                Api.FIREARMS + "/" + id,
                Users.BF_FIREARMS,
                "BF-GENDARMERIE",
                Users.BF_INVESTIGATOR,
                Users.NE_INVESTIGATOR);
    }
}
