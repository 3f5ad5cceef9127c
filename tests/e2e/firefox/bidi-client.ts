/**
 * A small WebDriver BiDi client: one WebSocket to Firefox's own remote agent
 * (`--remote-debugging-port`), commands as promises, events to listeners. Firefox speaks BiDi
 * natively, so no driver (geckodriver) and no browser download is involved; the only package is
 * `ws` (Node 20 has no WebSocket client without a flag).
 *
 * Protocol: https://w3c.github.io/webdriver-bidi/ — a command is `{ id, method, params }`, its answer
 * `{ type: 'success', id, result }` or `{ type: 'error', id, error, message }`; events are
 * `{ type: 'event', method, params }`.
 */
import WebSocket from 'ws';

export class BidiError extends Error {
  constructor(
    readonly method: string,
    readonly error: string,
    message: string,
  ) {
    super(`${method}: ${error}: ${message}`);
  }
}

type Listener = (params: Record<string, unknown>) => void;

/** A value as BiDi serialises it (script.RemoteValue). */
export interface RemoteValue {
  type: string;
  value?: unknown;
}

export class BidiClient {
  private nextId = 1;
  private pending = new Map<number, { method: string; resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private listeners = new Map<string, Set<Listener>>();

  private constructor(private socket: WebSocket) {
    socket.on('message', (data) => this.receive(String(data)));
    socket.on('close', () => {
      for (const { method, reject } of this.pending.values()) reject(new Error(`${method}: the BiDi connection closed`));
      this.pending.clear();
    });
  }

  static async connect(url: string): Promise<BidiClient> {
    const socket = new WebSocket(url, { perMessageDeflate: false });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new BidiClient(socket);
  }

  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}, timeoutMs = 30_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method}: no answer in ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        method,
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v as T);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  on(event: string, listener: Listener): () => void {
    const set = this.listeners.get(event) ?? new Set();
    set.add(listener);
    this.listeners.set(event, set);
    return () => set.delete(listener);
  }

  /** The first `event` whose params satisfy `predicate`, within `timeoutMs`. */
  waitFor(event: string, predicate: (params: Record<string, unknown>) => boolean = () => true, timeoutMs = 10_000): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new Error(`no ${event} event in ${timeoutMs} ms`));
      }, timeoutMs);
      const off = this.on(event, (params) => {
        if (!predicate(params)) return;
        clearTimeout(timer);
        off();
        resolve(params);
      });
    });
  }

  close(): void {
    this.socket.close();
  }

  private receive(text: string): void {
    const message = JSON.parse(text) as {
      type: string;
      id?: number;
      method?: string;
      params?: Record<string, unknown>;
      result?: unknown;
      error?: string;
      message?: string;
    };
    if (message.type === 'event' && message.method) {
      for (const listener of this.listeners.get(message.method) ?? []) listener(message.params ?? {});
      return;
    }
    const waiter = message.id === undefined ? undefined : this.pending.get(message.id);
    if (!waiter || message.id === undefined) return;
    this.pending.delete(message.id);
    if (message.type === 'error') waiter.reject(new BidiError(waiter.method, message.error ?? 'error', message.message ?? ''));
    else waiter.resolve(message.result);
  }
}

/** A script.evaluate / script.callFunction result as a plain JavaScript value (JSON-like values only). */
export function plainValue(value: RemoteValue | undefined): unknown {
  if (!value) return undefined;
  switch (value.type) {
    case 'undefined':
      return undefined;
    case 'null':
      return null;
    case 'string':
    case 'boolean':
      return value.value;
    case 'number':
      return typeof value.value === 'number' ? value.value : Number(value.value);
    case 'array':
      return (value.value as RemoteValue[]).map(plainValue);
    case 'object':
      return Object.fromEntries((value.value as [string | RemoteValue, RemoteValue][]).map(([k, v]) => [typeof k === 'string' ? k : String(plainValue(k)), plainValue(v)]));
    default:
      // Nodes, windows, functions...: their type, so a check can say what it got.
      return `[${value.type}]`;
  }
}
