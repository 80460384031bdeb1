// What one measured run gives. Times are milliseconds; null = the measurement did not complete
// (the report says so instead of inventing a number).

export interface FrameSample {
  frames: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  longTaskCount: number;
  longTaskTotalMs: number;
  /** Wall time of the scripted sequence. */
  durationMs: number;
  /** False when the page was so slow that the script hit its deadline and stopped early. */
  completed: boolean;
}

export interface ExplorerRun {
  /** From navigation start to the first visible event mark or cluster. */
  firstMarkMs: number | null;
  /** From navigation start to the network being laid out and drawn. */
  networkSettleMs: number | null;
  frames: FrameSample | null;
  /** Main-thread busy time (CDP TaskDuration) over the 20-notch wheel sequence. */
  mainThreadMs: number | null;
  /** Frames and long tasks while a network node is dragged. */
  nodeDrag: FrameSample | null;
  /** Used JS heap after the sequence, after a forced GC. */
  heapMB: number | null;
  /** Heap (after GC) before and after zooming back and forth for `seconds`. */
  soak: { beforeMB: number; afterMB: number; seconds: number } | null;
  /** From Enter in the filter combobox to the first frame showing the filtered timeline. */
  filterMs: number | null;
  filterOfficial: string | null;
  problems: string[];
}

/**
 * The vis-timeline configurations measured side by side (bench/vis/vis-bench.js lists the options of
 * each): `default` is what a user gets out of the box, `clustered` is vis-timeline's own answer to many
 * items. The ratio is taken against whichever was faster, so the comparison cannot flatter us.
 */
export type VisConfig = 'default' | 'clustered';
export const VIS_CONFIGS: readonly VisConfig[] = ['default', 'clustered'];

export interface VisRun {
  config: VisConfig;
  /** From navigation start to the first visible vis-timeline item. */
  firstItemMs: number | null;
  /** Seconds waited in vain for vis-timeline's first item (then nothing else is measured), else null. */
  noRenderWithinS: number | null;
  frames: FrameSample | null;
  /** Main-thread busy time (CDP TaskDuration) over the 20-notch wheel sequence. */
  mainThreadMs: number | null;
  heapMB: number | null;
  problems: string[];
}

export interface DatasetInfo {
  name: string;
  events: number;
  officials: number;
  /** URL of the explorer's build serving this dataset. */
  siteUrl: string;
  /** URL of this dataset's dataset.json (for the vis-timeline page). */
  datasetUrl: string;
  /** The official whose filter latency is measured: the one in most events. */
  filterQuery: string;
}

/** What measureVisRun sees: one page load, whatever configuration its URL asked for. */
export type VisMeasurement = Omit<VisRun, 'config'>;
