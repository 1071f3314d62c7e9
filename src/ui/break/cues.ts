/** A soft two-note chime through Web Audio: nothing to download, nothing to ship. */
export function chime(): void {
  const AudioContextClass = globalThis.AudioContext;
  if (!AudioContextClass) return;
  const context = new AudioContextClass();
  const start = context.currentTime;
  [660, 880].forEach((frequency, i) => {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, start + i * 0.18);
    gain.gain.exponentialRampToValueAtTime(0.2, start + i * 0.18 + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + i * 0.18 + 0.35);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start + i * 0.18);
    oscillator.stop(start + i * 0.18 + 0.4);
  });
  setTimeout(() => void context.close(), 1000);
}

/** What a voice needs for choosing: its BCP 47 language ("de-DE"). */
export interface VoiceLike {
  lang: string;
}

/** "pt_BR", "pt-br" and "pt-BR" are one language. */
const tag = (lang: string) => lang.replace('_', '-').toLowerCase();
/** Cantonese voices (zh-HK) read Chinese characters in a language a Mandarin reader may not follow. */
const sameLanguage = (voice: string, page: string) =>
  voice.split('-')[0] === page.split('-')[0] && !(page.startsWith('zh') && voice === 'zh-hk' && page !== 'zh-hk');

/**
 * A voice for the page's language: one for its exact region first (pt-BR before pt-PT), else any of
 * the same language. None when the system has none: a cue in another language's voice is noise.
 */
export function voiceFor<V extends VoiceLike>(voices: readonly V[], lang: string): V | undefined {
  const page = tag(lang);
  return voices.find((voice) => tag(voice.lang) === page) ?? voices.find((voice) => sameLanguage(tag(voice.lang), page));
}

/**
 * Speaks a cue in the page's language, replacing whatever was still being said; silent where the
 * system has no voice for that language. Chrome lists its voices only after a first ask, so a page
 * whose first cue found none may speak the next one.
 */
export function speak(text: string, lang: string): void {
  const synth = globalThis.speechSynthesis;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return;
  synth.cancel();
  const voice = voiceFor(synth.getVoices(), lang);
  if (!voice) return;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  synth.speak(utterance);
}
