import type { DocChange } from '../../diff/changes.js';
import { jsonChange } from './diff-json.js';
import { groupByEvent, type DiffReport } from './report.js';
import { markedSides } from './words.js';

/** Text for HTML: every doc string goes through here (a description may hold `</script>`). */
export function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** JSON inside `<script type="application/json">`: no `<` can end the element, no U+2028 can trouble an old parser. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const style = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:24px;color:#1d1d1f;background:#fff}
h1{font-size:20px;margin:0 0 8px}
.summary{display:flex;flex-wrap:wrap;gap:12px;margin:8px 0 16px}.summary div{padding:8px 12px;border-radius:6px;background:#f2f2f5}
.summary .b{background:#fde8e8}
.filters{margin:0 0 12px;display:flex;gap:20px;align-items:center}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border-bottom:1px solid #e3e3e8;padding:6px 8px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
thead th{background:#fafafa;position:sticky;top:0;z-index:1}
col.c-tag{width:84px}col.c-kind{width:170px}col.c-field{width:200px}col.c-lang{width:56px}col.c-where{width:230px}
tr.group th{background:#eef1f6;font-size:15px;padding-top:12px}
.tag{background:#c62828;color:#fff;border-radius:4px;padding:1px 6px;font-size:12px;white-space:nowrap}
td.where{overflow-wrap:normal}
td.before{background:#fff5f5;white-space:pre-wrap}td.after{background:#f3fbf3;white-space:pre-wrap}
del{background:#f8c4c4;text-decoration:line-through}ins{background:#b8e6b8;text-decoration:none}
.tag.accepted{background:#6b6b6b}
small{color:#555}
.hidden{display:none}
`;

/** `file:line`, breakable after each `/` rather than inside a name or the line number. */
function where(file: string, line: number | undefined): string {
  return `${file.split('/').map(html).join('/<wbr>')}:${line ?? ''}`;
}

/** The old and the new place, each labelled: a removed field's place is in the old docs. */
function whereCell(c: DocChange): string {
  const parts: string[] = [];
  if (c.where?.old) parts.push(`old ${where(c.where.old.file, c.where.old.line)}`);
  if (c.where?.new) parts.push(`new ${where(c.where.new.file, c.where.new.line)}`);
  if (parts.length === 0 && c.file) parts.push(where(c.file, c.line));
  return parts.join('<br>');
}

function changeRow(c: DocChange): string {
  const tag = c.accepted !== undefined ? '<span class="tag accepted">accepted</span>' : c.breaking ? '<span class="tag">breaking</span>' : '';
  const cells = [
    tag,
    `${html(c.kind)}${c.version ? `<br><small>${html(c.version)}</small>` : ''}${c.evidence ? `<br><small>${html(c.evidence)}</small>` : ''}${c.accepted ? `<br><small>accepted: ${html(c.accepted)}</small>` : ''}`,
    c.field ? `<code>${html(c.field)}</code>` : '<small>(event)</small>',
  ];
  // description changes in full, the changed words marked
  const words = markedSides(c, html, (escaped, op) => (op === 'removed' ? `<del>${escaped}</del>` : `<ins>${escaped}</ins>`), false);
  return (
    `<tr class="change ${c.breaking ? 'breaking' : 'non-breaking'}" data-breaking="${c.breaking}">` +
    cells.map((x) => `<td>${x}</td>`).join('') +
    `<td class="before">${words ? words.before : html(c.before ?? '')}</td><td class="after">${words ? words.after : html(c.after ?? '')}</td>` +
    `<td>${html(c.lang ?? '')}</td><td class="where"><small>${whereCell(c)}</small></td></tr>`
  );
}

/** The local overrides in their own table, after the doc changes and outside the filters' counts. */
function overridesHtml(report: DiffReport): string {
  if (!report.overrides?.length) return '';
  const rows = report.overrides.map((o) => {
    const places = [`${o.status === 'dropped' ? 'old ' : ''}${where(o.source.file, o.source.line)}`, ...(o.contradicts ? [`docs ${where(o.contradicts.file, o.contradicts.line)}`] : [])];
    return `<tr class="override"><td>${html(o.status)}</td><td>${html(o.product)} / ${html(o.event)}: ${html(o.action)}${o.version ? `<br><small>${html(o.version)}</small>` : ''}</td><td><code>${html(o.path)}</code></td><td>${o.docs === null ? '<small>(not in the docs)</small>' : html(o.docs)}</td><td>${o.overridden === null ? '<small>(removed)</small>' : html(o.overridden)}</td><td>${html(o.reason)}</td><td class="where"><small>${places.join('<br>')}</small></td></tr>`;
  });
  return `<h2>Local overrides (docs-src/overrides.json, not doc changes)</h2>
<table id="overrides"><thead><tr><th></th><th>override</th><th>field</th><th>docs say</th><th>overridden to</th><th>reason</th><th>where</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>`;
}

/**
 * One self-contained page: no network, no external scripts or fonts. Rows are rendered here,
 * escaped, and work without script; the report data rides along as JSON for the filter counts
 * (and for anyone who wants it back out of the page).
 */
export function diffHtml(report: DiffReport): string {
  const { summary, changes, title } = report;
  const products = [...new Set(changes.map((c) => c.product))].sort();
  const groups = groupByEvent(changes)
    .map(
      (g) =>
        `<tbody class="event" data-product="${html(g.product)}">\n<tr class="group"><th colspan="7">${html(g.product)} / ${html(g.event)}</th></tr>\n` +
        g.changes.map(changeRow).join('\n') +
        '\n</tbody>',
    )
    .join('\n');
  const data = { summary, changes: changes.map(jsonChange) };
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${html(title)}</title>
<style>${style}</style></head>
<body>
<h1>${html(title)}</h1>
<div class="summary"><div class="b">Breaking: <strong id="count-breaking">${summary.breaking}</strong></div><div>Non-breaking: <strong id="count-non-breaking">${summary.nonBreaking}</strong></div><div>Suggested bump: <strong id="bump">${html(summary.bump)}</strong></div><div>Shown: <strong id="count-shown">${changes.length}</strong></div></div>
<div class="filters"><label><input type="checkbox" id="breaking-only"> breaking only</label>
<label>product <select id="product"><option value="">all</option>${products.map((p) => `<option value="${html(p)}">${html(p)}</option>`).join('')}</select></label></div>
${changes.length === 0 ? '<p>No change.</p>' : `<table><colgroup><col class="c-tag"><col class="c-kind"><col class="c-field"><col><col><col class="c-lang"><col class="c-where"></colgroup>
<thead><tr><th></th><th>change</th><th>field</th><th>before</th><th>after</th><th>lang</th><th>where</th></tr></thead>
${groups}
</table>`}
${overridesHtml(report)}
<script type="application/json" id="diff-data">${scriptJson(data)}</script>
<script>
(function () {
  var data = JSON.parse(document.getElementById('diff-data').textContent);
  var only = document.getElementById('breaking-only');
  var product = document.getElementById('product');
  function apply() {
    var shown = 0;
    document.querySelectorAll('tbody.event').forEach(function (group) {
      var other = product.value !== '' && group.getAttribute('data-product') !== product.value;
      var visible = 0;
      group.querySelectorAll('tr.change').forEach(function (row) {
        var hide = other || (only.checked && row.getAttribute('data-breaking') !== 'true');
        row.classList.toggle('hidden', hide);
        if (!hide) visible++;
      });
      group.classList.toggle('hidden', visible === 0);
      shown += visible;
    });
    document.getElementById('count-shown').textContent = String(shown) + ' of ' + String(data.changes.length);
  }
  only.addEventListener('change', apply);
  product.addEventListener('change', apply);
  apply();
})();
</script>
</body></html>
`;
}
