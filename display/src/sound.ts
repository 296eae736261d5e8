// The new-order tone: a short two-note chime made with WebAudio (no sound file to serve). Browsers only allow
// audio after a user gesture, so the AudioContext is created when the toggle is pressed.
export class Chime {
  private context: AudioContext | null = null;
  enabled = false;

  toggle(): boolean {
    this.enabled = !this.enabled;
    if (this.enabled) {
      this.context ??= new AudioContext();
      void this.context.resume();
      this.play();
    }
    return this.enabled;
  }

  play(): void {
    if (!this.enabled || !this.context) return;
    const context = this.context;
    const start = context.currentTime;
    [880, 1320].forEach((frequency, index) => {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      const at = start + index * 0.18;
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.3, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.25);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + 0.3);
    });
    // Tests (and curious people) can see that a tone was played.
    document.body.dataset.chimes = String(Number(document.body.dataset.chimes ?? 0) + 1);
  }
}
