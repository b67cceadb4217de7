/**
 * French texts of the built-in templates; the structure they fill is in structure.ts. The trade’s
 * French vocabulary is used as such (sprint, backlog, rétro, daily scrum, DoR, DoD), with French
 * typography: ’ and a no-break space before : ; ? ! % and inside « ».
 */
import { definitions } from './fr/definitions';
import { hypotheses } from './fr/hypotheses';
import { interviews } from './fr/interviews';
import { retrospectives } from './fr/retrospectives';
import { rituals } from './fr/rituals';
import { buildLibrary } from './library';
import type { BuiltInTexts } from './structure';

export const fr: BuiltInTexts = { ...interviews, ...hypotheses, ...rituals, ...retrospectives, ...definitions };

/** The built library, shipped as a data file (`content-fr.ts?data`): the app never runs this module. */
export default buildLibrary(fr);
