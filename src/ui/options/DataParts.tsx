import { useEffect, useRef, useState } from 'preact/hooks';
import { SHARED_DAYS } from '../../core/shared-days';
import { describeProblem, t, uiLocale } from '../../i18n';
import { type ImportReport, type Reply, sendRequest } from '../../messages';
import { problem } from '../../problems';
import { readShared } from '../../storage/computers';
import { importReceiptItem, readImportReceipt } from '../../storage/items';
import { readSnapshot } from '../../storage/parse';
import { computersSection, exportJson, historyCsv, MAX_IMPORT_BYTES } from '../../storage/transfer';
import { computerDays } from '../history/computer-days';
import { datedName, downloadText } from './download';

type ImportState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; report: ImportReport } | { kind: 'failed'; errors: string[] };
type ResetState = 'idle' | 'confirming' | 'busy' | 'done' | 'failed';

/** Rounded up, so a file just over the limit never reads as the limit itself. */
const megabytes = (bytes: number) =>
  new Intl.NumberFormat(uiLocale(), { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(
    Math.ceil(bytes / 104_857.6) / 10,
  );

/** The background answers every request; if it cannot be reached the page says so instead of hanging. */
async function ask(request: Parameters<typeof sendRequest>[0]): Promise<Reply> {
  try {
    return (await sendRequest(request)) ?? { ok: false, errors: [problem('noReply')] };
  } catch {
    return { ok: false, errors: [problem('noReply')] };
  }
}

function ExportPart() {
  const [failed, setFailed] = useState(false);
  const save = async (kind: 'json' | 'csv') => {
    try {
      const [snapshot, shared] = await Promise.all([readSnapshot(), readShared()]);
      const now = Date.now();
      const computers = computerDays({ ...snapshot, shared }, now, SHARED_DAYS);
      if (kind === 'json')
        downloadText(
          exportJson(
            snapshot.settings,
            snapshot.tracked.history,
            now,
            computers ? computersSection(computers.computers, computers.days) : undefined,
          ),
          'application/json',
          datedName('hipcheck-export', 'json', now),
        );
      else downloadText(historyCsv(snapshot.tracked.history), 'text/csv', datedName('hipcheck-history', 'csv', now));
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };
  return (
    <div class="data-part">
      <h3>{t('exportTitle')}</h3>
      <p class="field__hint">{t('exportIntro')}</p>
      <div class="actions">
        <button type="button" class="secondary" onClick={() => void save('json')}>
          {t('exportJson')}
        </button>
        <button type="button" class="secondary" onClick={() => void save('csv')}>
          {t('exportCsv')}
        </button>
      </div>
      {failed && (
        <p class="field__error" role="alert">
          {t('exportFailed')}
        </p>
      )}
    </div>
  );
}

/**
 * Sends the file with an id the background stores beside what it imported, in the same write: if the
 * worker stops before it answers, the receipt tells whether the import happened.
 */
async function importFile(text: string): Promise<Reply> {
  const id = crypto.randomUUID();
  try {
    const reply = await sendRequest({ type: 'import', text, id });
    if (reply) return reply;
  } catch {
    // The message channel closed: the worker stopped. What it wrote says how far it got.
  }
  const receipt = readImportReceipt(await importReceiptItem.getValue().catch(() => null), id);
  return receipt ? { ok: true, imported: receipt } : { ok: false, errors: [problem('importInterrupted')] };
}

/** Says exactly what the import changed, day counts and settings by name. */
function ImportDone({ report, format }: { report: ImportReport; format: Intl.NumberFormat }) {
  const lines: Array<[string, number]> = [
    ['importAdded', report.added],
    ['importUpdated', report.updated],
    ['importUnchanged', report.unchanged],
  ];
  if (report.outsideRetention > 0) lines.push(['importOutsideRetention', report.outsideRetention]);
  const names = report.settings.map((key) => t(`settingName_${key}`));
  return (
    <div class="success">
      <p>{t('importDone')}</p>
      <ul>
        {lines.map(([key, count]) => (
          <li key={key}>{t(key, [format.format(count)])}</li>
        ))}
        <li>{names.length ? t('importSettingsChanged', [new Intl.ListFormat(uiLocale()).format(names)]) : t('importNoSettings')}</li>
      </ul>
    </div>
  );
}

function ImportPart() {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const format = new Intl.NumberFormat(uiLocale());

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    // Cleared so that choosing the same file again, after fixing it, reads it again.
    input.value = '';
    if (file.size > MAX_IMPORT_BYTES) {
      setState({ kind: 'failed', errors: [t('importTooLarge', [megabytes(file.size), megabytes(MAX_IMPORT_BYTES)])] });
      return;
    }
    setState({ kind: 'busy' });
    let text: string;
    try {
      text = await file.text();
    } catch {
      setState({ kind: 'failed', errors: [t('importUnreadable')] });
      return;
    }
    const reply = await importFile(text);
    setState(
      reply.ok && reply.imported
        ? { kind: 'done', report: reply.imported }
        : { kind: 'failed', errors: reply.ok ? [t('noReply')] : reply.errors.map(describeProblem) },
    );
  };

  return (
    <div class="data-part">
      <h3>{t('importTitle')}</h3>
      <p class="field__hint" id="import-hint">
        {t('importIntro')}
      </p>
      <div class="field">
        <label for="import-file">{t('importLabel')}</label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          aria-describedby="import-hint"
          disabled={state.kind === 'busy'}
          onChange={(event) => void onFile(event.currentTarget)}
        />
      </div>
      <div role="status" class="data-status">
        {state.kind === 'busy' && <p>{t('importBusy')}</p>}
        {state.kind === 'done' && <ImportDone report={state.report} format={format} />}
      </div>
      {state.kind === 'failed' && (
        <div class="problems" role="alert">
          <p>{t('importFailed')}</p>
          <ul>
            {state.errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function ResetPart() {
  const [state, setState] = useState<ResetState>('idle');
  const startButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  // The safe choice takes focus, so a stray Enter does not delete anything.
  useEffect(() => {
    if (state === 'confirming') cancelButton.current?.focus();
  }, [state]);

  const reset = async () => {
    setState('busy');
    const reply = await ask({ type: 'reset' });
    setState(reply.ok ? 'done' : 'failed');
    requestAnimationFrame(() => startButton.current?.focus());
  };

  const confirming = state === 'confirming' || state === 'busy';
  return (
    <div class="data-part">
      <h3>{t('resetTitle')}</h3>
      <p class="field__hint">{t('resetIntro')}</p>
      {confirming ? (
        <div class="confirm">
          <p id="reset-question">
            <strong>{t('resetQuestion')}</strong> {t('resetWarning')}
          </p>
          <div class="actions">
            <button type="button" class="danger" aria-describedby="reset-question" disabled={state === 'busy'} onClick={() => void reset()}>
              {t('resetConfirm')}
            </button>
            <button
              type="button"
              class="secondary"
              aria-describedby="reset-question"
              ref={cancelButton}
              onClick={() => {
                setState('idle');
                requestAnimationFrame(() => startButton.current?.focus());
              }}
            >
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="danger-outline" ref={startButton} onClick={() => setState('confirming')}>
          {t('resetStart')}
        </button>
      )}
      <div role="status" class="data-status">
        {state === 'done' && <p class="success">{t('resetDone')}</p>}
      </div>
      {state === 'failed' && (
        <p class="field__error" role="alert">
          {t('noReply')}
        </p>
      )}
    </div>
  );
}

/** What the data section does: loaded on demand (see DataSection.tsx), it holds the file formats and the import report. */
export function DataParts() {
  return (
    <>
      <ExportPart />
      <ImportPart />
      <ResetPart />
    </>
  );
}
