package org.g5sahel.pcms.bench.measure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.g5sahel.pcms.bench.Platform;

/**
 * What the connections of one database are doing while a run goes: every 100 ms, each non-idle backend of
 * pg_stat_activity counted under its state and wait event ("active: running", "active: Lock:advisory", "idle in
 * transaction", …). It explains a figure; it is no figure itself.
 */
final class WaitSampler implements AutoCloseable {

    private final Map<String, Integer> counts = new TreeMap<>();
    private final Thread thread;
    private volatile boolean running = true;
    private int samples;

    WaitSampler(Platform platform, String database) {
        thread = new Thread(() -> sample(platform, database), "wait-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample(Platform platform, String database) {
        try (Connection connection = platform.connect(database);
                PreparedStatement statement = connection.prepareStatement("""
                        select state || coalesce(': ' || wait_event_type || ':' || wait_event, ': running')
                        from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()
                        and state <> 'idle'""")) {
            while (running) {
                synchronized (counts) {
                    samples++;
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            counts.merge(rows.getString(1), 1, Integer::sum);
                        }
                    }
                }
                TimeUnit.MILLISECONDS.sleep(100);
            }
        } catch (Exception e) {
            synchronized (counts) {
                counts.put("sampler failed: " + e.getMessage(), 0);
            }
        }
    }

    /** Backends seen in each state per sample, on average. */
    Map<String, Double> averages() {
        synchronized (counts) {
            Map<String, Double> averages = new TreeMap<>();
            counts.forEach((state, count) ->
                    averages.put(state, samples == 0 ? 0 : Math.round(100.0 * count / samples) / 100.0));
            return averages;
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(2000);
    }
}
