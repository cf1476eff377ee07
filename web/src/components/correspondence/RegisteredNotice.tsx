import { A } from '@solidjs/router';
import { t } from '../../i18n';
import type { CorrespondenceDocument } from '../../lib/api';
import { documentNumber } from '../../lib/correspondence-format';
import { useWorkspace } from '../../lib/workspace';
import { Notice } from '../Alert';

/** The number and symbol a document has just received, large, with the way to it and a button to start another (`again`). */
export function RegisteredNotice(props: { doc: CorrespondenceDocument; again: string; onAgain: () => void }) {
  const ws = useWorkspace();
  return (
    <Notice>
      <p>{t(`correspondence.registered.${props.doc.direction}`)}</p>
      <p class="registered-number">{documentNumber(props.doc)}</p>
      <p>{props.doc.subject}</p>
      <div class="button-row registered-actions">
        <A href={`/w/${ws().slug}/correspondence/${props.doc.id}`} class="button primary">
          {t('correspondence.open')}
        </A>
        <button type="button" onClick={() => props.onAgain()}>
          {props.again}
        </button>
      </div>
    </Notice>
  );
}
