import { createSignal, createUniqueId } from 'solid-js';
import { t } from '../i18n';

/** A read-only value (a link, a token) with a button that copies it. */
export function CopyField(props: { label: string; value: string }) {
  const id = createUniqueId();
  const [copied, setCopied] = createSignal(false);
  let input!: HTMLInputElement;
  const copy = async () => {
    input.select();
    // The clipboard API needs a secure context; plain-http deployments fall back to execCommand.
    if (navigator.clipboard) await navigator.clipboard.writeText(props.value);
    else document.execCommand('copy');
    setCopied(true);
  };
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <div class="copy-row">
        <input ref={input} id={id} readOnly value={props.value} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" onClick={copy}>
          {copied() ? t('common.copied') : t('common.copy')}
        </button>
      </div>
    </div>
  );
}
