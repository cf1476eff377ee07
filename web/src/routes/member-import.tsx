import { A, useAction, useSubmission } from '@solidjs/router';
import { createSignal, Match, Show, Switch } from 'solid-js';
import { CsvError } from '../../../shared/csv';
import { ProblemAlert } from '../components/Alert';
import { Field } from '../components/Field';
import { CsvPreviewTable } from '../components/members/CsvPreviewTable';
import { ImportProblems } from '../components/members/ImportProblems';
import { UploadProgress } from '../components/members/UploadProgress';
import { Page } from '../components/Page';
import { t } from '../i18n';
import { ApiError, type ImportCounts } from '../lib/api';
import { importMembersAction } from '../lib/member-actions';
import { previewOf, type CsvPreview } from '../lib/member-import';
import { useWorkspace } from '../lib/workspace';

const counts = (r: ImportCounts) => ({ rows: String(r.rows), created: String(r.created), updated: String(r.updated), unchanged: String(r.unchanged) });

/** What the server said about the file: ready to import (after a dry run), or imported. */
function ImportOutcome(props: { result: ImportCounts; onImport: () => void }) {
  const ws = useWorkspace();
  return (
    <Show
      when={props.result.dryRun}
      fallback={
        <div class="alert alert-ok" role="status">
          <p>{t('import.done', counts(props.result))}</p>
          <A href={`/w/${ws().slug}/members`}>{t('import.toList')}</A>
        </div>
      }
    >
      <div class="alert alert-ok" role="status">
        <p>{t('import.ready', counts(props.result))}</p>
        <Show when={props.result.ignoredColumns.length}>
          <p>{t('import.ignored', { columns: props.result.ignoredColumns.join(', ') })}</p>
        </Show>
      </div>
      <button type="button" class="primary" onClick={() => props.onImport()}>
        {t('import.run', { rows: String(props.result.rows) })}
      </button>
    </Show>
  );
}

/** The import wizard: choose a file → preview its first rows → check it (dry run) → import. */
export default function ImportMembers() {
  const ws = useWorkspace();
  const [file, setFile] = createSignal<File>();
  const [preview, setPreview] = createSignal<CsvPreview>();
  const [unreadable, setUnreadable] = createSignal<CsvError>();
  const [sent, setSent] = createSignal(0);
  const submission = useSubmission(importMembersAction);
  const send = useAction(importMembersAction);
  const run = (dryRun: boolean) => {
    setSent(0);
    void send(ws().slug, file()!, dryRun, setSent).catch(() => undefined);
  };
  const choose = async (chosen: File | undefined) => {
    submission.clear();
    setFile(chosen);
    setPreview(undefined);
    setUnreadable(undefined);
    if (!chosen) return;
    try {
      setPreview(previewOf(await chosen.text()));
    } catch (e) {
      if (e instanceof CsvError) setUnreadable(e);
      else throw e;
    }
  };
  const rowErrors = () => (submission.error instanceof ApiError && submission.error.errors.length ? submission.error.errors : undefined);
  return (
    <Page title={t('import.title')} intro={t('import.intro')}>
      <div class="card import-wizard">
        <Field label={t('import.file')} name="file" error={undefined}>
          {(c) => <input {...c} type="file" accept=".csv,text/csv" onChange={(e) => void choose(e.currentTarget.files?.[0])} />}
        </Field>
        <Show when={unreadable()}>{(e) => <p class="alert alert-error">{t('import.unreadable', { row: String(e().row), message: t('field.csv_quote') })}</p>}</Show>
        <Show when={preview()}>{(p) => <CsvPreviewTable preview={p()} />}</Show>
        <Switch>
          <Match when={submission.pending}>
            <UploadProgress sent={sent()} />
          </Match>
          <Match when={rowErrors()}>{(errors) => <ImportProblems errors={errors()} />}</Match>
          <Match when={submission.error}>
            <ProblemAlert error={submission.error} />
          </Match>
          <Match when={submission.result}>{(result) => <ImportOutcome result={result()} onImport={() => run(false)} />}</Match>
        </Switch>
        <Show when={file() && !unreadable() && !submission.pending && !submission.result && !submission.error}>
          <button type="button" class="primary" onClick={() => run(true)}>
            {t('import.check')}
          </button>
        </Show>
      </div>
    </Page>
  );
}
