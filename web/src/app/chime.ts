// The notice tone: a short two-note chime made with WebAudio (no sound file to serve). Browsers allow audio only
// after a gesture, so the AudioContext is made when the person turns sound on.
let context: AudioContext | null = null;

export function enableChime(): void {
  context ??= new AudioContext();
  void context.resume();
}

export function playChime(): void {
  if (!context) return;
  const audio = context;
  const start = audio.currentTime;
  [880, 1320].forEach((frequency, index) => {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    const at = start + index * 0.18;
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.3, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.25);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(at);
    oscillator.stop(at + 0.3);
  });
  // Tests (and curious people) can see that a tone was played.
  document.body.dataset.chimes = String(Number(document.body.dataset.chimes ?? 0) + 1);
}
