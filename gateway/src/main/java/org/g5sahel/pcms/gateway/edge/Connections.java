package org.g5sahel.pcms.gateway.edge;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;

/**
 * Ending a connection whose request body the gateway refuses to read.
 */
public final class Connections {

    /** How long the rest of a refused body may keep arriving before the connection is cut. */
    private static final long DRAIN_GRACE_MILLIS = 10_000;

    private Connections() {}

    /**
     * Discards the rest of the request body, then closes the connection once both the body has arrived (or a grace
     * period has passed) and the response has been sent. Closing at once, with unread data, would make the client's
     * TCP stack drop the response. The caller marks the response {@code Connection: close} before sending it.
     */
    public static void closeAfter(Vertx vertx, HttpServerRequest request, Future<?> responseSent) {
        Promise<Void> bodyDone = Promise.promise();
        long timer = vertx.setTimer(DRAIN_GRACE_MILLIS, id -> bodyDone.tryComplete());
        if (request.isEnded()) {
            bodyDone.tryComplete();
        } else {
            request.handler(ignored -> {});
            request.endHandler(ignored -> bodyDone.tryComplete());
            request.exceptionHandler(ignored -> bodyDone.tryComplete());
            request.resume();
        }
        Future.join(bodyDone.future(), responseSent).onComplete(ignored -> {
            vertx.cancelTimer(timer);
            request.connection().close();
        });
    }
}
