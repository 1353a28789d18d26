package org.baoku.importjob;

import java.util.logging.Logger;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.baoku.archive.TableStatistics;

/**
 * Before the steps that read back what the import wrote: the database's statistics of those tables (see
 * {@link TableStatistics}). A failure is logged and the step goes on: stale statistics make it slower, not wrong.
 */
@Named
@Dependent
public class TableStatisticsListener extends AbstractStepListener {

    private static final Logger LOG = Logger.getLogger(TableStatisticsListener.class.getName());

    @Inject
    TableStatistics statistics;

    @Override
    public void beforeStep() {
        long started = System.nanoTime();
        try {
            if (statistics.refreshAfterImport()) {
                LOG.fine(() -> String.format("imported tables analysed in %.1f s", (System.nanoTime() - started) / 1e9));
            }
        } catch (RuntimeException e) {
            LOG.warning("could not analyse the imported tables (the next steps may read them slowly): " + e);
        }
    }
}
