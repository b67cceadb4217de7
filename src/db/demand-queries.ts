import { demandByInitiative, type Demand } from '../domain/feedback/demand';
import { feedbackOfInitiative } from './feedback-queries';

/** One initiative's demand, read from its own links only (not the whole product's); undefined when nobody asks for it. */
export async function demandOfInitiative(initiativeId: string): Promise<Demand | undefined> {
  const { links, notes, accounts } = await feedbackOfInitiative(initiativeId);
  return demandByInitiative(links, [...notes.values()], [...accounts.values()]).get(initiativeId);
}
