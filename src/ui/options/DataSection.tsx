import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { Section } from './fields';

type Parts = typeof import('./DataParts');

/**
 * Export, import and reset are used rarely, and their code (the file formats, the import report) is
 * a fair part of the page: it loads right after the first frame, which therefore does not wait for it.
 * The section's heading and intro are there from the start, so the contents link always lands.
 */
export function DataSection() {
  const [parts, setParts] = useState<Parts | null>(null);
  useEffect(() => {
    let live = true;
    void import('./DataParts').then((loaded) => {
      if (live) setParts(loaded);
    });
    return () => {
      live = false;
    };
  }, []);
  return (
    <Section id="data" title={t('dataTitle')} intro={t('dataIntro')}>
      {parts && <parts.DataParts />}
    </Section>
  );
}
