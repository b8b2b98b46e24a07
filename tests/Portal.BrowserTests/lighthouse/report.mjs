// Formats the Lighthouse summary as the "## Lighthouse" section of docs/performance.md.
const targets = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 100 };
const kb = bytes => (bytes / 1024).toFixed(1);
const mark = (value, ok) => ok ? `${value}` : `**${value}** ✗`;

export function toMarkdown(results, when) {
  const lines = [
    '## Lighthouse',
    '',
    `Measured ${when.toISOString().slice(0, 16).replace('T', ' ')} UTC by \`./portal bench lighthouse\`: Lighthouse (npm) in Debian Chromium,`,
    'mobile profile (simulated slow 4G, 4× CPU slowdown), the app in Production mode on loopback with the test recipe.',
    'Targets: performance ≥ 95, accessibility 100, best practices ≥ 95, SEO 100, LCP ≤ 1.5 s, CLS ≤ 0.05,',
    'JS ≤ 50 KB compressed per page, home HTML ≤ 60 KB compressed. ✗ marks a miss. Sizes in KB as served',
    '(as served: the app compresses text over HTTP; "gz" is the gzip size of the decoded bytes). Pages kept out of search',
    'engines on purpose (noindex) lose the SEO crawlability audit by design; every other SEO audit must pass there.',
    '',
    '| template | perf | a11y | best pr. | SEO | LCP | CLS | TBT | HTML (gz) | CSS (gz) | JS (gz) | images |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    if (r.skipped) { lines.push(`| ${r.name} \`${r.path}\` | not audited: ${r.skipped} |||||||||||`); continue; }
    if (r.error) { lines.push(`| ${r.name} \`${r.path}\` | error: ${r.error} |||||||||||`); continue; }
    const s = id => r.scores[id] === undefined ? '–'
      : id === 'seo' && r.noIndex ? `${r.scores[id]} (noindex on purpose)` : mark(r.scores[id], r.scores[id] >= targets[id]);
    const lcp = (r.metrics.lcpMs ?? 0) / 1000, cls = r.metrics.cls ?? 0, w = r.weight;
    lines.push(`| ${r.name} \`${r.path}\` | ${s('performance')} | ${s('accessibility')} | ${s('best-practices')} | ${s('seo')} | ` +
      `${mark(lcp.toFixed(2) + ' s', lcp <= 1.5)} | ${mark(cls.toFixed(3), cls <= 0.05)} | ${Math.round(r.metrics.tbtMs ?? 0)} ms | ` +
      `${kb(w.html)} (${mark(kb(w.htmlGzip), r.path !== '/' || w.htmlGzip <= 60 * 1024)}) | ${kb(w.css)} (${kb(w.cssGzip)}) | ` +
      `${kb(w.js)} (${mark(kb(w.jsGzip), w.jsGzip <= 50 * 1024)}) | ${kb(w.images)} |`);
  }
  const misses = results.flatMap(r => Object.entries(r.failing ?? {}).flatMap(([c, audits]) => audits.map(a => `- ${r.name}, ${c}: ${a}`)));
  lines.push('', misses.length ? 'Audits not passed:' : 'Every scored audit passed.', ...misses, '');
  return lines.join('\n');
}

/** Replaces the section that starts with `heading` (up to the next "## ") or appends it. */
export function replaceSection(text, heading, section) {
  const start = text.indexOf(heading + '\n');
  if (start < 0) return text.replace(/\n*$/, '\n\n') + section;
  const next = text.indexOf('\n## ', start + heading.length);
  return text.slice(0, start) + section + (next < 0 ? '' : '\n' + text.slice(next + 1));
}
