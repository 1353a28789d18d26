// baoku operator dashboard: recent executions of archive-import with live progress, the report of one
// run (outcomes, findings, rejected files), throughput over recent runs and the next scheduled run.
// Plain browser JavaScript, no libraries; everything comes from the REST API under ./api.

import {ApiError, api, h, localTime, number, time} from './common.js';

const POLL_MILLIS = 2000;
const SCHEDULE_EVERY = 15; // ticks: the schedule is read every 30 s
const RECENT = 20;
const OUTCOMES = ['IMPORTED', 'IMPORTED_WITH_WARNINGS', 'UNCHANGED', 'REJECTED', 'TOTAL'];
const RUNNING = new Set(['STARTING', 'STARTED', 'STOPPING']);
const RESTARTABLE = new Set(['FAILED', 'STOPPED']);

const views = new Map();   // executionId -> ExecutionView; kept once the execution has ended
const reports = new Map(); // executionId -> run report, or null when an ended execution has none
const rows = new Map();    // executionId -> <tr>
let executions = [];
let selected = selectedFromHash();
let detailSignature = '';
let tick = 0;

function selectedFromHash() {
    const match = /^#execution-(\d+)$/.exec(location.hash);
    return match ? Number(match[1]) : null;
}

function ended(execution) {
    return execution && execution.endTime != null && !RUNNING.has(execution.batchStatus);
}

function duration(millis) {
    if (millis == null) return '—';
    const seconds = millis / 1000;
    if (seconds < 60) return `${seconds.toFixed(1)} s`;
    const minutes = Math.floor(seconds / 60);
    return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}

function showMessage(text, kind = 'error', source = 'action') {
    const box = document.getElementById('message');
    box.textContent = text;
    box.className = `message ${kind}`;
    box.dataset.source = source;
    box.hidden = false;
}

function clearPollMessage() {
    const box = document.getElementById('message');
    if (box.dataset.source === 'poll') {
        box.hidden = true;
        delete box.dataset.source;
    }
}

// ---------------------------------------------------------------------------------------------- data

async function refresh() {
    const page = await api(`executions?size=${RECENT}`);
    executions = page.executions;
    await Promise.all(executions.map(async (execution) => {
        const id = execution.executionId;
        if (!ended(views.get(id))) {
            views.set(id, await api(`executions/${id}`));
        }
        if (ended(execution) && !reports.has(id)) {
            try {
                reports.set(id, await api(`executions/${id}/report`));
            } catch (e) {
                if (e.status !== 404) throw e;
                reports.set(id, null); // stopped and failed runs write no report
            }
        }
    }));
    const listed = new Set(executions.map((e) => e.executionId));
    for (const cache of [views, reports]) { // forget executions that left the list
        for (const id of cache.keys()) {
            if (!listed.has(id) && id !== selected) cache.delete(id);
        }
    }
    if (selected === null && executions.length > 0) {
        selected = executions[0].executionId;
    }
    if (selected !== null && !views.has(selected)) {
        try {
            views.set(selected, await api(`executions/${selected}`));
        } catch (e) {
            if (e.status !== 404) throw e;
        }
    }
    renderExecutions();
    renderDetail();
    renderThroughput();
    document.getElementById('refreshed').textContent = `Last refreshed ${localTime(new Date())}.`;
}

async function refreshSchedule() {
    const text = document.getElementById('schedule-text');
    try {
        const schedule = await api('schedule');
        text.replaceChildren(...describeSchedule(schedule));
        text.dataset.state = schedule && schedule.enabled ? 'scheduled' : 'disabled';
    } catch (e) {
        if (e.status === 404) {
            text.replaceChildren('not scheduled');
            text.dataset.state = 'none';
        } else {
            text.replaceChildren(`unknown (${e.message})`);
            text.dataset.state = 'error';
        }
    }
}

