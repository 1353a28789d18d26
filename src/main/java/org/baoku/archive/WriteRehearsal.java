package org.baoku.archive;

import java.time.Instant;
import java.util.ArrayList;
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
import org.baoku.issuefile.Source;

/**
 * Writes readings into the archive exactly as the import does — into a manifest first, read back by
 * position as a partition's reader reads it, then as one chunk — in a transaction that is then rolled
 * back. The import's warm-up after deployment ({@code org.baoku.importjob.ImportWarmUp}) runs it so that
 * the JIT compilers have compiled the write path (Hibernate's queries and inserts, the JDBC driver, the
 * database's own code) before the first delivery, which on a freshly started server ran at less than half
 * the speed of a warm one (README: Performance).
 *
 * <p>Nothing of it can stay in the archive or hold up an import: every row, shared ones included, is
 * written in this one transaction (the shared rows' own short transactions are left out: see
 * {@link #archiveInThisTransaction}), and the rows that are unique across the archive — publication
 * titles, contributor names, the run's manifest positions and import records — are made this
 * rehearsal's own, so an import running meanwhile never waits on one of them.
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
        // the run's manifest, written as the scan writes it and read back as a partition's reader reads it
        Manifest manifest = new Manifest();
        manifest.em = em;
        List<ManifestEntry> entries = new ArrayList<>();
        for (File file : files) {
            Source source = file.reading().source();
            entries.add(new ManifestEntry(run.jobInstanceId(), entries.size() + 1, tag + "/" + file.path(), source.bytes(),
                    Instant.now(), source.sha256()));
        }
        manifest.append(entries);
        List<ManifestItem> items = manifest.pending(run.jobInstanceId(), 0, manifest.size(run.jobInstanceId()));
        ChunkRows chunk = archive.beginChunk(items.stream().map(ManifestItem::path).toList(),
                files.stream().map(file -> file.reading().issue()).toList(), new KnownContributors());
        for (ManifestItem item : items) {
            archive.store(run, item, files.get((int) item.position() - 1).reading(), null, chunk);
        }
        archive.completeChunk(chunk);
        beforeRollback.accept(chunk.articleChanges());
        transaction.setRollbackOnly();
        return chunk.inserts().size();
    }

    /**
     * The import's archive, wired by hand rather than by CDI (as is the manifest above): the shared rows'
     * creator then runs without its {@code REQUIRES_NEW} interceptor, inside this transaction, and their
     * titles and names carry the tag.
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
