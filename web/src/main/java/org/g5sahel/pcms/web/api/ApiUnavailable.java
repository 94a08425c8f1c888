package org.g5sahel.pcms.web.api;

/** The API could not be reached or did not answer in time: the page says so and keeps what the officer typed. */
public class ApiUnavailable extends RuntimeException {

    public ApiUnavailable(Throwable cause) {
        super("The API is unavailable", cause);
    }
}
