/** A year with buttons to the one before and after (‹ 2026 ›), for pages kept a year at a time. */
export function YearNav(props: { label: string; previous: string; next: string; step: (by: number) => void }) {
  return (
    <div class="year-nav">
      <button type="button" aria-label={props.previous} onClick={() => props.step(-1)}>
        ‹
      </button>
      <h2 aria-live="polite">{props.label}</h2>
      <button type="button" aria-label={props.next} onClick={() => props.step(1)}>
        ›
      </button>
    </div>
  );
}
