// A page of an issue (its articles in printed order, findings marked on the article they name, the
// source file and the page's revisions) and one article (with its whole story when it is continued
// across pages: 下转 … 上接).

import {api, h, number, time} from './common.js';
import {facts, findingsList, heading, paragraphs, zh} from './archive-text.js';

function searchLink(parameters) {
    return `#search?${new URLSearchParams(parameters)}`;
}

/** 本报记者 林晓雯 · 新华社 北京 3月10日电: contributors link to their articles (a search by reporter). */
function byline(b) {
    if (!b) return null;
    const wire = [b.agency, b.place, b.date].filter(Boolean).join(' ');
    const people = (b.contributors ?? []).map((c) => h('span', {class: 'contributor', 'data-role': c.role},
        zh('a', {href: searchLink({reporter: c.name}), title: `Articles by ${c.name}`}, c.name),
        c.role ? h('span', {class: 'role'}, ` ${c.role.toLowerCase()}`) : null));
    if (!wire && people.length === 0) return null;
    const separated = people.flatMap((p, i) => (i === 0 ? [p] : [', ', p]));
    return h('p', {class: 'byline'}, wire ? zh('span', {class: 'wire'}, wire) : null, wire && people.length ? ' · ' : null,
        separated);
}

/** Kicker, headline, subtitle and byline: the top of an article wherever it is shown. */
function articleHead(article, headlineTag, linkHeadline) {
    const headline = article.headline ?? '(no headline)';
    return [
        article.column ? zh('p', {class: 'column'}, article.column) : null,
        article.kicker ? zh('p', {class: 'kicker'}, article.kicker) : null,
        headlineTag === 'h2' ? heading(zh('span', {class: 'headline'}, headline))
            : zh(headlineTag, {class: 'headline'}, linkHeadline ? h('a', {href: `#article-${article.id}`}, headline) : headline),
        article.subtitle ? zh('p', {class: 'subtitle'}, `——${article.subtitle}`) : null,
        byline(article.byline),
    ];
}

function continuation(article) {
    return {
        from: article.continuedFrom ? h('p', {class: 'continuation from'},
            `Continued from page ${article.continuedFrom} ${article.jumpKey ?? ''} `,
            h('a', {href: `#article-${article.id}`}, 'read the whole story')) : null,
        to: article.continuedTo ? h('p', {class: 'continuation to'},
            `Continued on page ${article.continuedTo} ${article.jumpKey ?? ''} `,
            h('a', {href: `#article-${article.id}`}, 'read the whole story')) : null,
    };
}

/** One article of a page; the findings that name it are shown beside it and mark it. */
function pageArticle(article, findings) {
    const jump = continuation(article);
    const flagged = findings.length > 0;
    return h('article', {class: flagged ? 'article flagged' : 'article', id: `page-article-${article.id}`,
            'data-article-id': article.id, 'data-order': article.order,
            'data-findings': flagged ? findings.map((f) => f.code).join(' ') : null},
        h('div', {class: 'article-text'}, articleHead(article, 'h3', true), jump.from,
            zh('div', {class: 'body'}, paragraphs(article.body)), jump.to),
        flagged ? h('aside', {class: 'article-findings', 'aria-label': `Findings on “${article.headline ?? 'this article'}”`},
            findingsList(findings)) : null);
}

function revisionsList(page) {
    return h('ol', {id: 'revisions', class: 'revisions'}, page.revisions.map((r) => h('li', {'data-page-id': r.id,
            'data-revision': r.revision, class: r.id === page.id ? 'this' : null},
        r.id === page.id ? h('strong', {}, `revision ${r.revision} (shown)`)
            : h('a', {href: `#page-${r.id}`}, `revision ${r.revision}`),
        r.superseded ? ' superseded' : ' current', ', imported ', time(r.importedAt),
        ', sha256 ', h('code', {title: r.sha256}, (r.sha256 ?? '').slice(0, 12)))));
}

