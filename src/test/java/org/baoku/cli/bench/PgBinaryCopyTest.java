package org.baoku.cli.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The bytes of PostgreSQL's binary COPY format; {@link RawInsertPassTest} sends them to a real server. */
class PgBinaryCopyTest {

    @Test
    void encodesSignatureRowsAndTrailerInTheColumnsTypes() throws Exception {
        PgBinaryCopy copy = new PgBinaryCopy(List.of("int8", "int4", "varchar", "bool", "date", "timestamptz"));
        copy.add(7, 3L, "报库", true, LocalDate.of(2000, 1, 2), Timestamp.from(Instant.parse("2000-01-01T00:00:01Z")));
        copy.add(8L, null, null, false, java.sql.Date.valueOf("1999-12-31"), Instant.parse("1999-12-31T23:59:59Z"));

        DataInputStream in = new DataInputStream(new ByteArrayInputStream(copy.take()));
        byte[] signature = new byte[11];
        in.readFully(signature);
        assertArrayEquals(new byte[] {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0}, signature);
        assertEquals(0, in.readInt(), "flags");
        assertEquals(0, in.readInt(), "header extension");

        assertEquals(6, in.readShort());
        assertEquals(8, in.readInt());
        assertEquals(7L, in.readLong(), "an int widened to int8");
        assertEquals(4, in.readInt());
        assertEquals(3, in.readInt(), "a long narrowed to int4");
        byte[] text = "报库".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(text.length, in.readInt());
        byte[] read = new byte[text.length];
        in.readFully(read);
        assertArrayEquals(text, read, "UTF-8");
        assertEquals(1, in.readInt());
        assertEquals(1, in.readByte());
        assertEquals(4, in.readInt());
        assertEquals(1, in.readInt(), "days since 2000-01-01");
        assertEquals(8, in.readInt());
        assertEquals(1_000_000L, in.readLong(), "microseconds since 2000-01-01 UTC");

        assertEquals(6, in.readShort());
        assertEquals(8, in.readInt());
        assertEquals(8L, in.readLong());
        assertEquals(-1, in.readInt(), "null");
        assertEquals(-1, in.readInt(), "null");
        assertEquals(1, in.readInt());
        assertEquals(0, in.readByte());
        assertEquals(4, in.readInt());
        assertEquals(-1, in.readInt(), "before the epoch");
        assertEquals(8, in.readInt());
        assertEquals(-1_000_000L, in.readLong());

        assertEquals(-1, in.readShort(), "trailer");
        assertEquals(-1, in.read(), "nothing after the trailer");
    }

    @Test
    void takingStartsTheNextStreamWithItsOwnHeader() {
        PgBinaryCopy copy = new PgBinaryCopy(List.of("int8"));
        copy.add(1L);
        assertEquals(1, copy.rows());
        byte[] first = copy.take();
        assertEquals(0, copy.rows());
        copy.add(1L);
        assertArrayEquals(first, copy.take());
        assertEquals(19 + 2 + 4 + 8 + 2, first.length);
        assertEquals(19 + 2, copy.take().length, "an empty stream: header and trailer");
    }

    @Test
    void refusesRowsOfTheWrongWidthAndTypesWithoutABinaryForm() {
        PgBinaryCopy copy = new PgBinaryCopy(List.of("int8", "jsonb"));
        assertThrows(IllegalArgumentException.class, () -> copy.add(1L));
        assertThrows(IllegalArgumentException.class, () -> copy.add(1L, "{}"));
    }
}
