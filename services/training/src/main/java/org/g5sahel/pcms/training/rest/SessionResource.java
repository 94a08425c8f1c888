package org.g5sahel.pcms.training.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.commons.idempotency.Idempotency;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.commons.rest.Cursors;
import org.g5sahel.pcms.commons.rest.MergePatch;
import org.g5sahel.pcms.commons.rest.Page;
import org.g5sahel.pcms.commons.rest.QueryParams;
import org.g5sahel.pcms.commons.rest.Versions;
import org.g5sahel.pcms.training.model.SessionStatus;
import org.g5sahel.pcms.training.model.TrainingSession;
import org.g5sahel.pcms.training.service.SessionService;

@Path("/v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Sessions")
public class SessionResource {

    private final SessionService sessions;
    private final Idempotency idempotency;
    private final CurrentCaller caller;
    private final Clock clock;
    private final MergePatch mergePatch;

    public SessionResource(
            SessionService sessions,
            Idempotency idempotency,
            CurrentCaller caller,
            Clock clock,
            MergePatch mergePatch) {
        this.sessions = sessions;
        this.idempotency = idempotency;
        this.caller = caller;
        this.clock = clock;
        this.mergePatch = mergePatch;
    }

    @GET
    @Operation(
            summary = "Search sessions",
            description = "Ordered by start date; `from` keeps sessions ending on or after that day; keyset cursor.")
    public Page<SessionView> search(
            @QueryParam("courseId") UUID courseId,
            @QueryParam("status") String status,
            @QueryParam("hostState") String hostState,
            @QueryParam("from") String from,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        int size = Cursors.limit(limit);
        String after = Cursors.decode(cursor);
        LocalDate afterStart = null;
        UUID afterId = null;
        if (after != null) {
            String[] parts = after.split("/", 2);
            try {
                afterStart = LocalDate.parse(parts[0]);
                afterId = UUID.fromString(parts[1]);
            } catch (DateTimeParseException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw Cursors.invalid();
            }
        }
        List<TrainingSession> fetched = sessions.search(
                caller.get(),
                courseId,
                QueryParams.enumValue(SessionStatus.class, "status", status),
                hostState,
                day("from", from),
                afterStart,
                afterId,
                size + 1);
        return Page.of(fetched, size, session -> session.startDate + "/" + session.id)
                .mapItems(session -> SessionView.of(session, sessions.acceptedSeats(session)));
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, ICalendar.MEDIA_TYPE})
    @Operation(
            summary = "A session",
            description = "JSON, or an RFC 5545 calendar when the client asks for text/calendar before JSON (Accept).")
    public Response get(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        if (prefersCalendar(headers.getAcceptableMediaTypes())) {
            return calendar(id);
        }
        TrainingSession session = sessions.get(caller.get(), id);
        return Response.ok(SessionView.of(session, sessions.acceptedSeats(session)), MediaType.APPLICATION_JSON_TYPE)
                .tag(Versions.etag(session.version))
                .build();
    }

    /** The first explicitly named type decides; a wildcard-only Accept gets JSON. */
    private static boolean prefersCalendar(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                continue;
            }
            return type.isCompatible(MediaType.valueOf(ICalendar.MEDIA_TYPE));
        }
        return false;
    }

    @GET
    @Path("/{id}/calendar.ics")
    @Produces(ICalendar.MEDIA_TYPE)
    @Operation(summary = "The session as an RFC 5545 calendar (.ics)")
    public Response calendar(@PathParam("id") UUID id) {
        TrainingSession session = sessions.get(caller.get(), id);
        String calendar = ICalendar.of(session, sessions.courseOf(caller.get(), session), clock.instant());
        return Response.ok(calendar, ICalendar.MEDIA_TYPE + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"session-" + session.id + ".ics\"")
                .tag(Versions.etag(session.version))
                .build();
    }

    @POST
    @RolesAllowed(Roles.TRAINING_MANAGER)
    @Operation(
            summary = "Schedule a session of a course",
            description = "The caller's agency organises it; default distribution G5; honours Idempotency-Key.")
    public Response create(
            @Valid @NotNull SessionRequest request, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(caller.get(), idempotencyKey, request, () -> {
            TrainingSession session = sessions.create(caller.get(), request.command());
            return Response.created(URI.create("v1/sessions/" + session.id))
                    .tag(Versions.etag(session.version))
                    .entity(SessionView.of(session, 0))
                    .build();
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.TRAINING_MANAGER)
    @Operation(
            summary = "Replace a session before it starts",
            description =
                    "Full replacement: an optional field left out is cleared (use PATCH to change some fields only). The organiser only; requires If-Match with the exact ETag.")
    public Response update(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SessionRequest request) {
        TrainingSession session = sessions.update(caller.get(), id, ifMatch, request.command());
        return Response.ok(SessionView.of(session, sessions.acceptedSeats(session)))
                .tag(Versions.etag(session.version))
                .build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.TRAINING_MANAGER)
    @Operation(
            summary = "Change some fields of a session before it starts",
            description =
                    "JSON Merge Patch (RFC 7396) of the SessionRequest: members sent replace, null clears, absent members are kept. Same rules as PUT; requires If-Match with the exact ETag.")
    public Response patch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        TrainingSession session = sessions.patch(
                caller.get(),
                id,
                ifMatch,
                current -> mergePatch
                        .apply(SessionRequest.of(current), current.version, ifMatch, patch, SessionRequest.class)
                        .command());
        return Response.ok(SessionView.of(session, sessions.acceptedSeats(session)))
                .tag(Versions.etag(session.version))
                .build();
    }

    @PUT
    @Path("/{id}/status")
    @RolesAllowed(Roles.TRAINING_MANAGER)
    @Operation(
            summary = "Open, start or cancel a session",
            description =
                    "PLANNED→OPEN, OPEN/FULL→IN_PROGRESS (from the start date), any live status→CANCELLED; requires If-Match.")
    public Response changeStatus(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull StatusChange change) {
        TrainingSession session = sessions.changeStatus(caller.get(), id, ifMatch, change.status(), change.reason());
        return Response.ok(SessionView.of(session, sessions.acceptedSeats(session)))
                .tag(Versions.etag(session.version))
                .build();
    }

    /** An ISO date query parameter: a 400 naming it when it is not one, rather than JAX-RS's bare 404. */
    private static LocalDate day(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    List.of(new Problem.FieldError(name, "parameter.not-a-date")),
                    "validation-failed.detail",
                    1);
        }
    }
}
