import Dexie, { type EntityTable } from 'dexie';
import type { Initiative, Product, Stage, Transition } from '../domain/types';
import type { StoredTemplate, TemplateVersion } from '../domain/templates/types';
import type { Activity } from './activity';

export interface Meta {
  key: string;
  value: unknown;
}

export const DB_NAME = 'product-lifecycle-board';

/** The one typed database. Schema versions are append-only: never edit a released version. */
export class BoardDB extends Dexie {
  products!: EntityTable<Product, 'id'>;
  stages!: EntityTable<Stage, 'id'>;
  initiatives!: EntityTable<Initiative, 'id'>;
  transitions!: EntityTable<Transition, 'id'>;
  templates!: EntityTable<StoredTemplate, 'id'>;
  templateVersions!: EntityTable<TemplateVersion, 'id'>;
  activity!: EntityTable<Activity, 'id'>;
  meta!: EntityTable<Meta, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      products: 'id, createdAt',
      stages: 'id, productId',
      initiatives: 'id, [productId+status], [stageId+status+rank], updatedAt',
      transitions: 'id, initiativeId, [productId+at]',
      templates: 'id, family',
      templateVersions: 'id, [templateId+version]',
      activity: '++id, [productId+state], at',
      meta: 'key',
    });
  }
}

export const db = new BoardDB();

/** The user-data tables a command may write; the activity log records changes to these. */
export type DataTable = 'products' | 'stages' | 'initiatives' | 'transitions' | 'templates' | 'templateVersions';
export const DATA_TABLES: readonly DataTable[] = ['products', 'stages', 'initiatives', 'transitions', 'templates', 'templateVersions'];
