/**
 * One tab owns a campaign's autosave. The owner holds a Web Lock named after the campaign; a second
 * tab that opens the same campaign finds the lock held, says so and may take over, which steals the
 * lock: the first tab's hold is aborted and it stops writing. Browsers without Web Locks fall back
 * to a BroadcastChannel conversation, and the `storage` event catches any other tab writing the
 * autosave (a new game started there, a browser with neither API).
 */
export interface TabOwnershipEvents {
  /** This tab now owns the autosave. */
  owned(): void;
  /** Another tab owns it: this tab must not write it. */
  heldElsewhere(): void;
  /** Another tab took it (or wrote it) after this tab owned it: stop writing. */
  lost(): void;
}

export interface TabOwnership {
  /** Let go (the game was closed): another tab may own the autosave now. */
  release(): void;
}

const LOCK_PREFIX = "dreamers-of-2145/autosave/";
const CHANNEL = "dreamers-of-2145/autosave";
/** How long a claim over BroadcastChannel waits for an owner to answer. */
const ANSWER_MS = 150;

type ChannelMessage =
  | { kind: "claim"; campaign: string; tab: string; steal: boolean }
  | { kind: "owned"; campaign: string; tab: string };

/**
 * Claim the autosave of `campaign` for this tab; with `steal`, take it from whichever tab owns it.
 * `storageKey` is the autosave's localStorage key, watched for writes from other tabs.
 */
export function claimAutosave(
  campaign: string,
  storageKey: string,
  events: TabOwnershipEvents,
  options: { steal?: boolean } = {},
): TabOwnership {
  let state: "claiming" | "owned" | "elsewhere" | "lost" | "released" = "claiming";
  const become = (next: "owned" | "elsewhere" | "lost") => {
    // A claim ends when released or lost; only an owner can lose. Taking over is a new claim.
    if (state === "released" || state === "lost" || state === next) return;
    if (next === "lost" && state !== "owned") return;
    state = next;
    if (next === "owned") events.owned();
    else if (next === "elsewhere") events.heldElsewhere();
    else events.lost();
  };

  const onStorage = (event: StorageEvent) => {
    // Only other tabs' writes fire here; a write while this tab owns the autosave means it lost it.
    if (event.key === storageKey && state === "owned") become("lost");
  };
  window.addEventListener("storage", onStorage);

  const stopClaim =
    typeof navigator !== "undefined" && navigator.locks
      ? claimWithLock(campaign, options.steal ?? false, become)
      : claimWithChannel(campaign, options.steal ?? false, become);

  return {
    release() {
      if (state === "released") return;
      state = "released";
      window.removeEventListener("storage", onStorage);
      stopClaim();
    },
  };
}

/**
 * This tab's own claims that were let go but whose lock the browser has not yet freed. A new claim
 * in the same tab (Play again, Load) waits for them, or it would find its own old lock held and
 * call it "another tab".
 */
const freeing = new Map<string, Promise<unknown>>();

function claimWithLock(
  campaign: string,
  steal: boolean,
  become: (state: "owned" | "elsewhere" | "lost") => void,
): () => void {
  const name = LOCK_PREFIX + campaign;
  let letGo: (() => void) | null = null;
  let released = false;
  const held = new Promise<void>((resolve) => {
    letGo = resolve;
  });
  const request = () =>
    navigator.locks.request(name, steal ? { steal: true } : { ifAvailable: true }, (lock) => {
      if (released) return undefined;
      if (!lock) {
        become("elsewhere");
        return undefined;
      }
      become("owned");
      return held;
    });
  const done = (freeing.get(name) ?? Promise.resolve()).then(request).catch((error: unknown) => {
    // A steal by another tab aborts this tab's hold.
    if (!released && (error as Error)?.name === "AbortError") become("lost");
  });
  return () => {
    released = true;
    letGo?.();
    freeing.set(name, done);
    void done.then(() => {
      if (freeing.get(name) === done) freeing.delete(name);
    });
  };
}

function claimWithChannel(
  campaign: string,
  steal: boolean,
  become: (state: "owned" | "elsewhere" | "lost") => void,
): () => void {
  if (typeof BroadcastChannel === "undefined") {
    become("owned"); // nothing to ask: the storage event is the only guard left
    return () => undefined;
  }
  const tab = Math.random().toString(36).slice(2);
  const channel = new BroadcastChannel(CHANNEL);
  let owned = false;
  let answered = false;
  channel.onmessage = (event: MessageEvent<ChannelMessage>) => {
    const message = event.data;
    if (message.campaign !== campaign || message.tab === tab) return;
    if (message.kind === "owned") answered = true;
    else if (owned && message.steal) {
      owned = false;
      become("lost");
    } else if (owned) channel.postMessage({ kind: "owned", campaign, tab } satisfies ChannelMessage);
  };
  channel.postMessage({ kind: "claim", campaign, tab, steal } satisfies ChannelMessage);
  const timer = setTimeout(() => {
    if (answered && !steal) return become("elsewhere");
    owned = true;
    become("owned");
  }, ANSWER_MS);
  return () => {
    clearTimeout(timer);
    channel.close();
  };
}
