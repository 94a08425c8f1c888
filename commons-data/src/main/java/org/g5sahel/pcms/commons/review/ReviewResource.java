package org.g5sahel.pcms.commons.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.commons.rest.Page;
import org.g5sahel.pcms.commons.sovereignty.Distribution;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;

/**
 * The retention review of this service's records, the same resource in every service
 * ({@code /api/<service>/v1/reviews}): for the owning agency, or its State's national coordinator.
 */
@Path("/v1/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Roles.INVESTIGATOR,
    Roles.ANALYST,
    Roles.BORDER_OFFICER,
    Roles.FIU_ANALYST,
    Roles.FIREARMS_OFFICER,
    Roles.TRAINING_MANAGER,
    Roles.NATIONAL_COORDINATOR,
    Roles.REGIONAL_COORDINATOR
})
@Tag(name = "Retention review")
public class ReviewResource {

    private final Reviews reviews;
    private final CurrentCaller caller;

    public ReviewResource(Reviews reviews, CurrentCaller caller) {
        this.reviews = reviews;
        this.caller = caller;
    }

    public record Confirmation(
            @NotNull LocalDate reviewBy,
            @NotBlank @Size(max = 2000) String reason) {}

    public record NarrowerSharing(
            @NotNull Distribution distribution,
            @Size(max = 50) List<@NotNull @Pattern(regexp = SharingTerms.RECIPIENT) String> sharedWith,
            @Size(max = 2000) String reason) {}

    public record Ending(@NotBlank @Size(max = 2000) String reason) {}

    public record Ended(UUID id, Reviews.Outcome outcome) {}

    @GET
    @Operation(
            summary = "The caller's records due for review within the period, and those past their date",
            description = "within: ISO 8601 period, P6M by default, at most P10Y. Earliest first; keyset paging.")
    public Page<Reviews.Due> list(
            @QueryParam("within") String within,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        return reviews.due(caller.get(), period(within), cursor, limit);
    }

    @GET
    @Path("/count")
    @Operation(summary = "How many of the caller's records are due within the period, and how many are overdue")
    public Reviews.Counts count(@QueryParam("within") String within) {
        return reviews.count(caller.get(), period(within));
    }

    @POST
    @Path("/{id}/confirmation")
    @Operation(
            summary = "Confirm the record is still needed, until a new review date",
            description = "The new date is after today and at most the kind's review period from today.")
    public Reviews.Due confirm(@PathParam("id") UUID id, @Valid @NotNull Confirmation confirmation) {
        return reviews.confirm(caller.get(), id, confirmation.reviewBy(), confirmation.reason());
    }

    @POST
    @Path("/{id}/sharing")
    @Operation(
            summary = "Narrow the record's sharing",
            description = "Only narrower terms: anything that would let someone new see the record is a 422 "
                    + "sharing-widening-refused. Handling code and evaluation stay as they are.")
    public Reviews.Due narrow(@PathParam("id") UUID id, @Valid @NotNull NarrowerSharing narrowing) {
        return reviews.narrow(caller.get(), id, narrowing.distribution(), narrowing.sharedWith(), narrowing.reason());
    }

    @POST
    @Path("/{id}/end")
    @Operation(
            summary = "End the record: deleted, or archived where its kind is never deleted",
            description =
                    "409 for a kind kept at the end of a review, or while an access request is pending or granted.")
    public Ended end(@PathParam("id") UUID id, @Valid @NotNull Ending ending) {
        return new Ended(id, reviews.end(caller.get(), id, ending.reason()));
    }

    private static Period period(String within) {
        if (within == null || within.isBlank()) {
            return Reviews.NOTICE;
        }
        try {
            return Period.parse(within);
        } catch (DateTimeParseException e) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    List.of(new Problem.FieldError("within", "review.within-out-of-range")),
                    "validation-failed.detail",
                    1);
        }
    }
}
