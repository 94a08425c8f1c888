package org.g5sahel.pcms.training.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.training.model.AttendanceStatus;
import org.g5sahel.pcms.training.model.NominationStatus;
import org.g5sahel.pcms.training.service.AttendanceService;

@Path("/v1/sessions/{sessionId}/attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Attendance")
public class AttendanceResource {

    private final AttendanceService attendance;
    private final CurrentCaller caller;

    public AttendanceResource(AttendanceService attendance, CurrentCaller caller) {
        this.attendance = attendance;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The register of the participants the caller may see")
    public List<ParticipantAttendance> register(@PathParam("sessionId") UUID sessionId) {
        return attendance.register(caller.get(), sessionId).entrySet().stream()
                .map(entry -> new ParticipantAttendance(
                        entry.getKey().id,
                        entry.getKey().nomineeName,
                        entry.getKey().nomineeState,
                        entry.getKey().status,
                        entry.getValue().stream()
                                .map(row -> new Day(row.day, row.status))
                                .toList()))
                .toList();
    }

    @PUT
    @RolesAllowed(Roles.TRAINING_MANAGER)
    @Operation(
            summary = "Record one day's attendance",
            description =
                    "The organiser, while the session is in progress, for a session day that has come; every entry must be an accepted participant. Recording a day again replaces its entries.")
    public List<Day> record(@PathParam("sessionId") UUID sessionId, @Valid @NotNull DayRegister register) {
        Map<UUID, AttendanceStatus> entries = new LinkedHashMap<>();
        for (Entry entry : register.entries()) {
            if (entries.put(entry.nominationId(), entry.status()) != null) {
                throw new ProblemException(
                        ProblemType.VALIDATION_FAILED,
                        List.of(new Problem.FieldError("entries", "attendance.duplicate-entry")),
                        "validation-failed.detail",
                        1);
            }
        }
        return attendance.record(caller.get(), sessionId, register.day(), entries).stream()
                .map(row -> new Day(row.day, row.status))
                .toList();
    }

    @Schema(name = "AttendanceDayRegister")
    public record DayRegister(
            @NotNull @Schema(example = "2026-10-05") LocalDate day,
            @NotEmpty @Size(max = 500) List<@Valid @NotNull Entry> entries) {}

    @Schema(name = "AttendanceEntry")
    public record Entry(@NotNull UUID nominationId, @NotNull AttendanceStatus status) {}

    public record Day(LocalDate day, AttendanceStatus status) {}

    public record ParticipantAttendance(
            UUID nominationId, String nomineeName, String nomineeState, NominationStatus status, List<Day> days) {}
}
