import { Fragment } from 'preact';
import { t } from '../../i18n';

/**
 * Each finding, the default it explains, and where it comes from (full references below them).
 * A finding may lean on more than one paper: the walking break rests on a trial and a meta-analysis.
 */
const FINDINGS = [
  { key: 'Bouts', sources: ['Diaz2017'] },
  { key: 'Move', sources: ['Diaz2019'] },
  { key: 'Short', sources: ['Dunstan2012'] },
  { key: 'WalkBreak', sources: ['Duran2023', 'Buffey2022'] },
  { key: 'Office', sources: ['Buckley2015'] },
  { key: 'Limit', sources: ['Who2020'] },
];

export function WhyItMatters() {
  return (
    <section class="panel why" aria-labelledby="why-heading">
      <h2 id="why-heading">{t('historyWhyHeading')}</h2>
      <p>{t('historyWhyIntro')}</p>
      <ul class="why__findings">
        {FINDINGS.map(({ key, sources }) => (
          <li key={key}>
            <strong class="why__title">{t(`historyWhy${key}Title`)}</strong>
            <p>{t(`historyWhy${key}`)}</p>
            <p class="why__cite">
              {sources.map((source, i) => (
                <Fragment key={source}>
                  {i > 0 && '; '}
                  <cite>{t(`historyCite${source}`)}</cite>
                </Fragment>
              ))}
            </p>
          </li>
        ))}
      </ul>
      <div class="why__caution" role="note" aria-labelledby="why-caution-heading">
        <h3 id="why-caution-heading">{t('historyCautionHeading')}</h3>
        <p>{t('historyCaution')}</p>
      </div>
      <details class="why__refs">
        <summary>{t('historyReferences')}</summary>
        <ol>
          {FINDINGS.flatMap(({ sources }) => sources).map((source) => (
            <li key={source}>{t(`historyRef${source}`)}</li>
          ))}
        </ol>
      </details>
    </section>
  );
}