/** {"enabled": bool, "expression": "…", "inbox": "…", "nextFire": "ISO"} as words. */
export function describeSchedule(schedule) {
    if (!schedule || !schedule.enabled) {
        return ['not scheduled', schedule && schedule.expression ? ` (schedule “${schedule.expression}” is disabled)` : ''];
    }
    return [schedule.nextFire ? time(schedule.nextFire) : 'unknown',
        schedule.expression ? ` (schedule “${schedule.expression}”` : '',
        schedule.expression && schedule.inbox ? ` over ${schedule.inbox}` : '',
        schedule.expression ? ')' : ''];
}

// ------------------------------------------------------------------------------------------ actions

async function act(id, action) {
    let answer;
    try {
        answer = await api(`executions/${id}/${action}`, {method: 'POST', body: '{}'});
    } catch (e) {
        showMessage(e instanceof ApiError
            ? `Could not ${action} execution ${id}: ${e.message} (HTTP ${e.status})`
            : `Could not ${action} execution ${id}: ${e.message}`);
        return;
    }
    if (action === 'restart') {
        showMessage(`Execution ${id} restarted as execution ${answer.executionId}.`, 'info');
        selected = answer.executionId;
        history.replaceState(null, '', `#execution-${selected}`);
    } else {
        showMessage(`Execution ${id} is stopping; it stops after its current chunk.`, 'info');
    }
    views.delete(id);
    refresh().catch((e) => showMessage(`Cannot read executions: ${e.message}`, 'error', 'poll'));
}

// -------------------------------------------------------------------------------------------- views

function progressOf(id, execution) {
    const view = views.get(id);
    const progress = view && view.progress;
    if (!progress || progress.total === 0) {
        return RUNNING.has(execution.batchStatus) ? 'scanning inbox…' : '—';
    }
    const percent = Math.floor(progress.done * 100 / progress.total);
    return [h('progress', {max: progress.total, value: progress.done, 'aria-hidden': 'true'}),
        h('span', {class: 'progress-text', title: `${percent} %`}, `${number(progress.done)} / ${number(progress.total)}`)];
}

function actionsOf(execution) {
    const id = execution.executionId;
    const buttons = [];
    if (RUNNING.has(execution.batchStatus) && execution.batchStatus !== 'STOPPING') {
        buttons.push(h('button', {type: 'button', class: 'stop', onclick: () => act(id, 'stop'),
            'aria-label': `Stop execution ${id}`}, 'Stop'));
    }
    if (RESTARTABLE.has(execution.batchStatus)) {
        buttons.push(h('button', {type: 'button', class: 'restart', onclick: () => act(id, 'restart'),
            'aria-label': `Restart execution ${id}`}, 'Restart'));
    }
    return buttons;
}

function renderExecutions() {
    const body = document.querySelector('#executions tbody');
    if (executions.length === 0) {
        body.replaceChildren(h('tr', {class: 'empty'}, h('td', {colspan: 8}, 'No executions yet.')));
        rows.clear();
        return;
    }
    body.querySelector('tr.empty')?.remove();
    const wanted = [];
    for (const execution of executions) {
        const id = execution.executionId;
        let row = rows.get(id);
        if (!row) {
            row = h('tr', {'data-execution-id': id},
                h('th', {scope: 'row'}, h('a', {href: `#execution-${id}`}, String(id))),
                h('td', {class: 'job'}), h('td', {class: 'status'}), h('td', {class: 'exit'}),
                h('td', {class: 'start'}), h('td', {class: 'end'}), h('td', {class: 'progress'}),
                h('td', {class: 'actions'}));
            rows.set(id, row);
        }
        row.classList.toggle('selected', id === selected);
        row.querySelector('.job').textContent = execution.jobName;
        const status = row.querySelector('.status');
        status.textContent = execution.batchStatus;
        status.dataset.status = execution.batchStatus;
        row.querySelector('.exit').textContent = execution.exitStatus ?? '—';
        row.querySelector('.start').replaceChildren(time(execution.startTime));
        row.querySelector('.end').replaceChildren(time(execution.endTime));
        row.querySelector('.progress').replaceChildren(...[progressOf(id, execution)].flat());
        const actions = row.querySelector('.actions');
        const kind = `${execution.batchStatus}`;
        if (actions.dataset.kind !== kind) { // rebuilt only when they change, so keyboard focus stays put
            actions.replaceChildren(...actionsOf(execution));
            actions.dataset.kind = kind;
        }
        wanted.push(row);
    }
    for (const [id, row] of rows) {
        if (!wanted.includes(row)) {
            row.remove();
            rows.delete(id);
        }
    }
    const current = [...body.children];
    if (current.length !== wanted.length || current.some((row, i) => row !== wanted[i])) {
        wanted.forEach((row, i) => {
            if (body.children[i] !== row) body.insertBefore(row, body.children[i] ?? null);
        });
    }
}

