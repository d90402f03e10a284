// How instants, durations, statuses and JSON look on screen.
import { h } from './dom.js';
import { statusClass } from './task-status.js';

const DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
const TIME = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });
const CLOCK = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

// RetryPolicy.UNLIMITED on the server.
const UNLIMITED_ATTEMPTS = 2147483647;

export function parseInstant(value) {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Date and time in the browser's locale; with compact, today's instants show the time only. */
export function formatInstant(value, { compact = false } = {}) {
  const date = parseInstant(value);
  if (!date) return value ? String(value) : '';
  return compact && isToday(date) ? TIME.format(date) : DATE_TIME.format(date);
}

/** Hours and minutes, for chart axes. */
export function formatClock(value) {
  const date = parseInstant(value);
  return date ? CLOCK.format(date) : '';
}

/** A <time> showing the local time, with the ISO instant as its tooltip. */
export function timeElement(value, options) {
  const date = parseInstant(value);
  if (!date) return h('span', { class: 'muted' }, value ? String(value) : '—');
  const iso = typeof value === 'string' ? value : date.toISOString();
  return h('time', { datetime: date.toISOString(), title: iso }, formatInstant(date, options));
}

/** "3 s ago", "5 min ago"; an instant slightly ahead of our clock reads as "0 s ago". */
export function formatAgo(value, now = Date.now()) {
  const date = parseInstant(value);
  if (!date) return '';
  const seconds = Math.max(0, Math.floor((now - date.getTime()) / 1000));
  if (seconds < 60) return `${seconds} s ago`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} d ago`;
}

/** A <time> saying how long ago, with the ISO instant as its tooltip; see refreshAgo. */
export function agoElement(value) {
  const date = parseInstant(value);
  if (!date) return h('span', { class: 'muted' }, value ? String(value) : '—');
  const iso = typeof value === 'string' ? value : date.toISOString();
  return h('time', { datetime: date.toISOString(), title: iso, 'data-ago': true }, formatAgo(date));
}

/** Brings every agoElement under root up to date: rows a refresh kept still show their old text. */
export function refreshAgo(root, now = Date.now()) {
  for (const time of root.querySelectorAll('time[data-ago]')) {
    const text = formatAgo(time.dateTime, now);
    if (time.textContent !== text) time.textContent = text;
  }
}

export function formatDuration(milliseconds) {
  if (milliseconds < 1000) return `${Math.max(0, Math.round(milliseconds))} ms`;
  const seconds = milliseconds / 1000;
  if (seconds < 60) return `${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)} s`;
  const wholeSeconds = Math.round(seconds);
  const minutes = Math.floor(wholeSeconds / 60);
  if (minutes < 60) return withRest(minutes, 'min', wholeSeconds % 60, 's');
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return withRest(hours, 'h', minutes % 60, 'min');
  return withRest(Math.floor(hours / 24), 'd', hours % 24, 'h');
}

/** How long from one instant to another, or null when either is missing. */
export function durationBetween(start, end) {
  const from = parseInstant(start);
  const to = parseInstant(end);
  return from && to && to >= from ? formatDuration(to - from) : null;
}

/** "PT30S" -> "30 s"; anything unexpected is shown as it came. */
export function formatIsoDuration(iso) {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso ?? '');
  if (!match || iso === 'P' || iso === 'PT') return String(iso);
  const [, days = 0, hours = 0, minutes = 0, seconds = 0] = match;
  const total = ((Number(days) * 24 + Number(hours)) * 60 + Number(minutes)) * 60 + Number(seconds);
  return formatDuration(total * 1000);
}

/**
 * "2/3": the attempt of the task's latest run out of the attempts it may have; a task run again
 * after it failed starts again from 1, so its attempts in all are added: "1/3 (4 in all)".
 */
export function formatAttempts(runAttempt, maxAttempts, allAttempts) {
  const max = maxAttempts === UNLIMITED_ATTEMPTS ? '∞' : maxAttempts ?? '?';
  const current = runAttempt ?? allAttempts ?? 0;
  return `${current}/${max}${allAttempts > current ? ` (${allAttempts} in all)` : ''}`;
}

/** A coloured badge whose text is exactly the status. */
export function statusBadge(status, attributes = {}) {
  return h('span', { ...attributes, class: `badge ${statusClass(status)}` }, status);
}

/** Indented JSON when the text is JSON. Re-indents the text itself rather than
 *  round-tripping through JSON.parse, which would round large numbers. */
export function prettyJson(text) {
  if (text === null || text === undefined) return '';
  try {
    JSON.parse(text);
  } catch {
    return String(text);
  }
  return indentJson(text);
}

function indentJson(text) {
  let out = '';
  let depth = 0;
  let inString = false;
  let escaped = false;
  const newLine = () => `\n${'  '.repeat(depth)}`;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      if (text.slice(i + 1).trimStart().startsWith(close)) {
        out += c + close;
        i = text.indexOf(close, i + 1);
      } else {
        depth++;
        out += c + newLine();
      }
    } else if (c === '}' || c === ']') {
      depth--;
      out += newLine() + c;
    } else if (c === ',') {
      out += `,${newLine()}`;
    } else if (c === ':') {
      out += ': ';
    } else if (!/\s/.test(c)) {
      out += c;
    }
  }
  return out;
}

function withRest(amount, unit, rest, restUnit) {
  return rest ? `${amount} ${unit} ${rest} ${restUnit}` : `${amount} ${unit}`;
}

function isToday(date) {
  return date.toDateString() === new Date().toDateString();
}
