/**
 * Messages the SDK would answer wrongly, answered as JSON-RPC 2.0 says, the same over both transports.
 * A value that is JSON but no JSON-RPC message ({}, {"jsonrpc":"2.0","id":1}) is an invalid request
 * (-32600), where the SDK's HTTP transport calls it a parse error (-32700), which is for text that is
 * no JSON. A request of a method the server knows whose params are of the wrong shape (tools/call
 * with no params, arguments that are no object) is invalid params (-32602), where the SDK answers an
 * internal error (-32603) carrying the schema library's dump: the mistake is the client's, and it
 * should be told which param.
 */
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { ClientRequestSchema, type JSONRPCMessage, JSONRPCMessageSchema } from '@modelcontextprotocol/sdk/types.js';

/**
 * The request methods this server answers (./server.ts registers tools and resources: no prompts,
 * completions, logging, subscriptions or tasks), with the SDK's schema of each: another method stays
 * the SDK's -32601, whatever its params.
 */
const SERVED = new Set(['initialize', 'ping', 'tools/list', 'tools/call', 'resources/list', 'resources/templates/list', 'resources/read']);
const REQUESTS = new Map<string, (typeof ClientRequestSchema.options)[number]>(
  ClientRequestSchema.options
    .filter((schema) => SERVED.has(schema.shape.method.value))
    .map((schema) => [schema.shape.method.value, schema]),
);

type Refusal = { jsonrpc: '2.0'; id: string | number | null; error: { code: number; message: string } };

const refuse = (id: string | number | null, code: number, message: string): Refusal => ({ jsonrpc: '2.0', id, error: { code, message } });

const MEMBERS = ['jsonrpc', 'id', 'method', 'params', 'result', 'error'];

/**
 * The answer to a parsed JSON value that is no JSON-RPC message, or null when it is one: with its id where one can be
 * read (JSON-RPC 2.0 §5: null only if the id cannot be detected), and naming a member no message has.
 */
export function notAMessage(value: unknown): Refusal | null {
  if (JSONRPCMessageSchema.safeParse(value).success) return null;
  const object = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const id = typeof object.id === 'string' || typeof object.id === 'number' ? object.id : null;
  const unknown = Object.keys(object).filter((member) => !MEMBERS.includes(member));
  return refuse(
    id,
    -32600,
    unknown.length > 0
      ? `Invalid Request: a JSON-RPC 2.0 message has no member ${unknown.map((m) => JSON.stringify(m)).join(', ')} (only ${MEMBERS.join(', ')})`
      : 'Invalid Request: not a JSON-RPC 2.0 message (jsonrpc "2.0", and a method, or an id with a result or an error)',
  );
}

/** The answer to a request of a method this server answers whose params are not that method's, or null. */
function invalidParams(message: JSONRPCMessage): Refusal | null {
  if (!('method' in message) || !('id' in message)) return null;
  // A resource's URI is absolute: the SDK would take a path (/indicators/000-i031, as tools print beside a record) for an
  // error of its own, -32603 Invalid URL (mcp18).
  const uri = message.method === 'resources/read' ? (message.params as { uri?: unknown } | undefined)?.uri : undefined;
  if (typeof uri === 'string' && !URL.canParse(uri))
    return refuse(
      message.id,
      -32602,
      `Invalid params of resources/read: uri: ${JSON.stringify(uri)} is no absolute URI; a record is read as ledger://{type}/{id} (ledger://indicators/000-i031), an article as ledger://sources/000`,
    );
  const checked = REQUESTS.get(message.method)?.safeParse(message);
  if (!checked || checked.success) return null;
  const said = checked.error.issues.map((issue) => `${issue.path.join('.') || 'the request'}: ${issue.message}`).join('; ');
  return refuse(message.id, -32602, `Invalid params of ${message.method}: ${said}`);
}

/**
 * Answers a request whose params are not its method's before the server reads it, on a connected
 * transport: where the transport hands on what it read, so its own checks (Accept, the protocol
 * version over HTTP; a line that is no message over stdio) come first.
 */
export function refuseMisshapen(transport: Pick<Transport, 'send' | 'onmessage'>): void {
  const receive = transport.onmessage;
  transport.onmessage = (message, extra) => {
    const misshapen = invalidParams(message);
    if (misshapen) void transport.send(misshapen as never);
    else receive?.(message, extra);
  };
}
