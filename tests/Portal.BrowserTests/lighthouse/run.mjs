// Runs Lighthouse (mobile profile) with Debian Chromium over the public templates and writes a JSON summary;
// with --markdown FILE it also rewrites that file's "## Lighthouse" section.
// Usage: node lighthouse/run.mjs --base http://127.0.0.1:PORT --out summary.json
//        [--categories accessibility,best-practices,seo] [--markdown ../../docs/performance.md]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { toMarkdown, replaceSection } from './report.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) =>
  a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs, []));
const base = (args.base || '').replace(/\/$/, '');
if (!base || !args.out) { console.error('usage: run.mjs --base URL --out FILE [--categories a,b] [--markdown FILE]'); process.exit(2); }
const categories = (args.categories || 'performance,accessibility,best-practices,seo').split(',');
const templates = JSON.parse(fs.readFileSync(path.join(here, '..', 'public-templates.json'), 'utf8'));
const perPageTimeoutMs = 90_000;

// Audits that a page meant to stay out of search engines (404, sign-in) fails on purpose.
const intendedForNonIndexable = new Set(['is-crawlable', 'http-status-code']);

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const results = [];
try {
  for (const template of templates) {
    const url = base + template.path;
    if (template.status !== 200) {
      results.push({ name: template.name, path: template.path, skipped: `answers ${template.status}; Lighthouse does not audit error documents (axe and vnu cover it)` });
      continue;
    }
    try {
      results.push(await withTimeout(audit(template, url), perPageTimeoutMs, url));
    } catch (error) {
      results.push({ name: template.name, path: template.path, error: String(error.message || error) });
    }
  }
} finally {
  await chrome.kill();
}
fs.writeFileSync(args.out, JSON.stringify(results, null, 2));
if (args.markdown) {
  const file = path.resolve(args.markdown);
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Performance\n';
  fs.writeFileSync(file, replaceSection(old, '## Lighthouse', toMarkdown(results, new Date())));
}
process.exit(0);

async function audit(template, url) {
  const runner = await lighthouse(url, {
    port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories,
    maxWaitForLoad: 20_000, disableFullPageScreenshot: true,
  });
  const lhr = runner.lhr;
  const scores = Object.fromEntries(Object.entries(lhr.categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]));
  const failing = {};
  for (const [id, category] of Object.entries(lhr.categories)) {
    failing[id] = category.auditRefs
      .filter(ref => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
      .filter(ref => !template.noIndex || !intendedForNonIndexable.has(ref.id))
      .map(ref => `${ref.id}: ${lhr.audits[ref.id].title}`);
  }
  const numeric = id => lhr.audits[id]?.numericValue;
  return {
    name: template.name, path: template.path, status: template.status, noIndex: !!template.noIndex, scores, failing,
    metrics: { lcpMs: numeric('largest-contentful-paint'), cls: numeric('cumulative-layout-shift'), tbtMs: numeric('total-blocking-time') },
    weight: await weightOf(lhr),
    runtimeError: lhr.runtimeError?.message,
  };
}

// Bytes per kind as served, and gzip-compressed (what a compressing proxy or server would send).
async function weightOf(lhr) {
  const kinds = { Document: 'html', Stylesheet: 'css', Script: 'js', Image: 'images' };
  const weight = { html: 0, css: 0, js: 0, images: 0, htmlGzip: 0, cssGzip: 0, jsGzip: 0 };
  for (const request of lhr.audits['network-requests']?.details?.items ?? []) {
    const kind = kinds[request.resourceType];
    if (!kind) continue;
    weight[kind] += request.transferSize || request.resourceSize || 0;
    if (kind !== 'images') weight[kind + 'Gzip'] += await gzipSize(request.url);
  }
  return weight;
}

async function gzipSize(url) {
  try { return zlib.gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer())).length; } catch { return 0; }
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s on ${what}`)), ms); })])
    .finally(() => clearTimeout(timer));
}
