/** A recording stand-in for the Web Audio API: which notes were started and stopped, on the audio clock. */
export type StubNote = { frequency: number; startAt: number | null; stoppedEarly: boolean };

export function createAudioStub() {
  const notes: StubNote[] = [];
  const context = {
    currentTime: 0,
    /** What `getOutputTimestamp` reports; null for a context without an output device. */
    outputTimestamp: null as AudioTimestamp | null,
    getOutputTimestamp(): AudioTimestamp {
      return context.outputTimestamp ?? { contextTime: 0, performanceTime: 0 };
    },
    state: "suspended" as AudioContextState,
    destination: {},
    resumed: 0,
    closed: false,
    async resume() {
      context.resumed += 1;
      context.state = "running";
    },
    async close() {
      context.closed = true;
    },
    createGain() {
      const param = { setValueAtTime() {}, exponentialRampToValueAtTime() {} };
      return { gain: param, connect: (next: unknown) => next };
    },
    createOscillator() {
      const note: StubNote = { frequency: 0, startAt: null, stoppedEarly: false };
      notes.push(note);
      return {
        type: "sine",
        frequency: {
          set value(hz: number) {
            note.frequency = hz;
          },
        },
        connect: (next: unknown) => next,
        disconnect() {},
        start(at: number) {
          note.startAt = at;
        },
        stop(at?: number) {
          if (at === undefined) note.stoppedEarly = true;
        },
      };
    },
  };
  return { context, notes, asAudioContext: () => context as unknown as AudioContext };
}
