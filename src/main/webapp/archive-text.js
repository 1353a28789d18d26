// Building blocks of the archive views: Chinese text marked as such (so the browser picks a CJK font
// and screen readers a Chinese voice), paragraphs, findings, and the view's heading.

import {h} from './common.js';

/** An element holding Chinese text from the archive. */
export function zh(tag, attributes, ...children) {
    return h(tag, {...attributes, lang: 'zh'}, ...children);
}

/** The view's heading; focusable so that navigation can move the keyboard focus to it. */
export function heading(...children) {
    return h('h2', {tabindex: '-1'}, ...children);
}

/** "paragraphs separated by a blank line" as <p> elements. */
export function paragraphs(body) {
    if (!body) return [];
    return body.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p !== '').map((p) => zh('p', {}, p));
}

/** A finding: its code and message (the message may quote Chinese text), with its line when known. */
export function finding(f) {
    return h('li', {class: 'finding', 'data-severity': f.severity, 'data-code': f.code, 'data-finding-id': f.id},
        h('code', {class: 'code'}, f.code),
        f.line == null ? null : h('span', {class: 'line'}, ` line ${f.line}`),
        ' ',
        zh('span', {class: 'finding-message'}, f.message));
}

export function findingsList(findings, attributes = {}) {
    return h('ul', {class: 'findings', ...attributes}, findings.map(finding));
}

/** Definition list of [term, value, key] rows; rows without a value are left out. */
export function facts(rows) {
    return h('dl', {class: 'facts'}, rows.filter(([, value]) => value != null && value !== '')
        .flatMap(([term, value, key]) => [h('dt', {}, term), h('dd', {'data-fact': key}, value)]));
}

/** A link to a view, or the plain label when the archive has no such page. */
export function linkOrText(label, href) {
    return href ? zh('a', {href}, label) : zh('span', {}, label);
}
