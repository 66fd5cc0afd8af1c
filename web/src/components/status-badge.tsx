export type Tone = 'neutral' | 'success' | 'warning' | 'danger' | 'info' | 'muted';

/** A status as a coloured pill; the tone says how to read it (waiting, done, refused, informational, over). */
export function StatusBadge({ tone, label, dot = false, testId }: { tone: Tone; label: string; dot?: boolean; testId?: string }) {
  return (
    <span class={`badge badge-tone-${tone}${dot ? ' badge-dot' : ''}`} data-testid={testId}>
      {label}
    </span>
  );
}

/** How each lifecycle's statuses read, in one place so every page colours them alike. */
export const STATUS_TONE = {
  product: { draft: 'neutral', active: 'success', paused: 'warning', archived: 'muted' },
  activity: { draft: 'neutral', open: 'success', closed: 'muted' },
  enrollment: { applied: 'warning', approved: 'success', rejected: 'danger', withdrawn: 'muted', ended: 'muted' },
  roster: { invited: 'warning', active: 'success', declined: 'danger', removed: 'muted' },
  sample: { requested: 'warning', approved: 'info', rejected: 'danger', shipped: 'info', delivered: 'info', posted: 'success', cancelled: 'muted' },
  import: { pending: 'info', processing: 'info', done: 'success', failed: 'danger' },
  order: { paid: 'info', confirmed: 'success', cancelled: 'muted' },
  commission: { pending: 'warning', locked: 'info', payable: 'success', in_payout: 'info', paid: 'success', reversed: 'muted' },
} as const satisfies Record<string, Record<string, Tone>>;
