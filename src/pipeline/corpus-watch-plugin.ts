// `npm run dev` while curating: the dataset is rebuilt whenever a file of the corpus changes and the
// page reloads with it. A corpus that does not build shows Vite's error overlay with the message
// `npm run dataset` prints, and the previous dataset stays in place until the corpus is right.
import path from 'node:path';
import type { ErrorPayload, Plugin, ViteDevServer } from 'vite';
import { buildDataset } from './build-dataset';
import { CorpusError } from './corpus-error';

export interface CorpusWatchOptions {
  /** Relative to Vite's root. */
  corpusDir?: string;
  outDir?: string;
}

// Editors save in several steps (write, rename, touch): one rebuild for the lot.
const SETTLE_MS = 80;

export function corpusWatch(options: CorpusWatchOptions = {}): Plugin {
  return {
    name: 'corpus-watch',
    apply: 'serve',
    async configureServer(server) {
      const corpusDir = path.resolve(server.config.root, options.corpusDir ?? 'src/corpus');
      const outDir = path.resolve(server.config.root, options.outDir ?? 'public/data');
      const builder = new Rebuilder(server, corpusDir, outDir);
      server.watcher.add(corpusDir);
      server.watcher.on('all', (_event, file) => {
        const relative = path.relative(corpusDir, path.resolve(file));
        if (relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)) builder.schedule();
      });
      // A page that connects after a failed build (or reconnects) sees the error too.
      server.ws.on('connection', () => builder.showError());
      await builder.run(false);
    },
  };
}

class Rebuilder {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private pending = false;
  private error: ErrorPayload['err'] | undefined;

  constructor(
    private readonly server: ViteDevServer,
    private readonly corpusDir: string,
    private readonly outDir: string,
  ) {}

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(true), SETTLE_MS);
  }

  showError(): void {
    if (this.error) this.server.ws.send({ type: 'error', err: this.error });
  }

  /** Build once; a change during a build builds again after it. */
  async run(reload: boolean): Promise<void> {
    if (this.running) {
      this.pending = true;
      return this.running;
    }
    this.running = this.build(reload);
    await this.running;
    this.running = undefined;
    if (this.pending) {
      this.pending = false;
      await this.run(true);
    }
  }

  private async build(reload: boolean): Promise<void> {
    const { logger } = this.server.config;
    try {
      const summary = await buildDataset({ corpusDir: this.corpusDir, outDir: this.outDir });
      this.error = undefined;
      logger.info(`corpus: dataset rebuilt (${summary.articles} articles, ${summary.events} events)`, { timestamp: true });
      for (const warning of summary.warnings) logger.warn(`corpus: ${warning}`, { timestamp: true });
      if (reload) this.server.ws.send({ type: 'full-reload' });
    } catch (error) {
      const message = error instanceof CorpusError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
      this.error = { message, stack: '', plugin: 'corpus-watch' };
      logger.error(`${message}\nThe dataset was not rebuilt; the page keeps the previous one.`, { timestamp: true });
      this.showError();
    }
  }
}
