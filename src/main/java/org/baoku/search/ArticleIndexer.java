package org.baoku.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;

import org.hibernate.jpa.HibernateHints;
import org.hibernate.jpa.SpecHints;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;

import org.baoku.archive.ArticleChanges;
import org.baoku.archive.ArticleEntity;

/**
 * Keeps the article index equal to the archive, a few pages at a time, in the caller's transaction: the
 * current revision's articles are (re)written, the articles of revisions it superseded are removed (and
 * so are superseded revisions of article files, which stay on their page). Writing
 * a document again replaces it (the document id is the article id), so indexing pages twice — after a
 * restart — leaves each article once.
 *
 * <p>{@link #indexPages} returns when the documents are built and handed to the backend, after the
 * previous call's have been taken by Lucene (a failure of either is thrown, not logged): the caller reads
 * and builds the next pages' documents while the backend's threads analyse and write this chunk's, instead
 * of the two taking turns (the step kept 1.48 of two cores busy). {@link #awaitIndexed()} waits for the
 * last ones. Nothing is committed to disk per chunk: committing every chunk made each wait for the
 * backend's next commit (every second by default; 20 s of a 10,000-page run). The jobs
 * {@link #commit() commit} when their step ends, and after a crash index their pages again from the start
 * rather than from a checkpoint that may be ahead of the last commit.
 */
@Dependent
public class ArticleIndexer {

    /**
     * How long a chunk waits for the backend to write the previous one's documents (normally well under a
     * second) before it fails: a backend that stopped answering fails the step, which can be restarted, rather
     * than keeping a batch thread — and the server's shutdown, which waits for it — forever.
     */
    static final Duration BACKEND_BOUND = Duration.ofMinutes(5);

    /** The changes of the last {@link #indexPages} call, until the backend has applied them. */
    private CompletableFuture<?> pending = CompletableFuture.completedFuture(null);

    /** Gives the future of the backend's work to {@code future}; no commit, no refresh. */
    private static IndexingPlanSynchronizationStrategy handedOver(Consumer<CompletableFuture<?>> future) {
        return context -> {
            context.documentCommitStrategy(DocumentCommitStrategy.NONE);
            context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
            context.indexingFutureHandler(indexed -> future.accept(indexed.thenAccept(report -> report.throwable()
                    .ifPresent(failure -> {
                        throw new IllegalStateException("the search index refused articles: " + failure, failure);
                    }))));
        };
    }

    @PersistenceContext(unitName = "archive")
    EntityManager em;

    @PersistenceUnit(unitName = "archive")
    EntityManagerFactory emf;

    /** The articles of the older revisions of these pages' files (a page of revision 1 replaced none). */
    private List<Long> articlesOfRevisionsReplacedBy(List<Long> pageIds) {
        List<String> paths = em.createQuery("select p.sourcePath from Page p where p.id in :pages and p.revision > 1",
                String.class).setParameter("pages", pageIds).getResultList();
        if (paths.isEmpty()) {
            return List.of();
        }
        List<Long> older = em.createQuery("select p.id from Page p where p.sourcePath in :paths "
                + "and p.superseded = true", Long.class).setParameter("paths", paths).getResultList();
        return older.isEmpty() ? List.of() : em.createQuery("select a.id from Article a where a.page.id in :pages",
                Long.class).setParameter("pages", older).getResultList();
    }

    public void indexPages(List<Long> pageIds) {
        if (pageIds.isEmpty()) {
            return;
        }
        // by the article table's page index; a condition on the page in the same query made H2 scan every
        // article once per chunk (81 s of a 100,000-page rebuild)
        List<ArticleEntity> articles = em.createQuery("select a from Article a where a.page.id in :pages",
                        ArticleEntity.class)
                .setParameter("pages", pageIds)
                .setHint(SpecHints.HINT_SPEC_FETCH_GRAPH, documentGraph())
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
        List<ArticleEntity> current = articles.stream().filter(ArticleEntity::isCurrent).toList();
        List<Long> stale = new ArrayList<>(articles.stream().filter(a -> !a.isCurrent()).map(ArticleEntity::getId)
                .toList());
        stale.addAll(articlesOfRevisionsReplacedBy(pageIds));

        SearchSession search = Search.session(em);
        List<CompletableFuture<?>> indexed = new ArrayList<>(1);
        search.indexingPlanSynchronizationStrategy(handedOver(indexed::add));
        SearchIndexingPlan plan = search.indexingPlan();
        current.forEach(plan::addOrUpdate);
        stale.forEach(id -> plan.purge(ArticleEntity.class, id, null));
        plan.execute();
        CompletableFuture<?> previous = pending;
        pending = indexed.isEmpty() ? CompletableFuture.completedFuture(null) : indexed.get(0);
        await(previous);
    }

