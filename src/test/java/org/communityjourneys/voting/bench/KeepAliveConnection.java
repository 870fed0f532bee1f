package org.communityjourneys.voting.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One client's HTTP/1.1 connection for the casting benchmark: a plain socket kept alive between
 * requests, a request written in one go and the answer read by its {@code Content-Length}. It does
 * only what the ballot endpoint needs (POST a small JSON body, read a small JSON answer), and so
 * costs the machine a small part of what the JDK's {@code HttpClient} does per request, CPU the
 * app and PostgreSQL on the same two cores then have. When the server ends the connection (Tomcat
 * does after 100 requests, and says so with {@code Connection: close}) the next request opens a new
 * one. Not thread-safe: one per client thread.
 */
final class KeepAliveConnection implements AutoCloseable {

    /** A status code and the body, as text. */
    record Answer(int status, String body) {
    }

    private final String host;
    private final int port;
    private final int timeoutMillis;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    KeepAliveConnection(URI server, int timeoutMillis) {
        this.host = server.getHost();
        this.port = server.getPort() < 0 ? 80 : server.getPort();
        this.timeoutMillis = timeoutMillis;
    }

    /** POSTs the JSON body to the path with the given Authorization header. */
    Answer postJson(String path, String authorization, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
                + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nAuthorization: " + authorization
                + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        return send(request);
    }

    /** GETs the path (no body, no Authorization). */
    Answer get(String path) throws IOException {
        return send(("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAccept: application/json\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
    }

    private Answer send(byte[] request) throws IOException {
        boolean fresh = socket == null;
        try {
            return exchange(request);
        } catch (EndedBeforeAnswering stale) {
            close();
            if (fresh) {
                throw stale;
            }
            // a kept-alive connection the server had already ended, before reading the request: once more
            return exchange(request);
        }
    }

    private Answer exchange(byte[] request) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(timeoutMillis);
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            in = new BufferedInputStream(socket.getInputStream(), 8192);
            out = socket.getOutputStream();
        }
        try {
            out.write(request);
            out.flush();
        } catch (java.net.SocketException ended) {
            throw new EndedBeforeAnswering(ended.getMessage());
        }
        String statusLine = line();
        if (statusLine == null) {
            throw new EndedBeforeAnswering("the server closed the connection");
        }
        if (!statusLine.startsWith("HTTP/1.1 ")) {
            throw new IOException("no HTTP answer: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        int length = -1;
        boolean chunked = false;
        boolean closing = false;
        for (String header = line(); header != null && !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closing = true;
            }
        }
        String body = chunked ? chunkedBody() : new String(in.readNBytes(Math.max(length, 0)), StandardCharsets.UTF_8);
        if (closing) {
            close();
        }
        return new Answer(status, body);
    }

    private String chunkedBody() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
            body.write(in.readNBytes(size));
            line();
        }
        for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
            // trailers are not used
        }
        return body.toString(StandardCharsets.UTF_8);
    }

    /** One header line without its CRLF; null at the end of the stream. */
    private String line() throws IOException {
        StringBuilder text = new StringBuilder(64);
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\n') {
                int end = text.length();
                return end > 0 && text.charAt(end - 1) == '\r' ? text.substring(0, end - 1) : text.toString();
            }
            text.append((char) b);
        }
        if (text.length() == 0) {
            return null;
        }
        throw new IOException("the connection ended in the middle of a line");
    }

    /** The connection was gone before any answer came: the request was not handled. */
    private static final class EndedBeforeAnswering extends IOException {
        EndedBeforeAnswering(String why) {
            super(why);
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        socket = null;
        in = null;
        out = null;
    }
}
