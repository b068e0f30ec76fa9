// Settings ("Thêm"): who and where, language, demo mode, storage, backup and restore, links to the other screens, version.
import { useTranslation } from 'react-i18next';
import { BackupSection } from './backup-section';
import { DemoSection } from './demo-section';
import { LanguageSection } from './language-section';
import { LinksSection } from './links-section';
import { RestoreSection } from './restore-section';
import { StorageSection } from './storage-section';
import { WhoWhereSection } from './who-where-section';
import './settings.css';

export function MorePage() {
  const { t } = useTranslation('settings');
  return (
    <div className="settings">
      <h1>{t('title')}</h1>
      <WhoWhereSection />
      <LanguageSection />
      <DemoSection />
      <StorageSection />
      <BackupSection />
      <RestoreSection />
      <LinksSection />
    </div>
  );
}
