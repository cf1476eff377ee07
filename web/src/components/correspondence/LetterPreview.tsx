import { Show } from 'solid-js';
import { t } from '../../i18n';

/** A letter as it reads, both languages side by side (one above the other on phones). */
export function LetterPreview(props: { vi: string; en?: string; label: string }) {
  return (
    <section class="letter-preview" aria-label={props.label}>
      <article class="letter-page" lang="vi" aria-label={t('letters.vi')}>
        {props.vi}
      </article>
      <Show when={props.en}>
        <article class="letter-page" lang="en" aria-label={t('letters.en')}>
          {props.en}
        </article>
      </Show>
    </section>
  );
}
