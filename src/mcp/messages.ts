/**
 * Messages the SDK would answer wrongly, answered as JSON-RPC 2.0 says, the same over both transports.
 * A value that is JSON but no JSON-RPC message ({}, {"jsonrpc":"2.0","id":1}) is an invalid request
 * (-32600), where the SDK's HTTP transport calls it a parse error (-32700), which is for text that is
 * no JSON. A request of a method the server knows whose params are of the wrong shape (tools/call
 * with no params, arguments that are no object) is invalid params (-32602), where the SDK answers an
 * internal error (-32603) carrying the schema library's dump: the mistake is the client's, and it
 * should be told which param.
 */
import { ClientRequestSchema, type JSONRPCMessage, JSONRPCMessageSchema } from '@modelcontextprotocol/sdk/types.js';

/** Each request method a client may send, with the SDK's schema of its request. */
const REQUESTS = new Map(ClientRequestSchema.options.map((schema) => [schema.shape.method.value as string, schema]));

type Refusal = { jsonrpc: '2.0'; id: string | number | null; error: { code: number; message: string } };

const refuse = (id: string | number | null, code: number, message: string): Refusal => ({ jsonrpc: '2.0', id, error: { code, message } });

/** The answer to a parsed JSON value that is no JSON-RPC message, or null when it is one. */
export function notAMessage(value: unknown): Refusal | null {
  return JSONRPCMessageSchema.safeParse(value).success
    ? null
    : refuse(null, -32600, 'Invalid Request: not a JSON-RPC 2.0 message (jsonrpc "2.0", and a method, or an id with a result or an error)');
}

/** The answer to a request of a known method whose params are not that method's, or null. */
export function invalidParams(message: JSONRPCMessage): Refusal | null {
  if (!('method' in message) || !('id' in message)) return null;
  const checked = REQUESTS.get(message.method)?.safeParse(message);
  if (!checked || checked.success) return null;
  const said = checked.error.issues.map((issue) => `${issue.path.join('.') || 'the request'}: ${issue.message}`).join('; ');
  return refuse(message.id, -32602, `Invalid params of ${message.method}: ${said}`);
}
