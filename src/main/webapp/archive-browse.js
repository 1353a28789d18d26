// Archive views from the top down: the publications, a calendar of one publication's issues by month
// (issues missing from the run of dates, and issues with pages missing, are marked), and one issue.

import {api, h, number} from './common.js';
import {facts, findingsList, heading, zh} from './archive-text.js';

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日']; // the calendar's columns, Monday first
const MAX_LIMIT = 500; // the API's largest page

/** Every item of a paged list (publications are few; the loop guards the rare long list). */
async function all(path) {
    const items = [];
    for (let offset = 0; ; offset += MAX_LIMIT) {
        const separator = path.includes('?') ? '&' : '?';
        const page = await api(`${path}${separator}offset=${offset}&limit=${MAX_LIMIT}`);
        items.push(...page.items);
        if (page.items.length === 0 || items.length >= page.total) return items;
    }
}

export function monthLink(publicationId, month) {
    return `#publication-${publicationId}?month=${month}`;
}

// ------------------------------------------------------------------------------------ publications

export async function publicationsView() {
    const [publications, index] = await Promise.all([all('archive/publications'),
        api('archive/index').catch(() => null)]); // the index line is a courtesy, not worth failing over
    const children = [heading('Publications')];
    if (publications.length === 0) {
        children.push(h('p', {class: 'hint'}, 'The archive holds no issues yet. Import a delivery first.'));
    } else {
        children.push(h('table', {id: 'publications', class: 'list'},
            h('caption', {class: 'visually-hidden'}, 'Publications in the archive'),
            h('thead', {}, h('tr', {}, ['Title', 'Issues', 'First issue', 'Last issue', 'Publisher'].map((c) =>
                h('th', {scope: 'col'}, c)))),
            h('tbody', {}, publications.map((p) => h('tr', {'data-publication-id': p.id},
                h('th', {scope: 'row'}, zh('a', {href: `#publication-${p.id}`}, p.title)),
                h('td', {class: 'n'}, number(p.issues)),
                h('td', {}, p.firstDate ?? '—'),
                h('td', {}, p.lastDate ?? '—'),
                zh('td', {}, p.publisher ?? p.sponsor ?? '—'))))));
    }
    if (index) {
        children.push(h('p', {id: 'index-status', class: 'hint', 'data-in-sync': String(index.inSync)},
            `Search index: ${number(index.documents)} articles`,
            index.inSync ? ', the same as the archive.'
                : ` — the archive holds ${number(index.currentArticles)}; run reindex-archive to bring them together.`));
    }
    return {view: 'publications', title: 'Archive', trail: [], children};
}

// ---------------------------------------------------------------------------------------- calendar

function daysIn(month) {
    const [year, m] = month.split('-').map(Number);
    return new Date(Date.UTC(year, m, 0)).getUTCDate();
}

function addMonths(month, n) {
    const [year, m] = month.split('-').map(Number);
    return new Date(Date.UTC(year, m - 1 + n, 1)).toISOString().slice(0, 7);
}

/** Monday = 0 … Sunday = 6, of the first day of the month. */
function firstWeekday(month) {
    const [year, m] = month.split('-').map(Number);
    return (new Date(Date.UTC(year, m - 1, 1)).getUTCDay() + 6) % 7;
}

function plural(n, word) {
    return `${number(n)} ${word}${n === 1 ? '' : 's'}`;
}

function pagesMissing(issue) {
    return issue.pagesPrinted != null && issue.pagesPresent < issue.pagesPrinted;
}

function issueCell(issue) {
    const missing = pagesMissing(issue);
    return h('div', {class: 'cal-issue', 'data-issue-id': issue.id},
        h('a', {href: `#issue-${issue.id}`}, issue.issueNumber != null ? zh('span', {}, `总第${issue.issueNumber}期`) : 'issue'),
        h('span', {class: 'pages'}, `${issue.pagesPresent}${issue.pagesPrinted != null ? `/${issue.pagesPrinted}` : ''} pages`),
        missing ? h('span', {class: 'flag pages-missing'}, 'pages missing') : null,
        issue.findings > 0 ? h('span', {class: 'flag findings-count'}, plural(issue.findings, 'finding')) : null);
}

