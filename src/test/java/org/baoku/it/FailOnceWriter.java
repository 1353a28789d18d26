package org.baoku.it;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.Priority;
import jakarta.batch.api.chunk.ItemWriter;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.LockTimeoutException;

/**
 * Test-only decorator of the import's writer: when armed, it lets one chunk be written to the real
 * archive and then fails it with the lock timeout a busy database raises, so the chunk must be rolled
 * back and retried. Only the deployment of {@link ImportRobustnessIT} contains it.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class FailOnceWriter implements ItemWriter {

    static final AtomicBoolean ARMED = new AtomicBoolean();
    static final AtomicInteger FAILURES = new AtomicInteger();

    @Inject
    @Delegate
    @Any
    ItemWriter writer;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        writer.writeItems(items);
        if (ARMED.compareAndSet(true, false)) {
            FAILURES.incrementAndGet();
            throw new LockTimeoutException("injected by the test after the chunk's rows were written");
        }
    }
}
