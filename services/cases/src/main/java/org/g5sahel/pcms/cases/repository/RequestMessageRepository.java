package org.g5sahel.pcms.cases.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.cases.model.RequestMessage;
import org.g5sahel.pcms.commons.identity.Caller;

@ApplicationScoped
public class RequestMessageRepository implements PanacheRepositoryBase<RequestMessage, UUID> {

    /** The replies of a request written by or addressed to the caller's agency. */
    public List<RequestMessage> thread(Caller caller, UUID requestId) {
        return list(
                "requestId = :request and (authorAgency = :agency or array_contains(addressedTo, :agency))",
                Sort.by("createdAt").and("id"),
                Parameters.with("request", requestId).and("agency", caller.agency()));
    }
}
