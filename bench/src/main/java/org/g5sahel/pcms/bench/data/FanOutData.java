package org.g5sahel.pcms.bench.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.g5sahel.pcms.bench.Api;
import org.g5sahel.pcms.bench.Platform;

/**
 * A hundred subscribing agencies. The member States' agencies of the directory are not a hundred, so the States'
 * coordinators first register {@code <ST>-BENCH-nn} agencies through the directory's API. ML-CT subscribes through
 * the alerts API (the template: every SECURITY alert, anywhere); the other agencies get the same subscription,
 * copied with their own agency, State and id — the service keeps nothing else per agency in a subscription.
 */
public final class FanOutData {

    public static final String SUBSCRIPTION = "PCMS bench fan-out";
    private static final String[] STATES = FirearmsData.STATES;

    private final Platform platform;
    private final Api api = new Api();

    public FanOutData(Platform platform) {
        this.platform = platform;
    }

    /** @return the subscribing agencies */
    public List<String> ensure(int agencies) throws Exception {
        List<String[]> known = memberAgencies();
        for (int n = 1; known.size() < agencies; n++) {
            for (String state : STATES) {
                String code = "%s-BENCH-%02d".formatted(state, n);
                if (known.size() < agencies && known.stream().noneMatch(agency -> agency[0].equals(code))) {
                    register(code, state, n);
                    known.add(new String[] {code, state});
                }
            }
        }
        List<String[]> subscribers = known.subList(0, agencies);
        try (Connection connection = platform.connect(Platform.database("alerts"))) {
            if (BulkLoad.number(
                            connection,
                            "select count(*) from subscription where name = ? and agency = 'ML-CT'",
                            SUBSCRIPTION)
                    == 0) {
                api.post(
                                platform.serviceUrl("alerts") + "/api/alerts/v1/subscriptions",
                                platform.token("ml-investigator"),
                                Map.of("name", SUBSCRIPTION, "categories", List.of("SECURITY")),
                                Map.of("Idempotency-Key", "pcms-bench-subscription-template"))
                        .requireStatus(201);
            }
            for (String[] agency : subscribers) {
                BulkLoad.update(
                        connection,
                        """
                        insert into subscription (id, agency, state, name, categories, events, area_codes, center_lat,
                            center_lon, radius_km, created_by, version, created_at)
                        select gen_random_uuid(), ?, ?, name, categories, events, area_codes, center_lat, center_lon,
                            radius_km, ?, 0, clock_timestamp()
                        from subscription t where t.name = ? and t.agency = 'ML-CT'
                        and not exists (select 1 from subscription s where s.name = t.name and s.agency = ?)""",
                        agency[0],
                        agency[1],
                        agency[1].toLowerCase(Locale.ROOT) + "-coordinator",
                        SUBSCRIPTION,
                        agency[0]);
            }
        }
        List<String> codes = new ArrayList<>();
        subscribers.forEach(agency -> codes.add(agency[0]));
        return codes;
    }

    /** Active agencies of the member States and the regional unit, as [code, state], the bench ones last. */
    private List<String[]> memberAgencies() throws Exception {
        List<String[]> agencies = new ArrayList<>();
        try (Connection connection = platform.connect(Platform.database("directory"));
                PreparedStatement statement = connection.prepareStatement("""
                        select code, state from agency where status = 'ACTIVE'
                        and state in ('BF', 'ML', 'MR', 'NE', 'TD', 'G5')
                        order by code like '%-BENCH-%', code""");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                agencies.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        return agencies;
    }

    private void register(String code, String state, int n) {
        Map<String, Object> agency = new LinkedHashMap<>();
        agency.put("code", code);
        agency.put("state", state);
        agency.put("nameFr", "Unité de banc d'essai " + n + " (" + state + ")");
        agency.put("nameEn", "Benchmark unit " + n + " (" + state + ")");
        agency.put("type", "OTHER");
        api.post(
                        platform.serviceUrl("directory") + "/api/directory/v1/agencies",
                        platform.token(state.toLowerCase(Locale.ROOT) + "-coordinator"),
                        agency,
                        Map.of("Idempotency-Key", "pcms-bench-agency-" + code))
                .requireStatus(201, 409);
    }
}