function definitions(pairs) {
    return h('dl', {class: 'facts'}, pairs.flatMap(([term, value, key]) =>
        [h('dt', {}, term), h('dd', {'data-fact': key}, value)]));
}

function countsTable(caption, counts, id, keyHeader, valueHeader) {
    const entries = Object.entries(counts);
    if (entries.length === 0) {
        return h('p', {id, class: 'hint'}, `${caption}: none.`);
    }
    return h('table', {id, class: 'counts'},
        h('caption', {}, caption),
        h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, keyHeader), h('th', {scope: 'col'}, valueHeader))),
        h('tbody', {}, entries.map(([key, value]) =>
            h('tr', {'data-key': key}, h('th', {scope: 'row'}, key), h('td', {class: 'n'}, number(value))))));
}

function renderDetail() {
    const section = document.getElementById('detail');
    const view = views.get(selected);
    const report = reports.get(selected);
    const signature = JSON.stringify([selected, view, report]);
    if (signature === detailSignature) return;
    detailSignature = signature;
    if (!view) {
        section.replaceChildren(h('h2', {id: 'detail-title'}, 'Execution'),
            h('p', {class: 'hint'}, selected === null ? 'No executions yet.' : `Execution ${selected} not found.`));
        delete section.dataset.executionId;
        return;
    }
    section.dataset.executionId = view.executionId;
    section.dataset.batchStatus = view.batchStatus;
    section.dataset.exitStatus = view.exitStatus ?? '';
    const progress = view.progress ?? {done: 0, total: 0};
    const outcomes = report ? report.outcomes : view.files;
    const orderedOutcomes = {};
    for (const key of OUTCOMES) {
        if (key in outcomes) orderedOutcomes[key] = outcomes[key];
    }
    if (report && !('TOTAL' in orderedOutcomes)) {
        orderedOutcomes.TOTAL = Object.values(outcomes).reduce((a, b) => a + b, 0);
    }
    const children = [
        h('h2', {id: 'detail-title'}, `Execution ${view.executionId}`),
        definitions([
            ['Job', view.jobName, 'job'],
            ['Batch status', view.batchStatus, 'batchStatus'],
            ['Exit status', view.exitStatus ?? '—', 'exitStatus'],
            ['Started', time(view.startTime), 'start'],
            ['Ended', time(view.endTime), 'end'],
            ['Progress', progress.total ? `${number(progress.done)} of ${number(progress.total)} files` : '—', 'progress'],
            ['Inbox', report ? report.inbox : '—', 'inbox'],
            ['Duration', report ? duration(report.durationMillis) : '—', 'duration'],
            ['Throughput', report ? `${report.filesPerSecond.toFixed(1)} files/s` : '—', 'filesPerSecond'],
        ]),
        countsTable(report ? 'Files by outcome' : 'Files by outcome so far', orderedOutcomes, 'outcomes', 'Outcome', 'Files'),
    ];
    if (view.sharing) { // an import run: which node read how much, and how many of its ranges are done
        const byNode = {};
        for (const share of view.sharing.executions) {
            byNode[share.node] = (byNode[share.node] ?? 0) + share.files;
        }
        const finished = view.sharing.ranges.filter((r) => r.finished).length;
        children.push(definitions([
            ['Coordinated on', view.sharing.coordinatorNode ?? '—', 'coordinatorNode'],
            ['Ranges', `${number(finished)} of ${number(view.sharing.ranges.length)} finished`, 'ranges'],
        ]));
        children.push(countsTable('Files by node', byNode, 'nodes', 'Node', 'Files'));
    }
    if (report) {
        children.push(countsTable('Findings by code', report.findingsByCode, 'findings', 'Code', 'Findings'));
        children.push(h('h3', {}, `Rejected files (${report.rejected.length})`));
        children.push(report.rejected.length === 0
            ? h('p', {id: 'rejected', class: 'hint'}, 'None.')
            : h('ul', {id: 'rejected', class: 'rejected'}, report.rejected.map((r) =>
                h('li', {}, h('code', {class: 'file'}, r.file), h('span', {class: 'reason'}, r.reason)))));
    } else {
        children.push(h('p', {class: 'hint'}, ended(view)
            ? 'This execution wrote no run report (it did not complete); restart it to finish the run.'
            : 'Findings and rejected files appear when the run ends.'));
    }
    section.replaceChildren(...children);
}

