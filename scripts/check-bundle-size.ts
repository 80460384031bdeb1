// npm run check:size [-- --dist DIR --budget BYTES]: fails when the JavaScript the first paint loads
// (entry + modulepreloads + their static imports) exceeds the gzip budget. Runs after `vite build`.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { checkBudget, formatSizeTable, initialJavaScript, INITIAL_JS_BUDGET, parseHtmlAssets, resolveAsset, type SizeRow } from './bundle-size';

function main(): number {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, budget: { type: 'string' } } });
  const dist = resolve(values.dist);
  const budget = values.budget === undefined ? INITIAL_JS_BUDGET : Number(values.budget);
  let html: string;
  try {
    html = readFileSync(join(dist, 'index.html'), 'utf8');
  } catch {
    console.error(`check:size: ${join(dist, 'index.html')} not found; run "npm run build" first.`);
    return 1;
  }
  const read = (file: string) => readFileSync(join(dist, file), 'utf8');
  const row = (file: string, kind: SizeRow['kind']): SizeRow => {
    const content = readFileSync(join(dist, file));
    return { file, kind, bytes: content.length, gzipBytes: gzipSync(content).length };
  };
  const rows = [
    ...initialJavaScript(html, read).map((f) => row(f, 'js')),
    ...parseHtmlAssets(html).styles.map((s) => row(resolveAsset('index.html', s), 'css')),
  ];
  console.log(formatSizeTable(rows));
  const verdict = checkBudget(rows, budget);
  console.log(`\n${verdict.message} (CSS is listed, not counted; lazy chunks are not counted)`);
  return verdict.ok ? 0 : 1;
}

process.exitCode = main();
