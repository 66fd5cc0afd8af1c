import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n';

export interface DayCounts {
  day: string;
  counted: number;
  bot: number;
  duplicate: number;
}

const SERIES = ['counted', 'duplicate', 'bot'] as const;
const HEIGHT = 220;
const PAD = { top: 12, right: 18, bottom: 26, left: 34 };

/** 0, and two round steps up to at least `max`: 1, 2, 5, 10, 20, 50… */
function ticks(max: number): number[] {
  if (max <= 0) return [0, 1, 2];
  const rough = max / 2;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const whole = Math.max(1, Math.ceil(step));
  return [0, whole, whole * 2];
}

/**
 * Clicks per day as stacked bars (counted at the bottom, then repeats, then bots), drawn in inline SVG at the
 * width it is given, so its labels keep their size on a phone. Each bar carries its figures as a tooltip; the
 * whole chart has one sentence for screen readers, and the legend below gives the totals.
 */
export function ClickChart({ days }: { days: DayCounts[] }) {
  const { t, locale } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(640);
  useEffect(() => {
    const node = box.current;
    if (!node) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.max(240, Math.floor(entry.contentRect.width))));
    observer.observe(node);
    return () => observer.disconnect();
  }, []);

  const totals = { counted: 0, bot: 0, duplicate: 0 };
  for (const d of days) for (const s of SERIES) totals[s] += d[s];
  const max = Math.max(0, ...days.map((d) => d.counted + d.bot + d.duplicate));
  const yTicks = ticks(max);
  const top = yTicks[yTicks.length - 1];
  const plotW = width - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, days.length);
  const barW = Math.max(2, Math.min(28, slot * 0.7));
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  // Dates read like the reader's calendar, but the days are UTC days, so they are formatted in UTC.
  const short = new Intl.DateTimeFormat(locale, { month: 'numeric', day: 'numeric', timeZone: 'UTC' });
  const label = (day: string) => short.format(Date.parse(`${day}T00:00:00Z`));
  // As many day labels as fit (about one per 56 px), always the first and the last.
  const every = Math.max(1, Math.ceil(days.length / Math.max(2, Math.floor(plotW / 56))));
  const summary = days.length
    ? t('chart.summary', { from: label(days[0].day), to: label(days[days.length - 1].day), ...totals })
    : '';

  return (
    <figure class="click-chart" data-testid="click-chart">
      <div ref={box} class="click-chart-box">
        <svg width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-label={summary}>
          {yTicks.map((v) => (
            <g key={v} class="chart-grid">
              <line x1={PAD.left} x2={width - PAD.right} y1={y(v)} y2={y(v)} />
              <text x={PAD.left - 6} y={y(v)} dy="0.32em" text-anchor="end">
                {v}
              </text>
            </g>
          ))}
          {days.map((d, i) => {
            const x = PAD.left + i * slot + (slot - barW) / 2;
            let base = 0;
            return (
              <g key={d.day} class="chart-day">
                <title>{t('chart.day', { day: label(d.day), counted: d.counted, bot: d.bot, duplicate: d.duplicate })}</title>
                {/* The whole column answers the pointer, so a one-click day is as easy to hover as a busy one. */}
                <rect class="chart-hit" x={PAD.left + i * slot} y={PAD.top} width={slot} height={plotH} />
                {SERIES.map((s) => {
                  if (!d[s]) return null;
                  const from = base;
                  base += d[s];
                  return <rect key={s} class={`chart-bar chart-${s}`} x={x} y={y(base)} width={barW} height={Math.max(1, y(from) - y(base))} rx={Math.min(3, barW / 4)} />;
                })}
                {(i % every === 0 || i === days.length - 1) && (i === days.length - 1 || days.length - 1 - i >= every) && (
                  <text class="chart-x" x={PAD.left + i * slot + slot / 2} y={HEIGHT - 8} text-anchor="middle">
                    {label(d.day)}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption class="chart-legend">
        {SERIES.map((s) => (
          <span key={s} class="chart-key">
            <span class={`chart-swatch chart-${s}`} aria-hidden="true" />
            {t(`analytics.${s}`)}
            <strong data-testid={`total-${s}`}>{totals[s]}</strong>
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
