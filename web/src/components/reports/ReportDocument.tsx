import { createEffect, Show, type JSX } from 'solid-js';
import { periodLabel, type Narrative, type Report } from '../../../../shared/reports';
import { formatDate, locale, t } from '../../i18n';
import { NarrativeSections } from './NarrativeSections';
import { ReportFigures } from './ReportFigures';

interface ReportDocumentProps {
  /** The organisation that reports. */
  workspaceName: string;
  /** Its own report, or one a child submitted (the same fields). */
  report: Pick<Report, 'period' | 'from' | 'to' | 'figures' | 'submittedAt' | 'dueOn'> & Narrative;
  /** Buttons and links above the paper; never printed. */
  tools: JSX.Element;
}

/**
 * A report as it is printed (A4, see reports.css): the organisation's name, the report's title
 * and period, when it was submitted, then the figures (I) and the four sections (II–V).
 */
export function ReportDocument(props: ReportDocumentProps) {
  const title = () => periodLabel(props.report.period, locale());
  createEffect(() => (document.title = `${title()} · ${props.workspaceName}`));
  return (
    <section class="page report-print">
      <div class="report-document-tools button-row">{props.tools}</div>
      <article class="report-document">
        <header class="report-document-head">
          <p class="report-document-org">{props.workspaceName}</p>
          <h1>{title()}</h1>
          <p>{t('reports.rangeLine', { from: formatDate(props.report.from), to: formatDate(props.report.to) })}</p>
          <p class="report-document-status">
            {props.report.submittedAt ? t('reports.submittedOn', { date: formatDate(props.report.submittedAt) }) : t('reports.draftMark')}
            <Show when={props.report.dueOn}>{(due) => <span> · {t('reports.dueOn', { date: formatDate(due()) })}</span>}</Show>
          </p>
        </header>
        <h2>I. {t('reports.figures')}</h2>
        <ReportFigures figures={props.report.figures} />
        <NarrativeSections narrative={props.report} numberFrom={1} level={2} />
      </article>
    </section>
  );
}
