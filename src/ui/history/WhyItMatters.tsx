import { t } from '../../i18n';

/** Each finding, the default it explains, and where it comes from (full references below them). */
const FINDINGS = [
  { key: 'Bouts', source: 'Diaz2017' },
  { key: 'Move', source: 'Diaz2019' },
  { key: 'Short', source: 'Dunstan2012' },
  { key: 'Office', source: 'Buckley2015' },
  { key: 'Limit', source: 'Who2020' },
];

export function WhyItMatters() {
  return (
    <section class="panel why" aria-labelledby="why-heading">
      <h2 id="why-heading">{t('historyWhyHeading')}</h2>
      <p>{t('historyWhyIntro')}</p>
      <ul class="why__findings">
        {FINDINGS.map(({ key, source }) => (
          <li key={key}>
            <strong class="why__title">{t(`historyWhy${key}Title`)}</strong>
            <p>{t(`historyWhy${key}`)}</p>
            <p class="why__cite">
              <cite>{t(`historyCite${source}`)}</cite>
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
          {FINDINGS.map(({ source }) => (
            <li key={source}>{t(`historyRef${source}`)}</li>
          ))}
        </ol>
      </details>
    </section>
  );
}
