package org.g5sahel.pcms.bench.load;

/** One HTTP request of a load run: a path (with its query) on the run's base URL and, for a POST, a JSON body. */
public record Request(String method, String path, String body) {

    public static Request get(String path) {
        return new Request("GET", path, null);
    }

    public static Request post(String path, String json) {
        return new Request("POST", path, json);
    }
}
