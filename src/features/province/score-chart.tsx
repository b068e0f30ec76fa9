// A picture of one indicator across the communes (or villages): one bar per unit, highest first, and the
// plan's target as a line. Loaded lazily with recharts, only on the scoreboard screens. The numbers behind
// it are the table beside it (`tableId`), which screen-reader users are pointed to.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { Field } from '@/ui/field';
import { formatValue, indicatorName, isShare, measureOf, type Dashboard } from './scoreboard';

interface Props {
  board: Dashboard;
  tableId: string;
  /** Shown once printed or in the report: no picker, a fixed indicator. */
  fixedIndicator?: string;
  height?: number;
}

export function ScoreChart({ board, tableId, fixedIndicator, height = 300 }: Props) {
  const { t, i18n } = useTranslation('province');
  const lang = i18n.language;
  const [code, setCode] = useState(fixedIndicator ?? board.indicators[0]?.code ?? '');
  const ind = board.indicators.find((i) => i.code === code);
  if (!ind) return null;
  const data = board.units
    .map((u) => ({ name: u.name, value: measureOf(u, ind.code)?.current.value ?? null }))
    .filter((d): d is { name: string; value: number } => d.value !== null)
    .sort((a, b) => b.value - a.value);
  const show = (v: number) => formatValue(ind, v, lang, '');
  const title = t('chart.title', { indicator: indicatorName(ind, lang) });
  return (
    <figure className="score-chart">
      {!fixedIndicator && (
        <Field label={t('chart.pick')}>
          <select value={code} onChange={(e) => setCode(e.target.value)}>
            {board.indicators.map((i, n) => (
              <option key={i.code} value={i.code}>
                {t('dashboard.indicatorN', { n: n + 1 })} — {indicatorName(i, lang)}
              </option>
            ))}
          </select>
        </Field>
      )}
      <figcaption>
        {title}{' '}
        <a href={`#${tableId}`} className="score-chart__table-link">
          {t('chart.asTable')}
        </a>
      </figcaption>
      {data.length === 0 ? (
        <p className="province-empty">{t('chart.noData')}</p>
      ) : (
        <div aria-hidden="true">
          <BarChart
            responsive
            style={{ width: '100%', height }}
            data={data}
            margin={{ top: 16, right: 16, bottom: 8, left: 8 }}
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" tick={data.length <= 12} interval={0} height={data.length <= 12 ? 40 : 8} />
            <YAxis tickFormatter={show} domain={isShare(ind) ? [0, 1] : [0, 'auto']} width={56} />
            <Tooltip formatter={(v) => show(Number(v))} />
            <Bar
              dataKey="value"
              name={indicatorName(ind, lang)}
              fill="#0b6e4f"
              maxBarSize={56}
              isAnimationActive={false}
            />
            {ind.target !== null && (
              <ReferenceLine
                y={ind.target}
                stroke="#a4161a"
                strokeDasharray="6 4"
                label={{ value: t('chart.target', { target: show(ind.target) }), position: 'insideTopRight' }}
              />
            )}
          </BarChart>
        </div>
      )}
    </figure>
  );
}
