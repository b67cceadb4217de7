import type { GateGap } from '../domain/discovery/gate';
import { useTranslation } from '../i18n/i18n';
import { Link } from 'wouter';
import type { InitiativeTab } from '../domain/initiative-tabs';
import { paths } from './paths';
import { ReasonDialog } from './reason-dialog';

export type GateAnswer = { proceed: true; reason: string } | { proceed: false };

export interface GateRequest {
  productId: string;
  initiativeId: string;
  title: string;
  gaps: GateGap[];
  resolve: (answer: GateAnswer) => void;
}

/** Where each gap is fixed on the initiative's page. */
const GAP_TAB: Record<GateGap, InitiativeTab> = { noValidatedHypothesis: 'discovery', hypothesisTesting: 'discovery', noReadyStory: 'delivery' };

/** What the initiative lacks to enter Delivery, each with a link to fix it, and the reason to record to go on anyway. */
export function GateDialog({ request, onAnswer }: { request: GateRequest; onAnswer: (answer: GateAnswer) => void }) {
  const { t } = useTranslation();
  const words = { intro: t('gate.intro'), reason: t('gate.reason'), help: t('gate.reasonHelp'), required: 'gate.reasonRequired', cancel: t('gate.cancel'), proceed: t('gate.proceed') } as const;
  return (
    <ReasonDialog title={t('gate.title', { title: request.title })} words={words} onAnswer={(reason) => onAnswer(reason === null ? { proceed: false } : { proceed: true, reason })}>
      {request.gaps.map((gap) => (
        <li key={gap}>
          {t(`gate.gaps.${gap}`)}{' '}
          {/* Fixing it is the way on: the move is cancelled, the card stays where it was. */}
          <Link href={paths.initiative(request.productId, request.initiativeId, GAP_TAB[gap])} onClick={() => onAnswer({ proceed: false })}>
            {t(`gate.fix.${gap}`)}
          </Link>
        </li>
      ))}
    </ReasonDialog>
  );
}
