package cn.xinhuo.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Requests sent by several users at the same moment: each on its own thread and connection, held
 * at a barrier until all are ready, so they race inside the server instead of queueing in the test.
 */
public final class Together {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Together() {
    }

    public record Reply(int status, String body, HttpResponse<String> response) {
        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    /** A JSON request to the application under test (RestAssured's port), logged in with the token. */
    public static HttpRequest.Builder json(String method, String path, String token, Object body) {
        return request("http://localhost:" + RestAssured.port, method, path, token, body);
    }

    /** A request to the product at {@code base}, logged in with the token; a body (as JSON) or none. */
    public static HttpRequest.Builder request(String base, String method, String path, String token, Object body) {
        try {
            var builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token);
            return body == null ? builder.method(method, HttpRequest.BodyPublishers.noBody())
                    : builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Sends one request and waits for its reply. */
    public static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends one request without waiting; the reply comes later. */
    public static java.util.concurrent.CompletableFuture<Reply> sendLater(HttpRequest request) {
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(r -> new Reply(r.statusCode(), r.body(), r));
    }

    /** Sends all requests at once and returns their replies in the same order. */
    public static List<Reply> send(List<HttpRequest> requests) {
        ExecutorService threads = Executors.newFixedThreadPool(requests.size());
        CyclicBarrier start = new CyclicBarrier(requests.size());
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (HttpRequest request : requests) {
                replies.add(threads.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return send(request);
                }));
            }
            List<Reply> result = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                result.add(reply.get(90, TimeUnit.SECONDS));
            }
            return result;
        } catch (Exception e) {
            throw new IllegalStateException("concurrent requests failed", e);
        } finally {
            threads.shutdownNow();
        }
    }
}
