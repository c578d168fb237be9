import type { DocChange, DiffSummary } from '../../diff/changes.js';

/** Text for HTML: every doc string goes through here (a description may hold `</script>`). */
export function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * One self-contained page: no network, no external scripts or fonts. Rows are rendered on the
 * server side (escaped); the small script only toggles visibility for the filters.
 */
export function diffHtml(summary: DiffSummary, changes: DocChange[], title = 'Documentation changes'): string {
  const products = [...new Set(changes.map((c) => c.product))].sort();
  const rows = changes
    .map(
      (c) => `<tr class="change ${c.breaking ? 'breaking' : 'non-breaking'}" data-product="${html(c.product)}" data-breaking="${c.breaking}">
<td>${c.breaking ? '<span class="tag">breaking</span>' : ''}</td><td>${html(c.product)}</td><td>${html(c.event)}${c.version ? `<br><small>${html(c.version)}</small>` : ''}</td><td>${html(c.kind)}${c.evidence ? `<br><small>${html(c.evidence)}</small>` : ''}</td><td><code>${html(c.field ?? '')}</code></td>
<td class="side before">${html(c.before ?? '')}</td><td class="side after">${html(c.after ?? '')}</td><td>${html(c.lang ?? '')}</td><td><small>${c.file ? html(`${c.file}:${c.line}`) : ''}</small></td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${html(title)}</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#1d1d1f}
h1{font-size:20px;margin:0 0 8px}
.summary{display:flex;gap:16px;margin:8px 0 16px}.summary div{padding:8px 12px;border-radius:6px;background:#f2f2f5}
.summary .b{background:#fde8e8}
.filters{margin:0 0 12px;display:flex;gap:16px;align-items:center}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #e3e3e8;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#fafafa;position:sticky;top:0}
.tag{background:#c62828;color:#fff;border-radius:4px;padding:1px 6px;font-size:12px}
.before{background:#fff5f5}.after{background:#f3fbf3}
tr.hidden{display:none}
</style></head>
<body>
<h1>${html(title)}</h1>
<div class="summary"><div class="b">Breaking: <strong id="count-breaking">${summary.breaking}</strong></div><div>Non-breaking: <strong id="count-non-breaking">${summary.nonBreaking}</strong></div><div>Suggested bump: <strong id="bump">${summary.bump}</strong></div><div>Shown: <strong id="count-shown">${changes.length}</strong></div></div>
<div class="filters"><label><input type="checkbox" id="breaking-only"> breaking only</label>
<label>product <select id="product"><option value="">all</option>${products.map((p) => `<option value="${html(p)}">${html(p)}</option>`).join('')}</select></label></div>
<table><thead><tr><th></th><th>product</th><th>event</th><th>change</th><th>field</th><th>before</th><th>after</th><th>lang</th><th>where</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<script>
(function () {
  var only = document.getElementById('breaking-only');
  var product = document.getElementById('product');
  function apply() {
    var shown = 0;
    document.querySelectorAll('tr.change').forEach(function (row) {
      var hide = (only.checked && row.getAttribute('data-breaking') !== 'true') || (product.value !== '' && row.getAttribute('data-product') !== product.value);
      row.classList.toggle('hidden', hide);
      if (!hide) shown++;
    });
    document.getElementById('count-shown').textContent = String(shown);
  }
  only.addEventListener('change', apply);
  product.addEventListener('change', apply);
})();
</script>
</body></html>
`;
}
