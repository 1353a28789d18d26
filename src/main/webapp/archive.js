// The dashboard's Archive view: which view the address (#…) asks for, and the frame every archive page
// is drawn into. The operations view keeps #execution-N (and an empty address); everything else below
// belongs to the archive:
//   #archive             publications            #publication-1[?month=2024-03]  a calendar of issues
//   #issue-7             masthead, pages, 导读     #page-31                        articles and findings
//   #article-123         the stitched story       #search?q=…&from=…&to=…&publication=…&page=…&reporter=…&sort=…&offset=…

import {h} from './common.js';
import {calendarView, issueView, publicationsView} from './archive-browse.js';
import {articleView, pageView} from './archive-article.js';
import {bindSearchForm, searchView, showSearchForm} from './archive-search.js';

const ROUTES = [
    [/^#archive$/, () => publicationsView()],
    [/^#publication-(\d+)(?:\?(.*))?$/, (m) => calendarView(Number(m[1]), new URLSearchParams(m[2] ?? ''))],
    [/^#issue-(\d+)$/, (m) => issueView(Number(m[1]))],
    [/^#page-(\d+)$/, (m) => pageView(Number(m[1]))],
    [/^#article-(\d+)$/, (m) => articleView(Number(m[1]))],
    [/^#search(?:\?(.*))?$/, (m) => searchView(new URLSearchParams(m[1] ?? ''))],
];

let current = 0; // the latest navigation: an older one still loading must not draw over it

function archiveRoute(hash) {
    for (const [pattern, view] of ROUTES) {
        const match = pattern.exec(hash);
        if (match) return () => view(match);
    }
    return null;
}

function showView(archive) {
    document.getElementById('archive-view').hidden = !archive;
    document.getElementById('operations-view').hidden = archive;
    for (const [id, on] of [['tab-archive', archive], ['tab-operations', !archive]]) {
        const tab = document.getElementById(id);
        if (on) tab.setAttribute('aria-current', 'page');
        else tab.removeAttribute('aria-current');
    }
}

function trail(steps) {
    const nav = document.getElementById('archive-trail');
    const items = [['Archive', '#archive'], ...steps];
    nav.replaceChildren(h('ol', {}, items.map(([label, href], i) => h('li', {},
        i === items.length - 1 ? h('span', {'aria-current': 'page', lang: /[\u3400-\u9fff]/.test(label) ? 'zh' : null}, label)
            : h('a', {href, lang: /[\u3400-\u9fff]/.test(label) ? 'zh' : null}, label)))));
}

function showError(text) {
    const box = document.getElementById('archive-message');
    box.textContent = text;
    box.hidden = text === null;
}

/**
 * Draws one archive view. A view is an async function answering
 * {view, id, title, trail: [[label, href]…], children: [nodes…]}; the content section carries its
 * data-view, data-id and data-state (loading, ready, error) for people and tests alike.
 */
async function navigate(firstLoad) {
    const route = archiveRoute(location.hash);
    showView(route !== null);
    if (route === null) return;
    const navigation = ++current;
    const content = document.getElementById('archive-content');
    content.dataset.state = 'loading';
    content.setAttribute('aria-busy', 'true');
    showSearchForm(location.hash);
    try {
        const drawn = await route();
        if (navigation !== current) return;
        showError(null);
        content.replaceChildren(...drawn.children.flat().filter((child) => child != null && child !== false));
        content.dataset.view = drawn.view;
        content.dataset.id = drawn.id ?? '';
        trail(drawn.trail ?? []);
        document.title = `${drawn.title} — 报库 baoku`;
        content.dataset.state = 'ready';
        // keyboard and screen-reader users land on what they asked for, not at the top of the page
        if (!firstLoad) content.querySelector('h2')?.focus({preventScroll: false});
    } catch (e) {
        if (navigation !== current) return;
        showError(e.status === 404 ? `Not in the archive: ${e.message}` : `Cannot read the archive: ${e.message}`);
        content.replaceChildren();
        trail([]);
        content.dataset.view = 'error';
        content.dataset.state = 'error';
    } finally {
        if (navigation === current) content.removeAttribute('aria-busy');
    }
}

bindSearchForm(document.getElementById('search-form'));
window.addEventListener('hashchange', () => navigate(false));
navigate(true);
