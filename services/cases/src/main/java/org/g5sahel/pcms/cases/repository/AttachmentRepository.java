package org.g5sahel.pcms.cases.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.g5sahel.pcms.cases.model.Attachment;
import org.g5sahel.pcms.cases.model.ExchangeRequest;
import org.g5sahel.pcms.commons.identity.Caller;

/**
 * The sender's attachments reach every recipient; a recipient's attachment reaches the sender only. The request itself
 * was already found visible to the caller.
 */
@ApplicationScoped
public class AttachmentRepository implements PanacheRepositoryBase<Attachment, UUID> {

    private static final String REACHES_CALLER =
            "requestId = :request and (uploadedAgency = :agency" + " or uploadedAgency = :sender or :agency = :sender)";

    public List<Attachment> of(Caller caller, ExchangeRequest request) {
        return list(REACHES_CALLER, Sort.by("uploadedAt").and("id"), parameters(caller, request));
    }

    public Optional<Attachment> one(Caller caller, ExchangeRequest request, UUID id) {
        return find(
                        "id = :id and " + REACHES_CALLER,
                        parameters(caller, request).and("id", id))
                .firstResultOptional();
    }

    private static Parameters parameters(Caller caller, ExchangeRequest request) {
        return Parameters.with("request", request.id)
                .and("agency", caller.agency())
                .and("sender", request.senderAgency);
    }
}
