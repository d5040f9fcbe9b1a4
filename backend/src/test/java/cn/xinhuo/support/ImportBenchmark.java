package cn.xinhuo.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * The import benchmark (scripts/bench-import.sh runs it against a running product): a 10,000-row
 * roster with one bad row, the same roster fixed, and the fixed roster again — each timed from the
 * upload to the finished report, as a user waits for it.
 */
public final class ImportBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String api = args[0];
        int rows = Integer.parseInt(args[1]);
        String account = args.length > 2 ? args[2] : "xingan-admin";
        String organization = args.length > 3 ? args[3] : "兴安乡关工委";
        String token = JSON.readTree(send(api, "POST", "/api/v1/auth/login", null, "application/json",
                JSON.writeValueAsBytes(java.util.Map.of("username", account, "password", "Xinhuo@2016")), 200))
                .get("accessToken").asText();

        List<List<String>> roster = Rosters.people(rows, organization, 4242);
        int bad = rows / 2;
        String good = roster.get(bad).get(Rosters.column("身份证号"));
        roster.get(bad).set(Rosters.column("身份证号"), good.substring(0, 17) + (good.charAt(17) == '1' ? "2" : "1"));
        byte[] withBadRow = Rosters.workbook(roster);
        roster.get(bad).set(Rosters.column("身份证号"), good);
        byte[] fixed = Rosters.workbook(roster);
        System.out.printf("roster: %,d rows, %,d bytes; as %s into %s%n", rows, fixed.length, account, organization);

        run(api, token, "one bad row (row " + (bad + 2) + ")", withBadRow);
        run(api, token, "fixed roster, first import", fixed);
        run(api, token, "fixed roster, imported again", fixed);
    }

    private static void run(String api, String token, String what, byte[] file) throws Exception {
        long start = System.nanoTime();
        JsonNode started = JSON.readTree(send(api, "POST", "/api/v1/volunteer-imports?fileName=bench.xlsx", token,
                Rosters.MEDIA_TYPE, file, 202));
        JsonNode report = started;
        while (report.get("status").asText().equals("RUNNING")) {
            Thread.sleep(100);
            report = JSON.readTree(send(api, "GET", "/api/v1/volunteer-imports/" + started.get("id").asLong(), token,
                    null, null, 200));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        JsonNode problems = report.get("problems");
        System.out.printf("%-32s %6.2f s  status %-9s created %,6d  updated %,6d  unchanged %,6d  problems %d%s%n", what, seconds,
                report.get("status").asText(), report.get("created").asInt(), report.get("updated").asInt(),
                report.get("unchanged").asInt(), report.get("problemCount").asInt(),
                problems.isEmpty() ? "" : "  first: row " + problems.get(0).get("row").asInt() + " "
                        + problems.get(0).get("column").asText() + " — " + problems.get(0).get("message").asText());
    }

    private static byte[] send(String api, String method, String path, String token, String type, byte[] body,
                               int expected) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(api + path)).header("Accept-Language", "zh-CN");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (type != null) {
            request.header("Content-Type", type);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " → " + response.statusCode() + ": "
                    + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return response.body();
    }
}
