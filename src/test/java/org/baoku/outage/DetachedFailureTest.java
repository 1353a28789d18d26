package org.baoku.outage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class DetachedFailureTest {

    /** Stands for the driver's exception: a class the reader below cannot load. */
    static final class DriverException extends SQLException {
        DriverException(String message, String state) {
            super(message, state);
        }
    }

    /** Reads back as JBeret's job repository does, with a class loader that does not see the driver. */
    private static Object readBackWithoutTheDriver(Object stored) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(stored);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())) {
            @Override
            protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
                if (desc.getName().equals(DriverException.class.getName())) {
                    throw new ClassNotFoundException(desc.getName());
                }
                return super.resolveClass(desc);
            }
        }) {
            return in.readObject();
        }
    }

    @Test
    void anOutageThatEndedTheRetriesReadsBackWithItsWholeStory() throws Exception {
        Exception lost = new DatabaseOutageException("the database has been unreachable for 8 s, longer than the "
                + "job parameter 'outageLimitSeconds' (8 s) allows",
                new RuntimeException("Unable to acquire JDBC Connection",
                        new DriverException("FATAL: terminating connection due to administrator command", "57P01")));
        try {
            readBackWithoutTheDriver(lost);
            throw new AssertionError("the test's reader should not load the driver's class");
        } catch (ClassNotFoundException expected) {
            // what JBeret met: JBERET000653
        }

        Object read = readBackWithoutTheDriver(DetachedFailure.of(lost));

        DatabaseOutageException back = assertInstanceOf(DatabaseOutageException.class, read);
        assertNull(back.getCause());
        assertTrue(back.getMessage().startsWith("the database has been unreachable for 8 s"), back.getMessage());
        assertTrue(back.getMessage().contains("terminating connection due to administrator command"), back.getMessage());
        assertEquals(lost.getStackTrace()[0], back.getStackTrace()[0]);
    }

    @Test
    void anotherFailureStaysAnotherFailure() throws Exception {
        Exception lockTimeout = new RuntimeException("could not obtain lock",
                new DriverException("canceling statement due to lock timeout", "55P03"));
        Object read = readBackWithoutTheDriver(DetachedFailure.of(lockTimeout));
        IllegalStateException back = assertInstanceOf(IllegalStateException.class, read);
        assertTrue(back.getMessage().contains("lock timeout"), back.getMessage());
    }
}
