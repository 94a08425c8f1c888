package org.g5sahel.pcms.training.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.rest.Versions;
import org.g5sahel.pcms.training.certificate.CertificateDocument;
import org.g5sahel.pcms.training.model.Certificate;
import org.g5sahel.pcms.training.service.CertificateService;

@Path("/v1/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Certificates")
public class CertificateResource {

    private final CertificateService certificates;
    private final CurrentCaller caller;

    public CertificateResource(CertificateService certificates, CurrentCaller caller) {
        this.certificates = certificates;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The certificates of a session the caller may see")
    public List<CertificateView> ofSession(@QueryParam("sessionId") @NotNull UUID sessionId) {
        return certificates.ofSession(caller.get(), sessionId).stream()
                .map(CertificateView::of)
                .toList();
    }

    @GET
    @Path("/{code}")
    @Operation(
            summary = "A certificate with its signed document",
            description = "The issuer, the holder's State and the nominating agency.")
    public Response get(@PathParam("code") String code) {
        Certificate certificate = certificates.get(caller.get(), code);
        return Response.ok(CertificateView.of(certificate))
                .tag(Versions.etag(certificate.version))
                .build();
    }

    @GET
    @Path("/{code}/verification")
    @PermitAll
    @Operation(
            summary = "Public verification by code",
            description =
                    "No token needed. Discloses only holder name, course, dates, validity and revocation. An altered record answers a 409 problem.")
    public CertificateService.Verification verify(@PathParam("code") @Size(max = 40) String code) {
        return certificates.verify(code);
    }

    @POST
    @Path("/verification")
    @PermitAll
    @Operation(
            summary = "Public verification of a presented certificate",
            description = "No token needed. A forged or altered copy answers a 400 problem on `signature`.")
    public CertificateService.Verification verifyPresented(@Valid @NotNull CertificateDocument document) {
        return certificates.verify(document);
    }

    @GET
    @Path("/verification-key")
    @PermitAll
    @Produces("application/x-pem-file")
    @Operation(summary = "The Ed25519 public key that verifies certificates offline")
    public String verificationKey() {
        return certificates.verificationKeyPem();
    }

    @PUT
    @Path("/{code}/revocation")
    @RolesAllowed(Roles.TRAINING_MANAGER)
    @Operation(
            summary = "Revoke a certificate",
            description = "The issuing agency's training manager, with a reason; requires If-Match.")
    public Response revoke(
            @PathParam("code") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull Revocation revocation) {
        Certificate certificate = certificates.revoke(caller.get(), code, ifMatch, revocation.reason());
        return Response.ok(CertificateView.of(certificate))
                .tag(Versions.etag(certificate.version))
                .build();
    }

    public record Revocation(@Size(max = 1000) String reason) {}
}
