package org.g5sahel.pcms.commons.revocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.util.List;
import org.g5sahel.pcms.commons.messaging.CloudEvent;
import org.g5sahel.pcms.commons.messaging.EventHandler;

/**
 * Every service's consumer of the directory's {@code directory.user.revoked}: the subject goes on the deny list and
 * whatever the service keeps open for him closes ({@link SubjectRevoked}).
 */
@ApplicationScoped
public class UserRevocations implements EventHandler {

    public static final String ROUTING_KEY = "directory.user.revoked";

    private final RevokedTokens revoked;
    private final Event<SubjectRevoked> revocations;

    public UserRevocations(RevokedTokens revoked, Event<SubjectRevoked> revocations) {
        this.revoked = revoked;
        this.revocations = revocations;
    }

    @Override
    public String queue() {
        return "user-revocations";
    }

    /** The deny list is in each instance's memory: every replica must hear of every revocation. */
    @Override
    public boolean everyInstance() {
        return true;
    }

    @Override
    public List<String> bindings() {
        return List.of(ROUTING_KEY);
    }

    @Override
    public void handle(CloudEvent event) {
        String subject = event.data().path("subject").asText(null);
        String at = event.data().path("revokedAt").asText(null);
        if (subject == null || at == null) {
            throw new IllegalArgumentException("A revocation names its subject and time");
        }
        Instant revokedAt = Instant.parse(at);
        revoked.revoke(subject, revokedAt);
        revocations.fire(new SubjectRevoked(
                subject, revokedAt, event.data().path("reason").asText("")));
    }
}
