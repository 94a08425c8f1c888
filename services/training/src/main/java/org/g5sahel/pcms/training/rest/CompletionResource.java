package org.g5sahel.pcms.training.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.commons.idempotency.Idempotency;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.training.service.AttendanceService;

@Path("/v1/sessions/{sessionId}/completion")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Attendance")
public class CompletionResource {

    private final AttendanceService attendance;
    private final Idempotency idempotency;
    private final CurrentCaller caller;

    public CompletionResource(AttendanceService attendance, Idempotency idempotency, CurrentCaller caller) {
        this.attendance = attendance;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.TRAINING_MANAGER)
    @Operation(
            summary = "Complete the session",
            description =
                    "The organiser, from the last day: each participant completes with enough attendance and, for an assessed course, a passed assessment; certificates are issued to those who complete. Honours Idempotency-Key.")
    public Response complete(
            @PathParam("sessionId") UUID sessionId, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(
                caller.get(),
                idempotencyKey,
                sessionId.toString(),
                () -> Response.ok(attendance.complete(caller.get(), sessionId)).build());
    }
}
