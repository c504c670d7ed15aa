/** What a transport has been asked and not yet answered, for a session that must answer everything before it ends. */
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage, MessageExtraInfo } from '@modelcontextprotocol/sdk/types.js';

/**
 * The requests received and not yet answered on a transport, by id; `settled` resolves when none is.
 * A request the client cancels (notifications/cancelled) gets no answer, so it is no longer waited for.
 */
export function inFlight(transport: Pick<Transport, 'send'> & { onmessage?: Transport['onmessage'] }) {
  const pending = new Set<string | number>();
  let waiting: (() => void)[] = [];
  const done = (id: unknown) => {
    pending.delete(id as string | number);
    if (pending.size > 0) return;
    for (const resolve of waiting) resolve();
    waiting = [];
  };
  const receive = transport.onmessage;
  transport.onmessage = (message: JSONRPCMessage, extra?: MessageExtraInfo) => {
    if ('method' in message && 'id' in message) pending.add(message.id);
    if ('method' in message && message.method === 'notifications/cancelled') done(message.params?.requestId);
    receive?.(message, extra);
  };
  const send = transport.send.bind(transport);
  transport.send = async (message: JSONRPCMessage) => {
    try {
      await send(message);
    } finally {
      if (!('method' in message) && 'id' in message) done(message.id);
    }
  };
  return { settled: () => (pending.size === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiting.push(resolve))) };
}