function renderThroughput() {
    const runs = executions.filter((e) => reports.get(e.executionId)).reverse(); // oldest first
    const box = document.getElementById('throughput');
    const signature = JSON.stringify(runs.map((e) => [e.executionId, reports.get(e.executionId).filesPerSecond]));
    if (box.dataset.signature === signature) return;
    box.dataset.signature = signature;
    if (runs.length === 0) {
        box.replaceChildren(h('p', {class: 'hint'}, 'No run reports yet.'));
        return;
    }
    const width = 640, height = 200, left = 48, bottom = 28, top = 16;
    const rates = runs.map((e) => reports.get(e.executionId).filesPerSecond);
    const max = Math.max(...rates, 1e-9);
    const slot = (width - left) / runs.length;
    const bar = Math.max(4, Math.min(48, slot * 0.7));
    const y = (value) => top + (height - top - bottom) * (1 - value / max);
    const bars = runs.map((e, i) => {
        const rate = rates[i];
        const x = left + slot * i + (slot - bar) / 2;
        return h('g', {},
            h('rect', {class: 'bar', 'data-execution-id': e.executionId, x, y: y(rate), width: bar,
                height: Math.max(1, height - bottom - y(rate))},
                h('title', {}, `Execution ${e.executionId}: ${rate.toFixed(1)} files/s`)),
            h('text', {x: x + bar / 2, y: height - bottom + 16, 'text-anchor': 'middle', class: 'label'}, e.executionId));
    });
    const summary = runs.map((e, i) => `execution ${e.executionId}: ${rates[i].toFixed(1)}`).join('; ');
    box.replaceChildren(h('svg', {viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': 'chart-title chart-desc',
            class: 'chart'},
        h('title', {id: 'chart-title'}, 'Files per second of recent runs'),
        h('desc', {id: 'chart-desc'}, `Files per second, oldest run first: ${summary}.`),
        h('line', {x1: left, y1: height - bottom, x2: width, y2: height - bottom, class: 'axis'}),
        h('line', {x1: left, y1: top, x2: left, y2: height - bottom, class: 'axis'}),
        h('text', {x: left - 6, y: top + 4, 'text-anchor': 'end', class: 'label'}, max.toFixed(max < 10 ? 1 : 0)),
        h('text', {x: left - 6, y: height - bottom, 'text-anchor': 'end', class: 'label'}, '0'),
        bars));
}

// ------------------------------------------------------------------------------------------- start

async function poll() {
    try {
        if (tick % SCHEDULE_EVERY === 0) await refreshSchedule();
        await refresh();
        document.body.dataset.state = 'ok';
        clearPollMessage();
    } catch (e) {
        document.body.dataset.state = 'error';
        showMessage(`Cannot read executions: ${e.message}`, 'error', 'poll');
    } finally {
        tick++;
        setTimeout(poll, POLL_MILLIS);
    }
}

window.addEventListener('hashchange', () => {
    const id = selectedFromHash();
    if (id !== null) {
        selected = id;
        detailSignature = '';
        refresh().catch((e) => showMessage(`Cannot read execution ${id}: ${e.message}`));
    }
});

poll();
