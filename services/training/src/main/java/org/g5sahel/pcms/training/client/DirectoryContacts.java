package org.g5sahel.pcms.training.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.g5sahel.pcms.commons.directory.DirectoryClient;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;

/** Points of contact as training reads them from the directory ({@link DirectoryClient}), with the caller's token. */
@ApplicationScoped
public class DirectoryContacts {

    private final DirectoryClient directory;

    public DirectoryContacts(DirectoryClient directory) {
        this.directory = directory;
    }

    /**
     * The contact as the caller sees it in the directory, or empty when it does not exist or is hidden from the caller.
     *
     * @throws ProblemException 503 when the directory cannot answer
     */
    public Optional<DirectoryContact> contact(UUID id, String callerToken) {
        try {
            return directory
                    .contact(id, callerToken)
                    .map(contact -> new DirectoryContact(
                            contact.id(), contact.fullName(), contact.agencyCode(), contact.active()));
        } catch (DirectoryClient.Unavailable e) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "directory.unavailable");
        }
    }
}
