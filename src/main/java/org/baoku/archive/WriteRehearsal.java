package org.baoku.archive;

import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.baoku.issuefile.ParseResult;

/**
 * Writes readings into the archive exactly as a chunk of the import does, in a transaction that is then
 * rolled back: the import's warm-up after deployment ({@code org.baoku.importjob.ImportWarmUp}) runs it
 * so that the JIT compilers have compiled the write path (Hibernate's inserts, the JDBC driver, the
 * chunk's lookups) before the first delivery, which on a freshly started server ran at less than half
 * the speed of a warm one (README: Performance).
 *
 * <p>Nothing of it can stay in the archive or hold up an import: every row, shared ones included, is
 * written in this one transaction (the shared rows' own short transactions are left out: see
 * {@link #archiveInThisTransaction}), and the rows that are unique across the archive — publication
 * titles, contributor names, the run's manifest positions — are made this rehearsal's own, so an import
 * running meanwhile never waits on one of them.
 */
@Dependent
public class WriteRehearsal {

    @PersistenceContext(unitName = "archive")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** A file to write: its path in a delivery and its reading. */
    public record File(String path, ParseResult reading) {
    }

    /**
     * Stores the files as one chunk, flushes and inserts its rows, gives the chunk's article changes to
     * {@code beforeRollback} (the search documents are built from them), and rolls everything back.
     *
     * @return the rows the chunk inserted through its stateless session (pages, articles, contributors of
     *         articles, guide entries, findings, import records)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int writeAndRollBack(List<File> files, Consumer<ArticleChanges> beforeRollback) {
        transaction.registerInterposedSynchronization(new RollbackOnlyCheck(transaction));
        String tag = "warm-up " + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        // a negative run id, never a job instance's: the import records' unique (run, position) is this rehearsal's
        ImportRun run = new ImportRun(-1 - ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), -1);
        PageArchive archive = archiveInThisTransaction(tag);
        em.setFlushMode(FlushModeType.COMMIT);
        List<String> paths = files.stream().map(file -> tag + "/" + file.path()).toList();
        ChunkRows chunk = archive.beginChunk(paths, files.stream().map(file -> file.reading().issue()).toList(),
                new KnownContributors());
        for (int i = 0; i < files.size(); i++) {
            ParseResult reading = files.get(i).reading();
            ManifestItem item = new ManifestItem(i, paths.get(i), reading.source().bytes(), reading.source().sha256(), null);
            archive.store(run, item, reading, null, chunk);
        }
        archive.completeChunk(chunk);
        beforeRollback.accept(chunk.articleChanges());
        transaction.setRollbackOnly();
        return chunk.inserts().size();
    }

    /**
     * The import's archive, wired by hand rather than by CDI: the shared rows' creator then runs without its
     * {@code REQUIRES_NEW} interceptor, inside this transaction, and their titles and names carry the tag.
     */
    private PageArchive archiveInThisTransaction(String tag) {
        ReferenceRows creator = new ReferenceRows();
        creator.em = em;
        SharedRows shared = new TaggedSharedRows(tag);
        shared.em = em;
        shared.creator = creator;
        IssueResolver issues = new IssueResolver();
        issues.em = em;
        issues.shared = shared;
        PageArchive archive = new PageArchive();
        archive.em = em;
        archive.issues = issues;
        archive.shared = shared;
        return archive;
    }

    /** Shared rows under names of their own: a real title or reporter is never locked by a rehearsal. */
    private static final class TaggedSharedRows extends SharedRows {

        private final String tag;

        TaggedSharedRows(String tag) {
            this.tag = tag;
        }

        @Override
        public Publication publication(String title) {
            return super.publication(tagged(title, 200));
        }

        @Override
        public Contributor contributor(String name) {
            return super.contributor(tagged(name, 100));
        }

        private String tagged(String name, int limit) {
            String tagged = tag + " " + name;
            return tagged.length() <= limit ? tagged : tagged.substring(0, limit);
        }
    }

    /** Fails loudly, before the commit, should the rehearsal ever reach one without being marked for rollback. */
    private record RollbackOnlyCheck(TransactionSynchronizationRegistry transaction) implements Synchronization {

        @Override
        public void beforeCompletion() {
            if (transaction.getTransactionStatus() != Status.STATUS_MARKED_ROLLBACK) {
                throw new IllegalStateException("a write rehearsal is never committed");
            }
        }

        @Override
        public void afterCompletion(int status) {
        }
    }
}
