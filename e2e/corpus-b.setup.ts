// Runs before the second corpus's tests (the "corpus-b" project depends on it), once the build exists
// and the preview server is up.
import { test as setup } from '@playwright/test';
import { prepareCorpusBSite } from './support/corpus-b-site';

setup('the second corpus is built into a copy of the site', async () => {
  await prepareCorpusBSite();
});
