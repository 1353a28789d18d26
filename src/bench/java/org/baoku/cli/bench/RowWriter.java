package org.baoku.cli.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Where a raw pass's rows go: added one at a time per table, written and committed at the end of each
 * chunk, table by table in {@link RawInsertPass#COLUMNS}' order (the order of their foreign keys).
 */
abstract class RowWriter implements AutoCloseable {

    protected final Connection db;

    private RowWriter(Connection db) throws SQLException {
        this.db = db;
        db.setAutoCommit(false);
    }

    static RowWriter open(JdbcTarget database, RawInsertPass.Method method) throws SQLException {
        Connection db = database.open();
        try {
            return switch (method) {
                case JDBC_BATCH -> new JdbcBatches(db);
                case COPY_BINARY -> new BinaryCopies(db);
            };
        } catch (SQLException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    abstract void add(String table, Object[] values) throws SQLException;

    /** Writes what the chunk added and commits it. */
    abstract void endChunk() throws SQLException;

    @Override
    public void close() throws SQLException {
        db.close();
    }

    /** One prepared insert per table; a JDBC batch per table and chunk. */
    private static final class JdbcBatches extends RowWriter {

        private final Map<String, PreparedStatement> inserts = new LinkedHashMap<>();

        JdbcBatches(Connection db) throws SQLException {
            super(db);
            for (var table : RawInsertPass.COLUMNS.entrySet()) {
                inserts.put(table.getKey(), db.prepareStatement("insert into " + table.getKey() + " ("
                        + String.join(", ", table.getValue()) + ") values ("
                        + String.join(",", java.util.Collections.nCopies(table.getValue().size(), "?")) + ")"));
            }
        }

        @Override
        void add(String table, Object[] values) throws SQLException {
            PreparedStatement insert = inserts.get(table);
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    insert.setNull(i + 1, Types.NULL);
                } else {
                    insert.setObject(i + 1, values[i]);
                }
            }
            insert.addBatch();
        }

        @Override
        void endChunk() throws SQLException {
            for (PreparedStatement insert : inserts.values()) {
                insert.executeBatch();
            }
            db.commit();
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement insert : inserts.values()) {
                insert.close();
            }
            super.close();
        }
    }

    /** One binary {@code COPY} per table and chunk, the rows encoded on this side in the columns' types. */
    private static final class BinaryCopies extends RowWriter {

        private final CopyManager copies;
        private final Map<String, PgBinaryCopy> pending = new LinkedHashMap<>();

        BinaryCopies(Connection db) throws SQLException {
            super(db);
            copies = db.unwrap(PGConnection.class).getCopyAPI();
            for (var table : RawInsertPass.COLUMNS.entrySet()) {
                pending.put(table.getKey(), new PgBinaryCopy(columnTypes(db, table.getKey(), table.getValue())));
            }
        }

        @Override
        void add(String table, Object[] values) {
            pending.get(table).add(values);
        }

        @Override
        void endChunk() throws SQLException {
            for (var table : pending.entrySet()) {
                if (table.getValue().rows() == 0) {
                    continue;
                }
                String copy = "copy " + table.getKey() + " (" + String.join(", ", RawInsertPass.COLUMNS.get(table.getKey()))
                        + ") from stdin (format binary)";
                try {
                    copies.copyIn(copy, new ByteArrayInputStream(table.getValue().take()));
                } catch (IOException e) {
                    throw new SQLException(copy + " failed", e);
                }
            }
            db.commit();
        }

        /** The server's names of the columns' types ({@code int8}, {@code varchar}, …), in the given order. */
        static List<String> columnTypes(Connection db, String table, List<String> columns) throws SQLException {
            try (Statement query = db.createStatement();
                 ResultSet none = query.executeQuery("select " + String.join(", ", columns) + " from " + table
                         + " where false")) {
                ResultSetMetaData meta = none.getMetaData();
                List<String> types = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    types.add(meta.getColumnTypeName(i));
                }
                return types;
            }
        }
    }
}
