import { A } from '@solidjs/router';
import type { JSX } from 'solid-js';
import { t } from '../../i18n';
import type { CorrespondenceDocument } from '../../lib/api';
import { documentNumber } from '../../lib/correspondence-format';
import { useWorkspace } from '../../lib/workspace';
import { Notice } from '../Alert';

/** The number and symbol a document has just received, large, with the way to it. */
export function RegisteredNotice(props: { doc: CorrespondenceDocument; children?: JSX.Element }) {
  const ws = useWorkspace();
  return (
    <Notice>
      <p>{t(`correspondence.registered.${props.doc.direction}`)}</p>
      <p class="registered-number">{documentNumber(props.doc)}</p>
      <p>{props.doc.subject}</p>
      <div class="button-row">
        <A href={`/w/${ws().slug}/correspondence/${props.doc.id}`} class="button primary">
          {t('correspondence.open')}
        </A>
        {props.children}
      </div>
    </Notice>
  );
}
