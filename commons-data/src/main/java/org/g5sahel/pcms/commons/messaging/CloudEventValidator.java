package org.g5sahel.pcms.commons.messaging;

import java.util.regex.Pattern;

/** The CloudEvents 1.0 rules a consumer checks before trusting an event (the JSON schema alone misses some). */
public final class CloudEventValidator {

    private static final Pattern PLATFORM_TYPE = Pattern.compile("^pcms\\.[a-z]+\\.[a-z-]+\\.[a-z-]+\\.v[0-9]+$");

    private CloudEventValidator() {}

    /** @throws IllegalArgumentException naming the first rule broken */
    public static void requireValid(CloudEvent event) {
        require(CloudEvent.SPEC_VERSION.equals(event.specversion()), "specversion must be 1.0");
        require(notBlank(event.id()), "id is required");
        require(notBlank(event.source()), "source is required");
        require(
                notBlank(event.type()) && PLATFORM_TYPE.matcher(event.type()).matches(),
                "type must be pcms.<service>.<entity>.<event>.v<n>");
        require(
                notBlank(event.ownerstate()) && notBlank(event.owneragency()) && notBlank(event.distribution()),
                "ownerstate, owneragency and distribution are required");
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private static void require(boolean condition, String rule) {
        if (!condition) {
            throw new IllegalArgumentException(rule);
        }
    }
}
