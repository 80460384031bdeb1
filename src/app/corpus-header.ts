// The page's static header was written at build time from the corpus built into the page; the dataset
// actually loaded may describe another (a dist/ whose data/ was replaced). Once it is in, the
// description, the Open Graph tags and the <h1> say what it says (the tab title: use-document-title.ts).
import { useEffect } from 'react';
import type { CorpusInfo } from '../data/schema';

function setText(selector: string, text: string): void {
  const element = document.querySelector(selector);
  if (element && element.textContent !== text) element.textContent = text;
}

function setContent(selector: string, text: string): void {
  const element = document.querySelector(selector);
  if (element && element.getAttribute('content') !== text) element.setAttribute('content', text);
}

export function useCorpusHeader(corpus: CorpusInfo | undefined): void {
  useEffect(() => {
    if (!corpus) return;
    setText('.app-header h1', corpus.title);
    setText('.app-header .app-description', corpus.description);
    // An event's or official's page has its own description and card: only the app's page takes the corpus's.
    if (document.querySelector('meta[name="application-name"]')) return;
    setContent('meta[name="description"]', corpus.description);
    setContent('meta[property="og:title"]', corpus.title);
    setContent('meta[property="og:description"]', corpus.description);
  }, [corpus]);
}
