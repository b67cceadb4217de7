import { useState, type ReactNode } from 'react';
import { DoneError, setStoryStatus } from '../../db/story-commands';
import type { Story, StoryStatus } from '../../domain/delivery/types';
import { useTranslation } from '../../i18n/i18n';
import { ReasonDialog } from '../../ui/reason-dialog';
import { useCommand } from '../../ui/use-command';

interface Asking {
  story: Story;
  label: string;
  unchecked: string[];
  resolve: (done: boolean) => void;
}

/**
 * Changes a story's status; Done with Definition of Done items unticked first asks why (the reason
 * stays on the story), or the user cancels and the story keeps its status. Render `dialog`.
 */
export function useStoryStatus(): { change: (story: Story, label: string, status: StoryStatus) => Promise<boolean>; dialog: ReactNode } {
  const run = useCommand();
  const [asking, setAsking] = useState<Asking | null>(null);
  const change = async (story: Story, label: string, status: StoryStatus) => {
    const result = await run(async () => {
      try {
        return await setStoryStatus(story.id, status);
      } catch (error) {
        if (error instanceof DoneError) return error;
        throw error;
      }
    });
    if (!result.ok) return false;
    if (!(result.value instanceof DoneError)) return true;
    const { unchecked } = result.value;
    return new Promise<boolean>((resolve) => setAsking({ story, label, unchecked, resolve }));
  };
  const answer = async (reason: string | null) => {
    if (!asking) return;
    if (reason !== null && !(await run(() => setStoryStatus(asking.story.id, 'done', reason))).ok) return;
    setAsking(null);
    asking.resolve(reason !== null);
  };
  const dialog = asking && <DoneReasonDialog label={asking.label} unchecked={asking.unchecked} onAnswer={(reason) => void answer(reason)} />;
  return { change, dialog };
}

function DoneReasonDialog({ label, unchecked, onAnswer }: { label: string; unchecked: string[]; onAnswer: (reason: string | null) => void }) {
  const { t } = useTranslation();
  const words = {
    intro: t('stories.doneCheck.intro'),
    reason: t('stories.doneCheck.reason'),
    help: t('stories.doneCheck.reasonHelp'),
    required: 'stories.doneCheck.reasonRequired',
    cancel: t('stories.doneCheck.cancel'),
    proceed: t('stories.doneCheck.proceed'),
  } as const;
  return (
    <ReasonDialog title={t('stories.doneCheck.title', { story: label })} words={words} onAnswer={onAnswer}>
      {unchecked.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ReasonDialog>
  );
}