function monthNavigation(publication, month, first, last) {
    const step = (label, target, rel) => (target >= first && target <= last
        ? h('a', {href: monthLink(publication.id, target), rel, 'data-month': target}, label)
        : h('span', {class: 'disabled', 'aria-disabled': 'true'}, label));
    return h('nav', {class: 'months', 'aria-label': 'Months'},
        step(`« first (${first})`, first), step(`‹ ${addMonths(month, -1)}`, addMonths(month, -1), 'prev'),
        step(`${addMonths(month, 1)} ›`, addMonths(month, 1), 'next'), step(`last (${last}) »`, last));
}

export async function calendarView(publicationId, parameters) {
    const publications = await all('archive/publications');
    const publication = publications.find((p) => p.id === publicationId);
    if (!publication) {
        throw Object.assign(new Error(`publication ${publicationId}`), {status: 404});
    }
    const title = publication.title;
    if (!publication.firstDate) {
        return {view: 'calendar', id: publicationId, title, trail: [[title, null]],
            children: [heading(zh('span', {}, title)), h('p', {class: 'hint'}, 'No issues in the archive.')]};
    }
    const first = publication.firstDate.slice(0, 7);
    const last = publication.lastDate.slice(0, 7);
    const asked = parameters.get('month');
    const month = /^\d{4}-\d{2}$/.test(asked ?? '') ? asked : last;
    const end = `${month}-${String(daysIn(month)).padStart(2, '0')}`;
    const issues = await all(`archive/publications/${publicationId}/issues?from=${month}-01&to=${end}`);
    const byDate = new Map();
    for (const issue of issues) {
        byDate.set(issue.date, [...(byDate.get(issue.date) ?? []), issue]);
    }

    const cells = [];
    for (let i = 0; i < firstWeekday(month); i++) cells.push(h('td', {class: 'outside'}));
    let gaps = 0;
    for (let day = 1; day <= daysIn(month); day++) {
        const date = `${month}-${String(day).padStart(2, '0')}`;
        const onDay = byDate.get(date) ?? [];
        const inRun = date >= publication.firstDate && date <= publication.lastDate;
        const gap = onDay.length === 0 && inRun;
        if (gap) gaps++;
        const classes = [onDay.length ? 'has-issue' : '', gap ? 'no-issue' : '', !inRun ? 'out-of-run' : '',
            onDay.some(pagesMissing) ? 'has-pages-missing' : ''].filter(Boolean).join(' ');
        cells.push(h('td', {class: classes, 'data-date': date},
            h('span', {class: 'day'}, String(day)),
            onDay.map(issueCell),
            gap ? h('span', {class: 'flag no-issue-text'}, 'no issue') : null));
    }
    while (cells.length % 7 !== 0) cells.push(h('td', {class: 'outside'}));
    const weeks = [];
    for (let i = 0; i < cells.length; i += 7) weeks.push(h('tr', {}, cells.slice(i, i + 7)));

    const withPagesMissing = issues.filter(pagesMissing).length;
    return {
        view: 'calendar', id: publicationId, title: `${title} ${month}`, trail: [[title, null]],
        children: [
            heading(zh('span', {}, title), ` — ${month}`),
            facts([['Publisher', publication.publisher ? zh('span', {}, publication.publisher) : null, 'publisher'],
                ['Sponsor', publication.sponsor ? zh('span', {}, publication.sponsor) : null, 'sponsor'],
                ['Serial number', publication.serialNumber, 'serialNumber'],
                ['Issues', `${number(publication.issues)}, ${publication.firstDate} to ${publication.lastDate}`, 'issues']]),
            monthNavigation(publication, month, first, last),
            h('p', {id: 'month-summary', class: 'hint'},
                `${plural(issues.length, 'issue')} this month`,
                gaps ? `; ${plural(gaps, 'day')} without an issue` : '',
                withPagesMissing ? `; ${withPagesMissing} with pages missing` : '', '.'),
            h('table', {id: 'calendar', class: 'calendar', 'data-month': month},
                zh('caption', {}, `${month.slice(0, 4)}年${Number(month.slice(5))}月`),
                h('thead', {}, h('tr', {}, WEEKDAYS.map((d) => zh('th', {scope: 'col', abbr: `星期${d}`}, d)))),
                h('tbody', {}, weeks)),
        ],
    };
}

