// The in-process fan-out bus for live games: a publisher hands an event to every subscriber of a topic, in order.
// One bus per process (cached on globalThis, as Next evaluates server modules once per chunk). Subscribers are
// server-sent-event streams; a subscriber that throws is dropped, so one broken connection never stops the others.
import "server-only";
export type Listener<E> = (event: E) => void;

export interface Bus<E> {
  subscribe(topic: string, listener: Listener<E>): () => void;
  /** Delivers to every current subscriber; returns how many received it. */
  publish(topic: string, event: E): number;
  subscriberCount(topic: string): number;
}

export function createBus<E>(): Bus<E> {
  const topics = new Map<string, Set<Listener<E>>>();
  return {
    subscribe(topic, listener) {
      let set = topics.get(topic);
      if (!set) topics.set(topic, (set = new Set()));
      // wrap, so the same function subscribed twice is two subscriptions
      const entry: Listener<E> = (e) => listener(e);
      set.add(entry);
      return () => {
        const s = topics.get(topic);
        if (!s) return;
        s.delete(entry);
        if (s.size === 0) topics.delete(topic);
      };
    },
    publish(topic, event) {
      const set = topics.get(topic);
      if (!set) return 0;
      let delivered = 0;
      for (const listener of [...set]) {
        try {
          listener(event);
          delivered++;
        } catch {
          set.delete(listener);
        }
      }
      if (set.size === 0) topics.delete(topic);
      return delivered;
    },
    subscriberCount(topic) {
      return topics.get(topic)?.size ?? 0;
    },
  };
}
