package org.baoku.cli.bench;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Rows of one table in PostgreSQL's binary {@code COPY} format ("Binary Format" in the {@code COPY}
 * reference): a signature and two zero words, then per row a field count and each field as its
 * length and the type's binary send form, then {@code -1}. Each column's type is named as the server
 * names it ({@code int8}, {@code varchar}, …), so that a Java {@code int} lands in an {@code int8} column
 * as eight bytes.
 */
final class PgBinaryCopy {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
    /** PostgreSQL counts dates and timestamps from 2000-01-01 (UTC for {@code timestamptz}). */
    private static final LocalDate EPOCH_DAY = LocalDate.of(2000, 1, 1);
    private static final Instant EPOCH = Instant.parse("2000-01-01T00:00:00Z");

    private final List<String> types;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    private final DataOutputStream out = new DataOutputStream(bytes);
    private int rows;

    /** @param types the columns' type names, in the order each row gives its values */
    PgBinaryCopy(List<String> types) {
        this.types = List.copyOf(types);
        header();
    }

    void add(Object... values) {
        if (values.length != types.size()) {
            throw new IllegalArgumentException(values.length + " values for " + types.size() + " columns");
        }
        try {
            out.writeShort(values.length);
            for (int i = 0; i < values.length; i++) {
                field(types.get(i), values[i]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        rows++;
    }

    int rows() {
        return rows;
    }

    /** The rows added since the last call, with the trailer; the next rows start a new stream. */
    byte[] take() {
        try {
            out.writeShort(-1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] stream = bytes.toByteArray();
        bytes.reset();
        rows = 0;
        header();
        return stream;
    }

    private void header() {
        bytes.writeBytes(SIGNATURE);
        bytes.writeBytes(new byte[8]); // flags (no OIDs), header extension length
    }

    private void field(String type, Object value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        switch (type) {
            case "int8" -> {
                out.writeInt(8);
                out.writeLong(((Number) value).longValue());
            }
            case "int4" -> {
                out.writeInt(4);
                out.writeInt(((Number) value).intValue());
            }
            case "int2" -> {
                out.writeInt(2);
                out.writeShort(((Number) value).shortValue());
            }
            case "bool" -> {
                out.writeInt(1);
                out.writeByte((Boolean) value ? 1 : 0);
            }
            case "float8" -> {
                out.writeInt(8);
                out.writeDouble(((Number) value).doubleValue());
            }
            case "varchar", "text", "bpchar" -> {
                byte[] text = value.toString().getBytes(StandardCharsets.UTF_8);
                out.writeInt(text.length);
                out.write(text);
            }
            case "date" -> {
                LocalDate day = value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
                out.writeInt(4);
                out.writeInt((int) ChronoUnit.DAYS.between(EPOCH_DAY, day));
            }
            case "timestamptz" -> {
                Instant instant = value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
                out.writeInt(8);
                out.writeLong(ChronoUnit.MICROS.between(EPOCH, instant));
            }
            default -> throw new IllegalArgumentException("no binary COPY form for column type " + type);
        }
    }
}
