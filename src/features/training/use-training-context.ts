// What every training screen needs before it can show anything: a chosen member, commune and village,
// and the installed village and topic catalogs (with whether they are samples, for the badge).
import { useMemo } from 'react';
import type { TrainingTopics, Village } from '@/domain/catalog';
import { useCatalog, useSession } from '@/storage/use-session';

export interface TrainingCatalogs {
  /** The commune's villages, from the adminUnits catalog. */
  villages: Village[];
  topics: TrainingTopics;
  /** True when either catalog is a sample: screens show a SampleBadge. */
  sample: boolean;
  sampleSource: string;
}

export type TrainingContext =
  | { status: 'notStarted' | 'choose' | 'loading' | 'noCatalog' }
  | { status: 'ready'; catalogs: TrainingCatalogs };

export function useTrainingContext(): TrainingContext {
  const { communeId, memberId, villageId } = useSession();
  const adminUnits = useCatalog('adminUnits');
  const topics = useCatalog('trainingTopics');
  return useMemo((): TrainingContext => {
    if (!communeId) return { status: 'notStarted' };
    if (!memberId || !villageId) return { status: 'choose' };
    if (adminUnits === undefined || topics === undefined) return { status: 'loading' };
    if (!adminUnits || !topics) return { status: 'noCatalog' };
    const samples = [adminUnits, topics].filter((c) => c.sample);
    return {
      status: 'ready',
      catalogs: {
        villages: adminUnits.data.villages.filter((v) => v.communeId === communeId),
        topics: topics.data,
        sample: samples.length > 0,
        sampleSource: samples.map((c) => c.source).join(' '),
      },
    };
  }, [communeId, memberId, villageId, adminUnits, topics]);
}
