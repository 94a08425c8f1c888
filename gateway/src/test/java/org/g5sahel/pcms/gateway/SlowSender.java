package org.g5sahel.pcms.gateway;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A client that sends a request to the gateway by hand, a part at a time, as a slow or hostile client does: its
 * headers first, then as much of the body as the test says, leaving the rest owed.
 */
public final class SlowSender implements AutoCloseable {

    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?im)^content-length:\\s*(\\d+)\\s*$");

    private final Socket socket;
    private final OutputStream out;

    private SlowSender(URI gateway) throws IOException {
        socket = new Socket(gateway.getHost(), gateway.getPort());
        // A safety net for a broken gateway: the tests wait on conditions, never on this.
        socket.setSoTimeout(60_000);
        out = socket.getOutputStream();
    }

    /**
     * Opens a connection and sends the request line and headers of a POST declaring a {@code contentLength}-byte body,
     * with a bearer token.
     */
    public static SlowSender post(URI gateway, String path, String token, int contentLength) throws IOException {
        SlowSender sender = new SlowSender(gateway);
        sender.send("POST " + path + " HTTP/1.1\r\nHost: " + gateway.getHost() + ":" + gateway.getPort() + "\r\n"
                + "Authorization: Bearer " + token + "\r\n"
                + "Content-Type: application/octet-stream\r\nContent-Length: " + contentLength + "\r\n\r\n");
        return sender;
    }

    /**
     * Opens a connection and sends nothing yet.
     */
    public static SlowSender open(URI gateway) throws IOException {
        return new SlowSender(gateway);
    }

    /**
     * Sends these characters now.
     */
    public void send(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /**
     * Sends one more byte if the connection is still open; tells whether it was.
     */
    public boolean trySendByte() {
        try {
            out.write('x');
            out.flush();
            return true;
        } catch (IOException closed) {
            return false;
        }
    }

    /**
     * Whether the gateway has closed the connection: end of stream (after whatever response it sent) or a reset.
     * Blocks until the gateway writes or closes.
     */
    public boolean closedByGateway() {
        try {
            InputStream in = socket.getInputStream();
            while (in.read() >= 0) {
                // A response before the close: read through it.
            }
            return true;
        } catch (SocketException reset) {
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the gateway's answer: status line, headers and the body its {@code Content-Length} announces. Blocks until
     * it has arrived.
     */
    public String response() throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                throw new EOFException("Connection closed before a whole response head: " + head);
            }
            head.write(next);
        }
        String headText = head.toString(StandardCharsets.ISO_8859_1);
        Matcher length = CONTENT_LENGTH.matcher(headText);
        byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
        return headText + new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
