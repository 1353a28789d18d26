package org.baoku.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.baoku.archive.ArticleEntity;
import org.baoku.archive.ArticleSearchFields;
import org.baoku.search.SearchHit.PublicationRef;
import org.baoku.search.SearchResults.FacetCount;
import org.baoku.search.analysis.CharacterBigramAnalyzer;
import org.baoku.search.analysis.QueryWords;
import org.baoku.search.query.QueryTerm;
import org.baoku.search.query.SearchRequest;
import org.baoku.search.query.SearchRequest.Analysis;

/**
 * Full-text search of current articles. Each term must match in headline, kicker, subtitle or body: as
 * the exact string (a phrase of character bigrams: names, rare words, OCR-damaged text, numbers and
 * punctuation as printed) or as all of its
 * words, segmented by smartcn when the query is read, each found as an exact string anywhere in the
 * article (a quoted phrase only the former). Headlines weigh most. Hits come with marked snippets
 * ({@link Snippets}, cut from the hits' bodies in the database) and facet counts from the index.
 */
@RequestScoped
public class ArchiveSearch {

    private static final AggregationKey<Map<String, Long>> BY_PUBLICATION = AggregationKey.of("publication");
    private static final AggregationKey<Map<Integer, Long>> BY_YEAR = AggregationKey.of("year");
    private static final AggregationKey<Map<String, Long>> BY_PAGE = AggregationKey.of("page");
    private static final AggregationKey<Map<String, Long>> BY_REPORTER = AggregationKey.of("reporter");
    private static final int FACET_VALUES = 20;
    private static final float EXACT_BOOST = 4f;

    @PersistenceContext(unitName = "archive")
    EntityManager em;

    public SearchResults search(SearchRequest request) {
        long start = System.nanoTime();
        SearchSession session = Search.session(em);
        SearchScope<ArticleEntity> scope = session.scope(ArticleEntity.class);
        SearchPredicate predicate = predicate(scope.predicate(), request);
        SearchResult<List<?>> result = session.search(scope)
                .select(f -> f.composite().from(
                        f.id(Long.class),
                        f.field(ArticleSearchFields.HEADLINE, String.class),
                        f.field(ArticleSearchFields.KICKER, String.class),
                        f.field(ArticleSearchFields.SUBTITLE, String.class),
                        f.field(ArticleSearchFields.DATE, LocalDate.class),
                        f.field(ArticleSearchFields.PUBLICATION_ID, Long.class),
                        f.field(ArticleSearchFields.PUBLICATION_TITLE, String.class),
                        f.field(ArticleSearchFields.ISSUE_ID, Long.class),
                        f.field(ArticleSearchFields.PAGE_ID, Long.class),
                        f.field(ArticleSearchFields.PAGE_LABEL, String.class),
                        f.field(ArticleSearchFields.REPORTER, String.class).multi()).asList())
                .where(predicate)
                .sort(f -> switch (request.order()) {
                    case RELEVANCE -> f.score().then().field(ArticleSearchFields.DATE).desc();
                    case DATE -> f.field(ArticleSearchFields.DATE).asc().then().score();
                    case DATE_DESC -> f.field(ArticleSearchFields.DATE).desc().then().score();
                })
                .aggregation(BY_PUBLICATION, f -> f.terms().field(ArticleSearchFields.PUBLICATION_TITLE, String.class)
                        .maxTermCount(FACET_VALUES))
                .aggregation(BY_YEAR, f -> f.terms().field(ArticleSearchFields.YEAR, Integer.class)
                        .maxTermCount(FACET_VALUES))
                .aggregation(BY_PAGE, f -> f.terms().field(ArticleSearchFields.PAGE_LABEL, String.class)
                        .maxTermCount(FACET_VALUES))
                .aggregation(BY_REPORTER, f -> f.terms().field(ArticleSearchFields.REPORTER, String.class)
                        .maxTermCount(FACET_VALUES))
                .fetch(request.offset(), request.limit());

        List<String> needles = Snippets.needles(request.query(), request.analysis());
        Map<Long, String> bodies = bodies(result.hits().stream().map(fields -> (Long) fields.get(0)).toList());
        List<SearchHit> hits = result.hits().stream()
                .map(fields -> hit(fields, Snippets.of(bodies.get((Long) fields.get(0)), needles))).toList();
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        facets.put("publication", counts(result.aggregation(BY_PUBLICATION)));
        facets.put("year", counts(result.aggregation(BY_YEAR)));
        facets.put("page", counts(result.aggregation(BY_PAGE)));
        facets.put("reporter", counts(result.aggregation(BY_REPORTER)));
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        return new SearchResults(request.text(), result.total().hitCount(), request.offset(), request.limit(),
                tookMs, hits, facets);
    }

