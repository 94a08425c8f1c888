package org.g5sahel.pcms.bench.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads rows into service tables the way PostgreSQL loads fastest: in one transaction, the tables' foreign keys,
 * primary and unique keys and indexes are dropped, the rows written, then everything is recreated from the
 * definitions PostgreSQL itself printed ({@code pg_get_constraintdef}, {@code pg_get_indexdef}), so the schema ends
 * exactly as Flyway made it. Building an index once is far cheaper than ten million random insertions into it. If
 * anything fails, the transaction rolls back, definitions included: the schema is never left half-rebuilt.
 */
public final class BulkLoad {

    /** Work done between the drop and the rebuild, on the same connection and transaction. */
    @FunctionalInterface
    public interface Work {
        void load(Connection connection) throws Exception;
    }

    private BulkLoad() {}

    public static void into(Connection connection, List<String> tables, Work work) throws Exception {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("set local maintenance_work_mem = '512MB'");
            String[] names = tables.toArray(String[]::new);
            List<String[]> foreignKeys = query(connection, """
                    select conrelid::regclass::text, conname, pg_get_constraintdef(oid) from pg_constraint
                    where contype = 'f' and (conrelid::regclass::text = any (?) or confrelid::regclass::text = any (?))
                    order by conname""", names, names);
            List<String[]> keys = query(connection, """
                    select conrelid::regclass::text, conname, pg_get_constraintdef(oid) from pg_constraint
                    where contype in ('p', 'u') and conrelid::regclass::text = any (?) order by contype, conname""", names);
            List<String[]> indexes = query(connection, """
                    select indexrelid::regclass::text, pg_get_indexdef(indexrelid) from pg_index
                    where indrelid::regclass::text = any (?)
                    and not exists (select 1 from pg_constraint c where c.conindid = indexrelid)
                    order by 1""", names);
            for (String[] fk : foreignKeys) {
                statement.execute("alter table " + fk[0] + " drop constraint " + fk[1]);
            }
            for (String[] key : keys) {
                statement.execute("alter table " + key[0] + " drop constraint " + key[1]);
            }
            for (String[] index : indexes) {
                statement.execute("drop index " + index[0]);
            }
            work.load(connection);
            for (String[] key : keys) {
                statement.execute("alter table " + key[0] + " add constraint " + key[1] + " " + key[2]);
            }
            for (String[] index : indexes) {
                statement.execute(index[1]);
            }
            for (String[] fk : foreignKeys) {
                statement.execute("alter table " + fk[0] + " add constraint " + fk[1] + " " + fk[2]);
            }
            connection.commit();
            for (String table : tables) {
                connection.setAutoCommit(true);
                statement.execute("analyze " + table);
            }
        } catch (Exception e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static List<String[]> query(Connection connection, String sql, String[]... arrays) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < arrays.length; i++) {
                statement.setArray(i + 1, connection.createArrayOf("text", arrays[i]));
            }
            List<String[]> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    String[] row = new String[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = result.getString(c + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    /** A single number from a query. */
    public static long number(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    public static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }
}