// ------------------------------------------------------------------------------------------ issue

function pagesTable(pages) {
    return h('table', {id: 'issue-pages', class: 'list'},
        h('caption', {}, 'Pages'),
        h('thead', {}, h('tr', {}, ['Page', 'Section', 'Editor', 'Revision', 'Articles', 'Findings', 'Status']
            .map((c) => h('th', {scope: 'col'}, c)))),
        h('tbody', {}, pages.map((p) => h('tr', {'data-page-id': p.id, 'data-label': p.label},
            h('th', {scope: 'row'}, h('a', {href: `#page-${p.id}`}, p.label)),
            zh('td', {}, p.section ?? '—'),
            zh('td', {}, p.editor ?? '—'),
            h('td', {class: 'n'}, p.revision),
            h('td', {class: 'n'}, number(p.articles)),
            h('td', {class: 'n'}, number(p.findings)),
            h('td', {'data-status': p.status}, p.status)))));
}

function guideList(guide) {
    return h('ul', {id: 'guide', class: 'guide'}, guide.map((entry) => h('li', {'data-target': entry.targetPage},
        zh('span', {class: 'guide-title'}, entry.title),
        entry.subtitle ? zh('span', {class: 'subtitle'}, ` ——${entry.subtitle}`) : null,
        ' → ',
        entry.targetPageId != null
            ? h('a', {href: `#page-${entry.targetPageId}`, class: 'guide-target'}, `page ${entry.targetPage}`)
            : h('span', {class: 'guide-target missing'}, `page ${entry.targetPage} (not in the archive)`))));
}

export async function issueView(issueId) {
    const issue = await api(`archive/issues/${issueId}`);
    const publication = issue.publication;
    const printedNumber = issue.issueNumber != null ? `总第${issue.issueNumber}期` : null;
    const children = [
        heading(zh('span', {}, publication.title), ` ${issue.date}`, printedNumber ? zh('span', {}, ` ${printedNumber}`) : ''),
        facts([
            ['Publication', zh('a', {href: `#publication-${publication.id}`}, publication.title), 'publication'],
            ['Date', issue.date, 'date'],
            ['Weekday', issue.weekday ? zh('span', {}, issue.weekday) : null, 'weekday'],
            ['Lunar date', issue.lunarDate ? zh('span', {}, issue.lunarDate) : null, 'lunarDate'],
            ['Issue number', printedNumber ? zh('span', {}, printedNumber) : null, 'issueNumber'],
            ['Pages printed', issue.pageCount != null ? zh('span', {}, `今日${issue.pageCount}版`) : null, 'pageCount'],
            ['President', issue.president ? zh('span', {}, issue.president) : null, 'president'],
        ]),
        pagesTable(issue.pages),
    ];
    if (issue.missingPages.length > 0) {
        children.push(h('h3', {}, 'Pages missing'),
            h('p', {class: 'hint'}, `The masthead promises ${issue.pageCount} pages; the archive lacks:`),
            h('ul', {id: 'missing-pages', class: 'missing-pages'}, issue.missingPages.map((label) =>
                h('li', {'data-label': label}, label))));
    }
    if (issue.guide.length > 0) {
        children.push(h('h3', {}, zh('span', {}, '导读'), ' (guide)'), guideList(issue.guide));
    }
    children.push(h('h3', {}, `Findings of the issue (${issue.findings.length})`),
        issue.findings.length === 0 ? h('p', {id: 'issue-findings', class: 'hint'}, 'None.')
            : findingsList(issue.findings, {id: 'issue-findings'}));
    return {
        view: 'issue', id: issueId, title: `${publication.title} ${issue.date}`,
        trail: [[publication.title, monthLink(publication.id, issue.date.slice(0, 7))], [issue.date, null]],
        children,
    };
}
