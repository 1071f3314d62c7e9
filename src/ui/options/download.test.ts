// @vitest-environment happy-dom
import { downloadText } from './download';

describe('downloading text', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:hipcheck/1');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('clicks an invisible link to the file and leaves nothing behind in the page', () => {
    const clicked: Array<{ href: string; download: string; hidden: boolean }> = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, hidden: this.hidden === true });
    });
    downloadText('{}', 'application/json', 'export.json');
    expect(clicked).toEqual([{ href: 'blob:hipcheck/1', download: 'export.json', hidden: true }]);
    expect(document.querySelector('a')).toBeNull();
  });

  it('frees the file a minute later, once the download has long started', () => {
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    downloadText('{}', 'application/json', 'export.json');
    vi.advanceTimersByTime(59_999);
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:hipcheck/1');
  });
});
