import { Show } from 'solid-js';
import { t } from '../../i18n';

/** How much of the file has been sent (0 to 1), then that the server is at work on it. */
export function UploadProgress(props: { sent: number }) {
  return (
    <div class="upload-progress" role="status">
      <Show
        when={props.sent < 1}
        fallback={
          <>
            <progress />
            {t('import.working')}
          </>
        }
      >
        <progress max="1" value={props.sent} />
        {t('import.sending', { percent: String(Math.round(props.sent * 100)) })}
      </Show>
    </div>
  );
}
