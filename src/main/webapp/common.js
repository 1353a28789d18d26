// Shared by the dashboard's views: a DOM builder that never parses text as HTML, the REST API client
// and the formats of times and numbers.

// the page's own address without user:password@ (fetch refuses URLs that carry credentials)
export const API = new URL('api/', location.origin + location.pathname);

/** A small element builder: h('td', {class: 'n'}, 'text', child…); text is never parsed as HTML. */
export function h(tag, attributes = {}, ...children) {
    const svg = ['svg', 'rect', 'line', 'text', 'title', 'desc', 'g'].includes(tag);
    const element = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (value === undefined || value === null || value === false) continue;
        if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
        else element.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
        if (child === undefined || child === null || child === false) continue;
        element.append(child instanceof Node ? child : String(child));
    }
    return element;
}

export class ApiError extends Error {
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}

/** Fetches JSON; a failure becomes an ApiError with the {status, message} the API answers. */
export async function api(path, options = {}) {
    const response = await fetch(new URL(path, API), {
        ...options,
        // X-Requested-By: what a form on another web site cannot send (the API refuses changes without it
        // or a JSON body: see CrossSiteRequestFilter)
        headers: {
            Accept: 'application/json',
            'X-Requested-By': 'baoku-dashboard',
            ...(options.body ? {'Content-Type': 'application/json'} : {}),
        },
        cache: 'no-store',
    });
    const text = await response.text();
    let body = null;
    try {
        body = text ? JSON.parse(text) : null;
    } catch {
        body = null;
    }
    if (!response.ok) {
        let message = body && body.message ? body.message : `${response.status} ${response.statusText}`;
        if (response.status === 401) message = 'not signed in (reload the page to sign in)';
        if (response.status === 403) message = 'not allowed: only operators may do this';
        throw new ApiError(response.status, message);
    }
    return body;
}

/** Local time as 2025-08-13 14:05:09: short, unambiguous, sorts as text. */
export function localTime(date) {
    const two = (n) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} `
        + `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

export function time(iso) {
    if (!iso) return '—';
    const date = new Date(iso);
    return h('time', {datetime: iso, title: iso}, Number.isNaN(date.getTime()) ? iso : localTime(date));
}

export function number(value) {
    return value == null ? '—' : Number(value).toLocaleString();
}
