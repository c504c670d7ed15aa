/**
 * buildApp: the one factory every consumer goes through (tests, the server, benchmarks). It builds
 * the Fastify instance over an open database and never listens.
 *
 * What runs for a request, in order (the plugins' registration order below; test/http.test.ts holds it):
 *   onRequest      boundPipelinedRequests (lifecycle), refuseBadHost (errors), setSecurityHeaders, CORS,
 *                  limitRate (safety), shedLoad (shedding), checkTarget (safety: a path, encoded, short),
 *                  readPageParameters (pages: format=, lang= taken out of the query)
 *   preParsing     refuseUnroutedUnread (errors: a 404 or 405 before its body is read), refuseContentCoding
 *                  (errors: a coded body, gzip or br, a 415)
 *   preValidation  readParameters (params: repeated and comma lists), answerByTarget (cache: a hit as asked)
 *   preHandler     refuseUnknownValues (vocabulary), answerByKey (cache: a hit once validated; sets answerEtag)
 *   onSend         closeWhenDraining, setDocumentHeaders (safety), judgePreconditions (If-Match on answerEtag),
 *                  pageForRefusal (pages: an error as a page), keepAnswer (cache: ETag, compression, admission)
 */
import Fastify, { type FastifyReply, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { CONFIG_DEFAULTS, type Config, DATASET_TITLE, DEFAULTS, LIMITS } from './config.ts';
import { type About, aboutSchema } from './dataset/about.ts';
import { type Db, readMeta } from './db/open.ts';
import { codeVersion as currentCodeVersion } from './db/version.ts';
import http from './http/cache.ts';
import { clientErrorHandler, refuseConnect } from './http/client-errors.ts';
import docs from './http/docs.ts';
import errors, { PROBLEM_HEADERS, ProblemError, sendProblem } from './http/errors.ts';
import lifecycle from './http/lifecycle.ts';
import { RequestLines, requestIds, withRequestSerializer, writesInfo } from './http/logging.ts';
import negotiation from './http/negotiation.ts';
import params from './http/params.ts';
import preconditions from './http/preconditions.ts';
import { problemOf } from './http/problem-types.ts';
import safety, { type SafetyOptions, targetTooLong } from './http/safety.ts';
import { REFUSAL_HEADERS } from './http/security-headers.ts';
import vocabulary from './http/vocabulary.ts';
import mcpRoutes from './mcp/http.ts';
import pages from './pages/plugin.ts';
import { PAGES } from './pages/registry.ts';
import { RecordCache } from './resources/served.ts';
import checkRoutes from './routes/check/index.ts';
import citeRoutes from './routes/cite/index.ts';
import cityRoutes from './routes/cities/index.ts';
import compareRoutes from './routes/compare/index.ts';
import complaintRoutes from './routes/complaints/index.ts';
import conflictRoutes from './routes/conflicts/index.ts';
import downloadRoutes from './routes/downloads/index.ts';
import indicatorRoutes from './routes/indicators/index.ts';
import initiativeRoutes from './routes/initiatives/index.ts';
import metaRoutes from './routes/meta/index.ts';
import metricRoutes from './routes/metrics/index.ts';
import passageRoutes from './routes/passages/index.ts';
import problemRoutes from './routes/problems/index.ts';
import projectRoutes from './routes/projects/index.ts';
import searchRoutes from './routes/search/index.ts';
import sourceRoutes from './routes/sources/index.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    /** What the served database says of itself; it cannot change while the process runs. */
    datasetMeta: { title: string; version: string; schemaVersion: string; codeVersion: string; about: About | null };
    /** Rows a list counts before its total becomes a lower bound. */
    totalCountedUpTo: number;
    recordCache: RecordCache;
    /** Where the API is published (PUBLIC_URL, an origin), for the links that must be absolute; undefined: paths only. */
    publicUrl: string | undefined;
  }
}

