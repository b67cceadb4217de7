import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { decodeBytes, textSamples } from '../../../src/domain/import/encoding';
import { parseJiraCsv, separatorOf } from '../../../src/domain/import/jira';
import type { ImportSource } from '../../../src/domain/import/source';
import { fixtureBytes, item, sourceOf } from './import-helpers';

function parsed(text: string): ImportSource {
  const result = parseJiraCsv(text);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`);
  return result.value;
}

describe('the bytes of an exported file', () => {
  it('reads a Jira CSV saved by French Excel (Windows-1252, semicolons) with every accent, €, ’, œ and « » intact', () => {
    const { text, encoding } = decodeBytes(fixtureBytes('jira-excel-fr-1252.csv'));
    expect(encoding).toBe('windows-1252');
    const source = parsed(text);
    expect(source.separator).toBe(';');
    expect(source.items.map((i) => i.title)).toEqual(['Écran « Mes reçus »', 'Paiement refusé sans message', 'Ancienne idée de reçus papier', 'Épopée reçus']);
    expect(source.items[0]!.description).toBe('Le reçu reprend le total TTC : 12,50 € ; l’adresse et la TVA (œuvre de Zoë).');
    expect(source.groups.map((g) => g.name)).toEqual(['À faire', 'En cours', 'Annulé', 'Terminé']);
    expect(source.items[0]!.tags).toEqual(['Story', 'reçus', 'mobile']);
    expect(source.items[1]!.owner).toBe('Chloé Bernard');
  });

  it('reads the dates Excel wrote again in French, day first', () => {
    const source = parsed(decodeBytes(fixtureBytes('jira-excel-fr-1252.csv')).text);
    expect(source.items[0]!.createdAt).toBe(new Date(2026, 10, 3, 9, 5).getTime());
    expect(source.items[0]!.updatedAt).toBe(new Date(2026, 10, 19, 16, 42).getTime());
    expect(source.items[2]!.resolvedAt).toBe(new Date(2026, 9, 15, 12, 0).getTime());
    expect(source.undatedRows).toEqual([]);
  });

  it('reads UTF-8 with or without a BOM, and UTF-16 with its BOM', () => {
    const utf8 = new TextEncoder().encode('Summary\nRésumé');
    expect(decodeBytes(utf8)).toEqual({ text: 'Summary\nRésumé', encoding: 'utf-8' });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: 'Summary\nRésumé', encoding: 'utf-8' });
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Summary\té'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeBytes(utf16)).toEqual({ text: 'Summary\té', encoding: 'utf-16le' });
  });

  it('falls back to Windows-1252 for a single byte that is not UTF-8, whatever the engine’s decoder does with 0x80–0x9F', () => {
    expect(decodeBytes(new Uint8Array([0x43, 0x6c, 0xe9, 0x20, 0x80, 0x92, 0x9c, 0x8d]))).toEqual({ text: 'Clé €’œ\u008d', encoding: 'windows-1252' });
  });

  describe.each([
    ['with a BOM', '\ufeff'],
    ['without a BOM', ''],
  ])('UTF-8 %s', (_, bom) => {
    it.each([
      [',', '\r\n'],
      [',', '\n'],
      [';', '\r\n'],
      [';', '\n'],
      ['\t', '\r\n'],
    ])('separated by “%s”, lines ending in %j: every row and cell read alike', (separator, newline) => {
      const rows = [
        ['Summary', 'Status', 'Labels', 'Description'],
        ['Payer en un clic', 'À faire', 'paiement', 'Ligne 1\nLigne 2, avec « ; » et "guillemets"'],
        ['Reçus', 'En cours', '', 'Court'],
      ];
      const bytes = new TextEncoder().encode(bom + Papa.unparse(rows, { delimiter: separator, newline }));
      const decoded = decodeBytes(bytes);
      expect(decoded.encoding).toBe('utf-8');
      const source = parsed(decoded.text);
      expect(source.separator).toBe(separator);
      expect(source.items.map((i) => [i.title, i.group, i.tags, i.description])).toEqual([
        ['Payer en un clic', 'À faire', ['paiement'], 'Ligne 1\nLigne 2, avec « ; » et "guillemets"'],
        ['Reçus', 'En cours', [], 'Court'],
      ]);
      expect(source.cutRow).toBeNull();
    });
  });

  it('follows the “sep=” line some files start with for Excel, and leaves it out of the rows', () => {
    const source = parsed('sep=;\r\nSummary;Status\r\nA, with a comma;To Do\r\n');
    expect(source.separator).toBe(';');
    expect(source.items.map((i) => [i.title, i.group])).toEqual([['A, with a comma', 'To Do']]);
  });

  it('finds the separator of the header row, outside quotes', () => {
    expect(separatorOf('"Summary; of it",Status,Labels\na;b;c;d;e')).toBe(',');
    expect(separatorOf('Résumé;Clé;"État, actuel"\n')).toBe(';');
    expect(separatorOf('Summary')).toBe(',');
  });
});

describe('text to check before importing', () => {
  it('finds UTF-8 once read as Windows-1252 (Ã©, â€™, Â«), control characters and replacement characters, word by word', () => {
    const source = sourceOf({
      groups: [{ key: 'g', name: 'TerminÃ©', archived: false }],
      items: [item({ title: 'Lâ€™Ã©cran de paiement', description: 'Prix : 12 Â«â‚¬Â» et \ufffd\ufffd bizarre' }), item({ title: 'Tout va bien : été, œuvre, « ok »' })],
    });
    expect(textSamples(source).damaged).toEqual(['TerminÃ©', 'Lâ€™Ã©cran', 'Â«â‚¬Â»', '\ufffd\ufffd']);
  });

  it('finds nothing damaged in clean French, Japanese or emoji, and lists accented words to check by eye', () => {
    const source = sourceOf({
      groups: [{ key: 'g', name: 'À faire', archived: false }],
      items: [item({ title: 'Écran « Mes reçus » — ça marche', owner: 'Zoë', tags: ['やること', '🚀'], description: 'Café\u00a0: prêt\u00a0! « Très\u00a0bien »' })],
    });
    expect(textSamples(source)).toEqual({ damaged: [], accented: ['À', 'Écran', 'reçus', 'ça', 'Zoë'] });
  });
});
