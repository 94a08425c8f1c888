package org.g5sahel.pcms.firearms.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.g5sahel.pcms.commons.directory.DirectoryClient;
import org.g5sahel.pcms.commons.problem.ProblemMessages;
import org.g5sahel.pcms.firearms.service.FirearmService;
import org.g5sahel.pcms.firearms.service.Hit;

/**
 * Turns hits into what the finder reads: the owner's 24/7 desk, asked of the directory with the caller's own token
 * once per agency and request (after the service's transaction, so a slow directory holds no database connection),
 * and one sentence in the caller's language.
 */
@RequestScoped
public class HitViews {

    private final DirectoryClient desks;
    private final JsonWebToken token;
    private final Locale locale;
    private final Map<String, Optional<DirectoryClient.Agency>> asked = new HashMap<>();

    public HitViews(DirectoryClient desks, JsonWebToken token, HttpServerRequest request) {
        this.desks = desks;
        this.token = token;
        this.locale = ProblemMessages.negotiate(request.getHeader("Accept-Language"));
    }

    public FirearmHitView of(Hit hit) {
        FirearmHitView.Contact contact = asked.computeIfAbsent(
                        hit.ownerAgency(), code -> desks.desk(code, token.getRawToken()))
                .map(desk -> new FirearmHitView.Contact(
                        desk.code(), desk.nameFr(), desk.deskPhone(), desk.deskEmail(), desk.deskHours()))
                .orElse(new FirearmHitView.Contact(hit.ownerAgency(), null, null, null, null));
        String held = hit.status() == null
                ? ProblemMessages.message("hit.held", locale, hit.ownerAgency())
                : ProblemMessages.message(
                        "hit." + hit.status().name().toLowerCase(Locale.ROOT),
                        locale,
                        hit.ownerState(),
                        String.valueOf(hit.reportedOn()));
        String desk = Stream.of(contact.deskPhone(), contact.deskEmail(), contact.deskHours())
                .filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
        String reach = desk.isEmpty()
                ? ProblemMessages.message("hit.contact", locale, contact.agency())
                : ProblemMessages.message("hit.contact-desk", locale, contact.agency(), desk);
        return new FirearmHitView(
                FirearmService.RECORD_TYPE,
                hit.firearmId(),
                hit.ownerState(),
                hit.ownerAgency(),
                hit.status(),
                hit.reportedOn(),
                contact,
                held + " — " + reach);
    }
}
