// The heading of a Vietnamese administrative document: the issuing unit on the left, the national name
// (quốc hiệu) and motto (tiêu ngữ) on the right, then the place and date, the title and the subject.
import { useTranslation } from 'react-i18next';

interface Props {
  /** "TỈNH LÀO CAI", "XÃ BÁT XÁT": the unit under "ỦY BAN NHÂN DÂN". */
  unit: string;
  place: string;
  /** Today in Vietnam, yyyy-mm-dd. */
  day: string;
  subject: string;
}

export function ReportHeading({ unit, place, day, subject }: Props) {
  const { t } = useTranslation('province');
  const [year, month, date] = day.split('-');
  const unitCaps = unit.toLocaleUpperCase('vi');
  return (
    <header className="report__heading">
      <div className="report__masthead">
        <div className="report__unit">
          <p>{t('report.authority')}</p>
          <p className="report__strong">{unitCaps}</p>
          <hr />
          <p className="report__number">{t('report.number')}</p>
        </div>
        <div className="report__motto">
          <p className="report__strong">{t('report.nation')}</p>
          <p className="report__strong report__motto-line">{t('report.motto')}</p>
          <hr />
          <p className="report__date">{t('report.placeDate', { place, date, month, year })}</p>
        </div>
      </div>
      <h1 className="report__title">{t('report.title')}</h1>
      <p className="report__subject">{subject}</p>
    </header>
  );
}
