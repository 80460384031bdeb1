import { describe, expect, it } from 'vitest';
import { checkBudget, formatSizeTable, initialJavaScript, parseHtmlAssets, resolveAsset, staticImports } from './bundle-size';

const VITE_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'">
    <script type="module" crossorigin src="./assets/index-AbC123.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/react-Xy9.js">
    <link rel="stylesheet" crossorigin href="./assets/index-Qq1.css">
    <link rel="icon" href="./favicon.svg">
    <!-- <script type="module" src="./assets/commented-out.js"></script> -->
  </head>
  <body><div id="root"></div></body>
</html>`;

describe('parseHtmlAssets', () => {
  it('finds the entry script, modulepreloads and stylesheets, whatever the attribute order', () => {
    expect(parseHtmlAssets(VITE_HTML)).toEqual({
      scripts: ['./assets/index-AbC123.js'],
      modulePreloads: ['./assets/react-Xy9.js'],
      styles: ['./assets/index-Qq1.css'],
    });
    const reordered = `<link href='/assets/a.js' rel=modulepreload><script src="/assets/b.js" type="module"></script><script nomodule src="legacy.js"></script>`;
    expect(parseHtmlAssets(reordered)).toEqual({ scripts: ['/assets/b.js'], modulePreloads: ['/assets/a.js'], styles: [] });
  });
});

describe('staticImports', () => {
  it('counts static imports and re-exports, not dynamic import()', () => {
    const code = `import{a as b,c}from"./chunk-1.js";import"./side.js";import d from './d.js';export*from"./e.js";export{f}from"./f.js";const g=()=>import("./lazy.js");import("./lazy2.js");import x from"react";`;
    expect(staticImports(code)).toEqual(['./chunk-1.js', './side.js', './d.js', './e.js', './f.js']);
  });
});

describe('resolveAsset', () => {
  it('resolves relative, parent and absolute URLs against the file that writes them', () => {
    expect(resolveAsset('index.html', './assets/a.js')).toBe('assets/a.js');
    expect(resolveAsset('assets/a.js', './b.js')).toBe('assets/b.js');
    expect(resolveAsset('assets/a.js', '../c.js?v=1')).toBe('c.js');
    expect(resolveAsset('index.html', '/assets/d.js')).toBe('assets/d.js');
  });
});

describe('initialJavaScript', () => {
  it('follows static imports transitively and leaves lazy chunks out', () => {
    const files: Record<string, string> = {
      'assets/index-AbC123.js': 'import{r}from"./react-Xy9.js";import"./shared.js";const l=()=>import("./network-lazy.js");',
      'assets/react-Xy9.js': 'export const r=1;',
      'assets/shared.js': 'import"./react-Xy9.js";export*from"./deep.js";',
      'assets/deep.js': 'export const d=1;',
      'assets/network-lazy.js': 'import"./huge.js";',
    };
    const read = (f: string) => {
      const content = files[f];
      if (content === undefined) throw new Error(`unexpected read of ${f}`);
      return content;
    };
    expect(initialJavaScript(VITE_HTML, read).sort()).toEqual(['assets/deep.js', 'assets/index-AbC123.js', 'assets/react-Xy9.js', 'assets/shared.js']);
  });
});

describe('checkBudget', () => {
  const rows = [
    { file: 'assets/index.js', kind: 'js' as const, bytes: 300_000, gzipBytes: 90_000 },
    { file: 'assets/vendor.js', kind: 'js' as const, bytes: 100_000, gzipBytes: 29_000 },
    { file: 'assets/index.css', kind: 'css' as const, bytes: 20_000, gzipBytes: 5_000 },
  ];
  it('sums gzip sizes of JavaScript only', () => {
    const verdict = checkBudget(rows, 120_000);
    expect(verdict.ok).toBe(true);
    expect(verdict.initialJsGzip).toBe(119_000);
    expect(verdict.message).toMatch(/^OK: 119\.0 KB/);
  });
  it('fails over budget, and when no script was found', () => {
    expect(checkBudget(rows, 100_000).ok).toBe(false);
    expect(checkBudget(rows, 100_000).message).toMatch(/OVER BUDGET/);
    expect(checkBudget(rows.filter((r) => r.kind === 'css')).ok).toBe(false);
  });
  it('prints one line per file', () => {
    const table = formatSizeTable(rows);
    expect(table.split('\n')).toHaveLength(4);
    expect(table).toContain('90.0 KB');
  });
});
