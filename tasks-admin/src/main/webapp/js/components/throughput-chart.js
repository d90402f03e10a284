// Tasks finished per minute over the last hour, as stacked SVG bars. Drawn at the
// figure's real width (and redrawn when it changes) so text keeps its size on any screen.
import { h, mount, svg } from '../dom.js';
import { formatClock, parseInstant } from '../format.js';

const HEIGHT = 240;
const MARGIN = { top: 36, right: 20, bottom: 28, left: 44 };
// Legend text is 12px; this is enough to lay the items out without measuring.
const APPROX_CHAR_WIDTH = 7;
const SERIES = [
  { key: 'completed', label: 'Completed' },
  { key: 'failed', label: 'Failed' },
  { key: 'cancelled', label: 'Cancelled' },
];

export function createThroughputChart() {
  const chart = svg('svg', { id: 'throughput-chart', class: 'chart', role: 'img', height: HEIGHT });
  const figure = h('figure', { class: 'chart-figure' }, chart);
  let minutes = [];
  let drawn = '';

  function redraw() {
    const width = Math.floor(figure.clientWidth);
    if (width === 0) return; // not laid out yet; the resize observer calls again
    const signature = `${width}|${JSON.stringify(minutes)}`;
    if (signature === drawn) return; // unchanged: keep the bar under the pointer and its tooltip
    drawn = signature;
    draw(chart, minutes, width);
  }

  const observer = new ResizeObserver(redraw);
  observer.observe(figure);

  return {
    element: figure,
    update(perMinute) {
      minutes = perMinute ?? [];
      redraw();
    },
    destroy() {
      observer.disconnect();
    },
  };
}

function draw(chart, minutes, width) {
  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    width: Math.max(1, width - MARGIN.left - MARGIN.right),
    height: HEIGHT - MARGIN.top - MARGIN.bottom,
  };
  const totals = minutes.map(total);
  const scale = valueScale(Math.max(0, ...totals));
  const y = (value) => plot.top + plot.height - (value / scale.max) * plot.height;
  const slot = plot.width / Math.max(minutes.length, 1);

  chart.setAttribute('viewBox', `0 0 ${width} ${HEIGHT}`);
  chart.setAttribute('width', width);
  chart.replaceChildren();
  mount(chart,
    svg('title', {}, summary(minutes)),
    legend(width),
    valueAxis(scale, y, plot),
    timeAxis(minutes, slot, plot),
    svg('g', { class: 'bars' }, minutes.map((minute, index) => bar(minute, index, slot, y, plot))),
    totals.every((count) => count === 0) && emptyMessage(plot),
  );
}

// The unit on the left above the value axis, the series on the right.
function legend(width) {
  const itemWidths = SERIES.map((series) => 18 + series.label.length * APPROX_CHAR_WIDTH + 16);
  let x = width - MARGIN.right - itemWidths.reduce((sum, itemWidth) => sum + itemWidth, 0) + 16;
  const items = SERIES.map((series, index) => {
    const item = svg('g', { transform: `translate(${x}, 8)` },
      svg('rect', { class: `series-${series.key}`, width: 12, height: 12, rx: 2 }),
      svg('text', { x: 18, y: 10 }, series.label));
    x += itemWidths[index];
    return item;
  });
  const unit = svg('text', { class: 'unit', x: 4, y: 18 }, 'per minute');
  return svg('g', { class: 'legend' }, unit, items);
}

function valueAxis(scale, y, plot) {
  return svg('g', { class: 'axis value-axis' },
    scale.ticks.map((value) => svg('g', {},
      svg('line', { class: 'grid', x1: plot.left, x2: plot.left + plot.width, y1: y(value), y2: y(value) }),
      svg('text', { x: plot.left - 8, y: y(value) + 4, 'text-anchor': 'end' }, String(value)))));
}

// A label every 10 minutes on the clock (every 20 when narrow), under the minute it names.
function timeAxis(minutes, slot, plot) {
  const every = plot.width < 480 ? 20 : 10;
  const baseline = plot.top + plot.height;
  const labels = [];
  minutes.forEach((minute, index) => {
    const date = parseInstant(minute.minute);
    if (!date || date.getMinutes() % every !== 0) return;
    const x = plot.left + (index + 0.5) * slot;
    labels.push(
      svg('line', { class: 'tick', x1: x, x2: x, y1: baseline, y2: baseline + 4 }),
      svg('text', { x, y: baseline + 18, 'text-anchor': 'middle' }, formatClock(date)));
  });
  return svg('g', { class: 'axis time-axis' },
    svg('line', { class: 'baseline', x1: plot.left, x2: plot.left + plot.width, y1: baseline, y2: baseline }),
    labels);
}

function bar(minute, index, slot, y, plot) {
  const barWidth = Math.max(1, slot * 0.72);
  const x = plot.left + index * slot + (slot - barWidth) / 2;
  let below = 0;
  const segments = SERIES.map((series) => {
    const count = minute[series.key] ?? 0;
    if (count <= 0) return null;
    const segment = svg('rect', {
      class: `series-${series.key}`,
      x,
      y: y(below + count),
      width: barWidth,
      height: y(below) - y(below + count),
    });
    below += count;
    return segment;
  });
  return svg('g', { class: 'minute' },
    svg('title', {}, minuteSummary(minute)),
    // Covers the whole slot so the tooltip appears even over short or empty bars.
    svg('rect', { class: 'hit-area', x: plot.left + index * slot, y: plot.top, width: slot, height: plot.height }),
    segments);
}

function emptyMessage(plot) {
  return svg('text', {
    class: 'chart-empty',
    x: plot.left + plot.width / 2,
    y: plot.top + plot.height / 2,
    'text-anchor': 'middle',
  }, 'Nothing finished in the last hour');
}

/** Round steps (1, 2, 5 × 10ⁿ) with about four gridlines. */
function valueScale(largest) {
  const step = niceStep(Math.max(largest, 1) / 4);
  const max = Math.max(step, Math.ceil(largest / step) * step);
  const ticks = [];
  for (let value = 0; value <= max; value += step) ticks.push(value);
  return { max, ticks };
}

function niceStep(rough) {
  if (rough <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / magnitude;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude;
}

function total(minute) {
  return SERIES.reduce((sum, series) => sum + (minute[series.key] ?? 0), 0);
}

function minuteSummary(minute) {
  const counts = SERIES.map((series) => `${minute[series.key] ?? 0} ${series.label.toLowerCase()}`);
  return `${formatClock(minute.minute)}: ${counts.join(', ')}`;
}

function summary(minutes) {
  const sums = SERIES.map((series) =>
    `${minutes.reduce((sum, minute) => sum + (minute[series.key] ?? 0), 0)} ${series.label.toLowerCase()}`);
  return `Tasks finished per minute over the last ${minutes.length} minutes: ${sums.join(', ')}`;
}