export type AppOptions = {
  db: Db;
  logger?: FastifyServerOptions['logger'];
  /** Requests per minute per client (0: off). Defaults: src/config.ts, as for the server. */
  rateLimitMax?: SafetyOptions['rateLimitMax'];
  /** Paragraphs checked (POST /check) per minute per client, within rateLimitMax (0: no allowance of their own). */
  checkRateLimitMax?: SafetyOptions['checkRateLimitMax'];
  /** Event-loop delay in ms above which load is shed with 503 (0: off). */
  maxEventLoopDelay?: SafetyOptions['maxEventLoopDelay'];
  checkCpuPercent?: SafetyOptions['checkCpuPercent'];
  /** Longest a request may take, in ms. */
  requestTimeout?: number;
  /** How long an idle keep-alive connection stays open, in ms. */
  keepAliveTimeout?: number;
  /** Bytes of whole answers kept (0: none). */
  answerCacheBytes?: number;
  /** Bytes of serialized records kept (0: none). */
  recordCacheBytes?: number;
  /** Rows a list counts before its total becomes a lower bound. */
  totalCountedUpTo?: number;
  /** Where the zip and SQLite downloads of this database were built; by default beside it (src/dataset/files.ts). */
  downloadsDir?: string;
  /** The code's version, in every ETag and in /healthz; by default a hash of src/ (src/db/version.ts). */
  codeVersion?: string;
  /** Proxies whose X-Forwarded-For names the client (its rate limit and log lines): TRUST_PROXY, src/config.ts. */
  trustProxy?: Config['TRUST_PROXY'];
  /** Where the API is published: PUBLIC_URL, src/config.ts. */
  publicUrl?: string;
  /** Web origins whose scripts may call /mcp besides PUBLIC_URL's, or '*': MCP_ALLOWED_ORIGINS, src/config.ts. */
  mcpOrigins?: Config['MCP_ALLOWED_ORIGINS'];
};

/** How often Node checks the request and header timeouts of open connections (its default is 30 s). */
const CONNECTIONS_CHECK_MS = 1000;

