package org.baoku.api;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.baoku.reading.ArchiveReader;
import org.baoku.reading.Views.ArticleDetail;
import org.baoku.reading.Views.ArticleSummary;
import org.baoku.reading.Views.ContributorSummary;
import org.baoku.reading.Views.IndexStatus;
import org.baoku.reading.Views.IssueSummary;
import org.baoku.reading.Views.IssueView;
import org.baoku.reading.Views.PageView;
import org.baoku.reading.Views.PublicationSummary;
import org.baoku.reading.Views.Slice;
import org.baoku.search.ArchiveSearch;
import org.baoku.search.ArticleIndexer;
import org.baoku.search.SearchResults;
import org.baoku.search.query.QueryParameters;
import org.baoku.search.query.SearchRequest;

/**
 * The archive for readers (role viewer): publications, issues, pages, articles with their stitched
 * stories, contributors, and full-text search. Query parameters arrive as text and are checked here, so
 * that a wrong one is a 400 that says why, never a 404 or 500 from conversion.
 */
@Path("/archive")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ArchiveResource {

    @Inject
    ArchiveReader reader;

    @Inject
    ArchiveSearch search;

    @Inject
    ArticleIndexer index;

    @GET
    @Path("/publications")
    public Slice<PublicationSummary> publications(@QueryParam("offset") String offset,
                                                  @QueryParam("limit") String limit) {
        Window window = Window.of(offset, limit);
        return reader.publications(window.offset(), window.limit());
    }

    @GET
    @Path("/publications/{id}/issues")
    public Slice<IssueSummary> issues(@PathParam("id") long id, @QueryParam("from") String from,
                                      @QueryParam("to") String to, @QueryParam("offset") String offset,
                                      @QueryParam("limit") String limit) {
        Window window = Window.of(offset, limit);
        LocalDate fromDate = QueryParameters.date("from", from);
        LocalDate toDate = QueryParameters.date("to", to);
        QueryParameters.checkPeriod(fromDate, toDate);
        return found(reader.issues(id, fromDate, toDate, window.offset(), window.limit()), "publication", id);
    }

    @GET
    @Path("/issues/{id}")
    public IssueView issue(@PathParam("id") long id) {
        return found(reader.issue(id), "issue", id);
    }

    @GET
    @Path("/pages/{id}")
    public PageView page(@PathParam("id") long id) {
        return found(reader.page(id), "page", id);
    }

    @GET
    @Path("/articles/{id}")
    public ArticleDetail article(@PathParam("id") long id) {
        return found(reader.article(id), "article", id);
    }

    @GET
    @Path("/contributors")
    public Slice<ContributorSummary> contributors(@QueryParam("name") String name,
                                                  @QueryParam("offset") String offset,
                                                  @QueryParam("limit") String limit) {
        Window window = Window.of(offset, limit);
        return reader.contributors(name, window.offset(), window.limit());
    }

    @GET
    @Path("/contributors/{id}/articles")
    public Slice<ArticleSummary> articlesOf(@PathParam("id") long id, @QueryParam("offset") String offset,
                                            @QueryParam("limit") String limit) {
        Window window = Window.of(offset, limit);
        return found(reader.articlesOf(id, window.offset(), window.limit()), "contributor", id);
    }

    @GET
    @Path("/search")
    public SearchResults search(@QueryParam("q") String q, @QueryParam("publication") String publication,
                                @QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("page") String page, @QueryParam("reporter") String reporter,
                                @QueryParam("sort") String sort, @QueryParam("offset") String offset,
                                @QueryParam("limit") String limit, @QueryParam("analysis") String analysis) {
        return search.search(SearchRequest.of(q, publication, from, to, page, reporter, sort, offset, limit,
                analysis));
    }

    /** The index against the archive: equal counts after every completed import or rebuild. */
    @GET
    @Path("/index")
    public IndexStatus index() {
        long documents = index.documents();
        long articles = index.currentArticles();
        return new IndexStatus(documents, articles, documents == articles);
    }

    private static <T> T found(Optional<T> value, String what, long id) {
        return value.orElseThrow(() -> new NotFoundException("no " + what + " with id " + id));
    }

}
