// Full-text search of the archive: the search form, hits with their matches highlighted, facet counts
// (a click adds the filter), active filters (a click removes them), sort and paging. The search is the
// address, #search?q=…&publication=…, so a search can be bookmarked, shared and gone back to.

import {api, h, number} from './common.js';
import {heading, zh} from './archive-text.js';
import {snippetNodes} from './snippet.js';

const PAGE_SIZE = 20;
const FILTERS = ['publication', 'page', 'reporter', 'from', 'to'];
const FACETS = [['publication', 'Publication'], ['year', 'Year'], ['page', 'Page'], ['reporter', 'Reporter']];
const PARAMETERS = ['q', ...FILTERS, 'sort', 'offset'];

/** The address of a search: only the parameters that say something, in a fixed order. */
export function searchHash(parameters) {
    const kept = new URLSearchParams();
    for (const name of PARAMETERS) {
        const value = parameters.get(name);
        if (value != null && value !== '' && !(name === 'sort' && value === 'relevance') && !(name === 'offset' && value === '0')) {
            kept.set(name, value);
        }
    }
    return `#search?${kept}`;
}

/** A copy of the search with some parameters changed (null removes one); back to the first page. */
function changed(parameters, changes) {
    const next = new URLSearchParams(parameters);
    next.delete('offset');
    for (const [name, value] of Object.entries(changes)) {
        if (value == null) next.delete(name);
        else next.set(name, value);
    }
    return searchHash(next);
}

function currentSearch() {
    const match = /^#search(?:\?(.*))?$/.exec(location.hash);
    return match ? new URLSearchParams(match[1] ?? '') : null;
}

export function bindSearchForm(form) {
    form.addEventListener('submit', (event) => {
        event.preventDefault();
        // the facet filters chosen so far stay: a new query narrows the same part of the archive
        const parameters = currentSearch() ?? new URLSearchParams();
        for (const name of ['q', 'from', 'to', 'sort']) {
            parameters.set(name, form.elements[name].value.trim());
        }
        parameters.delete('offset');
        const hash = searchHash(parameters);
        if (location.hash === hash) window.dispatchEvent(new HashChangeEvent('hashchange')); // the same search again
        else location.hash = hash;
    });
    form.elements.sort.addEventListener('change', () => form.requestSubmit());
}

/** Shows the search of the address in the form (the form keeps what was typed elsewhere). */
export function showSearchForm() {
    const parameters = currentSearch();
    if (parameters === null) return;
    const form = document.getElementById('search-form');
    for (const name of ['q', 'from', 'to']) form.elements[name].value = parameters.get(name) ?? '';
    form.elements.sort.value = parameters.get('sort') || 'relevance';
}

// ------------------------------------------------------------------------------------------- views

function activeFilters(parameters) {
    const chips = [];
    const remove = (label, value, changes, key) => chips.push(h('li', {'data-filter': key},
        h('a', {href: changed(parameters, changes), class: 'chip', title: `Remove the filter ${label}: ${value}`},
            `${label}: `, zh('span', {class: 'value'}, value), h('span', {'aria-hidden': 'true'}, ' ×'),
            h('span', {class: 'visually-hidden'}, ' (remove)'))));
    for (const [name, label] of [['publication', 'Publication'], ['page', 'Page'], ['reporter', 'Reporter']]) {
        if (parameters.get(name)) remove(label, parameters.get(name), {[name]: null}, name);
    }
    const from = parameters.get('from');
    const to = parameters.get('to');
    if (from || to) remove('Dates', `${from || '…'} – ${to || '…'}`, {from: null, to: null}, 'dates');
    return chips.length ? h('ul', {id: 'active-filters', class: 'chips', 'aria-label': 'Active filters'}, chips) : null;
}

function facetChanges(facet, value) {
    return facet === 'year' ? {from: `${value}-01-01`, to: `${value}-12-31`} : {[facet]: value};
}

function isActive(parameters, facet, value) {
    if (facet === 'year') return parameters.get('from') === `${value}-01-01` && parameters.get('to') === `${value}-12-31`;
    return parameters.get(facet) === value;
}

