/** English texts of the built-in templates; the structure they fill is in structure.ts. */
import { definitions } from './en/definitions';
import { hypotheses } from './en/hypotheses';
import { interviews } from './en/interviews';
import { retrospectives } from './en/retrospectives';
import { rituals } from './en/rituals';
import { buildLibrary } from './library';
import type { BuiltInTexts } from './structure';

export const en: BuiltInTexts = { ...interviews, ...hypotheses, ...rituals, ...retrospectives, ...definitions };

/** The built library, shipped as a data file (`content-en.ts?data`): the app never runs this module. */
export default buildLibrary(en);
