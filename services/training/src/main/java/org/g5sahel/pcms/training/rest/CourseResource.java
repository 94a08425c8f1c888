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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.commons.idempotency.Idempotency;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.rest.Cursors;
import org.g5sahel.pcms.commons.rest.MergePatch;
import org.g5sahel.pcms.commons.rest.Page;
import org.g5sahel.pcms.commons.rest.QueryParams;
import org.g5sahel.pcms.commons.rest.Versions;
import org.g5sahel.pcms.training.model.Course;
import org.g5sahel.pcms.training.model.Topic;
import org.g5sahel.pcms.training.service.CourseService;

@Path("/v1/courses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Courses")
public class CourseResource {

    private final CourseService courses;
    private final Idempotency idempotency;
    private final CurrentCaller caller;
    private final MergePatch mergePatch;

    public CourseResource(CourseService courses, Idempotency idempotency, CurrentCaller caller, MergePatch mergePatch) {
        this.courses = courses;
        this.idempotency = idempotency;
        this.caller = caller;
        this.mergePatch = mergePatch;
    }

    @GET
    @Operation(
            summary = "Search the catalogue",
            description = "Accent- and case-insensitive on code, titles and partner; ordered by code; keyset cursor.")
    public Page<CourseView> search(
            @QueryParam("q") String query,
            @QueryParam("topic") String topic,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        int size = Cursors.limit(limit);
        List<Course> fetched = courses.search(
                caller.get(),
                QueryParams.enumValue(Topic.class, "topic", topic),
                query == null || query.isBlank() ? null : query,
                Cursors.decode(cursor),
                size + 1);
        return Page.of(fetched, size, course -> course.code).mapItems(CourseView::of);
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        Course course = courses.get(caller.get(), id);
        return Response.ok(CourseView.of(course))
                .tag(Versions.etag(course.version))
                .build();
    }

    @POST
    @RolesAllowed(Roles.TRAINING_MANAGER)
    @Operation(
            summary = "Publish a course",
            description = "Owned by the caller's agency; default distribution PARTNERS; honours Idempotency-Key.")
    public Response create(
            @Valid @NotNull CourseRequest request, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(caller.get(), idempotencyKey, request, () -> {
            Course course = courses.create(caller.get(), request.command());
            return Response.created(URI.create("v1/courses/" + course.id))
                    .tag(Versions.etag(course.version))
                    .entity(CourseView.of(course))
                    .build();
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.TRAINING_MANAGER)
    @Operation(
            summary = "Replace a course",
            description =
                    "Full replacement: an optional field left out is cleared (use PATCH to change some fields only). The owning agency only; requires If-Match with the exact ETag; the code never changes.")
    public Response update(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CourseRequest request) {
        Course course = courses.update(caller.get(), id, ifMatch, request.command());
        return Response.ok(CourseView.of(course))
                .tag(Versions.etag(course.version))
                .build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.TRAINING_MANAGER)
    @Operation(
            summary = "Change some fields of a course",
            description =
                    "JSON Merge Patch (RFC 7396) of the CourseRequest: members sent replace, null clears, absent members are kept. Same rules as PUT; requires If-Match with the exact ETag.")
    public Response patch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        Course course = courses.patch(
                caller.get(),
                id,
                ifMatch,
                current -> mergePatch
                        .apply(CourseRequest.of(current), current.version, ifMatch, patch, CourseRequest.class)
                        .command());
        return Response.ok(CourseView.of(course))
                .tag(Versions.etag(course.version))
                .build();
    }
}
