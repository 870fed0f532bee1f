package org.communityjourneys.voting.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One resident's browser as the Vaadin server sees it, without a browser: the same HTTP requests
 * Vaadin Flow's client sends. It logs in through the login form (Spring Security's form post with
 * the page's CSRF token), opens a route (the page, the {@code ?v-r=init} request that gives the UI
 * its id and the UIDL security key, then the {@code ui-navigate} event that makes the server build
 * the view), and sends UIDL requests ({@code ?v-r=uidl}) with the security key, the server's
 * {@code syncId} and the client's {@code clientId}, as Flow's client does. It keeps from every answer
 * which node has which {@code id} attribute and each text node's text, which is all a resident's
 * script needs to find a checkbox or read a receipt.
 *
 * <p>Each call returns how long the server took to answer it (the whole round trip over HTTP), so
 * the driver can tell a login from a page from a click.
 */
final class UidlClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF_META = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

    private final HttpClient http;
    private final URI base;
    private String session;
    private int uiId;
    private String securityKey;
    private int syncId;
    private int clientId;
    private final Map<String, Integer> nodesById = new HashMap<>();
    private final Map<Integer, String> texts = new HashMap<>();
    private final Map<Integer, List<Integer>> children = new HashMap<>();

    UidlClient(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    /** A round trip's answer and how long it took, in nanoseconds. */
    record Answer(int status, String body, long nanos) {
    }

    /** Logs in with the login form; false when the server sends the resident back to the form. */
    boolean logIn(String username, String password, Timings timings) throws IOException, InterruptedException {
        Answer page = get("login");
        timings.record("login page", page.nanos());
        Matcher csrf = CSRF_META.matcher(page.body());
        if (!csrf.find()) {
            throw new IOException("the login page has no CSRF token (status " + page.status() + ")");
        }
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpRequest.Builder post = request("login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        long start = System.nanoTime();
        HttpResponse<String> answer = send(post);
        timings.record("log in (form post)", System.nanoTime() - start);
        String location = answer.headers().firstValue("Location").orElse("");
        return answer.statusCode() == 302 && !location.contains("error");
    }

    /**
     * Opens a route as a browser does: the page, the UI's init request, then the navigation event
     * that builds the view on the server.
     */
    JsonNode open(String route, Timings timings) throws IOException, InterruptedException {
        Answer page = get(route);
        timings.record("page", page.nanos());
        if (page.status() != 200) {
            throw new IOException("GET " + route + " answered " + page.status());
        }
        Answer init = get("?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=");
        timings.record("ui init", init.nanos());
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        uiId = config.path("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        securityKey = uidl.path("Vaadin-Security-Key").asText(null);
        if (securityKey == null) {
            throw new IOException("the init answer has no security key: " + abbreviated(init.body()));
        }
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt();
        remember(uidl);
        ObjectNode data = JSON.createObjectNode().put("route", route).put("query", "").put("appShellTitle", "")
                .put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        ArrayNode rpc = JSON.createArrayNode();
        rpc.addObject().put("type", "event").put("node", 1).put("event", "ui-navigate").set("data", data);
        return uidl(rpc, "open the view", timings);
    }

    /** Ticks or unticks a checkbox: the property sync and the change event, in one request, as Flow sends them. */
    JsonNode setChecked(String elementId, boolean checked, Timings timings) throws IOException, InterruptedException {
        int node = node(elementId);
        ArrayNode rpc = JSON.createArrayNode();
        rpc.addObject().put("type", "mSync").put("node", node).put("feature", 1).put("property", "checked")
                .put("value", checked);
        rpc.addObject().put("type", "event").put("node", node).put("event", "checked-changed").putObject("data");
        return uidl(rpc, "tick", timings);
    }

    /** Clicks a button (the click event's data as the browser reports a mouse click). */
    JsonNode click(String elementId, String step, Timings timings) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode().put("event.shiftKey", false).put("event.metaKey", false)
                .put("event.detail", 1).put("event.ctrlKey", false).put("event.clientX", 40).put("event.clientY", 20)
                .put("event.altKey", false).put("event.button", 0).put("event.screenY", 120).put("event.screenX", 40);
        ArrayNode rpc = JSON.createArrayNode();
        rpc.addObject().put("type", "event").put("node", node(elementId)).put("event", "click").set("data", data);
        return uidl(rpc, step, timings);
    }

    /** The ids of the elements the server has sent so far, such as {@code pick-<idea id>}. */
    List<String> idsStartingWith(String prefix) {
        return nodesById.keySet().stream().filter(id -> id.startsWith(prefix)).sorted().toList();
    }

    boolean has(String elementId) {
        return nodesById.containsKey(elementId);
    }

    /** The text inside the element with the id (its text nodes, in order). */
    String textOf(String elementId) throws IOException {
        StringBuilder text = new StringBuilder();
        appendText(node(elementId), text, 0);
        return text.toString();
    }

    private void appendText(int node, StringBuilder text, int depth) {
        String own = texts.get(node);
        if (own != null) {
            text.append(own);
        }
        if (depth < 20) {
            for (int child : children.getOrDefault(node, List.of())) {
                appendText(child, text, depth + 1);
            }
        }
    }

    private int node(String elementId) throws IOException {
        Integer node = nodesById.get(elementId);
        if (node == null) {
            throw new IOException("no element with id " + elementId + " on the page");
        }
        return node;
    }

    private JsonNode uidl(ArrayNode rpc, String step, Timings timings) throws IOException, InterruptedException {
        ObjectNode message = JSON.createObjectNode().put("csrfToken", securityKey);
        message.set("rpc", rpc);
        message.put("syncId", syncId).put("clientId", clientId);
        HttpRequest.Builder post = request("?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message)));
        long start = System.nanoTime();
        HttpResponse<String> answer = send(post);
        long nanos = System.nanoTime() - start;
        timings.record(step, nanos);
        timings.record(Timings.EVERY_UIDL, nanos);
        String body = answer.body();
        if (answer.statusCode() != 200) {
            throw new IOException(step + ": UIDL answered " + answer.statusCode() + " " + abbreviated(body));
        }
        JsonNode uidl = JSON.readTree(body.startsWith("for(;;);") ? body.substring(8) : body);
        uidl = uidl.isArray() ? uidl.get(0) : uidl;
        if (uidl.has("meta") && (uidl.path("meta").has("appError") || uidl.path("meta").path("sessionExpired").asBoolean())) {
            throw new IOException(step + ": the server answered " + abbreviated(uidl.path("meta").toString()));
        }
        if (!uidl.has("syncId")) {
            throw new IOException(step + ": the answer has no syncId (resynchronising?) " + abbreviated(body));
        }
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt(clientId + 1);
        remember(uidl);
        return uidl;
    }

    /** What the client keeps from the changes: element ids, text nodes' texts, children. */
    private void remember(JsonNode uidl) {
        for (JsonNode change : uidl.path("changes")) {
            int node = change.path("node").asInt();
            String type = change.path("type").asText();
            if ("put".equals(type) && change.path("feat").asInt() == 3 && "id".equals(change.path("key").asText())) {
                nodesById.put(change.path("value").asText(), node);
            } else if ("put".equals(type) && change.path("feat").asInt() == 7 && "text".equals(change.path("key").asText())) {
                texts.put(node, change.path("value").asText());
            } else if ("splice".equals(type) && change.path("feat").asInt() == 2) {
                List<Integer> list = new java.util.ArrayList<>(children.getOrDefault(node, List.of()));
                int index = change.path("index").asInt();
                int remove = change.path("remove").asInt(0);
                for (int i = 0; i < remove && index < list.size(); i++) {
                    list.remove(index);
                }
                int at = Math.min(index, list.size());
                for (JsonNode added : change.path("addNodes")) {
                    list.add(at++, added.asInt());
                }
                children.put(node, list);
            } else if ("clear".equals(type) && change.path("feat").asInt() == 2) {
                children.remove(node);
            }
        }
    }

    private Answer get(String path) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> answer = send(request(path).GET());
        return new Answer(answer.statusCode(), answer.body(), System.nanoTime() - start);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120));
        if (session != null) {
            builder.header("Cookie", "JSESSIONID=" + session);
        }
        return builder;
    }

    /** Sends the request and keeps the session cookie (a new one after logging in). */
    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String cookie : answer.headers().allValues("Set-Cookie")) {
            Matcher matcher = SESSION_COOKIE.matcher(cookie);
            if (matcher.find()) {
                session = matcher.group(1);
            }
        }
        return answer;
    }

    private static String abbreviated(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