export async function buildApp({
  db,
  logger = false,
  rateLimitMax = CONFIG_DEFAULTS.RATE_LIMIT_MAX,
  checkRateLimitMax = CONFIG_DEFAULTS.CHECK_RATE_LIMIT_MAX,
  maxEventLoopDelay = CONFIG_DEFAULTS.MAX_EVENT_LOOP_DELAY_MS,
  checkCpuPercent = CONFIG_DEFAULTS.CHECK_CPU_PERCENT,
  requestTimeout = CONFIG_DEFAULTS.REQUEST_TIMEOUT_MS,
  keepAliveTimeout = CONFIG_DEFAULTS.KEEP_ALIVE_TIMEOUT_MS,
  answerCacheBytes = CONFIG_DEFAULTS.ANSWER_CACHE_MB * 1024 * 1024,
  recordCacheBytes = CONFIG_DEFAULTS.RECORD_CACHE_MB * 1024 * 1024,
  totalCountedUpTo = DEFAULTS.totalCountedUpTo,
  downloadsDir,
  codeVersion = currentCodeVersion(),
  trustProxy = CONFIG_DEFAULTS.TRUST_PROXY,
  publicUrl,
  mcpOrigins = CONFIG_DEFAULTS.MCP_ALLOWED_ORIGINS,
}: AppOptions) {
  const lines = new RequestLines(writesInfo(logger));
  const app = Fastify({
    logger: withRequestSerializer(logger),
    // A number of proxies is trusted hop by hop, as Fastify reads a number (its types take only the function).
    trustProxy: typeof trustProxy === 'number' ? (_address: string, hop: number) => hop < trustProxy : trustProxy,
    // A request's info lines are made only at a level that writes them (src/http/logging.ts).
    logController: lines,
    genReqId: requestIds(),
    requestTimeout,
    // A silent close of a socket idle this long. The request and header timeouts (answered 408) must
    // come first: they are checked once a check interval, so this waits two intervals past twice
    // their time (a loaded process runs its checks late; REQUEST_TIMEOUT_MS may be under an interval).
    connectionTimeout: 2 * requestTimeout + 2 * CONNECTIONS_CHECK_MS,
    keepAliveTimeout,
    bodyLimit: LIMITS.bodyBytes,
    clientErrorHandler,
    // Checked by the errors plugin, which answers a missing Host as a problem like every other error.
    // Request and header timeouts are checked every second, not every 30 s (Node's default), so a
    // client that trickles its headers is refused about when its time is up.
    http: {
      requireHostHeader: false,
      maxHeaderSize: LIMITS.headerBytes,
      connectionsCheckingInterval: CONNECTIONS_CHECK_MS,
      headersTimeout: requestTimeout,
    },
    routerOptions: { maxParamLength: LIMITS.paramLength },
    // The router's own refusals (an undecodable or overlong path) are problems like every other error.
    // They count against the client's rate limit like every other request.
    frameworkErrors: (error, request, reply) => {
      const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
      const instance = request.url.split('?')[0].slice(0, LIMITS.urlLength);
      // A target over its limit is a 414 whatever its longest part is, as for a path no route takes (api20).
      const problem =
        request.url.length > LIMITS.urlLength
          ? { ...problemOf('uri-too-long'), detail: targetTooLong(request.url), instance }
          : {
              ...problemOf('invalid-parameter'),
              detail: tooLong
                ? `A path parameter is longer than ${LIMITS.paramLength} characters.`
                : 'The path is not validly percent-encoded UTF-8.',
              instance,
            };
      // No hook runs for the router's refusals: the headers every answer carries, and CORS's (a script of
      // another origin reads every other refusal), are set here, and a browser's page made as the pages' hook would.
      reply.headers(REFUSAL_HEADERS);
      // Fastify writes no "request completed" for them (no route's listeners are set up): written here, as for any other.
      lines.completedUnrouted(reply);
      const refuse = () => {
        const page = request.server.problemPage?.(request, reply, problem);
        return page ? (reply as FastifyReply).code(problem.status).headers(PROBLEM_HEADERS).send(page) : sendProblem(reply, problem);
      };
      // Over the limit, the rate limit's problem, as a routed request's is (Fastify's default handler would log it as an error).
      const limited = (error: Error) =>
        error instanceof ProblemError
          ? sendProblem(reply, { ...problemOf(error.kind), detail: error.message, instance: problem.instance })
          : (reply as FastifyReply).send(error);
      request.server.rateLimitRequest(request, reply).then(refuse, limited);
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.server.on('connect', refuseConnect);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', db);
  app.decorate('publicUrl', publicUrl);
  const meta = readMeta(db);
  const version = meta.dataset_version ?? 'unknown';
  app.decorate('datasetMeta', {
    title: meta.title ?? DATASET_TITLE.en,
    version,
    schemaVersion: meta.schema_version ?? 'unknown',
    codeVersion,
    // A database built without it (the benchmarks' synthetic one), or by code that described it
    // otherwise, is described by its title alone.
    about: meta.about ? (aboutSchema.safeParse(JSON.parse(meta.about)).data ?? null) : null,
  });
  app.decorate('recordCache', new RecordCache(recordCacheBytes));
  app.decorate('totalCountedUpTo', totalCountedUpTo);
  // Lifecycle's hooks first: a connection's requests past the pipelining bound are refused before any other work.
  await app.register(lifecycle);
  await app.register(errors);
  await app.register(params);
  await app.register(safety, { rateLimitMax, checkRateLimitMax, maxEventLoopDelay, checkCpuPercent });
  await app.register(vocabulary);
  await app.register(negotiation);
  // Before the pages: its 412 is then said as a page to a reader who asked for one, as every refusal is.
  await app.register(preconditions);
  await app.register(pages);
  // Answers that link to PUBLIC_URL change with it; every ETag does (a client revalidates each answer once).
  await app.register(http, { version, codeVersion: publicUrl ? `${codeVersion} ${publicUrl}` : codeVersion, cacheBytes: answerCacheBytes });
  await app.register(docs, { version, pages: PAGES, publicUrl });
  await app.register(metaRoutes);
  await app.register(cityRoutes);
  await app.register(indicatorRoutes);
  await app.register(initiativeRoutes);
  await app.register(complaintRoutes);
  await app.register(projectRoutes);
  await app.register(sourceRoutes);
  await app.register(passageRoutes);
  await app.register(metricRoutes);
  await app.register(conflictRoutes);
  await app.register(searchRoutes);
  await app.register(compareRoutes);
  await app.register(citeRoutes);
  await app.register(checkRoutes);
  await app.register(problemRoutes);
  await app.register(mcpRoutes, { origins: mcpOrigins === '*' ? '*' : [...(publicUrl ? [publicUrl] : []), ...(mcpOrigins ?? [])] });
  await app.register(downloadRoutes, { downloadsDir });
  await app.ready();
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
