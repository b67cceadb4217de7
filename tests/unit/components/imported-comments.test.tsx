import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ImportedComments } from '../../../src/features/initiative/imported-comments';
import { renderWithApp } from './render';

const AT = new Date(2026, 10, 4, 15, 30).getTime();
const date = (language: string) => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(AT);

describe('ImportedComments', () => {
  it('lists the comments read-only, each with its author (or that it is unknown) and date, line breaks kept', async () => {
    await renderWithApp(
      <ImportedComments
        comments={[
          { author: 'Léo Martin', at: AT, text: 'First line\nsecond line' },
          { author: '', at: AT, text: 'No author' },
        ]}
      />,
    );
    const section = screen.getByRole('region', { name: 'Comments (imported)' });
    const items = within(section).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([`Léo Martin · ${date('en')}First line\nsecond line`, `Unknown author · ${date('en')}No author`]);
    expect(within(section).queryByRole('textbox')).toBeNull();
  });

  it('says it in French', async () => {
    await renderWithApp(<ImportedComments comments={[{ author: '', at: AT, text: 'Sans auteur' }]} />, { language: 'fr' });
    expect(screen.getByRole('region', { name: 'Commentaires (importés)' })).toHaveTextContent(`Auteur inconnu · ${date('fr')}Sans auteur`);
  });

  it('shows nothing when there is no comment', async () => {
    const { container } = await renderWithApp(<ImportedComments comments={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
