// A search snippet is HTML-escaped text whose only markup is <em>…</em> around the matches. It is
// never given to innerHTML: the text between the tags is unescaped and put into text nodes, and the
// matches into <mark> elements, so whatever else the text holds stays text.

import {h} from './common.js';

const ENTITIES = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"};

/** &lt; &amp; &#39; &#x4e2d; … back to characters, in one pass (so "&amp;lt;" stays "&lt;"). */
export function unescapeHtml(text) {
    return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name) => {
        if (name[0] === '#') {
            const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
            return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
        }
        return ENTITIES[name.toLowerCase()] ?? entity;
    });
}

/** Text nodes and <mark> elements for a snippet; an unbalanced tag only ends or starts a mark. */
export function snippetNodes(snippet) {
    const nodes = [];
    let inside = false;
    for (const part of snippet.split(/(<\/?em>)/i)) {
        if (/^<em>$/i.test(part)) inside = true;
        else if (/^<\/em>$/i.test(part)) inside = false;
        else if (part !== '') {
            const text = unescapeHtml(part);
            nodes.push(inside ? h('mark', {}, text) : document.createTextNode(text));
        }
    }
    return nodes;
}