    /**
     * Builds the search documents of a chunk's new articles, as its commit would, and hands none to the
     * backend: for the import's warm-up, whose transaction is rolled back and discards them
     * ({@code org.baoku.archive.WriteRehearsal}).
     */
    public void buildDocuments(ArticleChanges changes) {
        SearchIndexingPlan plan = Search.session(em).indexingPlan();
        changes.added().forEach(plan::addOrUpdate);
        plan.process();
    }

    /**
     * Has a chunk's changed articles written into the index when the caller's transaction commits, from
     * the entities the chunk stored (nothing is read again): the documents are built as the transaction
     * completes and handed to the backend once it has committed; when it rolls back, nothing is. The
     * backend's work is given to {@code handedOver} (it fails when the backend does); nothing waits for it.
     */
    public void indexOnCommit(ArticleChanges changes, Consumer<CompletableFuture<?>> handedOver) {
        if (changes.isEmpty()) {
            return;
        }
        SearchSession search = Search.session(em);
        search.indexingPlanSynchronizationStrategy(handedOver(handedOver));
        SearchIndexingPlan plan = search.indexingPlan();
        changes.added().forEach(plan::addOrUpdate);
        List<Long> stale = new ArrayList<>(changes.supersededArticles());
        if (!changes.supersededPages().isEmpty()) {
            stale.addAll(em.createQuery("select a.id from Article a where a.page.id in :pages", Long.class)
                    .setParameter("pages", changes.supersededPages()).getResultList());
        }
        stale.forEach(id -> plan.purge(ArticleEntity.class, id, null));
    }

    /** Waits until the backend has applied what {@link #indexPages} handed it last; throws its failure. */
    public void awaitIndexed() {
        CompletableFuture<?> last = pending;
        pending = CompletableFuture.completedFuture(null);
        await(last);
    }

    private static void await(CompletableFuture<?> indexed) {
        try {
            indexed.get(BACKEND_BOUND.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the search index has not written the articles it was given within "
                    + BACKEND_BOUND.toMinutes() + " minutes", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopped while the search index wrote articles", e);
        }
    }

    /** What an article's document copies from other rows, fetched with the articles in one query. */
    private EntityGraph<ArticleEntity> documentGraph() {
        EntityGraph<ArticleEntity> graph = em.createEntityGraph(ArticleEntity.class);
        graph.addSubgraph("page").addSubgraph("issue").addAttributeNodes("publication");
        graph.addSubgraph("contributors").addAttributeNodes("contributor");
        return graph;
    }

    /** Commits what was indexed to disk (and makes it visible to searches); needs no transaction. */
    public void commit() {
        var workspace = Search.mapping(emf).scope(ArticleEntity.class).workspace();
        workspace.flush();
        workspace.refresh();
    }

    /** Empties the index (before a rebuild), committed to disk when this returns. */
    public void clear() {
        var workspace = Search.session(em).workspace(ArticleEntity.class);
        workspace.purge();
        workspace.flush();
    }

    /** Documents in the index. */
    public long documents() {
        return Search.session(em).search(ArticleEntity.class).where(f -> f.matchAll()).fetchTotalHitCount();
    }

    /** Articles of current page revisions: what the index should hold. */
    public long currentArticles() {
        return em.createQuery("select count(a) from Article a where a.page.superseded = false "
                        + "and a.superseded = false", Long.class)
                .getSingleResult();
    }
}
