package org.g5sahel.pcms.alerts.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.alerts.model.TrustedSigner;
import org.g5sahel.pcms.alerts.service.TrustedSigners;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;

/** The trust list of CAP signers: the platform administrators keep it; it holds certificates, no operational content. */
@Path("/v1/cap-trusted-signers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PCMS_ADMIN)
@Tag(name = "CAP trusted signers")
public class TrustedSignerResource {

    public record TrustedSignerRequest(
            @NotBlank @Size(max = 200) String label,
            @NotBlank @Size(max = 20_000) String certificate) {}

    public record TrustedSignerView(
            UUID id,
            String label,
            String subject,
            String fingerprint,
            Instant notAfter,
            String addedBy,
            Instant addedAt) {
        static TrustedSignerView of(TrustedSigner signer) {
            return new TrustedSignerView(
                    signer.id,
                    signer.label,
                    signer.subject,
                    signer.fingerprint,
                    signer.notAfter,
                    signer.addedBy,
                    signer.addedAt);
        }
    }

    private final TrustedSigners signers;
    private final CurrentCaller caller;

    public TrustedSignerResource(TrustedSigners signers, CurrentCaller caller) {
        this.signers = signers;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The trusted CAP signers")
    public List<TrustedSignerView> list() {
        return signers.list().stream().map(TrustedSignerView::of).toList();
    }

    @POST
    @Operation(
            summary = "Trust a sender's signing certificate (PEM)",
            description = "Alerts it signs are shown as signed by the label.")
    public Response add(@Valid @NotNull TrustedSignerRequest request) {
        TrustedSigner signer = signers.add(caller.get(), request.label(), request.certificate());
        return Response.created(URI.create("/v1/cap-trusted-signers/" + signer.id))
                .entity(TrustedSignerView.of(signer))
                .build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            summary = "Stop trusting a signer",
            description = "Alerts already imported keep what their signature proved then.")
    public Response remove(@PathParam("id") UUID id) {
        signers.remove(caller.get(), id);
        return Response.noContent().build();
    }
}
