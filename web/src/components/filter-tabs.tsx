/** A row of mutually exclusive filters (all, applied, approved…) as pressed/unpressed buttons; scrolls on phones. */
export function FilterTabs<V extends string>({ label, value, options, onValue }: {
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onValue(value: V): void;
}) {
  return (
    <div class="filter-tabs" role="group" aria-label={label}>
      {options.map((o) => (
        <button key={o.value} type="button" class="filter-tab" aria-pressed={o.value === value} onClick={() => onValue(o.value)}>
          {o.label}
        </button>
      ))}
    </div>
  );
}
