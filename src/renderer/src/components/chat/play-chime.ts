/** A short two-note chime made with Web Audio (no sound file to load, nothing the CSP must allow). */
export function playChime(): void {
  try {
    const audio = new AudioContext();
    const now = audio.currentTime;
    for (const [i, frequency] of [660, 880].entries()) {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, now + i * 0.18);
      gain.gain.exponentialRampToValueAtTime(0.2, now + i * 0.18 + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, now + i * 0.18 + 0.25);
      osc.connect(gain).connect(audio.destination);
      osc.start(now + i * 0.18);
      osc.stop(now + i * 0.18 + 0.3);
    }
    setTimeout(() => void audio.close(), 1000);
  } catch {
    // No audio device: the desktop notification still tells the agent.
  }
}
