/**
 * The columns of a Jira CSV export, found by their headers. Jira writes one column per value of a
 * multi-valued field under the same header (three "Labels", two "Sprint", one "Comment" per
 * comment), names the headers in the language of the person exporting, and names custom fields
 * "Custom field (Story Points)" after the site's setup.
 */
import { normalize } from '../filter';

/** The headers each field goes by, lower case without accents: Jira's English names, then French, Spanish and Portuguese ones. */
const HEADERS = {
  summary: ['summary', 'resume', 'resumen', 'resumo'],
  key: ['issue key', 'cle de ticket', 'cle', 'clave de incidencia', 'clave', 'chave do item', 'chave'],
  id: ['issue id', 'id de ticket', 'id du ticket', 'id de incidencia', 'id do item'],
  type: ['issue type', 'type de ticket', 'tipo de incidencia', 'tipo de item'],
  status: ['status', 'etat', 'statut', 'estado'],
  labels: ['labels', 'etiquettes', 'libelles', 'etiquetas'],
  description: ['description', 'descripcion', 'descricao'],
  sprint: ['sprint'],
  priority: ['priority', 'priorite', 'prioridad', 'prioridade'],
  resolution: ['resolution', 'resolucion', 'resolucao'],
  assignee: ['assignee', 'responsable', 'personne assignee', 'responsavel'],
  assigneeId: ['assignee id', 'id du responsable'],
  reporter: ['reporter', 'rapporteur', 'informador', 'relator'],
  reporterId: ['reporter id', 'id du rapporteur'],
  creator: ['creator', 'createur', 'creador', 'criador'],
  creatorId: ['creator id', 'id du createur'],
  created: ['created', 'creation', 'cree', 'date de creation', 'creado', 'criado'],
  updated: ['updated', 'mise a jour', 'mis a jour', 'actualizado', 'atualizado'],
  resolved: ['resolved', 'resolu', 'date de resolution', 'resuelto', 'resolvido'],
  project: ['project name', 'nom du projet', 'projet', 'nombre del proyecto', 'nome do projeto'],
  /** Where the parent or epic is named, best first: keys before ids. */
  parent: ['parent key', 'epic link', 'parent link', "lien d'epic", "lien de l'epic", 'parent', 'parent id', 'id parent', 'id du parent'],
  parentSummary: ['parent summary', 'resume du parent', 'resume parent'],
  comment: ['comment', 'comments', 'commentaire', 'commentaires', 'comentario', 'comentarios'],
  attachment: ['attachment', 'attachments', 'piece jointe', 'pieces jointes', 'adjunto', 'anexo'],
} as const;
type Field = keyof typeof HEADERS;

const CUSTOM = /^(?:custom field|champ personnalise|campo personalizado)\s*\((.+)\)$/;
const POINTS = /\bstory ?points?\b|\bpoints de story\b|\bstory point estimate\b/;
/** Jira's own ordering field, in every export: not something a user entered. */
const INTERNAL = new Set(['rank', 'rang', 'classement']);

/** A header as compared: no BOM, lower case, no accents, single spaces; a custom field by its own name, kept as written for the preview. */
function headerName(header: string): { name: string; custom: string | null } {
  const original = header.replace(/^\ufeff/, '').replace(/\s+/g, ' ').trim();
  const name = normalize(original).replace(/[’`]/g, "'");
  const custom = CUSTOM.exec(name);
  if (!custom) return { name, custom: null };
  return { name: custom[1]!.trim(), custom: /\((.+)\)$/.exec(original)?.[1]?.trim() ?? original };
}

/** Every column of each field, in the file's order; the story points and the custom fields read nowhere else. */
export function columnsOf(headers: readonly string[]) {
  const names = headers.map(headerName);
  const columns = Object.fromEntries(
    (Object.keys(HEADERS) as Field[]).map((field) => [field, names.flatMap((h, i) => ((HEADERS[field] as readonly string[]).includes(h.name) ? [i] : []))]),
  ) as Record<Field, number[]>;
  // The parent columns in the order of HEADERS.parent, so that a key is preferred to an id.
  columns.parent = HEADERS.parent.flatMap((header) => names.flatMap((h, i) => (h.name === header ? [i] : [])));
  const points = names.flatMap((h, i) => (POINTS.test(h.name) ? [i] : []));
  const used = new Set([...Object.values(columns).flat(), ...points]);
  const custom = names.flatMap((h, i) => (h.custom !== null && !used.has(i) && !INTERNAL.has(h.name) ? [{ index: i, name: h.custom }] : []));
  return { ...columns, points, custom };
}
export type Columns = ReturnType<typeof columnsOf>;