    private static SearchPredicate predicate(SearchPredicateFactory f, SearchRequest request) {
        BooleanPredicateClausesStep<?> all = f.bool();
        if (request.query().required().isEmpty()) {
            all.must(f.matchAll());
        }
        for (QueryTerm term : request.query().required()) {
            all.must(matching(f, term, request.analysis()));
        }
        if (request.query().required().size() > 1) {
            // terms typed apart that stand together in an article (spaces are not in the index) rank first
            String together = request.query().required().stream().map(QueryTerm::text).collect(Collectors.joining());
            all.should(f.bool().must(string(f, together)).boost(EXACT_BOOST));
        }
        for (QueryTerm term : request.query().excluded()) {
            all.mustNot(matching(f, term, request.analysis()));
        }
        if (request.publication() != null) {
            all.filter(publication(f, request.publication()));
        }
        if (request.from() != null || request.to() != null) {
            all.filter(f.range().field(ArticleSearchFields.DATE).between(request.from(), request.to()));
        }
        if (request.pageLabel() != null) {
            all.filter(f.match().field(ArticleSearchFields.PAGE_LABEL).matching(request.pageLabel()));
        }
        if (request.reporter() != null) {
            all.filter(f.match().field(ArticleSearchFields.REPORTER).matching(request.reporter()));
        }
        return all.toPredicate();
    }

    /** One term in any text field: as the exact string, as all its words (each an exact string), or either. */
    private static PredicateFinalStep matching(SearchPredicateFactory f, QueryTerm term, Analysis analysis) {
        PredicateFinalStep exact = string(f, term.text());
        if (analysis == Analysis.BIGRAMS || term.phrase()) {
            return exact;
        }
        List<String> queryWords = QueryWords.of(term.text());
        if (queryWords.size() == 1 && CharacterBigramAnalyzer.searchable(queryWords.get(0))
                .equals(CharacterBigramAnalyzer.searchable(term.text()))) {
            return exact; // one word that is the whole term: the words would ask the index the same again
        }
        BooleanPredicateClausesStep<?> words = f.bool();
        queryWords.forEach(word -> words.must(string(f, word)));
        if (analysis == Analysis.WORDS) {
            return words;
        }
        // either; the exact string ranks above words found apart
        return f.bool().should(f.bool().must(exact).boost(EXACT_BOOST)).should(words);
    }

    /**
     * A string in headline, subtitle, kicker or body: a phrase of its bigrams; a single character, which
     * has none, as the first character of a bigram.
     */
    private static PredicateFinalStep string(SearchPredicateFactory f, String text) {
        String searchable = CharacterBigramAnalyzer.searchable(text);
        if (searchable.codePointCount(0, searchable.length()) == 1) {
            return f.wildcard()
                    .field(ArticleSearchFields.HEADLINE).boost(3f)
                    .field(ArticleSearchFields.SUBTITLE).boost(2f)
                    .field(ArticleSearchFields.KICKER).boost(1.5f)
                    .field(ArticleSearchFields.BODY)
                    .matching(searchable.replaceAll("([*?\\\\])", "\\\\$1") + "*");
        }
        return f.phrase()
                .field(ArticleSearchFields.HEADLINE).boost(3f)
                .field(ArticleSearchFields.SUBTITLE).boost(2f)
                .field(ArticleSearchFields.KICKER).boost(1.5f)
                .field(ArticleSearchFields.BODY)
                .matching(text);
    }

    private static PredicateFinalStep publication(SearchPredicateFactory f, String publication) {
        if (publication.chars().allMatch(Character::isDigit) && publication.length() < 19) {
            return f.match().field(ArticleSearchFields.PUBLICATION_ID).matching(Long.parseLong(publication));
        }
        return f.match().field(ArticleSearchFields.PUBLICATION_TITLE).matching(publication);
    }

    /** The bodies of a page of hits, in one query. */
    private Map<Long, String> bodies(List<Long> ids) {
        Map<Long, String> bodies = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select a.id, a.body from Article a where a.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(row -> bodies.put((Long) row[0], (String) row[1]));
        }
        return bodies;
    }

    @SuppressWarnings("unchecked")
    private static SearchHit hit(List<?> fields, List<String> snippets) {
        return new SearchHit((Long) fields.get(0), (String) fields.get(1), (String) fields.get(2),
                (String) fields.get(3), (LocalDate) fields.get(4),
                new PublicationRef((Long) fields.get(5), (String) fields.get(6)), (Long) fields.get(7),
                (Long) fields.get(8), (String) fields.get(9), (List<String>) fields.get(10),
                snippets);
    }

    private static <K> List<FacetCount> counts(Map<K, Long> counts) {
        List<FacetCount> list = new ArrayList<>(counts.size());
        counts.forEach((value, count) -> list.add(new FacetCount(String.valueOf(value), count)));
        return list;
    }
}
