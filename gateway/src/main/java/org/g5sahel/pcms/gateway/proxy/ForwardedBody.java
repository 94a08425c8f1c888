package org.g5sahel.pcms.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.core.VertxException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * The request body on its way to the service. It tells when it has been read to the end (the service's answer is
 * awaited from then on, so a slow upload is not mistaken for a slow service), fails once it exceeds the size limit
 * (bodies with a declared length are checked before they are read; this catches chunked ones), and fails when told
 * that it arrives too slowly ({@link #timeOut()}).
 */
final class ForwardedBody implements ReadStream<Buffer> {

    /** The failure raised when the limit is exceeded. */
    static final class BodyTooLargeException extends VertxException {

        private static final long serialVersionUID = 1L;

        BodyTooLargeException() {
            super("Request body over the size limit", true);
        }
    }

    /** The failure raised when the body does not arrive in time. */
    static final class BodyTimeoutException extends VertxException {

        private static final long serialVersionUID = 1L;

        BodyTimeoutException() {
            super("Request body not received in time", true);
        }
    }

    private final ReadStream<Buffer> source;
    private final long limit;
    private final Runnable onEnd;
    private long received;
    private volatile boolean exceeded;
    private volatile boolean timedOut;
    private boolean ended;
    private Handler<Throwable> exceptionHandler;

    /**
     * @param limit the largest body size let through, {@link Long#MAX_VALUE} for none
     * @param onEnd called once the whole body has been read
     */
    ForwardedBody(ReadStream<Buffer> source, long limit, Runnable onEnd) {
        this.source = source;
        this.limit = limit;
        this.onEnd = onEnd;
    }

    boolean exceeded() {
        return exceeded;
    }

    boolean timedOut() {
        return timedOut;
    }

    /**
     * The body's time is up: unless it was read to the end, it fails, which aborts its forwarding (the request to the
     * service is reset). Before the forwarding has started, it only marks the body; the caller checks
     * {@link #timedOut()} then.
     */
    void timeOut() {
        if (ended || exceeded || timedOut) {
            return;
        }
        timedOut = true;
        Handler<Throwable> onFailure = exceptionHandler;
        if (onFailure != null) {
            onFailure.handle(new BodyTimeoutException());
        }
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        this.exceptionHandler = handler;
        source.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            source.handler(null);
            return this;
        }
        source.handler(chunk -> {
            if (exceeded || timedOut) {
                return;
            }
            received += chunk.length();
            if (received > limit) {
                exceeded = true;
                Handler<Throwable> onFailure = exceptionHandler;
                if (onFailure != null) {
                    onFailure.handle(new BodyTooLargeException());
                }
                return;
            }
            handler.handle(chunk);
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        source.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        source.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        source.fetch(amount);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> handler) {
        if (handler == null) {
            source.endHandler(null);
            return this;
        }
        source.endHandler(end -> {
            if (!exceeded && !timedOut) {
                ended = true;
                onEnd.run();
                handler.handle(end);
            }
        });
        return this;
    }
}
