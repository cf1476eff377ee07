import { useSubmission } from '@solidjs/router';
import { bodies, bodyLabels, positionTitleLabels, positionTitles } from '../../../../shared/leadership';
import { locale, t } from '../../i18n';
import type { Position } from '../../lib/api';
import { registerToday } from '../../lib/correspondence-format';
import { endPositionAction, removePositionAction, updatePositionAction } from '../../lib/member-actions';
import { useWorkspace } from '../../lib/workspace';
import { ActionButton } from '../ActionButton';
import { ProblemAlert } from '../Alert';
import { DateInput } from '../correspondence/DateInput';
import { SubmitButton } from '../SubmitButton';
import { LabelChoice } from './LabelChoice';

/**
 * What an editor can do to a position, folded away under the holder's name: end it (someone
 * leaves: the last day, today unless changed), correct it, or remove one recorded by mistake.
 */
export function PositionControls(props: { position: Position }) {
  const ws = useWorkspace();
  const p = () => props.position;
  const mine = ([, id]: [string, string, ...unknown[]]) => id === props.position.id;
  const ending = useSubmission(endPositionAction, mine);
  const editing = useSubmission(updatePositionAction, mine);
  const who = () => ({ name: p().member.fullName, title: p().titleLabel[locale()] });
  return (
    <div class="position-controls">
      <details>
        <summary aria-label={t('leadership.endFor', who())}>{t('leadership.end')}</summary>
        <form action={endPositionAction.with(ws().slug, p().id)} method="post" novalidate class="position-form">
          <DateInput label={t('leadership.lastDay')} name="endsOn" value={p().endsOn ?? registerToday()} error={ending.error} />
          <ProblemAlert error={ending.error} />
          <SubmitButton pending={ending.pending}>{t('leadership.endButton')}</SubmitButton>
        </form>
      </details>
      <details>
        <summary aria-label={t('leadership.editFor', who())}>{t('leadership.edit')}</summary>
        <form action={updatePositionAction.with(ws().slug, p().id)} method="post" novalidate class="position-form">
          <LabelChoice label={t('leadership.body')} name="body" values={bodies} labels={bodyLabels} selected={p().body} error={editing.error} />
          <LabelChoice label={t('leadership.position')} name="title" values={positionTitles} labels={positionTitleLabels} selected={p().title} error={editing.error} />
          <div class="field-row">
            <DateInput label={t('leadership.startsOn')} name="startsOn" value={p().startsOn} error={editing.error} />
            <DateInput label={t('leadership.endsOn')} name="endsOn" value={p().endsOn ?? undefined} error={editing.error} />
          </div>
          <ProblemAlert error={editing.error} />
          <SubmitButton pending={editing.pending}>{t('common.save')}</SubmitButton>
        </form>
        <ActionButton action={removePositionAction.with(ws().slug, p().id)} confirm={t('leadership.removeConfirm', who())} class="danger">
          {t('leadership.remove')}
        </ActionButton>
      </details>
    </div>
  );
}
