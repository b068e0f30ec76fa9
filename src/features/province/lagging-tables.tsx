// The communes and villages furthest below a target for the period, largest gap first (the server's
// ranking), each with the indicator's plan wording, its value, the target and what is still missing.
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { laggingEntrySchema } from '@/protocol/admin-messages';
import { formatValue, indicatorName, type Dashboard, type IndicatorHeader } from './scoreboard';
import { SortableTable, type Column } from './sortable-table';

type Entry = z.infer<typeof laggingEntrySchema>;

export function LaggingTables({ board }: { board: Dashboard }) {
  const { t, i18n } = useTranslation('province');
  const lang = i18n.language;
  const headers = new Map(board.indicators.map((i) => [i.code, i]));
  const show = (e: Entry, v: number) => {
    const h: IndicatorHeader | undefined = headers.get(e.indicatorCode);
    return h ? formatValue(h, v, lang, '') : String(v);
  };
  const columns = (village: boolean): Column<Entry>[] => [
    {
      key: 'unit',
      label: village ? t('lagging.col.village') : t('lagging.col.commune'),
      value: (e) => e.unitName,
    },
    ...(village
      ? [{ key: 'commune', label: t('lagging.col.commune'), value: (e: Entry) => e.communeName }]
      : []),
    {
      key: 'indicator',
      label: t('lagging.col.indicator'),
      value: (e) => indicatorName({ name: e.indicatorName }, lang),
    },
    {
      key: 'value',
      label: t('lagging.col.value'),
      numeric: true,
      value: (e) => e.value,
      render: (e) => show(e, e.value),
    },
    {
      key: 'target',
      label: t('lagging.col.target'),
      numeric: true,
      value: (e) => e.target,
      render: (e) => show(e, e.target),
    },
    {
      key: 'gap',
      label: t('lagging.col.gap'),
      numeric: true,
      value: (e) => e.gap,
      render: (e) => show(e, e.gap),
    },
  ];
  const key = (e: Entry) => `${e.unitId}/${e.indicatorCode}`;
  const communeScope = board.scope.communeId !== null;
  return (
    <section aria-labelledby="lagging-title" className="lagging">
      <h2 id="lagging-title">{t('lagging.title')}</h2>
      {!communeScope && (
        <>
          <h3>{t('lagging.communes')}</h3>
          <SortableTable
            caption={t('lagging.communes')}
            columns={columns(false)}
            rows={board.lagging.communes}
            rowKey={key}
            initialSort={{ key: 'gap', dir: 'desc' }}
            empty={t('lagging.noneCommunes')}
          />
        </>
      )}
      <h3>{t('lagging.villages')}</h3>
      <SortableTable
        caption={t('lagging.villages')}
        columns={columns(true)}
        rows={board.lagging.villages}
        rowKey={key}
        initialSort={{ key: 'gap', dir: 'desc' }}
        empty={t('lagging.noneVillages')}
      />
    </section>
  );
}
