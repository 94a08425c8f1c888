package org.g5sahel.pcms.systemtests;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every row of a service's database, as a digest per row and table: two snapshots tell which rows appeared and which
 * were changed or removed, without knowing the schema. Enough to prove that refused requests wrote nothing.
 */
record DatabaseSnapshot(Map<String, Set<String>> rows) {

    static DatabaseSnapshot of(String database) throws SQLException {
        Map<String, Set<String>> rows = new TreeMap<>();
        try (Connection connection = Platform.database(database);
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet names = statement.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = 'public' and table_type = 'BASE TABLE'")) {
                while (names.next()) {
                    tables.add(names.getString(1));
                }
            }
            for (String table : tables) {
                Set<String> digests = new HashSet<>();
                try (ResultSet digest = statement.executeQuery("select md5(t::text) from \"" + table + "\" t")) {
                    while (digest.next()) {
                        digests.add(digest.getString(1));
                    }
                }
                rows.put(table, digests);
            }
        }
        return new DatabaseSnapshot(rows);
    }

    /** Per table, how many of this snapshot's rows are no longer in {@code later} as they were. */
    Map<String, Integer> changedOrRemovedIn(DatabaseSnapshot later) {
        return compare(this, later);
    }

    /** Per table, how many rows of {@code later} were not here. */
    Map<String, Integer> addedIn(DatabaseSnapshot later) {
        return compare(later, this);
    }

    private static Map<String, Integer> compare(DatabaseSnapshot from, DatabaseSnapshot to) {
        Map<String, Integer> missing = new TreeMap<>();
        from.rows().forEach((table, digests) -> {
            Set<String> others = to.rows().getOrDefault(table, Set.of());
            int count = (int)
                    digests.stream().filter(digest -> !others.contains(digest)).count();
            if (count > 0) {
                missing.put(table, count);
            }
        });
        return missing;
    }
}
