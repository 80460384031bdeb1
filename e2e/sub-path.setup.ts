// Runs before the sub-path tests (the "sub-path" project depends on it), once the root build exists.
import { test as setup } from '@playwright/test';
import { prepareSubPathSite } from './support/sub-path-site';

setup('the app is built for the sub-path /x/', () => {
  setup.setTimeout(120_000);
  prepareSubPathSite();
});