export async function pageView(pageId) {
    const page = await api(`archive/pages/${pageId}`);
    const issue = page.issue;
    const publication = issue.publication;
    const ids = new Set(page.articles.map((a) => a.id));
    const byArticle = new Map();
    const onPage = [];
    for (const f of page.findings) {
        if (f.articleId != null && ids.has(f.articleId)) byArticle.set(f.articleId, [...(byArticle.get(f.articleId) ?? []), f]);
        else onPage.push(f);
    }
    const current = page.revisions.find((r) => !r.superseded);
    const children = [
        heading(zh('span', {}, publication.title), ` ${issue.date} `, h('span', {class: 'label'}, page.label),
            page.section ? zh('span', {}, ` ${page.section}`) : ''),
        page.superseded ? h('p', {class: 'notice superseded'}, `Revision ${page.revision} of this page, superseded`,
            current ? [': the current one is ', h('a', {href: `#page-${current.id}`}, `revision ${current.revision}`)] : '',
            '. Its articles are not in search.') : null,
        facts([
            ['Issue', h('a', {href: `#issue-${issue.id}`}, zh('span', {}, publication.title), ` ${issue.date}`), 'issue'],
            ['Page', page.label, 'label'],
            ['Section', page.section ? zh('span', {}, page.section) : null, 'section'],
            ['Editor', page.editor ? zh('span', {}, page.editor) : null, 'editor'],
            ['Revision', String(page.revision), 'revision'],
            ['Status', h('span', {'data-status': page.status}, page.status), 'status'],
        ]),
    ];
    if (onPage.length > 0) {
        children.push(h('h3', {}, `Findings on the page (${onPage.length})`), findingsList(onPage, {id: 'page-findings'}));
    }
    children.push(h('h3', {}, `Articles (${page.articles.length})`),
        h('div', {id: 'articles', class: 'articles'},
            [...page.articles].sort((a, b) => a.order - b.order).map((a) => pageArticle(a, byArticle.get(a.id) ?? []))));
    const source = page.source ?? {};
    children.push(h('h3', {}, 'Source file'), h('div', {id: 'source'}, facts([
        ['Layout', page.layout, 'layout'],
        ['Path', source.path ? h('code', {}, source.path) : null, 'path'],
        ['sha256', source.sha256 ? h('code', {}, source.sha256) : null, 'sha256'],
        ['Encoding', source.encoding, 'encoding'],
        ['Size', source.sizeBytes != null ? `${number(source.sizeBytes)} bytes` : null, 'size'],
        ['Imported', source.importedAt ? time(source.importedAt) : null, 'importedAt'],
    ])));
    children.push(h('h3', {}, `Revisions (${page.revisions.length})`), revisionsList(page));
    return {
        view: 'page', id: pageId, title: `${publication.title} ${issue.date} ${page.label}`,
        trail: [[publication.title, `#publication-${publication.id}?month=${issue.date.slice(0, 7)}`],
            [issue.date, `#issue-${issue.id}`], [page.label, null]],
        children,
    };
}

// ---------------------------------------------------------------------------------------- article

function storyPart(part, articleId, index) {
    const page = part.pageId != null ? h('a', {href: `#page-${part.pageId}`, class: 'part-page'}, `page ${part.pageLabel}`)
        : h('span', {class: 'part-page'}, `page ${part.pageLabel}`);
    const classes = ['part', part.articleId === articleId ? 'this' : '', part.missing ? 'missing' : ''].filter(Boolean);
    return h('li', {class: classes.join(' '), 'data-page-label': part.pageLabel, 'data-article-id': part.articleId},
        h('p', {class: 'part-head'}, `Part ${index + 1}, `, page,
            part.articleId != null && part.articleId !== articleId
                ? [' · ', h('a', {href: `#article-${part.articleId}`}, 'this part alone')] : null,
            part.articleId === articleId ? ' (the article you opened)' : null),
        part.missing ? h('p', {class: 'missing-part'}, 'Missing: ', zh('span', {}, part.missing)) : [
            part.headline && index > 0 ? zh('h4', {class: 'headline'}, part.headline) : null,
            zh('div', {class: 'body'}, paragraphs(part.body)),
        ]);
}

export async function articleView(articleId) {
    const article = await api(`archive/articles/${articleId}`);
    const issue = article.issue;
    const publication = issue.publication;
    const page = article.page;
    const story = article.story;
    // a later part (上接…) prints no headline of its own: the story's is the one to show
    const headline = article.headline ?? story?.parts.find((p) => p.headline)?.headline ?? null;
    const children = [
        h('div', {class: 'article-top'}, articleHead({...article, headline}, 'h2', false)),
        facts([
            ['Issue', h('a', {href: `#issue-${issue.id}`}, zh('span', {}, publication.title), ` ${issue.date}`), 'issue'],
            ['Page', [h('a', {href: `#page-${page.id}`}, page.label), page.superseded ? ' (superseded revision)' : ''], 'page'],
        ]),
    ];
    if (story) {
        children.push(h('h3', {}, `The whole story, ${story.parts.length} parts in reading order`),
            story.complete ? null : h('p', {class: 'notice incomplete'}, 'Incomplete: a part of this story is not in the archive.'),
            h('ol', {id: 'story', class: 'story', 'data-complete': String(story.complete)},
                story.parts.map((part, i) => storyPart(part, articleId, i))));
    } else {
        children.push(zh('div', {id: 'article-body', class: 'body'}, paragraphs(article.body)));
    }
    return {
        view: 'article', id: articleId, title: headline ?? `article ${articleId}`,
        trail: [[publication.title, `#publication-${publication.id}?month=${issue.date.slice(0, 7)}`],
            [issue.date, `#issue-${issue.id}`], [page.label, `#page-${page.id}`], [headline ?? `article ${articleId}`, null]],
        children,
    };
}
