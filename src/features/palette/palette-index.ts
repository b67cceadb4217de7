import Dexie, { liveQuery, type Subscription } from 'dexie';
import MiniSearch, { type SearchResult } from 'minisearch';
import { db } from '../../db/db';
import { libraryTemplates, type TemplateLanguage } from '../../db/template-queries';
import {
  hypothesisDocument,
  initiativeDocument,
  interviewDocument,
  objectiveDocuments,
  ritualRunDocument,
  sprintDocument,
  storyDocument,
  templateDocument,
  type DocumentLabels,
  type SearchDocument,
} from '../../domain/search/documents';
import { INDEX_OPTIONS, QUERY_OPTIONS } from '../../domain/search/index-options';
import { groupHits, type ResultGroup, type SearchHit } from '../../domain/search/results';

/** The fields the index keeps of each document (INDEX_OPTIONS.storeFields), as a search returns them. */
type Stored = Pick<SearchHit, 'kind' | 'title' | 'detail' | 'parent' | 'target'>;

/** Documents per idle slice: small enough that typing while the index fills stays smooth. */
const CHUNK = 1000;

/** Reads one source of documents; a live query re-runs it whenever what it read changes. */
type Source = () => Promise<SearchDocument[]>;

const live = <T extends { deletedAt: number | null }>(records: T[]) => records.filter((r) => r.deletedAt === null);

function sources(productId: string, language: TemplateLanguage, labels: DocumentLabels): Source[] {
  return [
    async () => live(await db.initiatives.where('[productId+status]').between([productId, Dexie.minKey], [productId, Dexie.maxKey]).toArray()).map((i) => initiativeDocument(i, labels)),
    async () => live(await db.hypotheses.where('productId').equals(productId).toArray()).map(hypothesisDocument),
    async () => live(await db.interviews.where('productId').equals(productId).toArray()).map(interviewDocument),
    async () => live(await db.stories.where('productId').equals(productId).toArray()).map(storyDocument),
    async () => live(await db.objectives.where('productId').equals(productId).toArray()).flatMap((o) => objectiveDocuments(o, labels)),
    async () => live(await db.sprints.where('productId').equals(productId).toArray()).map(sprintDocument),
    async () => live(await db.ritualRuns.where('productId').equals(productId).toArray()).map((run) => ritualRunDocument(run, labels)),
    async () => (await libraryTemplates(language)).map(templateDocument),
  ];
}

const idle = () =>
  new Promise<void>((resolve) => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 50 });
    else setTimeout(resolve, 0);
  });

/**
 * A product's search index, kept current from Dexie: each source is a live query, and each of
 * its results is compared with what the index holds (by id and version), so an edit re-indexes
 * the records that changed, not the product. The first fill goes in idle slices: the palette
 * answers from what is indexed so far, and the page never freezes on a large product.
 */
export class PaletteIndex {
  private readonly search = new MiniSearch<SearchDocument>(INDEX_OPTIONS);
  private readonly versions = new Map<string, string>();
  /** The titles results name their parent by (a hypothesis's initiative, a run's sprint). */
  private readonly titles = new Map<string, string>();
  private readonly subscriptions: Subscription[] = [];
  private readonly listeners = new Set<() => void>();
  private queue: Promise<void> = Promise.resolve();
  private pending = 0;
  private changes = 0;

  constructor(productId: string, language: TemplateLanguage, labels: DocumentLabels) {
    for (const source of sources(productId, language, labels)) {
      let previous = new Set<string>();
      this.subscriptions.push(
        liveQuery(source).subscribe((documents) => {
          const ids = new Set(documents.map((d) => d.id));
          const removed = [...previous].filter((id) => !ids.has(id));
          previous = ids;
          this.pending++;
          // One update at a time, in order: two quick edits never interleave their slices.
          this.queue = this.queue.then(() => this.apply(documents, removed)).finally(() => {
            this.pending--;
            this.changed();
          });
        }),
      );
    }
  }

  /** Whether every source has been read and indexed once. */
  get ready(): boolean {
    return this.pending === 0 && this.versions.size > 0;
  }

  private async apply(documents: SearchDocument[], removed: string[]) {
    for (const id of removed) {
      if (this.search.has(id)) this.search.discard(id);
      this.versions.delete(id);
    }
    const fresh = documents.filter((d) => this.versions.get(d.id) !== d.version);
    for (let start = 0; start < fresh.length; start += CHUNK) {
      if (start > 0) await idle();
      for (const document of fresh.slice(start, start + CHUNK)) {
        if (this.search.has(document.id)) this.search.replace(document);
        else this.search.add(document);
        this.versions.set(document.id, document.version);
        if (document.kind === 'initiative' || document.kind === 'sprint') this.titles.set(document.target, document.parentName ?? document.title);
      }
      this.changed();
    }
  }

  /** The best matches of `query`, grouped by kind, each naming its parent when it has one. */
  query(query: string): ResultGroup[] {
    if (!query.trim()) return [];
    // One or two letters match most of a large product: titles alone answer them, at once.
    const options = query.trim().length < 3 ? { ...QUERY_OPTIONS, fields: ['title'] } : QUERY_OPTIONS;
    const found = this.search.search(query, options) as unknown as (SearchResult & Stored)[];
    return groupHits(found).map(({ kind, hits }) => ({
      kind,
      hits: hits.map((hit) => ({
        id: hit.id as string,
        kind,
        title: hit.title,
        detail: (hit.parent && this.titles.get(hit.parent)) || hit.detail,
        parent: hit.parent,
        target: hit.target,
        score: hit.score,
      })),
    }));
  }

  /** Calls `listener` whenever what the index holds changes (results on screen are then redone). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Counts the changes: a screen showing results redoes them when it moves. */
  get revision(): number {
    return this.changes;
  }

  private changed() {
    this.changes++;
    this.listeners.forEach((listener) => listener());
  }

  close() {
    this.subscriptions.forEach((s) => s.unsubscribe());
    this.listeners.clear();
  }
}

let current: { key: string; index: PaletteIndex } | null = null;

/**
 * The index of the product on screen, in the UI language. It stays open once the palette has
 * been opened, so the next Ctrl+K answers at once; another product or language starts another.
 */
export function paletteIndex(productId: string, language: TemplateLanguage, labels: DocumentLabels): PaletteIndex {
  const key = `${productId}:${language}`;
  if (current?.key !== key) {
    current?.index.close();
    current = { key, index: new PaletteIndex(productId, language, labels) };
  }
  return current.index;
}