function facetsAside(parameters, facets) {
    return h('aside', {id: 'facets', class: 'facets', 'aria-label': 'Narrow the search'},
        FACETS.map(([facet, label]) => {
            const values = (facets ?? {})[facet] ?? [];
            if (values.length === 0) return null;
            return h('section', {class: 'facet', 'data-facet': facet},
                h('h3', {}, label),
                h('ul', {}, values.map(({value, count}) => {
                    const active = isActive(parameters, facet, value);
                    return h('li', {'data-facet': facet, 'data-value': value, 'data-count': count, class: active ? 'active' : null},
                        active ? h('span', {class: 'facet-value', 'aria-current': 'true'}, zh('span', {}, value))
                            : h('a', {href: changed(parameters, facetChanges(facet, value)), class: 'facet-value'},
                                zh('span', {}, value)),
                        ' ', h('span', {class: 'count'}, number(count)));
                })));
        }));
}

function hitItem(hit) {
    return h('li', {class: 'hit', 'data-article-id': hit.articleId},
        hit.kicker ? zh('p', {class: 'kicker'}, hit.kicker) : null,
        h('h3', {class: 'hit-headline'}, zh('a', {href: `#article-${hit.articleId}`}, hit.headline ?? '(no headline)')),
        hit.subtitle ? zh('p', {class: 'subtitle'}, `——${hit.subtitle}`) : null,
        h('p', {class: 'hit-meta'},
            h('a', {href: `#issue-${hit.issueId}`}, zh('span', {}, hit.publication.title), ` ${hit.date}`), ' · ',
            h('a', {href: `#page-${hit.pageId}`}, `page ${hit.pageLabel}`),
            (hit.reporters ?? []).length ? [' · ', zh('span', {class: 'reporters'}, hit.reporters.join('、'))] : null),
        (hit.snippets ?? []).map((s) => zh('p', {class: 'snippet'}, snippetNodes(s))));
}

function pager(parameters, result) {
    const offset = result.offset;
    const shownTo = offset + result.hits.length;
    const page = (label, target, rel) => {
        const next = new URLSearchParams(parameters);
        next.set('offset', String(target));
        return h('a', {href: searchHash(next), rel, class: rel}, label);
    };
    return h('nav', {class: 'pager', 'aria-label': 'Pages of hits'},
        offset > 0 ? page(`‹ previous ${PAGE_SIZE}`, Math.max(0, offset - PAGE_SIZE), 'prev') : null,
        h('span', {id: 'hit-range'}, result.total === 0 ? 'no hits'
            : `hits ${number(offset + 1)}–${number(shownTo)} of ${number(result.total)}`),
        shownTo < result.total ? page(`next ${PAGE_SIZE} ›`, offset + PAGE_SIZE, 'next') : null);
}

function syntaxHelp() {
    return h('p', {class: 'hint syntax'}, 'Words separated by spaces must all occur; ', zh('code', {}, '"城际铁路"'),
        ' finds a phrase; ', zh('code', {}, '-天气'), ' excludes a word. Chinese needs no spaces: ',
        zh('code', {}, '经济发展'), ' finds the words and the exact string.');
}

export async function searchView(parameters) {
    const query = parameters.get('q') ?? '';
    const title = query ? `Search: ${query}` : 'Search';
    if (!query && !FILTERS.some((name) => parameters.get(name))) {
        return {view: 'search', title, trail: [['Search', null]],
            children: [heading('Search the archive'), syntaxHelp()]};
    }
    const request = new URLSearchParams();
    for (const name of PARAMETERS) {
        if (parameters.get(name)) request.set(name, parameters.get(name));
    }
    request.set('q', query);
    request.set('limit', String(PAGE_SIZE));
    const result = await api(`archive/search?${request}`);
    return {
        view: 'search', title, trail: [['Search', null]],
        children: [
            heading(query ? ['Search: ', zh('span', {class: 'query'}, query)] : 'Search'),
            activeFilters(parameters),
            h('p', {id: 'search-summary', class: 'hint', 'data-total': result.total},
                `${number(result.total)} ${result.total === 1 ? 'article' : 'articles'}`, result.tookMs != null ? ` (${result.tookMs} ms)` : '', '.'),
            h('div', {class: 'search-results'},
                facetsAside(parameters, result.facets),
                h('div', {class: 'hits-column'},
                    result.hits.length ? h('ol', {id: 'hits', class: 'hits', start: result.offset + 1}, result.hits.map(hitItem))
                        : h('p', {id: 'hits', class: 'hint'}, 'No article matches.'),
                    pager(parameters, result))),
        ],
    };
}
